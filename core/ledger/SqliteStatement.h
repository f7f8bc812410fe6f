#pragma once

#include "LedgerRow.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace RefundDesk {

// A statement prepared once on a SQLite connection through SQLite's own UTF-8 API, and its
// current row. Qt's QSQLITE driver binds and reads every value through the UTF-16 API and
// rebuilds a QSqlRecord and a QVariant per value on every execution, which cost as much as
// the indexed read itself (docs/benchmarks.md); SqliteLedger runs its hot lookups on this.
// After each use, reset() it: a statement left stepping keeps its read snapshot open.
class SqliteStatement final : public LedgerRow
{
public:
    // connection stays owned by whoever opened it and must outlive this statement.
    explicit SqliteStatement(sqlite3 *connection);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // SQLITE_OK, or SQLite's result code.
    int prepare(const QString &sql);
    // Binds values to the placeholders in order, as UTF-8 text (a null text as ''). SQLITE_OK,
    // or SQLite's result code.
    int bindTexts(const QStringList &values);
    // SQLITE_ROW while there is a current row, then SQLITE_DONE; or SQLite's result code.
    int step();
    // Ends this use: no current row, no bound values, nothing held in the store.
    void reset();

    // The failure as Qt's QSQLITE driver reports the same one (its wording, SQLite's message
    // and the result code as the native code), so that SqlLedger describes it alike.
    // description is one of the driver's own sentences, e.g. "Unable to fetch row".
    QSqlError error(const char *description, QSqlError::ErrorType type, int code) const;

    qint64 integer(int column) const override;
    QString text(int column) const override;
    bool isNull(int column) const override;

private:
    sqlite3 *m_connection;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace RefundDesk
