#pragma once

#include "RawLedger.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace RefundDesk::Bench {

// The ledger file through SQLite's own C API, for the bench's baseline: every statement
// prepared once and reused (bind, step, reset), every column of every row read. Also loads a
// generated ledger in one transaction, for speed, into a file the ledger created and migrated.
class SqliteBaseline final : public RawLedger
{
public:
    SqliteBaseline() = default;
    ~SqliteBaseline() override;

    bool open(const QString &path);
    bool load(const LedgerDataGenerator &data) override;
    qint64 count(const QByteArray &table) override;

    int findSale(const SaleRef &ref) override;
    std::optional<Page> firstPage(const QByteArray &from, const QList<QByteArray> &statuses, int limit) override;

private:
    sqlite3_stmt *statement(const QByteArray &sql);
    bool exec(const QByteArray &sql);
    bool insertRows(const QByteArray &table, const QByteArray &columns, int columnCount,
                    const std::function<bool(const std::function<bool(const LedgerDataGenerator::Row &)> &)> &rows);
    bool fail(const QByteArray &what);

    sqlite3 *m_db = nullptr;
    QList<std::pair<QByteArray, sqlite3_stmt *>> m_statements;
};

} // namespace RefundDesk::Bench
