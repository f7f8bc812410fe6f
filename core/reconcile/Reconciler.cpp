#include "Reconciler.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace RefundDesk {

namespace {

bool countsAsRefunded(RefundStatus status)
{
    return status == RefundStatus::Pending || status == RefundStatus::NeedsReview || status == RefundStatus::Succeeded;
}

QString moneyText(const Money &money)
{
    return money.currency().code() + u' ' + money.toDecimalString();
}

class DailyTotals
{
public:
    explicit DailyTotals(GatewayId gateway)
        : m_gateway(gateway)
    { }

    void addLedger(const QDate &day, const Money &amount)
    {
        DailyTotal &total = at(day, amount.currency());
        ++total.ledgerCount;
        total.ledgerMinorUnits += amount.minorUnits();
    }
    void addReport(const QDate &day, const Money &amount)
    {
        DailyTotal &total = at(day, amount.currency());
        ++total.reportCount;
        total.reportMinorUnits += amount.minorUnits();
    }
    QList<DailyTotal> values() const { return m_totals.values(); }

private:
    DailyTotal &at(const QDate &day, Currency currency)
    {
        const std::pair<QDate, QString> key {day, currency.code()};
        auto found = m_totals.find(key);
        if (found == m_totals.end()) {
            DailyTotal total;
            total.day = day;
            total.gateway = m_gateway;
            total.currency = currency;
            found = m_totals.insert(key, total);
        }
        return *found;
    }

    GatewayId m_gateway;
    QMap<std::pair<QDate, QString>, DailyTotal> m_totals; // by day, then currency code
};

} // namespace

ReconcileResult Reconciler::reconcileFile(Ledger &ledger, GatewayId gateway, const QString &path,
                                          const Progress &progress)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReconcileResult result;
        result.status = ReconcileResult::Status::Refused;
        result.gateway = gateway;
        result.fileName = fileName;
        result.message = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return reconcile(ledger, GatewayReport::parse(gateway, file.readAll(), fileName), progress);
}

ReconcileResult Reconciler::reconcile(Ledger &ledger, const GatewayReport &report, const Progress &progress)
{
    ReconcileResult result;
    result.gateway = report.gateway();
    result.fileName = report.fileName();
    if (!report.ok()) {
        result.status = ReconcileResult::Status::Refused;
        result.message = report.error();
        return result;
    }
    result.firstDay = report.firstDay();
    result.lastDay = report.lastDay();
    const ReportMapping mapping = ReportMapping::forGateway(report.gateway());
    const auto ledgerFailed = [&result](const LedgerResult &failure) {
        result.status = ReconcileResult::Status::LedgerError;
        result.message = tr("The ledger cannot be read: %1").arg(failure.message());
        result.entries.clear();
        return result;
    };

    QHash<QString, int> byGatewayId; // the line that first listed each id
    QHash<QString, int> byOurId;
    QHash<QUuid, int> matchedAt; // the line each ledger refund was matched on
    DailyTotals daily(report.gateway());
    const QList<ReportRow> &rows = report.rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (progress && !progress(static_cast<int>(i), static_cast<int>(rows.size()))) {
            result.status = ReconcileResult::Status::Cancelled;
            result.message = tr("Reconciliation cancelled.");
            result.entries.clear();
            return result;
        }
        const ReportRow &row = rows.at(i);
        ReconcileEntry entry;
        entry.line = row.line;
        entry.row = row;
        const QString ourKey = row.refundId.isNull() ? row.refundIdText : row.refundId.toString();
        const int earlier = !row.gatewayRefundId.isEmpty() && byGatewayId.contains(row.gatewayRefundId)
            ? byGatewayId.value(row.gatewayRefundId)
            : byOurId.value(ourKey);
        if (!row.gatewayRefundId.isEmpty())
            byGatewayId.insert(row.gatewayRefundId, byGatewayId.value(row.gatewayRefundId, row.line));
        if (!ourKey.isEmpty())
            byOurId.insert(ourKey, byOurId.value(ourKey, row.line));
        if (earlier > 0) {
            entry.category = ReconcileCategory::Duplicate;
            entry.firstLine = earlier;
            entry.message = tr("Line %1 already lists this refund.").arg(earlier);
            result.entries << entry;
            continue;
        }

        std::optional<Refund> refund;
        if (!row.gatewayRefundId.isEmpty()) {
            auto found = ledger.findRefundByGatewayRefundId(report.gateway(), row.gatewayRefundId);
            if (found.ok())
                refund = found.value();
            else if (found.error() != LedgerResult::Error::NotFound)
                return ledgerFailed(found.result());
        }
        if (!refund && !row.refundId.isNull()) {
            auto found = ledger.refund(row.refundId);
            if (found.ok() && found.value().gateway == report.gateway())
                refund = found.value();
            else if (!found.ok() && found.error() != LedgerResult::Error::NotFound)
                return ledgerFailed(found.result());
        }
        if (!refund && mapping.oneRefundPerSale() && !row.saleId.isEmpty()) {
            auto sale = ledger.findSale(SaleRef {report.gateway(), SaleIdKind::TransactionId, row.saleId});
            if (!sale.ok() && sale.error() != LedgerResult::Error::NotFound)
                return ledgerFailed(sale.result());
            if (sale.ok()) {
                auto refunds = ledger.refundsForSale(sale.value().ledgerId);
                if (!refunds.ok())
                    return ledgerFailed(refunds.result());
                QList<Refund> unnamed;
                for (const Refund &candidate : refunds.value()) {
                    if (candidate.gatewayRefundId.isEmpty() && candidate.status != RefundStatus::Failed)
                        unnamed << candidate;
                }
                if (unnamed.size() == 1)
                    refund = unnamed.constFirst();
            }
        }

        if (countsAsRefunded(row.status))
            daily.addReport(row.time.date(), row.amount);
        if (!refund) {
            entry.category = ReconcileCategory::MissingInLedger;
            entry.message =
                tr("%1 lists this refund; the ledger has none by that id.").arg(gatewayDisplayName(report.gateway()));
        } else if (matchedAt.contains(refund->refundId)) {
            entry.category = ReconcileCategory::Duplicate;
            entry.firstLine = matchedAt.value(refund->refundId);
            entry.refund = refund;
            entry.message = tr("Line %1 already lists this refund under another id.").arg(entry.firstLine);
        } else {
            matchedAt.insert(refund->refundId, row.line);
            entry.refund = refund;
            if (!(refund->amount == row.amount)) {
                entry.category = ReconcileCategory::AmountMismatch;
                entry.message =
                    tr("The report says %1, the ledger %2.").arg(moneyText(row.amount), moneyText(refund->amount));
            } else {
                entry.category = ReconcileCategory::Matched;
                if (refund->status == RefundStatus::NeedsReview && isFinal(row.status))
                    entry.resolution = row.status;
            }
        }
        result.entries << entry;
    }
    if (progress)
        progress(static_cast<int>(rows.size()), static_cast<int>(rows.size()));

    for (const MalformedLine &malformed : report.malformed()) {
        ReconcileEntry entry;
        entry.category = ReconcileCategory::Malformed;
        entry.line = malformed.line;
        entry.message = tr("Line %1 cannot be read: %2").arg(malformed.line).arg(malformed.reason);
        result.entries << entry;
    }
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const ReconcileEntry &a, const ReconcileEntry &b) { return a.line < b.line; });

    if (result.firstDay.isValid()) {
        RefundFilter filter;
        filter.gateway = report.gateway();
        filter.from = QDateTime(result.firstDay, QTime(0, 0), Qt::UTC);
        filter.to = QDateTime(result.lastDay.addDays(1), QTime(0, 0), Qt::UTC);
        filter.statuses = {RefundStatus::Pending, RefundStatus::NeedsReview, RefundStatus::Succeeded,
                           RefundStatus::Rejected};
        filter.newestFirst = false;
        const auto inRange = ledger.listRefunds(filter);
        if (!inRange.ok())
            return ledgerFailed(inRange.result());
        for (const Refund &refund : inRange.value()) {
            if (countsAsRefunded(refund.status))
                daily.addLedger(refund.createdAt.toUTC().date(), refund.amount);
            // A refund the gateway declined outright never reached its books.
            if (matchedAt.contains(refund.refundId)
                || (refund.status == RefundStatus::Rejected && refund.gatewayRefundId.isEmpty()))
                continue;
            ReconcileEntry entry;
            entry.category = ReconcileCategory::MissingAtGateway;
            entry.refund = refund;
            entry.message =
                tr("The ledger has this refund (%1) on %2; the report does not list it.")
                    .arg(refundStatusDisplayName(refund.status), refund.createdAt.toUTC().date().toString(Qt::ISODate));
            result.entries << entry;
        }
    }
    result.daily = daily.values();
    return result;
}

QString Reconciler::reviewNote(const ReconcileResult &result, const ReconcileEntry &entry)
{
    return tr("%1 report %2, line %3: %4")
        .arg(gatewayDisplayName(result.gateway), result.fileName)
        .arg(entry.line)
        .arg(entry.row ? entry.row->statusText : QString());
}

QList<RefundReview> Reconciler::reviewsFor(const ReconcileResult &result, const Actor &reviewer)
{
    QList<RefundReview> reviews;
    for (const ReconcileEntry &entry : result.entries) {
        if (!entry.resolution || !entry.refund || entry.category != ReconcileCategory::Matched)
            continue;
        RefundReview review;
        review.refundId = entry.refund->refundId;
        review.resolution = *entry.resolution;
        review.note = reviewNote(result, entry);
        review.reviewer = reviewer;
        reviews << review;
    }
    return reviews;
}

} // namespace RefundDesk
