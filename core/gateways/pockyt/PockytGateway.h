#pragma once

#include "PockytProtocol.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"
#include "gateways/GatewayContext.h"
#include "gateways/GatewayCreated.h"

#include <QCoreApplication>

#include <memory>

namespace RefundDesk {

// Pockyt (formerly Yuansfer) SecurePay v3 (GATEWAYS.md §1): tran-query lookups, refunds
// that may stay pending until an IPN, and the lost-answer rule "query the original and
// look for our refundReference in refundInfo" (docs/gateways.md, "Adapter decisions").
class PockytGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PockytGateway)

public:
    using Created = GatewayCreated<PockytGateway>;
    // Resolves the API token (env:/file:/literal) and checks the account settings.
    static Created create(const PockytConfig &config, GatewayContext context);

    // account.apiToken is the resolved token; it is added to the context's masker.
    PockytGateway(PockytAccount account, GatewayContext context);

    GatewayId id() const override { return GatewayId::Pockyt; }
    GatewayCapabilities capabilities() const override;

    LookupJob *lookup(const SaleRef &ref) override;
    RefundJob *refund(const RefundRequest &request) override;
    RefundJob *status(const Refund &refund, const Sale &sale) override;
    RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) override;

    bool acceptsWebhooks() const override { return true; }
    WebhookEvent verifyWebhook(const WebhookRequest &request) const override;

    const PockytProtocol &protocol() const { return m_protocol; }

private:
    RefundJob *check(const Refund &refund, const Sale &sale, PockytProtocol::Check check);

    PockytProtocol m_protocol;
    GatewayContext m_context;
};

} // namespace RefundDesk
