#pragma once

#include "PwV3Protocol.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"
#include "gateways/GatewayContext.h"
#include "gateways/GatewayCreated.h"

#include <QCoreApplication>

#include <memory>

namespace RefundDesk {

// The PW v3 white-label gateway (GATEWAYS.md §2): synchronous refunds, lookups by
// referenceNo through the status call, and a lost-answer rule that compares the payment's
// refunded total instead of sending again (docs/gateways.md, "Adapter decisions").
class PwV3Gateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PwV3Gateway)

public:
    using Created = GatewayCreated<PwV3Gateway>;
    // Resolves the API key (env:/file:/literal) and checks the account settings.
    static Created create(const PwV3Config &config, GatewayContext context);

    // account.apiKey is the resolved key; it is added to the context's masker.
    PwV3Gateway(PwV3Account account, GatewayContext context);

    GatewayId id() const override { return GatewayId::PwV3; }
    GatewayCapabilities capabilities() const override;

    // Only SaleIdKind::Reference: PW v3 has no lookup by transactionId.
    LookupJob *lookup(const SaleRef &ref) override;
    RefundJob *refund(const RefundRequest &request) override;
    RefundJob *status(const Refund &refund, const Sale &sale) override;
    RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) override;

    const PwV3Protocol &protocol() const { return m_protocol; }

private:
    RefundJob *check(const Refund &refund, const Sale &sale, PwV3Protocol::Check check);

    PwV3Protocol m_protocol;
    GatewayContext m_context;
};

} // namespace RefundDesk
