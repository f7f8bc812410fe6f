#pragma once

#include "PostgresUrl.h"
#include "SqlLedger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>
#include <optional>

typedef struct pg_conn PGconn;

namespace RefundDesk {

// The ledger in a PostgreSQL database, through Qt Sql's QPSQL driver, for stores whose
// registers (and refundctl serve) share one ledger over the network. Same schema, same
// migrations and same SQL as SqliteLedger. Writers are kept apart by locks taken inside
// READ COMMITTED transactions: a refund intent locks its sale's row, a status change its
// refund's row, an audit append the audit table (so the hash chain never forks); a
// transaction that still meets a deadlock or serialization failure runs again. Every
// committed refund change is announced with NOTIFY on refundChannel().
// findSale() and refund() run on the same connection through libpq (see lookupSale()),
// when the driver's handle is a PGconn*.
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
    // The same statements as Qt Sql would run, prepared once on the connection's PGconn and
    // executed with their parameters apart from the SQL: Qt's driver sends each execution as
    // the text of an EXECUTE and wraps every value in a QVariant (docs/benchmarks.md). Qt Sql
    // runs them when there is no usable handle, the connection is not fine, or the
    // transaction has already failed.
    LedgerValue<std::optional<Sale>> lookupSale(const SaleRef &ref) override;
    LedgerValue<std::optional<Refund>> lookupRefund(const QUuid &refundId) override;

private:
    PostgresLedger(QString location, QString connectionName, int schemaVersion);

    // The Qt connection's PGconn when a lookup may run on it now; null otherwise.
    PGconn *directConnection();
    // Runs lookup on its prepared statement and maps the first row with fromRow; a failure
    // says it was doing what doing() returns.
    template<typename T>
    LedgerValue<std::optional<T>> firstRowDirect(PGconn *connection, const Lookup &lookup,
                                                 LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                                 QString (*doing)());

    // The Qt connection's own handle, or null when it is not a PGconn*.
    PGconn *m_connection = nullptr;
    // The names lookupSale()'s and lookupRefund()'s statements are prepared under on this
    // connection, by their SQL, each prepared on first use.
    std::map<QString, QByteArray> m_prepared;
};

} // namespace RefundDesk
