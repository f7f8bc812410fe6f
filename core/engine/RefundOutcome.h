#pragma once

#include "RefundPolicy.h"
#include "domain/Refund.h"

#include <QString>

namespace RefundDesk {

// What became of a refund asked of the engine, or of a review.
struct RefundOutcome
{
    enum class Status {
        Recorded, // journaled and sent: refund says where it stands (pending, succeeded, failed, ...)
        Refused, // not allowed: policy, approval, role or the remainder said no; nothing was sent
        Error, // the ledger or the configuration failed; nothing was sent
    };

    Status status = Status::Error;
    QString message; // for people: why refused, or what the gateway said
    PolicyDecision decision; // with Refused by the policy: every reason
    Refund refund; // refundId is null when nothing was journaled

    bool hasRefund() const { return !refund.refundId.isNull(); }
};

} // namespace RefundDesk
