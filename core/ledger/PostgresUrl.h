#pragma once

#include "LedgerValue.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace RefundDesk {

// Where a PostgreSQL ledger lives: postgresql://user:password@host:port/database, with
// percent-encoding in every part, an optional password and port (5432), and libpq options
// as query items (?sslmode=verify-full&connect_timeout=5). Without a host, libpq's local
// socket is used. The password is kept for connecting only: displayText() and every
// message leave it out.
class PostgresUrl
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PostgresUrl)

public:
    static constexpr quint16 kDefaultPort = 5432;

    // Invalid, with a sentence saying what is wrong (and never the password), unless text
    // is such a URL.
    static LedgerValue<PostgresUrl> parse(const QString &text);

    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &userName() const { return m_userName; }
    const QString &password() const { return m_password; }
    // The options given, in order, then connect_timeout and application_name when not given.
    const QList<std::pair<QString, QString>> &options() const { return m_options; }

    // The URL without the password, for messages and logs.
    QString displayText() const;
    // Points a QPSQL connection (not yet open) at this database.
    void configure(QSqlDatabase &db) const;

    // The query items a URL may carry: libpq's connection parameters that make sense here.
    static QStringList knownOptions();

private:
    PostgresUrl() = default;

    QString m_host;
    quint16 m_port = kDefaultPort;
    QString m_database;
    QString m_userName;
    QString m_password;
    QList<std::pair<QString, QString>> m_options;
};

} // namespace RefundDesk
