#pragma once

#include "LedgerDataGenerator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk::Bench {

// A ledger store through its database's own C API, for bench_ledger's baselines: the
// statements SqlLedger runs (RawLedgerQueries), each prepared once and reused, every column
// of every row read. Also loads a generated ledger in one transaction, for speed, into a
// store the ledger created and migrated.
class RawLedger
{
public:
    struct Page
    {
        qint64 total = 0;
        int rows = 0;
    };

    RawLedger() = default;
    virtual ~RawLedger() = default;
    RawLedger(const RawLedger &) = delete;
    RawLedger &operator=(const RawLedger &) = delete;

    const QString &errorString() const { return m_error; }

    virtual bool load(const LedgerDataGenerator &data) = 0;
    // COUNT(*) of a table, -1 on failure.
    virtual qint64 count(const QByteArray &table) = 0;
    // Rows found; -1 on failure.
    virtual int findSale(const SaleRef &ref) = 0;
    // The back office's first page: the count and the newest `limit` refunds created at or
    // after from (ledger time text) in one of the statuses (ledger keys).
    virtual std::optional<Page> firstPage(const QByteArray &from, const QList<QByteArray> &statuses, int limit) = 0;

protected:
    QString m_error;
};

} // namespace RefundDesk::Bench
