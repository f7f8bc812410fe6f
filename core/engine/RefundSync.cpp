#include "RefundSync.h"

#include <QMetaObject>
#include <QPointer>

namespace RefundDesk {

RefundSync::RefundSync(RefundEngine &engine, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &RefundSync::requestPass);
}

void RefundSync::start()
{
    m_timer.start();
    requestPass();
}

void RefundSync::stop()
{
    m_timer.stop();
}

void RefundSync::syncNow(QObject *context, RefundEngine::Reply<SyncReport> done)
{
    QPointer<QObject> target(context ? context : this);
    RefundEngine::Reply<SyncReport> reply = [target, done = std::move(done)](const SyncReport &report) {
        if (!target || !done)
            return;
        QMetaObject::invokeMethod(
            target.data(), [done, report] { done(report); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        this,
        [this, reply] {
            m_waitingForNextPass.append(reply);
            requestPass();
        },
        Qt::QueuedConnection);
}

void RefundSync::requestPass()
{
    if (m_running) {
        m_again = true;
        return;
    }
    beginPass();
}

void RefundSync::beginPass()
{
    m_running = true;
    m_again = false;
    m_report = SyncReport();
    m_waitingForThisPass = std::exchange(m_waitingForNextPass, {});
    m_queue.clear();
    const auto refunds = m_engine.refundsToFollow();
    if (!refunds.ok()) {
        m_report.problems << refunds.message();
    } else {
        for (const Refund &refund : refunds.value())
            m_queue.append(refund.refundId);
    }
    nextRefund();
}

void RefundSync::nextRefund()
{
    if (m_queue.isEmpty()) {
        endPass();
        return;
    }
    const QUuid refundId = m_queue.takeFirst();
    m_engine.syncRefund(refundId, [this, refundId](const RefundEngine::SyncStep &step) {
        switch (step.result) {
        case RefundEngine::SyncStep::Result::Changed:
            ++m_report.checked;
            ++m_report.changed;
            break;
        case RefundEngine::SyncStep::Result::Unchanged:
            ++m_report.checked;
            break;
        case RefundEngine::SyncStep::Result::Skipped:
            ++m_report.skipped;
            break;
        case RefundEngine::SyncStep::Result::Problem:
            m_report.problems << QStringLiteral("%1: %2").arg(refundId.toString(QUuid::WithoutBraces), step.message);
            break;
        }
        if (!step.refund.refundId.isNull())
            m_report.refunds.append(step.refund);
        // From the event loop: a step may finish at once (skipped), and a long list must
        // not grow the stack.
        QMetaObject::invokeMethod(this, &RefundSync::nextRefund, Qt::QueuedConnection);
    });
}

void RefundSync::endPass()
{
    m_running = false;
    const SyncReport report = m_report;
    for (const auto &reply : std::exchange(m_waitingForThisPass, {}))
        reply(report);
    Q_EMIT passFinished(report);
    if (m_again || !m_waitingForNextPass.isEmpty())
        QMetaObject::invokeMethod(this, &RefundSync::requestPass, Qt::QueuedConnection);
}

} // namespace RefundDesk
