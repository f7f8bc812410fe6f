#pragma once

#include "config/RefundDeskConfig.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace RefundDesk {

class EngineHost;
class RefundEngine;
class RefundSync;

// Runs the engine for the desktop application on a worker thread of its own, so the UI
// thread never waits on the network, the ledger or PIN hashing (DESIGN.md). start() opens an
// EngineHost on that thread and starts its sync (and, when asked, the webhook receiver);
// ready() or failed() follows. The UI then calls RefundEngine's request methods (they are
// thread-safe and answer on the caller's thread) and connects to refundChanged() (queued).
class EngineThread : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool sync = true; // follow up refunds at start and every [sync] interval_seconds
        bool webhooks = false; // listen on [webhooks] listen (refundctl serve usually does)
    };

    explicit EngineThread(RefundDeskConfig config, Options options, QObject *parent = nullptr);
    // Stops the engine (on its thread) and joins the thread; waits for nothing on the network.
    ~EngineThread() override;

    void start();
    // After ready(): objects that live on the engine thread. Call only their thread-safe
    // request methods from another thread.
    RefundEngine *engine() const { return m_engine; }
    RefundSync *sync() const { return m_sync; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    RefundDeskConfig m_config;
    Options m_options;
    QThread m_thread;
    QObject *m_anchor; // lives on m_thread: runs work there
    std::unique_ptr<EngineHost> m_host; // created and destroyed on m_thread
    RefundEngine *m_engine = nullptr;
    RefundSync *m_sync = nullptr;
};

} // namespace RefundDesk
