#pragma once

#include "GatewayContext.h"
#include "GatewayJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>

namespace RefundDesk {

// A gateway job made of one or more HTTP exchanges run one after another: a refund, or a
// lost-answer rule that queries first and only then decides. Adapters describe the steps
// as callbacks; this class owns the HTTP jobs, cancellation and the single finished().
//
//   auto *job = new ChainedRefundJob(context, [=](ChainedRefundJob &chain) {
//       chain.send(buildRequest(...), [&chain](const HttpResult &http) {
//           chain.finishWith(parseAnswer(http));
//       });
//   });
template<typename JobBase, typename Result>
class ChainedHttpJob : public JobBase
{
public:
    using Step = std::function<void(ChainedHttpJob &chain)>;
    using Continuation = std::function<void(const HttpResult &result)>;

    ChainedHttpJob(GatewayContext context, Step first, QObject *parent = nullptr)
        : JobBase(parent)
        , m_context(std::move(context))
        , m_first(std::move(first))
    { }

    void start() override
    {
        Q_ASSERT(!m_started);
        m_started = true;
        // Callers connect finished() after creating the job; the first step runs from the
        // event loop so that even a result known at once arrives through the signal.
        QMetaObject::invokeMethod(
            this, [this] { m_first(*this); }, Qt::QueuedConnection);
    }

    // Cancels the running exchange; its continuation still runs, with Cancelled when
    // nothing was sent or OutcomeUnknown when the request may have reached the gateway,
    // so the adapter reports the truth about a refund that may have gone through.
    void cancel() override
    {
        m_cancelled = true;
        if (m_current)
            m_current->cancel();
    }

    bool isCancelled() const { return m_cancelled; }
    const GatewayContext &context() const { return m_context; }

    // Sends one request through GatewayHttpJob and hands its result to next.
    void send(HttpRequest request, Continuation next)
    {
        auto *http = new GatewayHttpJob(m_context.network, std::move(request), this);
        http->setTimeout(m_context.timeout);
        if (m_context.auditSink)
            http->setAuditSink(m_context.auditSink, m_context.masker);
        m_current = http;
        QObject::connect(http, &GatewayHttpJob::finished, this,
                         [this, http, next = std::move(next)](const HttpResult &result) {
                             m_current = nullptr;
                             http->deleteLater();
                             next(result);
                         });
        if (m_cancelled) {
            http->cancel();
            return;
        }
        http->start();
    }

    // Runs next after delay (e.g. honouring Retry-After).
    void after(std::chrono::milliseconds delay, std::function<void()> next)
    {
        QTimer::singleShot(delay, this, std::move(next));
    }

    // Emits finished(result) once, from the event loop.
    void finishWith(Result result)
    {
        if (m_finished)
            return;
        m_finished = true;
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                Q_EMIT this->finished(result);
                this->scheduleDeleteIfAuto();
            },
            Qt::QueuedConnection);
    }

private:
    GatewayContext m_context;
    Step m_first;
    QPointer<GatewayHttpJob> m_current;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

using ChainedLookupJob = ChainedHttpJob<LookupJob, LookupResult>;
using ChainedRefundJob = ChainedHttpJob<RefundJob, RefundResult>;

} // namespace RefundDesk
