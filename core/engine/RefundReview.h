#pragma once

#include "domain/Actor.h"
#include "domain/RefundStatus.h"

#include <QString>
#include <QUuid>

namespace RefundDesk {

// A back-office person closing a refund that needs review (DESIGN.md "Refund status"): what
// really happened, found in the gateway's report, and a note saying how they know.
struct RefundReview
{
    QUuid refundId;
    RefundStatus resolution = RefundStatus::Failed; // succeeded, rejected or failed
    QString note;
    Actor reviewer;
};

} // namespace RefundDesk
