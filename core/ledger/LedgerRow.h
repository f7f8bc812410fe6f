#pragma once

#include <QString>
#include <QtGlobal>

namespace RefundDesk {

// One row of a ledger statement, read by column number, whatever runs the statement (Qt Sql,
// or SQLite's own API for the hot lookups): the mapping of a row to a Sale or a Refund is
// written once, against this (SqlLedger::saleFromRow(), SqlLedger::refundFromRow()).
class LedgerRow
{
public:
    virtual ~LedgerRow() = default;

    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

} // namespace RefundDesk
