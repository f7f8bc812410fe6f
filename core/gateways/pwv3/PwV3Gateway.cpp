#include "PwV3Gateway.h"

#include "gateways/ChainedHttpJob.h"
#include "gateways/GatewayCredential.h"

#include <QCoreApplication>

namespace RefundDesk {

PwV3Gateway::Created PwV3Gateway::create(const PwV3Config &config, GatewayContext context)
{
    Created created;
    const GatewayCredential::Read key = GatewayCredential::read(config.apiKey, tr("The PW v3 API key"));
    if (!key.ok) {
        created.message = key.message;
        return created;
    }
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
        created.message = tr("The PW v3 settings need the gateway address (base_url).");
        return created;
    }
    PwV3Account account;
    account.baseUrl = config.baseUrl;
    account.apiKey = key.value;
    account.partialRefunds = config.partialRefunds;
    created.gateway = std::make_unique<PwV3Gateway>(std::move(account), std::move(context));
    return created;
}

PwV3Gateway::PwV3Gateway(PwV3Account account, GatewayContext context)
    : m_protocol(std::move(account))
    , m_context(std::move(context))
{
    m_context.masker.addSecret(m_protocol.account().apiKey);
}

GatewayCapabilities PwV3Gateway::capabilities() const
{
    GatewayCapabilities capabilities;
    capabilities.canQuerySale = true; // by referenceNo only
    capabilities.partialRefunds = m_protocol.account().partialRefunds;
    capabilities.amountForbiddenForFull = true;
    capabilities.asynchronousOutcome = false; // answers are final; PW sends no IPN for refunds
    capabilities.webhooks = false;
    capabilities.refundableMethods = PwV3Protocol::refundableMethods();
    return capabilities;
}

LookupJob *PwV3Gateway::lookup(const SaleRef &ref)
{
    const PwV3Protocol::Built built = m_protocol.buildStatusRequest(ref);
    return new ChainedLookupJob(m_context, [built](ChainedLookupJob &chain) {
        if (!built.request) {
            LookupResult refused;
            refused.outcome = GatewayOutcome::Refused;
            refused.message = built.refusal;
            chain.finishWith(refused);
            return;
        }
        chain.send(*built.request,
                   [&chain](const HttpResult &http) { chain.finishWith(PwV3Protocol::parseStatusAnswer(http)); });
    });
}

RefundJob *PwV3Gateway::refund(const RefundRequest &request)
{
    const PwV3Protocol::Built built = m_protocol.buildRefundRequest(request);
    return new ChainedRefundJob(m_context, [built, request](ChainedRefundJob &chain) {
        if (!built.request) {
            RefundResult refused;
            refused.outcome = GatewayOutcome::Refused;
            refused.message = built.refusal;
            chain.finishWith(refused);
            return;
        }
        chain.send(*built.request, [&chain, request](const HttpResult &http) {
            chain.finishWith(PwV3Protocol::parseRefundAnswer(http, request));
        });
    });
}

RefundJob *PwV3Gateway::status(const Refund &refund, const Sale &sale)
{
    return check(refund, sale, PwV3Protocol::Check::Status);
}

RefundJob *PwV3Gateway::resolveLostAnswer(const Refund &refund, const Sale &sale)
{
    return check(refund, sale, PwV3Protocol::Check::LostAnswer);
}

RefundJob *PwV3Gateway::check(const Refund &refund, const Sale &sale, PwV3Protocol::Check check)
{
    // Never the refund again (GATEWAYS.md's "asking again"): a resent partial refund could
    // be carried out twice. The status call only reads.
    const PwV3Protocol::Built built = m_protocol.buildStatusRequest(sale);
    return new ChainedRefundJob(m_context, [built, refund, sale, check](ChainedRefundJob &chain) {
        if (!built.request) {
            RefundResult cannot;
            // Without a status call the lost-answer rule cannot tell anything.
            cannot.outcome =
                check == PwV3Protocol::Check::LostAnswer ? GatewayOutcome::OutcomeUnknown : GatewayOutcome::Refused;
            cannot.message = built.refusal;
            chain.finishWith(cannot);
            return;
        }
        chain.send(*built.request, [&chain, refund, sale, check](const HttpResult &http) {
            chain.finishWith(PwV3Protocol::parseRefundCheck(http, refund, sale, check));
        });
    });
}

} // namespace RefundDesk
