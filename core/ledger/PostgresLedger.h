#pragma once

#include "PostgresUrl.h"
#include "SqlLedger.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace RefundDesk {

// The ledger in a PostgreSQL database, through Qt Sql's QPSQL driver, for stores whose
// registers (and refundctl serve) share one ledger over the network. Same schema, same
// migrations and same SQL as SqliteLedger. Writers are kept apart by locks taken inside
// READ COMMITTED transactions: a refund intent locks its sale's row, a status change its
// refund's row, an audit append the audit table (so the hash chain never forks); a
// transaction that still meets a deadlock or serialization failure runs again. Every
// committed refund change is announced with NOTIFY on refundChannel().
class PostgresLedger final : public SqlLedger
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::PostgresLedger)

public:
    // Connects and applies the migrations. A database with another program's tables, or
    // written by a newer RefundDesk, is refused (NotALedger, NewerSchema) before anything is
    // written to it. On failure returns null and says why in *result; no message holds the
    // password.
    static std::unique_ptr<PostgresLedger> open(const PostgresUrl &url, LedgerResult *result);
    static std::unique_ptr<PostgresLedger> open(const QString &url, LedgerResult *result);

    // The NOTIFY channel: its payload is the id of a refund that was created or changed.
    static QString refundChannel();
    // Adds and opens a QPSQL connection named connectionName to url's database. CannotOpen,
    // naming url.displayText(), when the driver is missing or the server refuses.
    static LedgerResult connect(const PostgresUrl &url, const QString &connectionName);

protected:
    LedgerResult lock(Lock what, const QVariant &key, const QString &doing) override;
    LedgerResult announceRefundChange(const QUuid &refundId, const QString &doing) override;
    bool isTransient(const QSqlError &error) const override;
    LedgerResult describe(const QSqlError &error, const QString &doing) const override;

private:
    PostgresLedger(QString location, QString connectionName, int schemaVersion);
};

} // namespace RefundDesk
