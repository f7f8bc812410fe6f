#pragma once

#include "RawLedger.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct pg_conn;

namespace RefundDesk::Bench {

// The ledger database through libpq directly, for the bench's baseline: each statement
// prepared once on the server (PQprepare) and then only executed (PQexecPrepared), every
// column of every row read. Also loads a generated ledger with COPY in one transaction,
// into a database the ledger created and migrated.
class PostgresBaseline final : public RawLedger
{
public:
    PostgresBaseline() = default;
    ~PostgresBaseline() override;

    // A libpq connection string ("host=127.0.0.1 port=5432 user=... dbname=...").
    bool open(const QByteArray &conninfo);
    bool load(const LedgerDataGenerator &data) override;
    qint64 count(const QByteArray &table) override;

    int findSale(const SaleRef &ref) override;
    std::optional<Page> firstPage(const QByteArray &from, const QList<QByteArray> &statuses, int limit) override;

private:
    // The server-side name of sql, prepared on first use.
    std::optional<QByteArray> prepared(const QByteArray &sql, int parameters);
    bool exec(const QByteArray &sql);
    bool copy(const QByteArray &table, const QByteArray &columns,
              const std::function<bool(const std::function<void(const LedgerDataGenerator::Row &)> &)> &rows);
    bool fail(const QByteArray &what);

    pg_conn *m_conn = nullptr;
    QList<QByteArray> m_statements; // index i is prepared as "s<i>"
};

} // namespace RefundDesk::Bench
