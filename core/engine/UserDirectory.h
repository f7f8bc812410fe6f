#pragma once

#include "Clock.h"
#include "UserAccount.h"
#include "ledger/LedgerValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace RefundDesk {

class Ledger;
class UserStore;

// The result of checking an employee's PIN.
struct PinCheck
{
    enum class Status { Ok, WrongPin, LockedOut, UnknownUser, Inactive, Error };

    Status status = Status::Error;
    QString message; // for people; empty when Ok
    UserAccount account; // with Ok: who signed in (pinHash cleared)
    int attemptsLeft = 0; // with WrongPin: before the lockout
    QDateTime lockedUntil; // with LockedOut (UTC)

    bool ok() const { return status == Status::Ok; }
};

// Changes to an employee; unset fields stay as they are.
struct UserUpdate
{
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<bool> active;
    std::optional<std::optional<qint64>> dailyLimitMinor; // an empty inner value: the store's limit
};

// Employees, their roles and PINs (DESIGN.md "Roles and approval"): PINs are kept only as
// PBKDF2-HMAC-SHA256 hashes (PinHasher, 600,000 iterations, a salt per user); five wrong PINs
// in a row lock the employee out for the configured time; every change, every wrong PIN and
// every lockout is written to the audit chain.
//
// Synchronous and slow by design: hashing or checking a PIN takes a good fraction of a second.
// It lives on the engine's thread (RefundEngine's verifyEmployee() and friends call it there);
// never call it from the UI thread.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::UserDirectory)

public:
    static constexpr int kMaxFailures = 5;

    struct Place
    {
        QString storeId;
        QString registerId;
    };

    UserDirectory(UserStore &store, Ledger &auditLedger, Place place, std::chrono::seconds lockout,
                  Clock clock = systemClock());

    LedgerValue<UserAccount> addUser(const QString &name, const QString &displayName, Role role, const QString &pin,
                                     const QString &byWhom);
    LedgerValue<UserAccount> changePin(const QString &name, const QString &newPin, const QString &byWhom);
    LedgerValue<UserAccount> updateUser(const QString &name, const UserUpdate &update, const QString &byWhom);
    // Accounts come back without their PIN hash.
    LedgerValue<UserAccount> find(const QString &name);
    LedgerValue<QList<UserAccount>> list();

    PinCheck verifyPin(const QString &name, const QString &pin);

private:
    void audit(const QString &actor, const QString &action, const QString &subject, const QString &detail);
    static UserAccount withoutHash(UserAccount account);

    UserStore &m_store;
    Ledger &m_ledger;
    Place m_place;
    std::chrono::seconds m_lockout;
    Clock m_clock;
};

} // namespace RefundDesk
