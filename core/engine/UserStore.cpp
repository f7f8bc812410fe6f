#include "UserStore.h"

#include "ledger/LedgerFactory.h"
#include "ledger/LedgerTime.h"
#include "ledger/Migrations.h"
#include "ledger/PostgresUrl.h"
#include "ledger/SqlTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace RefundDesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;

const QString kColumns = QStringLiteral("id, name, display_name, role, pin_hash, failed_attempts, locked_until, "
                                        "daily_limit_minor, active, created_at, updated_at");

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("refunddesk-users-%1").arg(++counter);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toLedgerTime(time)) : QVariant(QMetaType::fromType<QString>());
}

QVariant limitOrNull(const std::optional<qint64> &limit)
{
    return limit ? QVariant(*limit) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

std::unique_ptr<UserStore> UserStore::open(const QString &url, LedgerResult *result)
{
    if (url.startsWith(u"sqlite:"))
        return openSqlite(url.mid(7), result);
    const LedgerValue<PostgresUrl> postgres = PostgresUrl::parse(url);
    if (!postgres.ok()) {
        if (result)
            *result = postgres.result();
        return nullptr;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        postgres.value().configure(db);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (result) {
                *result = LedgerResult::failure(
                    LedgerResult::Error::CannotOpen,
                    tr("The employee list in %1 cannot be opened: %2").arg(postgres.value().displayText(), why));
            }
            return nullptr;
        }
    }
    if (result)
        *result = LedgerResult::success();
    return std::unique_ptr<UserStore>(
        new UserStore(name, postgres.value().displayText(), Migrations::Dialect::postgres().beginWrite));
}

std::unique_ptr<UserStore> UserStore::openSqlite(const QString &path, LedgerResult *result)
{
    const QString location = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (result) {
                *result = LedgerResult::failure(LedgerResult::Error::CannotOpen,
                                                tr("The employee list in %1 cannot be opened: %2").arg(location, why));
            }
            return nullptr;
        }
    }
    if (result)
        *result = LedgerResult::success();
    return std::unique_ptr<UserStore>(new UserStore(name, location, Migrations::Dialect::sqlite().beginWrite));
}

UserStore::UserStore(QString connectionName, QString location, QString beginWrite)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_beginWrite(std::move(beginWrite))
    , m_db(QSqlDatabase::database(m_connectionName, false))
{ }

UserStore::~UserStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

LedgerResult UserStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values) {
            // A null QString binds as NULL; the text columns hold '' for "nothing".
            if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
                query.addBindValue(QStringLiteral(""));
            else
                query.addBindValue(value);
        }
        ok = query.exec();
    }
    if (ok)
        return LedgerResult::success();
    return LedgerResult::failure(
        LedgerResult::Error::Database,
        tr("The employee list in %1 failed while %2: %3").arg(m_location, doing, query.lastError().text()));
}

LedgerValue<QList<UserAccount>> UserStore::select(const QString &where, const QVariantList &values,
                                                  const QString &doing)
{
    QSqlQuery query(m_db);
    const LedgerResult ran =
        run(query, QStringLiteral("SELECT %1 FROM users %2 ORDER BY name").arg(kColumns, where), values, doing);
    if (!ran.ok())
        return ran;
    QList<UserAccount> accounts;
    while (query.next()) {
        UserAccount account;
        account.id = query.value(0).toLongLong();
        account.name = query.value(1).toString();
        account.displayName = query.value(2).toString();
        const auto role = roleFromKey(query.value(3).toString());
        if (!role) {
            return LedgerResult::failure(LedgerResult::Error::Database,
                                         tr("The employee %1 in %2 has the unknown role \"%3\".")
                                             .arg(account.name, m_location, query.value(3).toString()));
        }
        account.role = *role;
        account.pinHash = query.value(4).toString();
        account.failedAttempts = query.value(5).toInt();
        account.lockedUntil = fromLedgerTime(query.value(6).toString());
        if (!query.value(7).isNull())
            account.dailyLimitMinor = query.value(7).toLongLong();
        account.active = query.value(8).toInt() != 0;
        account.createdAt = fromLedgerTime(query.value(9).toString());
        account.updatedAt = fromLedgerTime(query.value(10).toString());
        accounts.append(account);
    }
    return accounts;
}

LedgerValue<UserAccount> UserStore::find(const QString &name)
{
    auto found = select(QStringLiteral("WHERE name = ?"), {name}, tr("looking up employee %1").arg(name));
    if (!found.ok())
        return found.result();
    if (found.value().isEmpty()) {
        return LedgerResult::failure(LedgerResult::Error::NotFound, tr("There is no employee named \"%1\".").arg(name));
    }
    return found.value().constFirst();
}

LedgerValue<QList<UserAccount>> UserStore::list()
{
    return select(QString(), {}, tr("listing employees"));
}

LedgerResult UserStore::insert(UserAccount &account)
{
    const QString doing = tr("adding employee %1").arg(account.name);
    SqlTransaction transaction(m_db, m_beginWrite);
    if (const QSqlError error = transaction.begin(); error.isValid())
        return LedgerResult::failure(LedgerResult::Error::Database, error.text());
    const auto existing = find(account.name);
    if (existing.ok()) {
        return LedgerResult::failure(LedgerResult::Error::Conflict,
                                     tr("There is already an employee named \"%1\".").arg(account.name));
    }
    if (existing.error() != LedgerResult::Error::NotFound)
        return existing.result();
    QSqlQuery query(m_db);
    const LedgerResult inserted =
        run(query,
            QStringLiteral("INSERT INTO users (name, display_name, role, pin_hash, failed_attempts, locked_until, "
                           "daily_limit_minor, active, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"),
            {account.name, account.displayName, roleKey(account.role), account.pinHash,
             QVariant(QMetaType::fromType<QString>()), limitOrNull(account.dailyLimitMinor), account.active ? 1 : 0,
             toLedgerTime(account.createdAt), toLedgerTime(account.updatedAt)},
            doing);
    if (!inserted.ok())
        return inserted;
    if (const QSqlError error = transaction.commit(); error.isValid())
        return LedgerResult::failure(LedgerResult::Error::Database, error.text());
    const auto stored = find(account.name);
    if (!stored.ok())
        return stored.result();
    account = stored.value();
    return LedgerResult::success();
}

LedgerResult UserStore::update(const UserAccount &account)
{
    QSqlQuery query(m_db);
    const LedgerResult updated =
        run(query,
            QStringLiteral("UPDATE users SET display_name = ?, role = ?, pin_hash = ?, daily_limit_minor = ?, "
                           "active = ?, updated_at = ? WHERE name = ?"),
            {account.displayName, roleKey(account.role), account.pinHash, limitOrNull(account.dailyLimitMinor),
             account.active ? 1 : 0, toLedgerTime(account.updatedAt), account.name},
            tr("changing employee %1").arg(account.name));
    if (!updated.ok())
        return updated;
    if (query.numRowsAffected() == 0) {
        return LedgerResult::failure(LedgerResult::Error::NotFound,
                                     tr("There is no employee named \"%1\".").arg(account.name));
    }
    return LedgerResult::success();
}

LedgerValue<UserAccount> UserStore::recordFailure(const QString &name, int maxFailures, const QDateTime &lockUntil,
                                                  const QDateTime &now)
{
    const QString doing = tr("counting a wrong PIN of %1").arg(name);
    SqlTransaction transaction(m_db, m_beginWrite);
    if (const QSqlError error = transaction.begin(); error.isValid())
        return LedgerResult::failure(LedgerResult::Error::Database, error.text());
    {
        QSqlQuery query(m_db);
        const LedgerResult counted =
            run(query,
                QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, updated_at = ? WHERE name = ?"),
                {toLedgerTime(now), name}, doing);
        if (!counted.ok())
            return counted;
    }
    const auto account = find(name);
    if (!account.ok())
        return account.result();
    if (account.value().failedAttempts >= maxFailures) {
        QSqlQuery query(m_db);
        const LedgerResult locked =
            run(query, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE name = ?"),
                {timeOrNull(lockUntil), name}, doing);
        if (!locked.ok())
            return locked;
    }
    if (const QSqlError error = transaction.commit(); error.isValid())
        return LedgerResult::failure(LedgerResult::Error::Database, error.text());
    if (account.value().failedAttempts < maxFailures)
        return account;
    return find(name);
}

LedgerResult UserStore::recordSuccess(const QString &name, const QDateTime &now)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ? "
                              "WHERE name = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)"),
               {toLedgerTime(now), name}, tr("resetting the wrong PINs of %1").arg(name));
}

} // namespace RefundDesk
