#pragma once

#include "domain/Refund.h"

#include <QString>
#include <QStringList>

namespace RefundDesk {

// Refunds as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break in
// double quotes, quotes doubled, CRLF after every record), for spreadsheets and accounting
// imports. One header and one format for every export, so a file from the back office and
// one from a script line up column by column:
//   refund_id,gateway,status,amount,currency,gateway_refund_id,transaction_id,reference,
//   employee,approved_by,created_at,updated_at,message
// Amounts are the currency's exact decimals with '.' ("12.50", "1000" for JPY), never
// localized; times are the ledger's ISO 8601 UTC ("2025-03-01T09:30:00.000Z"); ids and
// statuses are RefundDesk's keys ("needs_review", "pwv3").
class RefundCsv
{
public:
    static QStringList columns();
    static QString header();
    // reference: the sale's merchant reference ("" when unknown).
    static QString row(const Refund &refund, const QString &reference);
    static QString field(const QString &value);
    // One record: every value quoted as field() does, joined by commas (no line end).
    static QString record(const QStringList &values);
    static constexpr QLatin1String lineEnd {"\r\n"};
};

} // namespace RefundDesk
