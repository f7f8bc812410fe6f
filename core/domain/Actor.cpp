#include "Actor.h"

#include <QCoreApplication>

namespace RefundDesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::BackOffice:
        return QStringLiteral("back_office");
    }
    return QStringLiteral("clerk");
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : {Role::Clerk, Role::Manager, Role::BackOffice}) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("RefundDesk::Role", "Clerk");
    case Role::Manager:
        return QCoreApplication::translate("RefundDesk::Role", "Manager");
    case Role::BackOffice:
        return QCoreApplication::translate("RefundDesk::Role", "Back office");
    }
    return {};
}

} // namespace RefundDesk
