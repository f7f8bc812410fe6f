#pragma once

#include "UserAccount.h"
#include "ledger/LedgerValue.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace RefundDesk {

// The users table of the ledger (created by the ledger's migrations), through Qt Sql with
// SQL that SQLite and PostgreSQL both accept. One connection of its own, used from the
// thread that opened it, like a Ledger.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::UserStore)

public:
    // A connection of its own to the ledger a [ledger] url names (sqlite:PATH or
    // postgresql://...), which the Ledger has already opened and migrated. Null (and *result
    // says why) when it cannot be opened.
    static std::unique_ptr<UserStore> open(const QString &url, LedgerResult *result);
    static std::unique_ptr<UserStore> openSqlite(const QString &path, LedgerResult *result);
    ~UserStore();
    UserStore(const UserStore &) = delete;
    UserStore &operator=(const UserStore &) = delete;

    // NotFound when there is no such user.
    LedgerValue<UserAccount> find(const QString &name);
    // By name.
    LedgerValue<QList<UserAccount>> list();
    // Conflict when the name is taken. Sets account.id.
    LedgerResult insert(UserAccount &account);
    // Writes display name, role, PIN hash, daily limit and active; failures and lock untouched.
    LedgerResult update(const UserAccount &account);
    // One more wrong PIN, counted in one write transaction (several registers may try at
    // once): at maxFailures the account is locked until lockUntil and the count starts again.
    LedgerValue<UserAccount> recordFailure(const QString &name, int maxFailures, const QDateTime &lockUntil,
                                           const QDateTime &now);
    // A right PIN: the count of wrong ones starts again.
    LedgerResult recordSuccess(const QString &name, const QDateTime &now);

private:
    UserStore(QString connectionName, QString location, QString beginWrite);

    LedgerResult run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing);
    LedgerValue<QList<UserAccount>> select(const QString &where, const QVariantList &values, const QString &doing);

    QString m_connectionName;
    QString m_location;
    QString m_beginWrite;
    QSqlDatabase m_db;
};

} // namespace RefundDesk
