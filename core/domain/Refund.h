#pragma once

#include "GatewayId.h"
#include "RefundStatus.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace RefundDesk {

// One refund of (part of) a sale, from the intent journaled before the gateway
// call to its final state.
struct Refund
{
    QUuid refundId; // ours, UUID v4; sent to gateways that take a client id
    qint64 saleLedgerId = 0;
    GatewayId gateway = GatewayId::Pockyt;
    QString transactionId; // the sale's gateway transaction id (copied for lookups and receipts)
    Money amount = Money::zero(*Currency::fromCode(u"EUR"));
    bool fullRefund = false;
    RefundStatus status = RefundStatus::Draft;
    QString gatewayRefundId; // Pockyt refundTransactionNo, PayNet endToEndId, ...
    QString message; // the last thing the gateway or the engine said, for people
    QString reason; // why the customer is refunded (reason picker)
    QString storeId;
    QString registerId;
    QString employee; // who asked for the refund
    QString approvedBy; // the manager who approved it, if one had to
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    // What the gateway had refunded of the sale when this refund was submitted (the last
    // LookupResult::refundedAtGateway before it). PW v3's lost-answer rule compares it with
    // the status call's refundedAmount; without it that rule cannot confirm a refund.
    std::optional<Money> gatewayRefundedBefore;
};

// One step in a refund's life, appended whenever its status or gateway data change.
struct RefundEvent
{
    qint64 id = 0;
    QUuid refundId;
    QDateTime at; // UTC
    QString source; // "engine", "webhook", "sync", "review", ...
    RefundStatus fromStatus = RefundStatus::Draft;
    RefundStatus toStatus = RefundStatus::Draft;
    QString detail;
};

} // namespace RefundDesk
