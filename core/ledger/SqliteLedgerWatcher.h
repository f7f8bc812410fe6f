#pragma once

#include "LedgerResult.h"
#include "LedgerWatcher.h"

#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace RefundDesk {

// Watches a SQLite ledger for refund changes made by any connection or process. Every
// refund change appends a row to refund_events, so reading the rows after the last one
// seen tells which refunds changed. The read happens when the file system reports a
// write to the ledger or its write-ahead log, and every pollInterval whatever it reports
// (file events can be missing: network drives, exhausted inotify watches).
class SqliteLedgerWatcher final : public LedgerWatcher
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultPollInterval {500};

    // Watches the ledger at path, which SqliteLedger::open has created. NotALedger when it
    // is not one; CannotOpen when it cannot be read.
    static std::unique_ptr<SqliteLedgerWatcher> open(const QString &path, LedgerResult *result,
                                                     QObject *parent = nullptr);
    ~SqliteLedgerWatcher() override;

    // 0 turns polling off: then only file events are heard.
    void setPollInterval(std::chrono::milliseconds interval);
    // Off: only polling is heard (for file systems whose events are not to be trusted).
    void setFileEventsEnabled(bool enabled);

private:
    SqliteLedgerWatcher(QString path, QString connectionName, qint64 lastEventId, QObject *parent);

    void onDirectoryChanged();
    void onFileChanged();
    // Adds the ledger and its log to the file watcher when they exist and are not watched.
    void watchFiles();
    void checkSoon();
    void check();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    qint64 m_lastEventId;
    bool m_fileEvents = true;
    QFileSystemWatcher m_files;
    QTimer m_poll;
    QTimer m_soon;
};

} // namespace RefundDesk
