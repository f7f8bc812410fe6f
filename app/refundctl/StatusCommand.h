#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl status REFUND_ID: the refund as the ledger has it (no network call; `sync`
// asks the gateways). Exit 0 when found, 1 when there is no such refund.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::StatusCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
