#include "UserDirectory.h"

#include "PinHasher.h"
#include "UserStore.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QLocale>

namespace RefundDesk {

namespace {

// Checked against when the name is unknown, so an unknown name takes as long as a wrong PIN.
const QString &decoyHash()
{
    static const QString hash = PinHasher::hash(QStringLiteral("000000"));
    return hash;
}

QString lockedMessage(const QString &name, const QDateTime &until)
{
    return UserDirectory::tr("%1 is locked out after %2 wrong PINs until %3.")
        .arg(name)
        .arg(UserDirectory::kMaxFailures)
        .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace

UserDirectory::UserDirectory(UserStore &store, Ledger &auditLedger, Place place, std::chrono::seconds lockout,
                             Clock clock)
    : m_store(store)
    , m_ledger(auditLedger)
    , m_place(std::move(place))
    , m_lockout(lockout)
    , m_clock(std::move(clock))
{ }

UserAccount UserDirectory::withoutHash(UserAccount account)
{
    account.pinHash.clear();
    return account;
}

void UserDirectory::audit(const QString &actor, const QString &action, const QString &subject, const QString &detail)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.detail = detail;
    entry.storeId = m_place.storeId;
    entry.registerId = m_place.registerId;
    // A PIN check must still answer when the audit trail cannot be written; the failure is
    // not silent, though.
    if (const auto appended = m_ledger.appendAudit(entry); !appended.ok())
        qWarning("%s", qUtf8Printable(appended.message()));
}

LedgerValue<UserAccount> UserDirectory::addUser(const QString &name, const QString &displayName, Role role,
                                                const QString &pin, const QString &byWhom)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed != name)
        return LedgerResult::failure(LedgerResult::Error::Invalid,
                                     tr("An employee needs a name without spaces around it."));
    if (const QString problem = PinHasher::checkNewPin(pin); !problem.isEmpty())
        return LedgerResult::failure(LedgerResult::Error::Invalid, problem);
    UserAccount account;
    account.name = name;
    account.displayName = displayName.isEmpty() ? name : displayName;
    account.role = role;
    account.pinHash = PinHasher::hash(pin);
    account.createdAt = m_clock();
    account.updatedAt = account.createdAt;
    const LedgerResult inserted = m_store.insert(account);
    if (!inserted.ok())
        return inserted;
    audit(byWhom, QStringLiteral("user.added"), name, QStringLiteral("role=%1").arg(roleKey(role)));
    return withoutHash(account);
}

LedgerValue<UserAccount> UserDirectory::changePin(const QString &name, const QString &newPin, const QString &byWhom)
{
    if (const QString problem = PinHasher::checkNewPin(newPin); !problem.isEmpty())
        return LedgerResult::failure(LedgerResult::Error::Invalid, problem);
    auto found = m_store.find(name);
    if (!found.ok())
        return found.result();
    UserAccount account = found.takeValue();
    account.pinHash = PinHasher::hash(newPin);
    account.updatedAt = m_clock();
    const LedgerResult updated = m_store.update(account);
    if (!updated.ok())
        return updated;
    // A new PIN also ends a lockout: whoever set it knows who they gave it to.
    m_store.recordSuccess(name, account.updatedAt);
    audit(byWhom, QStringLiteral("user.pin_changed"), name, QString());
    return find(name);
}

LedgerValue<UserAccount> UserDirectory::updateUser(const QString &name, const UserUpdate &update, const QString &byWhom)
{
    auto found = m_store.find(name);
    if (!found.ok())
        return found.result();
    UserAccount account = found.takeValue();
    QStringList changes;
    if (update.displayName && *update.displayName != account.displayName) {
        account.displayName = *update.displayName;
        changes << QStringLiteral("display_name=%1").arg(account.displayName);
    }
    if (update.role && *update.role != account.role) {
        account.role = *update.role;
        changes << QStringLiteral("role=%1").arg(roleKey(account.role));
    }
    if (update.active && *update.active != account.active) {
        account.active = *update.active;
        changes << QStringLiteral("active=%1").arg(account.active ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    if (update.dailyLimitMinor && *update.dailyLimitMinor != account.dailyLimitMinor) {
        account.dailyLimitMinor = *update.dailyLimitMinor;
        changes << QStringLiteral("daily_limit_minor=%1")
                       .arg(account.dailyLimitMinor ? QString::number(*account.dailyLimitMinor)
                                                    : QStringLiteral("store"));
    }
    if (changes.isEmpty())
        return withoutHash(account);
    account.updatedAt = m_clock();
    const LedgerResult updated = m_store.update(account);
    if (!updated.ok())
        return updated;
    audit(byWhom, QStringLiteral("user.changed"), name, changes.join(QStringLiteral(", ")));
    return withoutHash(account);
}

LedgerValue<UserAccount> UserDirectory::find(const QString &name)
{
    auto found = m_store.find(name);
    if (!found.ok())
        return found.result();
    return withoutHash(found.takeValue());
}

LedgerValue<QList<UserAccount>> UserDirectory::list()
{
    auto listed = m_store.list();
    if (!listed.ok())
        return listed.result();
    QList<UserAccount> accounts = listed.takeValue();
    for (UserAccount &account : accounts)
        account.pinHash.clear();
    return accounts;
}

PinCheck UserDirectory::verifyPin(const QString &name, const QString &pin)
{
    PinCheck check;
    const QDateTime now = m_clock();
    auto found = m_store.find(name);
    if (!found.ok()) {
        if (found.error() != LedgerResult::Error::NotFound) {
            check.status = PinCheck::Status::Error;
            check.message = found.message();
            return check;
        }
        PinHasher::verify(pin, decoyHash());
        audit(name, QStringLiteral("pin.failed"), name, QStringLiteral("unknown employee"));
        check.status = PinCheck::Status::UnknownUser;
        check.message = found.message();
        return check;
    }
    const UserAccount account = found.takeValue();
    if (!account.active) {
        audit(name, QStringLiteral("pin.failed"), name, QStringLiteral("account disabled"));
        check.status = PinCheck::Status::Inactive;
        check.message = tr("%1's account is disabled.").arg(account.displayName);
        return check;
    }
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        // The PIN is not even looked at while locked: guessing must not go on during a lockout.
        check.status = PinCheck::Status::LockedOut;
        check.lockedUntil = account.lockedUntil;
        check.message = lockedMessage(account.displayName, account.lockedUntil);
        return check;
    }
    if (PinHasher::verify(pin, account.pinHash)) {
        const LedgerResult reset = m_store.recordSuccess(name, now);
        if (!reset.ok()) {
            check.status = PinCheck::Status::Error;
            check.message = reset.message();
            return check;
        }
        check.status = PinCheck::Status::Ok;
        check.account = withoutHash(account);
        check.account.failedAttempts = 0;
        check.account.lockedUntil = QDateTime();
        return check;
    }

    const auto counted =
        m_store.recordFailure(name, kMaxFailures, now.addSecs(static_cast<qint64>(m_lockout.count())), now);
    if (!counted.ok()) {
        check.status = PinCheck::Status::Error;
        check.message = counted.message();
        return check;
    }
    const UserAccount &after = counted.value();
    if (after.lockedUntil.isValid() && after.lockedUntil > now) {
        audit(name, QStringLiteral("pin.locked_out"), name,
              QStringLiteral("until %1").arg(after.lockedUntil.toString(Qt::ISODate)));
        check.status = PinCheck::Status::LockedOut;
        check.lockedUntil = after.lockedUntil;
        check.message = lockedMessage(account.displayName, after.lockedUntil);
        return check;
    }
    audit(name, QStringLiteral("pin.failed"), name,
          QStringLiteral("wrong PIN %1 of %2").arg(after.failedAttempts).arg(kMaxFailures));
    check.status = PinCheck::Status::WrongPin;
    check.attemptsLeft = kMaxFailures - after.failedAttempts;
    check.message = check.attemptsLeft == 1
        ? tr("Wrong PIN. One more wrong PIN locks %1 out.").arg(account.displayName)
        : tr("Wrong PIN. %1 more tries before %2 is locked out.").arg(check.attemptsLeft).arg(account.displayName);
    return check;
}

} // namespace RefundDesk
