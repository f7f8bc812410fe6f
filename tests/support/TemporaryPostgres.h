#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace RefundDesk {

// A PostgreSQL server of a test's own: Debian's initdb and pg_ctl (package postgresql, in
// /usr/lib/postgresql/<version>/bin, or on PATH elsewhere) build a cluster in a temporary
// folder, which listens on a free loopback port and a socket inside that folder only, with
// trust authentication for the user "refunddesk". The destructor stops it (pg_ctl stop -m
// immediate) and removes the folder. The server programs refuse to run as root, so as root
// they run as Debian's postgres system user (runuser), which owns the folder.
//
//     TemporaryPostgres postgres;
//     QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
//     QVERIFY2(postgres.createDatabase("ledger_1"), qPrintable(postgres.errorString()));
//     auto ledger = PostgresLedger::open(postgres.url("ledger_1"), &result);
//
// Nothing is skipped: without the programs, start() fails and says which package to install.
class TemporaryPostgres
{
public:
    TemporaryPostgres();
    ~TemporaryPostgres();
    TemporaryPostgres(const TemporaryPostgres &) = delete;
    TemporaryPostgres &operator=(const TemporaryPostgres &) = delete;

    // initdb, then pg_ctl start; waits until the server accepts connections.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    // Why the last call failed, with the end of the server's log when there is one.
    const QString &errorString() const { return m_error; }

    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString userName() { return QStringLiteral("refunddesk"); }
    quint16 port() const { return m_port; }
    // postgresql://refunddesk@127.0.0.1:PORT/database
    QString url(const QString &database) const;

    bool createDatabase(const QString &name);
    // Also ends every connection still open to it.
    bool dropDatabase(const QString &name);
    // Runs one statement as the superuser in database; false (errorString()) when it fails.
    bool execute(const QString &database, const QString &sql);

private:
    // Runs one of the server's programs (as the postgres user when this process is root).
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    bool prepareFolder();
    bool writeSettings();
    QString logTail() const;
    bool fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace RefundDesk
