#pragma once

#include "domain/Refund.h"
#include "domain/RefundStatus.h"
#include "domain/Sale.h"

#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

// How a gateway operation ended. The engine decides from this alone whether a refund
// may be tried again, must wait for the lost-answer rule, or is over.
enum class GatewayOutcome {
    Ok, // the gateway answered and the answer is understood
    Declined, // the gateway answered no (definitive: not refundable, already refunded, ...)
    NotFound, // the gateway does not know the sale or refund
    Refused, // refused locally before any network call (bad amount, method not refundable, ...)
    AuthFailed, // credentials or signature refused by the gateway
    NotExecuted, // nothing reached or was executed at the gateway (connection refused, 500/429 before
                 // executing): safe to try again later
    OutcomeUnknown, // the request may have been executed and the answer was lost or unreadable:
                    // only the gateway's lost-answer rule may resolve it, never a blind re-send
    Cancelled, // the user cancelled before anything was sent
};

QString gatewayOutcomeKey(GatewayOutcome outcome);

// A refund known at the gateway, as a lookup reports it.
struct GatewayRefundInfo
{
    QString gatewayRefundId;
    QString ourReference; // our refund id / refundReference / refundId, when the gateway echoes it
    std::optional<Money> amount;
};

struct LookupResult
{
    GatewayOutcome outcome = GatewayOutcome::NotFound;
    QString message; // for people; empty when Ok
    Sale sale;
    // What the gateway says was refunded already (Pockyt refundInfo, PW refundedAmount).
    QList<GatewayRefundInfo> refunds;
    std::optional<Money> refundedAtGateway;
    int retryAfterSeconds = 0; // for rate limits (PayNet: one payment enquiry per 30 s)
};

// What the gateway's answer means for one refund.
struct RefundResult
{
    GatewayOutcome outcome = GatewayOutcome::OutcomeUnknown;
    QString message; // for people: the gateway's words, translated where known
    // With Ok: where the refund now stands (pending, succeeded, rejected, failed, needs_review).
    RefundStatus status = RefundStatus::Submitting;
    QString gatewayRefundId;
    QString gatewayCode; // the gateway's own code, for the audit trail ("000040", "32", "U002")
    int retryAfterSeconds = 0;
};

// A verified webhook, turned into a status event for one refund.
struct WebhookEvent
{
    enum class Verdict {
        Accepted, // signature good, event understood
        BadSignature, // answer 401, write an audit row, apply nothing
        Malformed, // answer 400, apply nothing
        Ignored, // well-formed and signed but not about a refund (e.g. a payment IPN)
    };
    Verdict verdict = Verdict::Malformed;
    QString message;
    QUuid refundId; // ours, when the gateway echoes it (PayNet refundId)
    QString ourReference; // Pockyt refundReference
    QString gatewayRefundId; // PayNet endToEndId, Pockyt refundTransactionNo
    QString transactionId; // the original sale's id at the gateway
    RefundStatus status = RefundStatus::Pending;
    QString gatewayCode;
    std::optional<Money> amount;
    QByteArray answerBody; // what to answer on success: Pockyt wants "success"
};

} // namespace RefundDesk
