#include "PostgresLedgerWatcher.h"

#include "PostgresNotificationListener.h"

namespace RefundDesk {

std::unique_ptr<PostgresLedgerWatcher> PostgresLedgerWatcher::open(const PostgresUrl &url, LedgerResult *result,
                                                                   QObject *parent)
{
    std::unique_ptr<PostgresLedgerWatcher> watcher(new PostgresLedgerWatcher(url, parent));
    PostgresNotificationListener *listener = watcher->m_listener;
    LedgerResult listening;
    QMetaObject::invokeMethod(
        listener,
        [listener, &listening] {
            listening = listener->listen();
            if (listening.ok())
                listener->setHealthCheckInterval(kDefaultHealthCheckInterval);
        },
        Qt::BlockingQueuedConnection);
    if (result)
        *result = listening;
    if (!listening.ok())
        return nullptr;
    // The listener announced itself before this thread connected to it.
    watcher->m_listening = true;
    return watcher;
}

PostgresLedgerWatcher::PostgresLedgerWatcher(const PostgresUrl &url, QObject *parent)
    : LedgerWatcher(parent)
    , m_listener(new PostgresNotificationListener(url))
{
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &PostgresNotificationListener::refundChanged, this, &PostgresLedgerWatcher::noteRefundChanged);
    connect(m_listener, &PostgresNotificationListener::unknownChange, this, &PostgresLedgerWatcher::noteUnknownChange);
    connect(m_listener, &PostgresNotificationListener::resumed, this, &PostgresLedgerWatcher::noteUnknownChange);
    connect(m_listener, &PostgresNotificationListener::listeningChanged, this,
            [this](bool listening) { m_listening = listening; });
    m_thread.setObjectName(QStringLiteral("ledger listener"));
    m_thread.start();
}

PostgresLedgerWatcher::~PostgresLedgerWatcher()
{
    QMetaObject::invokeMethod(m_listener, &PostgresNotificationListener::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PostgresLedgerWatcher::setHealthCheckInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(m_listener,
                              [listener = m_listener, interval] { listener->setHealthCheckInterval(interval); });
}

} // namespace RefundDesk
