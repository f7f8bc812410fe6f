#pragma once

#include "LedgerRow.h"

#include <QSqlError>
#include <QString>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace RefundDesk {

// The result of one statement run through libpq on a PostgreSQL connection, and its first
// row. PostgresLedger runs its hot lookups on this instead of Qt's QPSQL driver, which sends
// every execution as the text of an EXECUTE and wraps each value in a QVariant
// (docs/benchmarks.md). Owns the result: it is cleared when this goes.
class PostgresResult final : public LedgerRow
{
public:
    // result may be null (libpq could not send the statement); connection stays owned by
    // whoever opened it and must outlive this result.
    PostgresResult(PGconn *connection, PGresult *result);
    ~PostgresResult() override;
    PostgresResult(const PostgresResult &) = delete;
    PostgresResult &operator=(const PostgresResult &) = delete;

    // Whether the statement succeeded: a command done, or rows (possibly none) returned.
    bool ok() const;
    bool hasRow() const;

    // The failure as Qt's QPSQL driver reports the same one (its wording, libpq's message
    // followed by the SQLSTATE, and the SQLSTATE as the native code), so that PostgresLedger
    // describes it alike and tells a serialization failure by its code. description is one
    // of the driver's own sentences, e.g. "Unable to create query".
    QSqlError error(const char *description) const;

    // Read from the first row, in libpq's text format.
    qint64 integer(int column) const override;
    QString text(int column) const override;
    bool isNull(int column) const override;

private:
    PGconn *m_connection;
    PGresult *m_result;
};

} // namespace RefundDesk
