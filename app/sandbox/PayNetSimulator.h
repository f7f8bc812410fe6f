#pragma once

#include "GatewaySimulator.h"
#include "SandboxSeed.h"
#include "gateways/paynet/Jwt.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace RefundDesk {

class SandboxState;
class WebhookSender;

// PayNet DuitNow Online Banking/Wallets (GATEWAYS.md §4): refund, refund enquiry and
// payment enquiry. Every request carries a Bearer JWT (RS256, the merchant's key) whose
// claims exp, iss, sub, jti (fresh UUID v4), key and data (the payload) are all checked.
// Refunds answer REFUND_PENDING and settle later (SandboxSettings::payNetSettleMs, or
// settle() from the admin API) with a signed "Update Refund Status" webhook; a repeated
// refundId answers the first refund's result and executes nothing.
class PayNetSimulator : public QObject, public GatewaySimulator
{
    Q_OBJECT

public:
    // merchantPublicKey verifies requests; ownKey (a private key) signs webhooks.
    PayNetSimulator(SandboxState &state, WebhookSender &webhooks, RsaKey merchantPublicKey, RsaKey ownKey,
                    QObject *parent = nullptr);

    QString gateway() const override { return QStringLiteral("paynet"); }
    QList<Route> routes() const override;
    SandboxResponse execute(const QString &operation, const SandboxRequest &request) override;
    void reset() override;

    // Settles refundId now as substate (ACCEPTED, REJECTED, TIMEOUT or PENDING, with or
    // without the REFUND_ prefix) and sends the webhook; the answer says why not (empty on
    // success). The automatic settlement of that refund no longer happens.
    QString settle(const QString &refundId, const QString &substate);
    QByteArray ownPublicKeyPem() const { return m_ownKey.publicKeyPem(); }

private:
    QString authenticate(const SandboxRequest &request, const QJsonValue &payload);
    SandboxResponse refund(const QJsonObject &body);
    SandboxResponse refundEnquiry(const SandboxRequest &request);
    SandboxResponse paymentEnquiry(const SandboxRequest &request);
    const SandboxSeed::PayNetSale *findSale(QStringView checkoutId) const;
    void applySettlement(const QString &refundId, const QString &status);
    void sendWebhook(const QString &refundId);

    SandboxState &m_state;
    WebhookSender &m_webhooks;
    RsaKey m_merchantKey;
    RsaKey m_ownKey;
    QSet<QString> m_usedJtis;
    QHash<QString, QDateTime> m_lastPaymentEnquiry; // per checkoutId
    QHash<QString, QJsonObject> m_refundBodies; // per refundId: the first request, to match repeats
    QSet<QString> m_settledByAdmin;
};

} // namespace RefundDesk
