#pragma once

#include "SecretValue.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// How the connection to the mail server is protected: STARTTLS on the submission port,
// TLS from the first byte (implicit TLS, "SMTPS"), or not at all (a relay on the same host).
enum class SmtpSecurity { StartTls, Tls, None };

// "starttls", "tls", "none": the words of the [smtp] security key.
QString smtpSecurityKey(SmtpSecurity security);
std::optional<SmtpSecurity> smtpSecurityFromKey(QStringView key);
// 587 for STARTTLS, 465 for implicit TLS, 25 without TLS.
quint16 defaultSmtpPort(SmtpSecurity security);

// The [smtp] section: the mail server refund receipts are sent through.
struct SmtpConfig
{
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: the server takes mail without AUTH
    // env:/file:/literal; when empty and user is set, the password is read from the
    // system keychain (SmtpPasswordStore).
    SecretValue password;
    QString from; // the sender's address
    QString fromName; // shown next to it; the store's name when empty
    QString caFile; // PEM file of a private CA that signed the server's certificate; empty: the system's
    int timeoutSeconds = 30; // for one delivery attempt
};

} // namespace RefundDesk
