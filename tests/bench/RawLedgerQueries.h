#pragma once

#include "domain/Sale.h"

#include <QByteArray>
#include <QList>

namespace RefundDesk::Bench {

// The SQL the ledger runs for the reads the bench times, written out once for the raw C API
// baselines, with ? placeholders (the PostgreSQL baseline numbers them). They must stay the
// statements SqlLedger builds: findSale() for the lookups, countRefunds() and listRefunds()
// with a date and status filter for the back office's first page.
struct RawLedgerQueries
{
    static QByteArray saleLookup(SaleIdKind kind);
    // created_at >= ? AND status IN (? x statusCount)
    static QByteArray refundCount(int statusCount);
    // The same filter, newest first, LIMIT ? OFFSET ?.
    static QByteArray refundPage(int statusCount);
    // With $1, $2, ... for PostgreSQL's own API.
    static QByteArray numbered(const QByteArray &sql);
};

} // namespace RefundDesk::Bench
