#pragma once

#include "RefundPolicy.h"

#include <QString>

namespace RefundDesk {

// The engine's answer to "may this refund go ahead?" before anything is sent: the policy's
// decision on ledger data, and the amount it was asked about.
struct RefundEvaluation
{
    bool ok = false; // false: the question could not be answered (message says why)
    QString message;
    PolicyDecision decision;
    Sale sale;
    Money amount = Money::zero(*Currency::fromCode(u"EUR"));
    bool fullRefund = false;
};

} // namespace RefundDesk
