#include "PostgresLedger.h"

#include "Migrations.h"
#include "SqlConnectionGuard.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
{ }

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
