#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// DESIGN.md "Roles and approval". Separation of duties: back-office staff settle reviews,
// reconcile and audit, but do not issue counter refunds themselves.
enum class Role { Clerk, Manager, BackOffice };

QString roleKey(Role role); // "clerk", "manager", "back_office"
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role);

// Who is acting: the signed-in employee (or refundctl's --actor).
struct Actor
{
    QString name;
    Role role = Role::Clerk;
};

} // namespace RefundDesk
