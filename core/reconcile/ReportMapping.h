#pragma once

#include "domain/GatewayId.h"
#include "domain/RefundStatus.h"
#include "money/Currency.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace RefundDesk {

// What RefundDesk reads from a report row, whatever a gateway calls it.
enum class ReportField {
    GatewayRefundId, // the gateway's id of the refund
    RefundId, // ours, as the gateway was given it
    SaleId, // the original payment's gateway id
    Amount,
    Currency,
    Status,
    Time,
};

// One gateway's report layout (docs/reconciliation.md): which column holds each field, in the
// gateway's own words, how it writes amounts, times and statuses. Columns are found by name
// (case and surrounding spaces ignored), in any order; other columns are ignored.
class ReportMapping
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReportMapping)

public:
    enum class AmountFormat {
        Decimal, // "10.00", "1234" (JPY): the currency's decimals at most, more than zero
        MinorUnits, // "1234" cents, as PW v3 sends amounts
        SignedDecimal, // "-19.99" or "19.99": SecPaid lists refunds as negative amounts
    };
    enum class TimeFormat {
        Compact, // 20250301093000 (UTC), Pockyt's IPN "time"
        UnixSeconds, // 1476187198, PW v3's "date"
        SpaceSeparated, // 2025-03-01 09:30:00 (UTC), SecPaid's "created_at"
        Iso8601, // 2025-03-01T09:30:00Z or +08:00, or a plain date 2025-03-01 (PayNet)
    };

    struct Column
    {
        ReportField field;
        QStringList names; // the first one present wins
        bool required = false;
    };

    static ReportMapping forGateway(GatewayId gateway);

    GatewayId gateway() const { return m_gateway; }
    const QList<Column> &columns() const { return m_columns; }
    AmountFormat amountFormat() const { return m_amountFormat; }
    TimeFormat timeFormat() const { return m_timeFormat; }
    // The currency when the report has no currency column (PayNet: MYR only).
    std::optional<Currency> defaultCurrency() const { return m_defaultCurrency; }
    // SecPaid allows one refund per payment and never sees our refund id: a row is matched by
    // its payment when its refund id is not yet in the ledger.
    bool oneRefundPerSale() const { return m_oneRefundPerSale; }

    // The gateway's status word as RefundDesk's status; nullopt for a word it does not use.
    std::optional<RefundStatus> statusOf(const QString &word) const;
    // Invalid when the text is not in this report's time format.
    QDateTime timeOf(const QString &text) const;
    // The column name a message should use for a field (its first name).
    QString columnName(ReportField field) const;

private:
    GatewayId m_gateway = GatewayId::Pockyt;
    QList<Column> m_columns;
    AmountFormat m_amountFormat = AmountFormat::Decimal;
    TimeFormat m_timeFormat = TimeFormat::Iso8601;
    std::optional<Currency> m_defaultCurrency;
    bool m_oneRefundPerSale = false;
    QString m_statusPrefix; // PayNet's "REFUND_", optional in its words
    QList<std::pair<QString, RefundStatus>> m_statuses;
};

} // namespace RefundDesk
