#include "PostgresNotificationListener.h"

#include "Migrations.h"
#include "PostgresLedger.h"
#include "SqlConnectionGuard.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace RefundDesk {

PostgresNotificationListener::PostgresNotificationListener(PostgresUrl url)
    : m_url(std::move(url))
{
    connect(&m_health, &QTimer::timeout, this, &PostgresNotificationListener::checkConnection);
}

PostgresNotificationListener::~PostgresNotificationListener()
{
    dropConnection();
}

LedgerResult PostgresNotificationListener::listen()
{
    const LedgerResult listening = connectAndSubscribe();
    if (listening.ok())
        Q_EMIT listeningChanged(true);
    return listening;
}

void PostgresNotificationListener::setHealthCheckInterval(std::chrono::milliseconds interval)
{
    m_health.start(interval);
}

void PostgresNotificationListener::stop()
{
    m_health.stop();
    dropConnection();
}

LedgerResult PostgresNotificationListener::connectAndSubscribe()
{
    const QString location = m_url.displayText();
    const QString name = SqlConnectionGuard::uniqueName(QLatin1String("listen"));
    SqlConnectionGuard guard(name);
    {
        const LedgerResult connected = PostgresLedger::connect(m_url, name);
        if (!connected.ok())
            return connected;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const LedgerValue<int> version = Migrations::readVersion(db, Migrations::Dialect::postgres(), location);
        if (!version.ok())
            return version.result();
        if (version.value() == 0) {
            return LedgerResult::failure(
                LedgerResult::Error::NotALedger,
                tr("%1 holds no RefundDesk ledger yet: open it as a ledger before watching it.").arg(location));
        }
        QSqlDriver *driver = db.driver();
        if (!driver->subscribeToNotification(PostgresLedger::refundChannel())) {
            return LedgerResult::failure(
                LedgerResult::Error::CannotOpen,
                tr("The ledger %1 cannot be watched: %2").arg(location, driver->lastError().text().trimmed()));
        }
        connect(driver, &QSqlDriver::notification, this, &PostgresNotificationListener::onNotification);
    }
    guard.keep();
    m_connectionName = name;
    return LedgerResult::success();
}

void PostgresNotificationListener::dropConnection()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void PostgresNotificationListener::checkConnection()
{
    if (!m_connectionName.isEmpty()) {
        bool alive = false;
        {
            // The driver closes a connection it found broken.
            const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                QSqlQuery ping(db);
                alive = ping.exec(QStringLiteral("SELECT 1"));
            }
        }
        if (alive)
            return;
        dropConnection();
        Q_EMIT listeningChanged(false);
    }
    // Still unreachable: the next check tries again.
    if (!connectAndSubscribe().ok())
        return;
    Q_EMIT listeningChanged(true);
    Q_EMIT resumed();
}

void PostgresNotificationListener::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                                  const QVariant &payload)
{
    if (name != PostgresLedger::refundChannel())
        return;
    const QUuid id = QUuid::fromString(payload.toString());
    if (id.isNull())
        Q_EMIT unknownChange();
    else
        Q_EMIT refundChanged(id);
}

} // namespace RefundDesk
