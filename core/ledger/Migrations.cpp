#include "Migrations.h"

#include "LedgerTime.h"
#include "SqlTransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace RefundDesk {

namespace {

// "@ID@" stands for the dialect's auto-numbered primary key column.
const QString kIdToken = QStringLiteral("@ID@");

QList<Migration> rawSteps()
{
    return {
        {1,
         QStringLiteral("sales, refunds, refund events and the audit chain"),
         {
             QStringLiteral("CREATE TABLE schema_migrations ("
                            " version INTEGER PRIMARY KEY,"
                            " description TEXT NOT NULL,"
                            " applied_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE sales ("
                            " id @ID@,"
                            " gateway TEXT NOT NULL,"
                            " transaction_id TEXT NOT NULL,"
                            " reference TEXT NOT NULL,"
                            " amount_minor BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " gateway_status TEXT NOT NULL,"
                            " gateway_says_refundable INTEGER NOT NULL,"
                            " paid_at TEXT,"
                            " store_id TEXT NOT NULL,"
                            " register_id TEXT NOT NULL,"
                            " looked_up_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX sales_gateway_transaction ON sales (gateway, transaction_id)"),
             QStringLiteral("CREATE INDEX sales_gateway_reference ON sales (gateway, reference)"),
             QStringLiteral("CREATE INDEX sales_paid_at ON sales (paid_at)"),
             QStringLiteral("CREATE TABLE refunds ("
                            " id TEXT PRIMARY KEY,"
                            " sale_id BIGINT NOT NULL REFERENCES sales (id),"
                            " gateway TEXT NOT NULL,"
                            " transaction_id TEXT NOT NULL,"
                            " amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),"
                            " currency TEXT NOT NULL,"
                            " full_refund INTEGER NOT NULL,"
                            " status TEXT NOT NULL,"
                            " gateway_refund_id TEXT NOT NULL,"
                            " message TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " store_id TEXT NOT NULL,"
                            " register_id TEXT NOT NULL,"
                            " employee TEXT NOT NULL,"
                            " approved_by TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX refunds_sale ON refunds (sale_id)"),
             QStringLiteral("CREATE INDEX refunds_status ON refunds (status)"),
             QStringLiteral("CREATE INDEX refunds_created_at ON refunds (created_at)"),
             QStringLiteral("CREATE INDEX refunds_gateway_refund_id ON refunds (gateway, gateway_refund_id)"),
             QStringLiteral("CREATE INDEX refunds_gateway_transaction ON refunds (gateway, transaction_id)"),
             QStringLiteral("CREATE TABLE refund_events ("
                            " id @ID@,"
                            " refund_id TEXT NOT NULL REFERENCES refunds (id),"
                            " occurred_at TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " from_status TEXT NOT NULL,"
                            " to_status TEXT NOT NULL,"
                            " detail TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX refund_events_refund ON refund_events (refund_id)"),
             // seq is assigned by the ledger (last + 1 under the write lock), not
             // auto-numbered, so the chain has no gaps; the primary key is its index.
             QStringLiteral("CREATE TABLE audit_log ("
                            " seq BIGINT PRIMARY KEY,"
                            " logged_at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " detail TEXT NOT NULL,"
                            " store_id TEXT NOT NULL,"
                            " register_id TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("employees with their roles, PIN hashes and lockouts"),
         {
             // pin_hash is PinHasher's stored form (PBKDF2-HMAC-SHA256, salt per user), never
             // a PIN; daily_limit_minor NULL means the store's limit for the role.
             QStringLiteral("CREATE TABLE users ("
                            " id @ID@,"
                            " name TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " pin_hash TEXT NOT NULL,"
                            " failed_attempts INTEGER NOT NULL,"
                            " locked_until TEXT,"
                            " daily_limit_minor BIGINT,"
                            " active INTEGER NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX users_name ON users (name)"),
         }},
        {3,
         QStringLiteral("what the gateway had refunded of the sale before each refund"),
         {
             // Refund::gatewayRefundedBefore, in the refund's currency; NULL when not known.
             // PW v3's lost-answer rule needs it after a restart too.
             QStringLiteral("ALTER TABLE refunds ADD COLUMN gateway_refunded_before_minor BIGINT"),
         }},
        {4,
         QStringLiteral("refunds by status and creation time, for the back office's filtered pages"),
         {
             // The back office counts and lists refunds of some statuses since a date; by status
             // alone the count read every refund of those statuses (hundreds of milliseconds in
             // a ledger of 200,000 refunds, docs/benchmarks.md). It also serves what the
             // status index did, so that one goes.
             QStringLiteral("CREATE INDEX refunds_status_created_at ON refunds (status, created_at)"),
             QStringLiteral("DROP INDEX refunds_status"),
         }},
        {5,
         QStringLiteral("refunds by employee and creation time, for the daily refund limits"),
         {
             // Before every refund the engine adds up what the employee refunded today
             // (Ledger::refundedByEmployeeSince); without this it read every refund of the day,
             // the whole store's, for each one.
             QStringLiteral("CREATE INDEX refunds_employee_created_at ON refunds (employee, created_at)"),
         }},
        {6,
         QStringLiteral("the daily refund limits read from the index alone"),
         {
             // Schema 5's index found the employee's refunds of the day, but the sum still read
             // each one's row for its currency, status and amount: a busy day made every
             // refund slower than the one before (docs/benchmarks.md). With those columns in
             // the index, the sum never touches the table.
             QStringLiteral("CREATE INDEX refunds_employee_day "
                            "ON refunds (employee, created_at, currency, status, amount_minor)"),
             QStringLiteral("DROP INDEX refunds_employee_created_at"),
         }},
    };
}

LedgerResult unreadable(const QString &location, const QSqlError &error)
{
    return LedgerResult::failure(
        LedgerResult::Error::NotALedger,
        Migrations::tr("%1 is not a RefundDesk ledger: it cannot be read as a database (%2). It was "
                       "left unchanged.")
            .arg(location, error.text()));
}

} // namespace

Migrations::Dialect Migrations::Dialect::sqlite()
{
    return {
        QStringLiteral("INTEGER PRIMARY KEY"),
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
        QString(),
        true,
        // In WAL mode NORMAL writes the log without syncing it; the next FULL commit syncs
        // the log, and with it every frame before.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
}

Migrations::Dialect Migrations::Dialect::postgres()
{
    return {
        QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
        // PostgresLedger's row and table locks rely on each statement seeing what others
        // committed before it, whatever the server's default isolation is.
        QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
        QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"),
        // A transaction-scoped advisory lock; the number is RefundDesk's own ("RDSCHEMA" in
        // ASCII), unlikely to be used by another program sharing the database.
        QStringLiteral("SELECT pg_advisory_xact_lock(5927954557966830913)"),
        false,
        // Asynchronous commit: the WAL records are flushed by the next synchronous commit or
        // the WAL writer, in order.
        QStringLiteral("SET synchronous_commit = off"),
        QStringLiteral("SET synchronous_commit TO DEFAULT"),
    };
}

QList<Migration> Migrations::steps(const Dialect &dialect)
{
    QList<Migration> steps = rawSteps();
    for (Migration &step : steps) {
        for (QString &statement : step.statements)
            statement.replace(kIdToken, dialect.idColumn);
    }
    return steps;
}

int Migrations::latestVersion()
{
    return rawSteps().constLast().version;
}

LedgerValue<int> Migrations::readVersion(const QSqlDatabase &db, const Dialect &dialect, const QString &location)
{
    QSet<QString> tables;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(dialect.listTables) || !query.exec())
            return unreadable(location, query.lastError());
        while (query.next())
            tables.insert(query.value(0).toString());
        if (query.lastError().isValid())
            return unreadable(location, query.lastError());
    }
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        return LedgerResult::failure(LedgerResult::Error::NotALedger,
                                     tr("%1 is a database of another program, not a RefundDesk ledger. It was left "
                                        "unchanged; choose another ledger.")
                                         .arg(location));
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.exec() || !query.next())
        return unreadable(location, query.lastError());
    const int version = query.value(0).toInt();
    if (version > latestVersion()) {
        return LedgerResult::failure(LedgerResult::Error::NewerSchema,
                                     tr("%1 was written by a newer RefundDesk (schema %2, this program knows up to "
                                        "%3); upgrade RefundDesk. The ledger was left unchanged.")
                                         .arg(location)
                                         .arg(version)
                                         .arg(latestVersion()));
    }
    return version;
}

LedgerValue<int> Migrations::migrate(const QSqlDatabase &db, const Dialect &dialect, const QString &location,
                                     const QDateTime &now)
{
    auto failed = [&](int version, const QSqlError &error) {
        return LedgerResult::failure(
            LedgerResult::Error::Database,
            tr("Upgrading the ledger %1 to schema %2 failed: %3").arg(location).arg(version).arg(error.text()));
    };

    LedgerValue<int> found = readVersion(db, dialect, location);
    if (!found.ok())
        return found;
    int version = found.value();

    for (const Migration &step : steps(dialect)) {
        if (step.version <= version)
            continue;
        SqlTransaction transaction(db, dialect.beginWrite);
        if (QSqlError error = transaction.begin(); error.isValid())
            return failed(step.version, error);
        if (!dialect.lockSchema.isEmpty()) {
            QSqlQuery lock(db);
            if (!lock.exec(dialect.lockSchema))
                return failed(step.version, lock.lastError());
        }
        // Another program may have applied this step while this one waited for the lock.
        found = readVersion(db, dialect, location);
        if (!found.ok())
            return found;
        if (found.value() >= step.version) {
            version = found.value();
            continue;
        }
        for (const QString &statement : step.statements) {
            // Executed directly: PostgreSQL cannot prepare CREATE statements.
            QSqlQuery query(db);
            if (!query.exec(statement))
                return failed(step.version, query.lastError());
        }
        QSqlQuery record(db);
        if (!record.prepare(
                QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")))
            return failed(step.version, record.lastError());
        record.addBindValue(step.version);
        record.addBindValue(step.description);
        record.addBindValue(toLedgerTime(now));
        if (!record.exec())
            return failed(step.version, record.lastError());
        if (QSqlError error = transaction.commit(); error.isValid())
            return failed(step.version, error);
        version = step.version;
    }
    return version;
}

} // namespace RefundDesk
