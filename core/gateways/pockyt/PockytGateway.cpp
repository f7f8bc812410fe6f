#include "PockytGateway.h"

#include "gateways/ChainedHttpJob.h"
#include "gateways/GatewayCredential.h"

#include <QCoreApplication>

namespace RefundDesk {

PockytGateway::Created PockytGateway::create(const PockytConfig &config, GatewayContext context)
{
    Created created;
    const GatewayCredential::Read token = GatewayCredential::read(config.apiToken, tr("The Pockyt API token"));
    if (!token.ok) {
        created.message = token.message;
        return created;
    }
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty() || config.merchantNo.isEmpty()
        || config.storeNo.isEmpty() || !Currency::fromCode(config.settleCurrency)) {
        created.message = tr("The Pockyt settings need a gateway address, a merchant number, a store number and a "
                             "settlement currency (ISO 4217 code).");
        return created;
    }
    PockytAccount account;
    account.baseUrl = config.baseUrl;
    account.merchantNo = config.merchantNo;
    account.storeNo = config.storeNo;
    account.apiToken = token.value;
    account.settleCurrency = config.settleCurrency;
    created.gateway = std::make_unique<PockytGateway>(std::move(account), std::move(context));
    return created;
}

PockytGateway::PockytGateway(PockytAccount account, GatewayContext context)
    : m_protocol(std::move(account))
    , m_context(std::move(context))
{
    m_context.masker.addSecret(m_protocol.account().apiToken);
}

GatewayCapabilities PockytGateway::capabilities() const
{
    GatewayCapabilities capabilities;
    capabilities.canQuerySale = true;
    capabilities.partialRefunds = true;
    capabilities.asynchronousOutcome = true; // a refund may answer pending; the IPN follows
    capabilities.webhooks = true;
    return capabilities;
}

LookupJob *PockytGateway::lookup(const SaleRef &ref)
{
    const PockytProtocol::Built built = m_protocol.buildQueryRequest(ref);
    return new ChainedLookupJob(m_context, [built](ChainedLookupJob &chain) {
        if (!built.request) {
            LookupResult refused;
            refused.outcome = GatewayOutcome::Refused;
            refused.message = built.refusal;
            chain.finishWith(refused);
            return;
        }
        chain.send(*built.request,
                   [&chain](const HttpResult &http) { chain.finishWith(PockytProtocol::parseQueryAnswer(http)); });
    });
}

RefundJob *PockytGateway::refund(const RefundRequest &request)
{
    const PockytProtocol::Built built = m_protocol.buildRefundRequest(request);
    const Refund refund = request.refund;
    return new ChainedRefundJob(m_context, [built, refund](ChainedRefundJob &chain) {
        if (!built.request) {
            RefundResult refused;
            refused.outcome = GatewayOutcome::Refused;
            refused.message = built.refusal;
            chain.finishWith(refused);
            return;
        }
        chain.send(*built.request, [&chain, refund](const HttpResult &http) {
            chain.finishWith(PockytProtocol::parseRefundAnswer(http, refund));
        });
    });
}

RefundJob *PockytGateway::status(const Refund &refund, const Sale &sale)
{
    return check(refund, sale, PockytProtocol::Check::Status);
}

RefundJob *PockytGateway::resolveLostAnswer(const Refund &refund, const Sale &sale)
{
    return check(refund, sale, PockytProtocol::Check::LostAnswer);
}

RefundJob *PockytGateway::check(const Refund &refund, const Sale &sale, PockytProtocol::Check check)
{
    const PockytProtocol::Built built = m_protocol.buildQueryRequest(sale, refund);
    return new ChainedRefundJob(m_context, [built, refund, check](ChainedRefundJob &chain) {
        if (!built.request) {
            RefundResult cannot;
            // Without a query the lost-answer rule cannot tell anything.
            cannot.outcome =
                check == PockytProtocol::Check::LostAnswer ? GatewayOutcome::OutcomeUnknown : GatewayOutcome::Refused;
            cannot.message = built.refusal;
            chain.finishWith(cannot);
            return;
        }
        chain.send(*built.request, [&chain, refund, check](const HttpResult &http) {
            chain.finishWith(PockytProtocol::parseRefundCheck(http, refund, check));
        });
    });
}

WebhookEvent PockytGateway::verifyWebhook(const WebhookRequest &request) const
{
    return m_protocol.parseIpn(request);
}

} // namespace RefundDesk
