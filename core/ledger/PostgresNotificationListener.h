#pragma once

#include "LedgerResult.h"
#include "PostgresUrl.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <chrono>

namespace RefundDesk {

// PostgresLedgerWatcher's half on a thread of its own, where waiting on the network hangs
// no screen: the connection that LISTENs on PostgresLedger::refundChannel(), checked every
// health-check interval and, when lost, opened again. Every call is made in its thread.
class PostgresNotificationListener final : public QObject
{
    Q_OBJECT

public:
    explicit PostgresNotificationListener(PostgresUrl url);
    ~PostgresNotificationListener() override;

    // Connects, checks that the database holds a ledger, LISTENs and starts the checks.
    // NotALedger, CannotOpen.
    LedgerResult listen();
    void setHealthCheckInterval(std::chrono::milliseconds interval);
    // Stops checking and closes the connection.
    void stop();

Q_SIGNALS:
    void refundChanged(const QUuid &refundId);
    // A notification whose refund could not be read.
    void unknownChange();
    // The connection was lost and is back: notifications may have been missed meanwhile.
    void resumed();
    void listeningChanged(bool listening);

private:
    LedgerResult connectAndSubscribe();
    void dropConnection();
    void checkConnection();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    PostgresUrl m_url;
    QString m_connectionName; // empty while not listening
    QTimer m_health {this};
};

} // namespace RefundDesk
