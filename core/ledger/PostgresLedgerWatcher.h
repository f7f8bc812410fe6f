#pragma once

#include "LedgerResult.h"
#include "LedgerWatcher.h"
#include "PostgresUrl.h"

#include <QThread>

#include <chrono>
#include <memory>

namespace RefundDesk {

class PostgresNotificationListener;

// Watches a PostgreSQL ledger: LISTENs on PostgresLedger::refundChannel() on a connection
// of its own, so a refund change reaches it as soon as the writer commits. The connection
// lives on a thread of its own (PostgresNotificationListener), so a slow or lost server
// never holds up the thread that owns the watcher. The server forgets a listener whose
// connection dropped, so the connection is checked every healthCheckInterval and, when
// lost, opened again; since notifications may have been missed meanwhile, refundsChanged()
// then says "reload everything".
class PostgresLedgerWatcher final : public LedgerWatcher
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultHealthCheckInterval {5000};

    // Connects and listens (waiting for the server, once). NotALedger when the database
    // holds no RefundDesk ledger yet; CannotOpen when the server cannot be reached.
    static std::unique_ptr<PostgresLedgerWatcher> open(const PostgresUrl &url, LedgerResult *result,
                                                       QObject *parent = nullptr);
    ~PostgresLedgerWatcher() override;

    void setHealthCheckInterval(std::chrono::milliseconds interval);
    // Whether the listening connection worked at the last check.
    bool isListening() const { return m_listening; }

private:
    PostgresLedgerWatcher(const PostgresUrl &url, QObject *parent);

    QThread m_thread;
    PostgresNotificationListener *m_listener; // lives on m_thread, deleted when it finishes
    bool m_listening = false;
};

} // namespace RefundDesk
