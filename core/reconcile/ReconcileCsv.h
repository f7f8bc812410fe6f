#pragma once

#include "ReconcileResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace RefundDesk {

// A reconciliation as CSV, written with RefundCsv's rules (RFC 4180, CRLF, '.' decimals):
//   category,line,first_line,refund_id,gateway_refund_id,sale_id,report_amount,ledger_amount,
//   currency,report_status,ledger_status,resolution,message
// one row per entry, in the result's order. fields() gives the same names and values to
// refundctl's JSON, so both say the same thing.
class ReconcileCsv
{
public:
    static QStringList columns();
    static QString header();
    static QString row(const ReconcileEntry &entry);
    // (column, value) in columns() order; empty values where an entry has nothing to say.
    static QList<std::pair<QString, QString>> fields(const ReconcileEntry &entry);
    // Header and every entry, each line ending in CRLF.
    static QString document(const ReconcileResult &result);
};

} // namespace RefundDesk
