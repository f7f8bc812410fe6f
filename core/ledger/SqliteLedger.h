#pragma once

#include "SqlLedger.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace RefundDesk {

// The ledger in one SQLite file, through Qt Sql's QSQLITE driver: WAL journal, foreign
// keys on, synchronous FULL (a journaled refund intent survives a power cut), and a 5 s
// busy timeout so writers from other threads or processes queue instead of failing.
// Every write transaction begins with BEGIN IMMEDIATE, which holds the whole file.
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

private:
    SqliteLedger(QString path, QString connectionName, int schemaVersion);
};

} // namespace RefundDesk
