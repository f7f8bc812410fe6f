#pragma once

#include "GatewayCapabilities.h"
#include "GatewayJob.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>

#include <utility>

namespace RefundDesk {

struct RefundRequest
{
    Sale sale;
    Refund refund; // refundId (UUID v4, journaled before the call), amount, fullRefund
};

// An incoming webhook as the receiver got it: the raw body bytes (signatures cover
// them exactly) and the headers.
struct WebhookRequest
{
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray contentType;
};

// One payment gateway account (GATEWAYS.md). Adapters build requests, parse answers,
// map statuses and know their gateway's lost-answer rule; the engine orchestrates.
class Gateway
{
public:
    virtual ~Gateway() = default;

    virtual GatewayId id() const = 0;
    virtual GatewayCapabilities capabilities() const = 0;

    // Asks the gateway about a sale (Pockyt tran-query, PW status by referenceNo,
    // SecPaid getPayInTransactions, PayNet payment enquiry).
    virtual LookupJob *lookup(const SaleRef &ref) = 0;
    // Submits one refund, at most once per call (no retries inside).
    virtual RefundJob *refund(const RefundRequest &request) = 0;
    // Where a submitted refund stands now (polling; PayNet enquiry; PW status call).
    virtual RefundJob *status(const Refund &refund, const Sale &sale) = 0;
    // The gateway's lost-answer rule (GATEWAYS.md): called for a refund whose answer was
    // lost (OutcomeUnknown). Its result is Ok with the refund's real status when the
    // gateway shows it happened, NotExecuted when the gateway shows it did not (the
    // engine may then mark it failed or submit a new attempt), and OutcomeUnknown when
    // it still cannot tell.
    virtual RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) = 0;

    // Webhooks: false for gateways that send none. verifyWebhook never throws and never
    // trusts anything it could not verify.
    virtual bool acceptsWebhooks() const { return false; }
    virtual WebhookEvent verifyWebhook(const WebhookRequest &request) const
    {
        Q_UNUSED(request)
        WebhookEvent event;
        event.verdict = WebhookEvent::Verdict::Ignored;
        return event;
    }
};

} // namespace RefundDesk
