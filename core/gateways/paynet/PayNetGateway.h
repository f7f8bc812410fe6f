#pragma once

#include "Jwt.h"
#include "PayNetProtocol.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"
#include "gateways/GatewayContext.h"
#include "gateways/GatewayCreated.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>

namespace RefundDesk {

// PayNet DuitNow Online Banking/Wallets (GATEWAYS.md §4): every request signed with an
// RS256 JWT (fresh jti each time), refunds in MYR answered REFUND_PENDING (Ok(Pending)),
// the final status by the signed "Update Refund Status" webhook (verifyWebhook) or, as a
// fallback, the refund enquiry (status()).
//
// Lost answer: the identical body (same refundId) is sent again with a new JWT; PayNet
// answers a repeated refundId with the first refund's result. Should PayNet decline the
// repeat, the refund enquiry decides whether the refundId exists before anything is
// called "not executed".
class PayNetGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PayNetGateway)

public:
    using Clock = std::function<QDateTime()>; // UTC

    // privateKey signs requests; gatewayKey (PayNet's public key) verifies webhooks and may
    // be null, in which case every webhook is refused.
    PayNetGateway(PayNetProtocol protocol, RsaKey gatewayKey, GatewayContext context, Clock clock = {});

    using Created = GatewayCreated<PayNetGateway>;
    // Loads private_key (required) and gateway_public_key (optional) from their PEM files.
    static Created create(const PayNetConfig &config, GatewayContext context, Clock clock = {});

    GatewayId id() const override { return GatewayId::PayNet; }
    GatewayCapabilities capabilities() const override;

    // Payment enquiry by checkoutId (SaleRef TransactionId). PayNet allows one per checkoutId
    // every 30 s: a second one sooner is answered locally with NotExecuted and
    // retryAfterSeconds, without a request.
    LookupJob *lookup(const SaleRef &ref) override;
    RefundJob *refund(const RefundRequest &request) override;
    // The refund enquiry. GATEWAYS.md asks for it once, at least one hour after the refund,
    // as the fallback when no webhook came: the engine's sync keeps to that; this does not
    // enforce it (PayNet answers 429 when asked too early, which comes back NotExecuted).
    RefundJob *status(const Refund &refund, const Sale &sale) override;
    RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) override;

    bool acceptsWebhooks() const override { return true; }
    WebhookEvent verifyWebhook(const WebhookRequest &request) const override;

private:
    PayNetProtocol m_protocol;
    RsaKey m_gatewayKey;
    GatewayContext m_context;
    Clock m_clock;
    QHash<QString, QDateTime> m_lastPaymentEnquiry; // per checkoutId
};

} // namespace RefundDesk
