#pragma once

#include "GatewayReport.h"
#include "domain/Refund.h"
#include "ledger/LedgerResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

// How one report row, or one ledger refund, came out of reconciliation.
enum class ReconcileCategory {
    Matched, // in the report and the ledger with the same amount
    MissingInLedger, // at the gateway, not in our ledger
    MissingAtGateway, // in our ledger within the report's days, not in the report
    AmountMismatch, // in both, with different amounts (never resolved automatically)
    Duplicate, // a second row for a refund an earlier row already listed
    Malformed, // a line that could not be read
};

// "matched", "missing_in_ledger", "missing_at_gateway", "amount_mismatch", "duplicate", "malformed".
QString reconcileCategoryKey(ReconcileCategory category);
// Translated words for people ("Missing in the ledger").
QString reconcileCategoryDisplayName(ReconcileCategory category);
QList<ReconcileCategory> allReconcileCategories();

struct ReconcileEntry
{
    ReconcileCategory category = ReconcileCategory::Matched;
    int line = 0; // the report line; 0 for a refund missing at the gateway
    int firstLine = 0; // Duplicate: the line that listed the refund first
    std::optional<ReportRow> row;
    std::optional<Refund> refund; // the ledger's record, when there is one
    QString message; // for people: why it is not matched
    // A refund that needs review and that this row settles (matched, final status in the
    // report): a person may close the review with it (Reconciler::reviewsFor()).
    std::optional<RefundStatus> resolution;
};

// Count and total of refunds on one day in one currency, as the ledger and as the report have
// them. Counted: refunds that are or may become money refunded (pending, needs_review,
// succeeded), on each side by its own status.
struct DailyTotal
{
    QDate day; // UTC
    GatewayId gateway = GatewayId::Pockyt;
    Currency currency = *Currency::fromCode(u"EUR");
    int ledgerCount = 0;
    qint64 ledgerMinorUnits = 0;
    int reportCount = 0;
    qint64 reportMinorUnits = 0;

    Money ledgerTotal() const { return Money(ledgerMinorUnits, currency); }
    Money reportTotal() const { return Money(reportMinorUnits, currency); }
    bool agrees() const { return ledgerCount == reportCount && ledgerMinorUnits == reportMinorUnits; }
};

// What Reconciler found: one entry per report line (matched, missing in the ledger, mismatch,
// duplicate, malformed) in line order, then one per ledger refund missing at the gateway.
class ReconcileResult
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReconcileResult)

public:
    enum class Status {
        Done,
        Refused, // the report cannot be read as this gateway's (missing column, empty file)
        LedgerError, // the ledger could not be asked
        Cancelled,
    };

    Status status = Status::Done;
    QString message; // for people, when not Done
    GatewayId gateway = GatewayId::Pockyt;
    QString fileName;
    QDate firstDay; // the report's days (UTC); invalid when it has no readable row
    QDate lastDay;
    QList<ReconcileEntry> entries;
    QList<DailyTotal> daily; // by day, then currency

    bool ok() const { return status == Status::Done; }
    int count(ReconcileCategory category) const;
    // Entries a person may settle: needs_review refunds the report gives a final status.
    int resolvableCount() const;
    // Nothing but matches: no line missing, different, repeated or unreadable.
    bool agrees() const;
};

} // namespace RefundDesk
