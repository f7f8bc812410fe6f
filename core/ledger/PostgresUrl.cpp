#include "PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace RefundDesk {

namespace {

const QString kScheme = QStringLiteral("postgresql");
// A server that does not answer should not keep a register waiting for minutes.
const QString kDefaultConnectTimeoutSeconds = QStringLiteral("10");

LedgerResult invalid(const QString &message)
{
    return LedgerResult::failure(LedgerResult::Error::Invalid, message);
}

// libpq's key='value' form: backslash and quote escaped. QPSQL turns every ';' of the
// options into a space, so values cannot hold one (parse() refuses them).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QStringList PostgresUrl::knownOptions()
{
    return {QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
}

LedgerValue<PostgresUrl> PostgresUrl::parse(const QString &text)
{
    if (!text.startsWith(kScheme + QLatin1String("://")))
        return invalid(tr("A PostgreSQL ledger URL starts with postgresql://"));
    // QUrl's own error strings quote the whole URL, password included: never pass them on.
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("The PostgreSQL ledger URL is not a valid URL (check the port, and that characters such as "
                          "@ / : # ? in the user name or password are percent-encoded)."));
    if (url.hasFragment())
        return invalid(tr("A PostgreSQL ledger URL has no #fragment."));

    PostgresUrl parsed;
    parsed.m_host = url.host(QUrl::FullyDecoded);
    const int port = url.port(kDefaultPort);
    if (port <= 0)
        return invalid(tr("The port of the PostgreSQL ledger URL must be a number from 1 to 65535."));
    parsed.m_port = static_cast<quint16>(port);
    parsed.m_userName = url.userName(QUrl::FullyDecoded);
    parsed.m_password = url.password(QUrl::FullyDecoded);

    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return invalid(tr("The PostgreSQL ledger URL names no database: add it after the host, as in "
                          "postgresql://host/refunddesk."));
    if (path.contains(QLatin1Char('/')))
        return invalid(tr("The PostgreSQL ledger URL names the database \"%1\"; a database name has no /.").arg(path));
    parsed.m_database = path;

    const QUrlQuery query(url);
    const QStringList known = knownOptions();
    bool hasTimeout = false;
    bool hasName = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key)) {
            return invalid(tr("The PostgreSQL ledger URL has the option \"%1\"; RefundDesk knows %2.")
                               .arg(key, known.join(QStringLiteral(", "))));
        }
        if (value.isEmpty() || value.contains(QLatin1Char(';')))
            return invalid(tr("The option %1 of the PostgreSQL ledger URL needs a value without ;.").arg(key));
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        hasName = hasName || key == QLatin1String("application_name");
        parsed.m_options.append({key, value});
    }
    if (!hasTimeout)
        parsed.m_options.append({QStringLiteral("connect_timeout"), kDefaultConnectTimeoutSeconds});
    if (!hasName)
        parsed.m_options.append({QStringLiteral("application_name"), QStringLiteral("refunddesk")});
    return parsed;
}

QString PostgresUrl::displayText() const
{
    // Built by hand: QUrl drops the "//" of a URL without a host.
    QString text = kScheme + QLatin1String("://");
    if (!m_userName.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_userName)) + QLatin1Char('@');
    text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port != kDefaultPort)
        text += QLatin1Char(':') + QString::number(m_port);
    return text + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
}

void PostgresUrl::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_userName);
    db.setPassword(m_password);
    QStringList options;
    for (const auto &[key, value] : m_options)
        options << key + QLatin1Char('=') + quoted(value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace RefundDesk
