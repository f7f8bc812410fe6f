#include "SecPaidGateway.h"

#include "gateways/ChainedHttpJob.h"
#include "gateways/GatewayCredential.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

RefundResult refused(GatewayOutcome outcome, const QString &message)
{
    RefundResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

} // namespace

SecPaidGateway::SecPaidGateway(QUrl baseUrl, const QString &token, GatewayContext context, Clock clock)
    : m_protocol(std::move(baseUrl), token)
    , m_context(std::move(context))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_context.masker.addSecret(token);
}

SecPaidGateway::Created SecPaidGateway::create(const SecPaidConfig &config, GatewayContext context, Clock clock)
{
    Created created;
    const GatewayCredential::Read token = GatewayCredential::read(config.token, tr("The SecPaid token"));
    if (!token.ok) {
        created.message = token.message;
        return created;
    }
    created.gateway =
        std::make_unique<SecPaidGateway>(config.baseUrl, token.value, std::move(context), std::move(clock));
    return created;
}

GatewayCapabilities SecPaidGateway::capabilities() const
{
    GatewayCapabilities capabilities;
    capabilities.canQuerySale = true;
    capabilities.partialRefunds = true;
    capabilities.amountRequiredForFull = true;
    capabilities.asynchronousOutcome = true;
    capabilities.webhooks = false;
    capabilities.refundsPerPayment = 1;
    return capabilities;
}

QString SecPaidGateway::payIdOf(const Refund &refund, const Sale &sale)
{
    return sale.transactionId.isEmpty() ? refund.transactionId : sale.transactionId;
}

QDate SecPaidGateway::pollSince(const Refund &refund) const
{
    const QDateTime journaled = refund.createdAt.isValid() ? refund.createdAt : m_clock();
    return journaled.toUTC().date().addDays(-1);
}

LookupJob *SecPaidGateway::lookup(const SaleRef &ref)
{
    const QDateTime now = m_clock();
    SecPaidProtocol::Built built =
        m_protocol.buildTransactionsRequest(ref.id, now.toUTC().date().addDays(-SecPaidProtocol::lookupLookbackDays));
    if (ref.kind != SaleIdKind::TransactionId) {
        built.refusal = tr("SecPaid payments are looked up by their payment number (pay_id), not by a reference.");
    }
    return new ChainedLookupJob(m_context, [built, payId = ref.id, now](ChainedLookupJob &chain) {
        if (!built.ok()) {
            LookupResult result;
            result.outcome = GatewayOutcome::Refused;
            result.message = built.refusal;
            chain.finishWith(result);
            return;
        }
        chain.send(built.request, [&chain, payId, now](const HttpResult &http) {
            LookupResult result = SecPaidProtocol::parseLookupAnswer(http, payId);
            if (result.outcome == GatewayOutcome::Ok) {
                result.sale.lookedUpAt = now;
            }
            chain.finishWith(result);
        });
    });
}

RefundJob *SecPaidGateway::refund(const RefundRequest &request)
{
    const SecPaidProtocol::Built built = m_protocol.buildRefundRequest(request);
    return new ChainedRefundJob(m_context, [built](ChainedRefundJob &chain) {
        if (!built.ok()) {
            chain.finishWith(refused(GatewayOutcome::Refused, built.refusal));
            return;
        }
        chain.send(built.request, [&chain](const HttpResult &http) {
            chain.finishWith(SecPaidProtocol::parseRefundAnswer(http, SecPaidProtocol::Attempt::First));
        });
    });
}

RefundJob *SecPaidGateway::status(const Refund &refund, const Sale &sale)
{
    const QString payId = payIdOf(refund, sale);
    const SecPaidProtocol::Built built = m_protocol.buildTransactionsRequest(payId, pollSince(refund));
    return new ChainedRefundJob(m_context, [built, refund, payId](ChainedRefundJob &chain) {
        if (!built.ok()) {
            chain.finishWith(refused(GatewayOutcome::Refused, built.refusal));
            return;
        }
        chain.send(built.request, [&chain, refund, payId](const HttpResult &http) {
            chain.finishWith(SecPaidProtocol::parseStatusAnswer(http, refund, payId));
        });
    });
}

RefundJob *SecPaidGateway::resolveLostAnswer(const Refund &refund, const Sale &sale)
{
    const QString payId = payIdOf(refund, sale);
    const SecPaidProtocol::Built poll = m_protocol.buildTransactionsRequest(payId, pollSince(refund));
    // The identical request the lost one was: built from the same journaled refund.
    const SecPaidProtocol::Built repeat = m_protocol.buildRefundRequest(RefundRequest {sale, refund});
    return new ChainedRefundJob(m_context, [poll, repeat, refund, payId](ChainedRefundJob &chain) {
        if (!poll.ok() || !repeat.ok()) {
            // A request that cannot be built now could not have been sent before.
            chain.finishWith(refused(GatewayOutcome::NotExecuted, poll.ok() ? repeat.refusal : poll.refusal));
            return;
        }
        chain.send(poll.request, [&chain, repeat, refund, payId](const HttpResult &http) {
            const std::optional<RefundResult> known =
                SecPaidProtocol::lostAnswerFromPoll(SecPaidProtocol::parseStatusAnswer(http, refund, payId));
            if (known) {
                chain.finishWith(*known);
                return;
            }
            chain.send(repeat.request, [&chain](const HttpResult &again) {
                chain.finishWith(SecPaidProtocol::parseRefundAnswer(again, SecPaidProtocol::Attempt::Repeat));
            });
        });
    });
}

} // namespace RefundDesk
