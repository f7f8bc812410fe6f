#include "FakeGateway.h"

#include <QTimer>

#include <memory>

namespace RefundDesk {

namespace {

// A job that answers with a fixed result after a delay.
template<typename Base, typename Result>
class FakeJob : public Base
{
public:
    FakeJob(Result result, int delayMs, std::function<void()> started, std::function<void()> ended)
        : m_result(std::move(result))
        , m_delayMs(delayMs)
        , m_started(std::move(started))
        , m_ended(std::move(ended))
    { }

    void start() override
    {
        m_started();
        QTimer::singleShot(m_delayMs, this, [this] {
            m_ended();
            Q_EMIT this->finished(m_result);
            this->scheduleDeleteIfAuto();
        });
    }
    void cancel() override { }

private:
    Result m_result;
    int m_delayMs;
    std::function<void()> m_started;
    std::function<void()> m_ended;
};

} // namespace

FakeGateway::FakeGateway(GatewayId id, GatewayCapabilities capabilities)
    : m_id(id)
    , m_capabilities(std::move(capabilities))
{ }

LookupJob *FakeGateway::lookup(const SaleRef &ref)
{
    lookups.append(ref);
    LookupResult result;
    result.outcome = GatewayOutcome::NotFound;
    result.message = QStringLiteral("unknown sale");
    if (!lookupAnswers.isEmpty())
        result = lookupAnswers.takeFirst();
    return new FakeJob<LookupJob, LookupResult>(
        result, delayMs, [] {}, [] {});
}

RefundJob *FakeGateway::refundJob(QList<RefundResult> &script)
{
    RefundResult result;
    result.outcome = GatewayOutcome::OutcomeUnknown;
    result.message = QStringLiteral("no scripted answer");
    if (!script.isEmpty())
        result = script.takeFirst();
    return new FakeJob<RefundJob, RefundResult>(
        result, delayMs,
        [this] {
            ++running;
            mostRunningAtOnce = std::max(mostRunningAtOnce, running);
        },
        [this] { --running; });
}

RefundJob *FakeGateway::refund(const RefundRequest &request)
{
    refunds.append(request);
    if (onRefund)
        onRefund(request);
    return refundJob(refundAnswers);
}

RefundJob *FakeGateway::status(const Refund &refund, const Sale &sale)
{
    Q_UNUSED(sale)
    statusCalls.append(refund.refundId);
    return refundJob(statusAnswers);
}

RefundJob *FakeGateway::resolveLostAnswer(const Refund &refund, const Sale &sale)
{
    Q_UNUSED(sale)
    resolveCalls.append(refund.refundId);
    resolvedRefunds.append(refund);
    return refundJob(resolveAnswers);
}

WebhookEvent FakeGateway::verifyWebhook(const WebhookRequest &request) const
{
    webhooks.append(request);
    if (onWebhook)
        onWebhook(request);
    const auto found = webhookEvents.constFind(request.body);
    if (found != webhookEvents.constEnd())
        return *found;
    WebhookEvent event;
    event.verdict = WebhookEvent::Verdict::Malformed;
    event.message = QStringLiteral("not scripted");
    return event;
}

} // namespace RefundDesk
