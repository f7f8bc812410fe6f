#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl audit verify: checks every row of the audit chain with this installation's key
// and names the first row that does not match. Exit 0 when intact, 1 when not.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::AuditCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
