#pragma once

#include "SqlLedger.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace RefundDesk {

// The ledger in one SQLite file, through Qt Sql's QSQLITE driver: WAL journal, foreign
// keys on, synchronous FULL (a journaled refund intent survives a power cut), and a 5 s
// busy timeout so writers from other threads or processes queue instead of failing.
// Every write transaction begins with BEGIN IMMEDIATE, which holds the whole file.
// findSale() and refund() run on the same connection through SQLite's own API (see
// lookupSale()), when the driver's handle is the SQLite this program links.
class SqliteLedger final : public SqlLedger
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SqliteLedger)

public:
    // Opens the ledger at path, creating it when the file is missing or empty, and applies
    // the migrations. A file that is not SQLite, holds another program's tables, or was
    // written by a newer RefundDesk is refused (NotALedger, NewerSchema) without a single
    // byte of it being written: it is only read, and only through a read-only connection,
    // before anything else happens. On failure returns null and says why in *result.
    static std::unique_ptr<SqliteLedger> open(const QString &path, LedgerResult *result);

    QString path() const { return location(); }

protected:
    LedgerResult describe(const QSqlError &error, const QString &doing) const override;
    // The same statements as Qt Sql would run, kept prepared on the connection's sqlite3
    // handle and read through the UTF-8 API: Qt's driver doubled the cost of a lookup
    // (docs/benchmarks.md). Without a usable handle, Qt Sql runs them.
    LedgerValue<std::optional<Sale>> lookupSale(const SaleRef &ref) override;
    LedgerValue<std::optional<Refund>> lookupRefund(const QUuid &refundId) override;

private:
    SqliteLedger(QString path, QString connectionName, int schemaVersion);

    // Runs lookup on its kept statement and maps the first row with fromRow; a failure says
    // it was doing what doing() returns.
    template<typename T>
    LedgerValue<std::optional<T>> firstRowDirect(const Lookup &lookup,
                                                 LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                                 QString (*doing)());

    // The Qt connection's own handle, or null when it is not one this program can use.
    sqlite3 *m_connection = nullptr;
    // lookupSale()'s and lookupRefund()'s statements by their SQL, each prepared on first use.
    // Destroyed before the base class closes the connection, as SQLite requires.
    std::map<QString, std::unique_ptr<SqliteStatement>> m_lookups;
};

} // namespace RefundDesk
