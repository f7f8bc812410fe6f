#include "PostgresLedger.h"

#include "Migrations.h"
#include "PostgresResult.h"
#include "SqlConnectionGuard.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <vector>

namespace RefundDesk {

namespace {

// Like SqliteLedger's busy timeout: a writer waits this long for another one's lock, then
// gives up with a message instead of hanging a register.
constexpr int kLockTimeoutSeconds = 5;

const QString kSerializationFailure = QStringLiteral("40001");
const QString kDeadlockDetected = QStringLiteral("40P01");
const QString kLockNotAvailable = QStringLiteral("55P03");

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The connection's PGconn, which Qt's QPSQL driver hands out in a QVariant; null for any
// other driver or handle. Qt's documentation names its type "PGconn*"; Qt 6 names it after
// the struct behind that typedef, "pg_conn*".
PGconn *connectionHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// sql, written with Qt's positional placeholders, with libpq's: $1, $2, ... in order. The
// ledger's lookups hold no other question mark.
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray numbered;
    int position = 0;
    for (const char c : sql.toUtf8()) {
        if (c == '?')
            numbered += '$' + QByteArray::number(++position);
        else
            numbered += c;
    }
    return numbered;
}

} // namespace

QString PostgresLedger::refundChannel()
{
    return QStringLiteral("refunddesk_refunds");
}

LedgerResult PostgresLedger::connect(const PostgresUrl &url, const QString &connectionName)
{
    const QString location = url.displayText();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                     tr("The ledger %1 cannot be opened: Qt's PostgreSQL driver (QPSQL) is not "
                                        "installed; on Debian it is the package libqt6sql6-psql.")
                                         .arg(location));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    url.configure(db);
    if (!db.open()) {
        return LedgerResult::failure(
            LedgerResult::Error::CannotOpen,
            tr("The ledger %1 cannot be opened: %2").arg(location, db.lastError().text().trimmed()));
    }
    return LedgerResult::success();
}

std::unique_ptr<PostgresLedger> PostgresLedger::open(const QString &url, LedgerResult *result)
{
    const LedgerValue<PostgresUrl> parsed = PostgresUrl::parse(url);
    if (!parsed.ok()) {
        if (result)
            *result = parsed.result();
        return nullptr;
    }
    return open(parsed.value(), result);
}

std::unique_ptr<PostgresLedger> PostgresLedger::open(const PostgresUrl &url, LedgerResult *result)
{
    auto fail = [result](const LedgerResult &failure) -> std::unique_ptr<PostgresLedger> {
        if (result)
            *result = failure;
        return nullptr;
    };
    const QString location = url.displayText();
    const QString name = SqlConnectionGuard::uniqueName(QLatin1String("pg"));
    SqlConnectionGuard guard(name);
    int version = 0;
    {
        const LedgerResult connected = connect(url, name);
        if (!connected.ok())
            return fail(connected);
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery setting(db);
        if (!setting.exec(QStringLiteral("SET lock_timeout = '%1s'").arg(kLockTimeoutSeconds))) {
            return fail(LedgerResult::failure(
                LedgerResult::Error::CannotOpen,
                tr("The ledger %1 cannot be set up: %2").arg(location, setting.lastError().text().trimmed())));
        }
        const LedgerValue<int> migrated =
            Migrations::migrate(db, Migrations::Dialect::postgres(), location, QDateTime::currentDateTimeUtc());
        if (!migrated.ok())
            return fail(migrated.result());
        version = migrated.value();
    }
    guard.keep();
    if (result)
        *result = LedgerResult::success();
    return std::unique_ptr<PostgresLedger>(new PostgresLedger(location, name, version));
}

PostgresLedger::PostgresLedger(QString location, QString connectionName, int schemaVersion)
    : SqlLedger(std::move(location), std::move(connectionName), schemaVersion, Migrations::Dialect::postgres())
    , m_connection(connectionHandle(database()))
{ }

PGconn *PostgresLedger::directConnection()
{
    if (!m_connection || PQstatus(m_connection) != CONNECTION_OK)
        return nullptr;
    // A finished Qt statement keeps what it did not read on the connection (QPSQL reads row by
    // row and drops the rest only when it sends the next statement): read that away first,
    // as Qt's driver would. No caller looks something up while it still reads a Qt statement.
    while (PGresult *left = PQgetResult(m_connection))
        PQclear(left);
    // In error: Qt Sql reports the failed transaction in its words.
    const PGTransactionStatusType transaction = PQtransactionStatus(m_connection);
    if (transaction != PQTRANS_IDLE && transaction != PQTRANS_INTRANS)
        return nullptr;
    return m_connection;
}

LedgerValue<std::optional<Sale>> PostgresLedger::lookupSale(const SaleRef &ref)
{
    PGconn *connection = directConnection();
    if (!connection)
        return SqlLedger::lookupSale(ref);
    return firstRowDirect(connection, saleLookup(ref), &PostgresLedger::saleFromRow, &PostgresLedger::readingSales);
}

LedgerValue<std::optional<Refund>> PostgresLedger::lookupRefund(const QUuid &refundId)
{
    PGconn *connection = directConnection();
    if (!connection)
        return SqlLedger::lookupRefund(refundId);
    return firstRowDirect(connection, refundLookup(refundId), &PostgresLedger::refundFromRow,
                          &PostgresLedger::readingRefunds);
}

template<typename T>
LedgerValue<std::optional<T>>
PostgresLedger::firstRowDirect(PGconn *connection, const Lookup &lookup,
                               LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const, QString (*doing)())
{
    auto prepared = m_prepared.find(lookup.sql);
    if (prepared == m_prepared.end()) {
        // Qt's driver names its statements qpsqlpstmt_<n> on this same connection: a prefix of
        // RefundDesk's own keeps the two apart.
        const QByteArray name = "refunddesk_lookup_" + QByteArray::number(qulonglong(m_prepared.size() + 1));
        const PostgresResult made(connection,
                                  PQprepare(connection, name.constData(), numberedPlaceholders(lookup.sql).constData(),
                                            static_cast<int>(lookup.values.size()), nullptr));
        if (!made.ok())
            return failure(made.error("Unable to prepare statement"), doing());
        prepared = m_prepared.emplace(lookup.sql, name).first;
    }
    std::vector<QByteArray> utf8;
    std::vector<const char *> values;
    utf8.reserve(static_cast<size_t>(lookup.values.size()));
    for (const QString &value : lookup.values)
        values.push_back(utf8.emplace_back(value.toUtf8()).constData());
    // PQexecPrepared waits for the whole answer and keeps only its last result, which this
    // one clears: nothing is left on the connection for Qt's driver to trip over.
    const PostgresResult result(connection,
                                PQexecPrepared(connection, prepared->second.constData(),
                                               static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0));
    if (!result.ok())
        return failure(result.error("Unable to create query"), doing());
    if (!result.hasRow())
        return std::optional<T>();
    LedgerValue<T> row = (this->*fromRow)(result);
    if (!row.ok())
        return row.result();
    return std::optional<T>(row.takeValue());
}

LedgerResult PostgresLedger::lock(Lock what, const QVariant &key, const QString &doing)
{
    Query query;
    switch (what) {
    case Lock::Sale:
        return run(query, QStringLiteral("SELECT id FROM sales WHERE id = ? FOR UPDATE"), {key}, doing);
    case Lock::Refund:
        return run(query, QStringLiteral("SELECT id FROM refunds WHERE id = ? FOR UPDATE"), {key}, doing);
    case Lock::AuditChain:
        // Keeps other appenders out until commit; readers (verify, listings) are not held up.
        return execute(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"), doing);
    }
    Q_UNREACHABLE();
}

LedgerResult PostgresLedger::announceRefundChange(const QUuid &refundId, const QString &doing)
{
    Query query;
    return run(query, QStringLiteral("SELECT pg_notify(?, ?)"), {refundChannel(), uuidText(refundId)}, doing);
}

bool PostgresLedger::isTransient(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    return code == kSerializationFailure || code == kDeadlockDetected;
}

LedgerResult PostgresLedger::describe(const QSqlError &error, const QString &doing) const
{
    if (error.nativeErrorCode() == kLockNotAvailable) {
        return LedgerResult::failure(LedgerResult::Error::Database,
                                     tr("The ledger %1 is busy: another RefundDesk program kept what this one needed "
                                        "locked for more than %2 seconds while %3. Try again.")
                                         .arg(location())
                                         .arg(kLockTimeoutSeconds)
                                         .arg(doing));
    }
    return SqlLedger::describe(error, doing);
}

} // namespace RefundDesk
