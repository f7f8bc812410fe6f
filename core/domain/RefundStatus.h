#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// DESIGN.md: draft -> submitting -> pending -> succeeded | rejected | failed, plus
// needs_review (unknown outcome, gateway timeout, amounts that disagree).
enum class RefundStatus { Draft, Submitting, Pending, NeedsReview, Succeeded, Rejected, Failed };

// "draft", "submitting", "pending", "needs_review", "succeeded", "rejected", "failed".
QString refundStatusKey(RefundStatus status);
std::optional<RefundStatus> refundStatusFromKey(QStringView key);
// Translated words for people ("Needs review").
QString refundStatusDisplayName(RefundStatus status);

// succeeded, rejected and failed never change again.
bool isFinal(RefundStatus status);
// A refund in this status holds back its amount from the sale's remainder:
// everything except rejected and failed (GATEWAYS.md, "One status model").
bool reservesAmount(RefundStatus status);
// A refund in this status was, or may have been, asked of the gateway: it uses up one of the
// refunds a gateway allows per payment (SecPaid: one), even when the gateway rejected it.
bool usesGatewayRefundSlot(RefundStatus status);
// Statuses only move forward. needs_review may follow any non-final status, and
// only a person (not a gateway event) closes it: see canMoveByPerson().
bool canMoveByEvent(RefundStatus from, RefundStatus to);
bool canMoveByPerson(RefundStatus from, RefundStatus to);

} // namespace RefundDesk
