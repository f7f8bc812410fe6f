#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl sync: one pass over every refund still submitting or pending (the lost-answer
// rule for submitting ones, the status call for pending ones; PayNet's enquiry only when
// due). Prints what moved. Exit 0, or 3 when some refund could not be asked about.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SyncCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
