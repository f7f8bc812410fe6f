#pragma once

#include "gateways/Gateway.h"

#include <QList>
#include <QSet>

#include <functional>

namespace RefundDesk {

// A scripted Gateway for engine tests (a test double: no network). Each operation answers
// with the next scripted result, after delayMs, from the event loop, as real jobs do; when
// the script is empty, lookups answer NotFound and refund operations OutcomeUnknown.
class FakeGateway : public Gateway
{
public:
    explicit FakeGateway(GatewayId id, GatewayCapabilities capabilities = {});

    GatewayId id() const override { return m_id; }
    GatewayCapabilities capabilities() const override { return m_capabilities; }
    LookupJob *lookup(const SaleRef &ref) override;
    RefundJob *refund(const RefundRequest &request) override;
    RefundJob *status(const Refund &refund, const Sale &sale) override;
    RefundJob *resolveLostAnswer(const Refund &refund, const Sale &sale) override;
    bool acceptsWebhooks() const override { return true; }
    WebhookEvent verifyWebhook(const WebhookRequest &request) const override;

    QList<LookupResult> lookupAnswers;
    QList<RefundResult> refundAnswers;
    QList<RefundResult> statusAnswers;
    QList<RefundResult> resolveAnswers;
    // verifyWebhook's answer for a body, by body; Malformed for any other body.
    QHash<QByteArray, WebhookEvent> webhookEvents;
    // Runs when verifyWebhook() is called, before its answer (a test can hang up the client here).
    std::function<void(const WebhookRequest &)> onWebhook;
    int delayMs = 0;
    // Runs when refund() is called, before anything is answered (tests look at the ledger here).
    std::function<void(const RefundRequest &)> onRefund;

    QList<SaleRef> lookups;
    QList<RefundRequest> refunds;
    QList<QUuid> statusCalls;
    QList<QUuid> resolveCalls;
    QList<Refund> resolvedRefunds; // what resolveLostAnswer() was given
    mutable QList<WebhookRequest> webhooks;
    int running = 0; // jobs started and not finished
    int mostRunningAtOnce = 0;

private:
    RefundJob *refundJob(QList<RefundResult> &script);

    GatewayId m_id;
    GatewayCapabilities m_capabilities;
};

} // namespace RefundDesk
