#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl review REFUND_ID --resolve succeeded|failed --note TEXT [--actor NAME]
// Closes a refund that needs review, after checking the gateway's report. Only back-office
// staff may: an --actor in the employee list must have that role; any other name acts as
// back-office staff. Exit 0 when closed, 1 when refused.
class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReviewCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
