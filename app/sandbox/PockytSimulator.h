#pragma once

#include "GatewaySimulator.h"
#include "SandboxSeed.h"

namespace RefundDesk {

class RequestParameters;
class SandboxState;
class WebhookSender;

// Pockyt SecurePay v3 (GATEWAYS.md §1): tran-query and refund, form-urlencoded or JSON,
// verifySign checked against the apiToken of merchantNo/storeNo. Refunds settle at once and
// are announced by an IPN to SandboxSettings::pockytIpnUrl, resent until the answer is
// exactly "success". As GATEWAYS.md assumes, refundReference is not de-duplicated: a resent
// refund executes again.
class PockytSimulator : public GatewaySimulator
{
public:
    PockytSimulator(SandboxState &state, WebhookSender &webhooks);

    QString gateway() const override { return QStringLiteral("pockyt"); }
    QList<Route> routes() const override;
    SandboxResponse execute(const QString &operation, const SandboxRequest &request) override;
    void reset() override { }

private:
    SandboxResponse refund(const RequestParameters &parameters, const SandboxSeed::PockytSale &sale);
    QJsonObject transactionJson(const SandboxSeed::PockytSale &sale) const;
    void sendIpn(const SandboxSeed::PockytSale &sale, const QString &refundTransactionNo,
                 const QString &refundReference, const Money &amount);

    SandboxState &m_state;
    WebhookSender &m_webhooks;
};

} // namespace RefundDesk
