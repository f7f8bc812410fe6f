#include "SmtpConfig.h"

namespace RefundDesk {

QString smtpSecurityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    case SmtpSecurity::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

std::optional<SmtpSecurity> smtpSecurityFromKey(QStringView key)
{
    for (const SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None}) {
        if (key.compare(smtpSecurityKey(security), Qt::CaseInsensitive) == 0)
            return security;
    }
    return std::nullopt;
}

quint16 defaultSmtpPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    case SmtpSecurity::None:
        return 25;
    }
    Q_UNREACHABLE();
}

} // namespace RefundDesk
