#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl refund --gateway G (--transaction ID | --reference REF) [--amount DECIMAL]
//                  [--reason TEXT] [--actor NAME]
// Refunds a sale once, through the engine: without --amount everything that is left. The
// amount is read in the store's locale and refused (before any network call) when it is not
// a plain positive amount with at most the currency's decimals. Prints the refund as it
// stands after the gateway's synchronous answer; webhooks and `sync` move it on later.
// --actor names who refunds: an employee in the ledger's employee list acts with their role
// (a clerk above the approval threshold is refused: approvals need the desktop's PIN pad);
// any other name acts as a manager (refundctl already holds the store's gateway credentials).
// Exit 0: pending or succeeded; 1: refused, failed or rejected; 2: bad arguments;
// 3: the outcome needs review.
class RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::RefundCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
