#include "PayNetGateway.h"

#include "gateways/ChainedHttpJob.h"

#include <QCoreApplication>
#include <QUuid>

namespace RefundDesk {

namespace {

RefundResult refused(GatewayOutcome outcome, const QString &message)
{
    RefundResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

// A fresh JWT id for every request (GATEWAYS.md §4: never reused).
QUuid freshJti()
{
    return QUuid::createUuid();
}

} // namespace

PayNetGateway::PayNetGateway(PayNetProtocol protocol, RsaKey gatewayKey, GatewayContext context, Clock clock)
    : m_protocol(std::move(protocol))
    , m_gatewayKey(std::move(gatewayKey))
    , m_context(std::move(context))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

PayNetGateway::Created PayNetGateway::create(const PayNetConfig &config, GatewayContext context, Clock clock)
{
    Created created;
    QString error;
    const RsaKey privateKey = RsaKey::fromPemFile(config.privateKeyPath, &error);
    if (privateKey.isNull() || !privateKey.isPrivate()) {
        created.message = privateKey.isNull()
            ? tr("The PayNet private key could not be loaded: %1").arg(error)
            : tr("The PayNet private key file holds only a public key; RefundDesk needs the private key to sign.");
        return created;
    }
    RsaKey gatewayKey;
    if (!config.gatewayPublicKeyPath.isEmpty()) {
        gatewayKey = RsaKey::fromPemFile(config.gatewayPublicKeyPath, &error);
        if (gatewayKey.isNull()) {
            created.message = tr("PayNet's public key (for webhooks) could not be loaded: %1").arg(error);
            return created;
        }
    }
    PayNetProtocol protocol(config.baseUrl, config.clientId, config.merchantId, config.keyName, privateKey);
    created.gateway = std::make_unique<PayNetGateway>(std::move(protocol), std::move(gatewayKey), std::move(context),
                                                      std::move(clock));
    return created;
}

GatewayCapabilities PayNetGateway::capabilities() const
{
    GatewayCapabilities capabilities;
    capabilities.canQuerySale = true;
    capabilities.partialRefunds = true;
    capabilities.asynchronousOutcome = true;
    capabilities.webhooks = true;
    capabilities.refundWindowDays = 90;
    return capabilities;
}

LookupJob *PayNetGateway::lookup(const SaleRef &ref)
{
    const QDateTime now = m_clock();
    PayNetProtocol::Built built = m_protocol.buildPaymentEnquiry(ref.id, now, freshJti());
    if (ref.kind != SaleIdKind::TransactionId) {
        built.refusal = tr("PayNet payments are looked up by their checkout id, not by a reference.");
    }
    const qint64 intervalMs = qint64(PayNetProtocol::paymentEnquiryIntervalSeconds) * 1000;
    // Only enquiries within the interval matter; forget the rest so the table stays small.
    m_lastPaymentEnquiry.removeIf([&now, intervalMs](const auto &entry) {
        const qint64 ageMs = entry.value().msecsTo(now);
        return ageMs < 0 || ageMs >= intervalMs;
    });
    int waitSeconds = 0;
    if (built.ok()) {
        const auto last = m_lastPaymentEnquiry.constFind(ref.id);
        if (last != m_lastPaymentEnquiry.constEnd()) {
            waitSeconds = static_cast<int>((intervalMs - last->msecsTo(now) + 999) / 1000);
        }
        if (waitSeconds == 0) {
            m_lastPaymentEnquiry.insert(ref.id, now);
        }
    }
    return new ChainedLookupJob(m_context, [built, waitSeconds, checkoutId = ref.id, now](ChainedLookupJob &chain) {
        if (!built.ok() || waitSeconds > 0) {
            LookupResult result;
            result.outcome = built.ok() ? GatewayOutcome::NotExecuted : GatewayOutcome::Refused;
            result.message = built.ok() ? tr("PayNet allows one enquiry per payment every %1 seconds; try again in "
                                             "%n second(s).",
                                             nullptr, waitSeconds)
                                              .arg(PayNetProtocol::paymentEnquiryIntervalSeconds)
                                        : built.refusal;
            result.retryAfterSeconds = waitSeconds;
            chain.finishWith(result);
            return;
        }
        chain.send(built.request, [&chain, checkoutId, now](const HttpResult &http) {
            LookupResult result = PayNetProtocol::parsePaymentEnquiryAnswer(http, checkoutId);
            if (result.outcome == GatewayOutcome::Ok) {
                result.sale.lookedUpAt = now;
            }
            chain.finishWith(result);
        });
    });
}

RefundJob *PayNetGateway::refund(const RefundRequest &request)
{
    const PayNetProtocol::Built built = m_protocol.buildRefundRequest(request, m_clock(), freshJti());
    return new ChainedRefundJob(m_context, [built](ChainedRefundJob &chain) {
        if (!built.ok()) {
            chain.finishWith(refused(GatewayOutcome::Refused, built.refusal));
            return;
        }
        chain.send(built.request, [&chain](const HttpResult &http) {
            chain.finishWith(PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::First));
        });
    });
}

RefundJob *PayNetGateway::status(const Refund &refund, const Sale &sale)
{
    Q_UNUSED(sale)
    const PayNetProtocol::Built built = m_protocol.buildRefundEnquiry(refund.refundId, m_clock(), freshJti());
    return new ChainedRefundJob(m_context, [built, refund](ChainedRefundJob &chain) {
        if (!built.ok()) {
            chain.finishWith(refused(GatewayOutcome::Refused, built.refusal));
            return;
        }
        chain.send(built.request, [&chain, refund](const HttpResult &http) {
            chain.finishWith(PayNetProtocol::parseRefundEnquiryAnswer(http, refund));
        });
    });
}

RefundJob *PayNetGateway::resolveLostAnswer(const Refund &refund, const Sale &sale)
{
    // Same body as the lost request (same refundId), with a new JWT.
    const PayNetProtocol::Built repeat =
        m_protocol.buildRefundRequest(RefundRequest {sale, refund}, m_clock(), freshJti());
    return new ChainedRefundJob(
        m_context, [repeat, refund, protocol = m_protocol, clock = m_clock](ChainedRefundJob &chain) {
            if (!repeat.ok()) {
                // A request that cannot be built now could not have been sent before.
                chain.finishWith(refused(GatewayOutcome::NotExecuted, repeat.refusal));
                return;
            }
            chain.send(repeat.request, [&chain, refund, protocol, clock](const HttpResult &http) {
                const RefundResult repeated = PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::Repeat);
                if (const std::optional<RefundResult> known = PayNetProtocol::lostAnswerFromRepeat(repeated)) {
                    chain.finishWith(*known);
                    return;
                }
                // Declined: does PayNet know this refundId at all? Signed now, with its own jti.
                const PayNetProtocol::Built enquiry = protocol.buildRefundEnquiry(refund.refundId, clock(), freshJti());
                chain.send(enquiry.request, [&chain, refund, repeated](const HttpResult &answer) {
                    chain.finishWith(PayNetProtocol::lostAnswerFromEnquiry(answer, refund, repeated));
                });
            });
        });
}

WebhookEvent PayNetGateway::verifyWebhook(const WebhookRequest &request) const
{
    return PayNetProtocol::verifyWebhook(request, m_gatewayKey, m_clock());
}

} // namespace RefundDesk
