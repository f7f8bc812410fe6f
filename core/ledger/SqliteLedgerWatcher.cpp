#include "SqliteLedgerWatcher.h"

#include "Migrations.h"
#include "SqlConnectionGuard.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace RefundDesk {

namespace {

// A commit touches the log several times in a row; one read after the last touch is enough.
constexpr int kSettleMs = 10;
constexpr int kBusyTimeoutMs = 2000;

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

} // namespace

std::unique_ptr<SqliteLedgerWatcher> SqliteLedgerWatcher::open(const QString &path, LedgerResult *result,
                                                               QObject *parent)
{
    auto fail = [result](const LedgerResult &failure) -> std::unique_ptr<SqliteLedgerWatcher> {
        if (result)
            *result = failure;
        return nullptr;
    };
    const QFileInfo info(path);
    const QString location = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile()) {
        return fail(LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                          tr("The ledger %1 cannot be watched: there is no such file.").arg(location)));
    }

    const QString name = SqlConnectionGuard::uniqueName(QLatin1String("watch"));
    SqlConnectionGuard guard(name);
    qint64 lastEventId = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            return fail(
                LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                      tr("The ledger %1 cannot be watched: %2").arg(location, db.lastError().text())));
        }
        const LedgerValue<int> version = Migrations::readVersion(db, Migrations::Dialect::sqlite(), location);
        if (!version.ok())
            return fail(version.result());
        if (version.value() == 0) {
            return fail(LedgerResult::failure(
                LedgerResult::Error::NotALedger,
                tr("%1 is not a RefundDesk ledger yet: open it as a ledger before watching it.").arg(location)));
        }
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM refund_events")) || !last.next()) {
            return fail(LedgerResult::failure(
                LedgerResult::Error::CannotOpen,
                tr("The ledger %1 cannot be watched: %2").arg(location, last.lastError().text())));
        }
        lastEventId = last.value(0).toLongLong();
    }
    guard.keep();
    if (result)
        *result = LedgerResult::success();
    return std::unique_ptr<SqliteLedgerWatcher>(
        new SqliteLedgerWatcher(info.absoluteFilePath(), name, lastEventId, parent));
}

SqliteLedgerWatcher::SqliteLedgerWatcher(QString path, QString connectionName, qint64 lastEventId, QObject *parent)
    : LedgerWatcher(parent)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_db(QSqlDatabase::database(m_connectionName, false))
    , m_lastEventId(lastEventId)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kSettleMs);
    connect(&m_soon, &QTimer::timeout, this, &SqliteLedgerWatcher::check);
    connect(&m_poll, &QTimer::timeout, this, &SqliteLedgerWatcher::check);
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, &SqliteLedgerWatcher::onDirectoryChanged);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &SqliteLedgerWatcher::onFileChanged);
    // The folder tells when the log appears again after the last connection removed it.
    m_files.addPath(QFileInfo(m_path).absolutePath());
    watchFiles();
    setPollInterval(kDefaultPollInterval);
}

SqliteLedgerWatcher::~SqliteLedgerWatcher()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteLedgerWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(interval);
}

void SqliteLedgerWatcher::setFileEventsEnabled(bool enabled)
{
    m_fileEvents = enabled;
}

void SqliteLedgerWatcher::watchFiles()
{
    const QStringList watched = m_files.files();
    for (const QString &file : {m_path, walPath(m_path)}) {
        if (!watched.contains(file) && QFileInfo::exists(file))
            m_files.addPath(file);
    }
}

void SqliteLedgerWatcher::onDirectoryChanged()
{
    watchFiles();
    checkSoon();
}

void SqliteLedgerWatcher::onFileChanged()
{
    // A removed or replaced file drops out of the watcher; its successor is added back.
    watchFiles();
    checkSoon();
}

void SqliteLedgerWatcher::checkSoon()
{
    if (m_fileEvents)
        m_soon.start();
}

void SqliteLedgerWatcher::check()
{
    // Busy or failing now: the next event or poll reads again from the same place.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, refund_id FROM refund_events WHERE id > ? ORDER BY id")))
        return;
    query.addBindValue(m_lastEventId);
    if (!query.exec())
        return;
    while (query.next()) {
        m_lastEventId = query.value(0).toLongLong();
        noteRefundChanged(QUuid::fromString(query.value(1).toString()));
    }
}

} // namespace RefundDesk
