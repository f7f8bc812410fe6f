#pragma once

#include "RefundEngine.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <chrono>

namespace RefundDesk {

// What one pass over the refunds still in flight found.
struct SyncReport
{
    int checked = 0; // asked the gateway (or found final already)
    int changed = 0; // moved on
    int skipped = 0; // being submitted right now, not due yet, gateway not configured
    QStringList problems; // one line per refund that could not be followed up
    QList<Refund> refunds; // every refund of the pass as it stands afterwards
};

// Follows up every refund still submitting or pending (DESIGN.md step 4): at start-up and
// then every interval, one refund after another through RefundEngine::syncRefund (the lost-
// answer rule for submitting ones, the status call for pending ones; PayNet's enquiry only
// when due). A pass never overlaps another, so no refund is synced twice at once here, and
// the engine's claims keep other processes out. Lives on the engine thread.
class RefundSync : public QObject
{
    Q_OBJECT

public:
    RefundSync(RefundEngine &engine, std::chrono::milliseconds interval, QObject *parent = nullptr);

    // A pass now, then one every interval (engine thread).
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // A full pass that starts after any running one; done gets its report on context's thread.
    // Any thread.
    void syncNow(QObject *context, RefundEngine::Reply<SyncReport> done);

Q_SIGNALS:
    void passFinished(const RefundDesk::SyncReport &report);

private:
    void requestPass();
    void beginPass();
    void nextRefund();
    void endPass();

    RefundEngine &m_engine;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false; // another pass was asked for while one ran
    QList<QUuid> m_queue;
    SyncReport m_report;
    QList<RefundEngine::Reply<SyncReport>> m_waitingForThisPass;
    QList<RefundEngine::Reply<SyncReport>> m_waitingForNextPass;
};

} // namespace RefundDesk
