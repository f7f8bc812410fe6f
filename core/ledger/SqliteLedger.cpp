#include "SqliteLedger.h"

#include "Migrations.h"
#include "SqlConnectionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace RefundDesk {

namespace {

// The first 16 bytes of every SQLite 3 database file.
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
constexpr int kBusyTimeoutMs = 5000;

QString locationOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Reads the file's first bytes and, only if it is SQLite, its schema version through a
// read-only connection: nothing here can write to the file.
LedgerResult checkExistingFile(const QString &path, const QString &location)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LedgerResult::failure(
            LedgerResult::Error::CannotOpen,
            SqliteLedger::tr("The ledger %1 cannot be read: %2").arg(location, file.errorString()));
    }
    const QByteArray head = file.read(kSqliteMagic.size());
    file.close();
    if (head != kSqliteMagic) {
        return LedgerResult::failure(
            LedgerResult::Error::NotALedger,
            SqliteLedger::tr("%1 is not a RefundDesk ledger: it is not a SQLite database. It was left "
                             "unchanged; choose another file.")
                .arg(location));
    }

    const QString name = SqlConnectionGuard::uniqueName(QLatin1String("check"));
    SqlConnectionGuard guard(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        return LedgerResult::failure(
            LedgerResult::Error::CannotOpen,
            SqliteLedger::tr("The ledger %1 cannot be opened: %2").arg(location, db.lastError().text()));
    }
    return Migrations::readVersion(db, Migrations::Dialect::sqlite(), location).result();
}

// Runs one PRAGMA and returns its first value (empty when it returns none).
LedgerValue<QString> pragma(const QSqlDatabase &db, const QString &statement, const QString &location)
{
    QSqlQuery query(db);
    if (!query.prepare(statement) || !query.exec()) {
        return LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                     SqliteLedger::tr("The ledger %1 cannot be set up (%2): %3")
                                         .arg(location, statement, query.lastError().text()));
    }
    return query.next() ? query.value(0).toString() : QString();
}

LedgerResult configure(const QSqlDatabase &db, const QString &location)
{
    const auto busy = pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), location);
    if (!busy.ok())
        return busy.result();
    const auto foreignKeys = pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), location);
    if (!foreignKeys.ok())
        return foreignKeys.result();
    const auto foreignKeysNow = pragma(db, QStringLiteral("PRAGMA foreign_keys"), location);
    if (!foreignKeysNow.ok())
        return foreignKeysNow.result();
    if (foreignKeysNow.value() != QLatin1String("1")) {
        return LedgerResult::failure(
            LedgerResult::Error::CannotOpen,
            SqliteLedger::tr("The ledger %1 cannot be opened: this SQLite does not enforce foreign keys.")
                .arg(location));
    }
    const auto journal = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), location);
    if (!journal.ok())
        return journal.result();
    if (journal.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return LedgerResult::failure(
            LedgerResult::Error::CannotOpen,
            SqliteLedger::tr("The ledger %1 cannot use write-ahead logging (journal mode stays \"%2\"); "
                             "SQLite cannot share a file safely on some network drives.")
                .arg(location, journal.value()));
    }
    const auto synchronous = pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), location);
    return synchronous.result();
}

// The connection's sqlite3 handle when this program may use it: the driver is Qt's QSQLITE
// and runs the very SQLite build this program links (Debian's plugin links the system
// libsqlite3). A driver with SQLite compiled into it would hand out a handle of another copy
// of the library, which this one must not touch; its source id tells them apart unless the
// two were built from the same sources. Null otherwise: Qt Sql then runs every statement.
sqlite3 *directHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return connection;
}

} // namespace

std::unique_ptr<SqliteLedger> SqliteLedger::open(const QString &path, LedgerResult *result)
{
    auto fail = [result](const LedgerResult &failure) -> std::unique_ptr<SqliteLedger> {
        if (result)
            *result = failure;
        return nullptr;
    };
    if (path.isEmpty())
        return fail(LedgerResult::failure(LedgerResult::Error::CannotOpen, tr("No ledger file was given.")));

    const QFileInfo info(path);
    const QString location = locationOf(path);
    if (info.exists()) {
        if (!info.isFile()) {
            return fail(LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                              tr("%1 is a folder, not a ledger file.").arg(location)));
        }
        if (info.size() > 0) {
            const LedgerResult check = checkExistingFile(path, location);
            if (!check.ok())
                return fail(check);
        }
    } else if (!info.absoluteDir().exists()) {
        return fail(
            LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                  tr("The ledger %1 cannot be created: its folder does not exist.").arg(location)));
    }

    const QString name = SqlConnectionGuard::uniqueName(QLatin1String("rw"));
    SqlConnectionGuard guard(name);
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            return fail(
                LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                      tr("The ledger %1 cannot be opened: %2").arg(location, db.lastError().text())));
        }
        const LedgerResult configured = configure(db, location);
        if (!configured.ok())
            return fail(configured);
        const LedgerValue<int> migrated =
            Migrations::migrate(db, Migrations::Dialect::sqlite(), location, QDateTime::currentDateTimeUtc());
        if (!migrated.ok())
            return fail(migrated.result());
        version = migrated.value();
    }
    guard.keep();
    if (result)
        *result = LedgerResult::success();
    return std::unique_ptr<SqliteLedger>(new SqliteLedger(location, name, version));
}

SqliteLedger::SqliteLedger(QString path, QString connectionName, int schemaVersion)
    : SqlLedger(std::move(path), std::move(connectionName), schemaVersion, Migrations::Dialect::sqlite())
    , m_connection(directHandle(database()))
{ }

LedgerValue<std::optional<Sale>> SqliteLedger::lookupSale(const SaleRef &ref)
{
    if (!m_connection)
        return SqlLedger::lookupSale(ref);
    return firstRowDirect(saleLookup(ref), &SqliteLedger::saleFromRow, &SqliteLedger::readingSales);
}

LedgerValue<std::optional<Refund>> SqliteLedger::lookupRefund(const QUuid &refundId)
{
    if (!m_connection)
        return SqlLedger::lookupRefund(refundId);
    return firstRowDirect(refundLookup(refundId), &SqliteLedger::refundFromRow, &SqliteLedger::readingRefunds);
}

template<typename T>
LedgerValue<std::optional<T>>
SqliteLedger::firstRowDirect(const Lookup &lookup, LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                             QString (*doing)())
{
    auto kept = m_lookups.find(lookup.sql);
    if (kept == m_lookups.end()) {
        auto prepared = std::make_unique<SqliteStatement>(m_connection);
        if (const int code = prepared->prepare(lookup.sql); code != SQLITE_OK)
            return failure(prepared->error("Unable to execute statement", QSqlError::StatementError, code), doing());
        kept = m_lookups.emplace(lookup.sql, std::move(prepared)).first;
    }
    // Every way out resets the statement: one left on a row would keep its read snapshot, and
    // this connection would not see what others commit (as SqlLedger::Query does for Qt Sql).
    SqliteStatement &statement = *kept->second;
    if (const int code = statement.bindTexts(lookup.values); code != SQLITE_OK) {
        const QSqlError error = statement.error("Unable to bind parameters", QSqlError::StatementError, code);
        statement.reset();
        return failure(error, doing());
    }
    // With the connection's busy timeout, as for Qt Sql: SQLITE_BUSY only once it has passed,
    // and describe() words it alike.
    const int code = statement.step();
    if (code == SQLITE_DONE) {
        statement.reset();
        return std::optional<T>();
    }
    if (code != SQLITE_ROW) {
        const QSqlError error = statement.error("Unable to fetch row", QSqlError::ConnectionError, code);
        statement.reset();
        return failure(error, doing());
    }
    LedgerValue<T> row = (this->*fromRow)(statement);
    statement.reset();
    if (!row.ok())
        return row.result();
    return std::optional<T>(row.takeValue());
}

LedgerResult SqliteLedger::describe(const QSqlError &error, const QString &doing) const
{
    // SQLITE_BUSY and SQLITE_LOCKED: another connection kept the write lock past the busy timeout.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) {
        return LedgerResult::failure(LedgerResult::Error::Database,
                                     tr("The ledger %1 is busy: another RefundDesk program kept it locked for more "
                                        "than %2 seconds while %3. Try again.")
                                         .arg(location())
                                         .arg(kBusyTimeoutMs / 1000)
                                         .arg(doing));
    }
    return SqlLedger::describe(error, doing);
}

} // namespace RefundDesk
