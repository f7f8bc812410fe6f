#pragma once

#include "domain/Actor.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace RefundDesk {

// An employee who signs in with a PIN (DESIGN.md "Roles and approval").
struct UserAccount
{
    qint64 id = 0; // 0 until stored
    QString name; // unique; what people type and what refunds record as employee / approvedBy
    QString displayName;
    Role role = Role::Clerk;
    QString pinHash; // PinHasher's stored form; never the PIN
    int failedAttempts = 0; // wrong PINs in a row
    QDateTime lockedUntil; // UTC; invalid when not locked
    std::optional<qint64> dailyLimitMinor; // this employee's refund limit per day; none: the store's for the role
    bool active = true;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    Actor actor() const { return Actor {name, role}; }
};

} // namespace RefundDesk
