#include "ReconcileTableModel.h"

#include "DisplayFormat.h"

#include <QGuiApplication>
#include <QPalette>

namespace RefundDesk {

ReconcileTableModel::ReconcileTableModel(QLocale locale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(std::move(locale))
{ }

void ReconcileTableModel::setResult(const ReconcileResult &result)
{
    beginResetModel();
    m_result = result;
    refilter();
    endResetModel();
}

void ReconcileTableModel::setCategory(std::optional<ReconcileCategory> category)
{
    beginResetModel();
    m_category = category;
    refilter();
    endResetModel();
}

void ReconcileTableModel::refilter()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_result.entries.size(); ++i) {
        if (!m_category || m_result.entries.at(i).category == *m_category)
            m_rows << i;
    }
}

const ReconcileEntry &ReconcileTableModel::entryAt(int row) const
{
    return m_result.entries.at(m_rows.at(row));
}

void ReconcileTableModel::markResolved(int row, const Refund &refund)
{
    ReconcileEntry &entry = m_result.entries[m_rows.at(row)];
    entry.refund = refund;
    entry.resolution.reset();
    entry.message = tr("Review closed as %1.").arg(refundStatusDisplayName(refund.status));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReconcileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReconcileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReconcileEntry &entry = entryAt(index.row());
    if (role == Qt::ForegroundRole && index.column() == Category && entry.category != ReconcileCategory::Matched)
        return DisplayFormat::warningColor(QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole && (index.column() == ReportAmount || index.column() == LedgerAmount))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Line:
        return entry.line > 0 ? QVariant(entry.line) : QVariant();
    case Category:
        return reconcileCategoryDisplayName(entry.category);
    case RefundId:
        if (entry.refund)
            return entry.refund->refundId.toString(QUuid::WithoutBraces);
        return entry.row ? entry.row->refundIdText : QString();
    case GatewayRefundId:
        if (entry.row && !entry.row->gatewayRefundId.isEmpty())
            return entry.row->gatewayRefundId;
        return entry.refund ? entry.refund->gatewayRefundId : QString();
    case ReportAmount:
        return entry.row ? DisplayFormat::money(entry.row->amount, m_locale) : QString();
    case LedgerAmount:
        return entry.refund ? DisplayFormat::money(entry.refund->amount, m_locale) : QString();
    case ReportStatus:
        return entry.row ? entry.row->statusText : QString();
    case LedgerStatus:
        return entry.refund ? refundStatusDisplayName(entry.refund->status) : QString();
    case Note:
        if (entry.resolution) {
            return tr("Needs review; the report says %1: it can be closed as %2.")
                .arg(entry.row ? entry.row->statusText : QString(), refundStatusDisplayName(*entry.resolution));
        }
        return entry.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReconcileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Line:
        return tr("Line");
    case Category:
        return tr("Result");
    case RefundId:
        return tr("Refund id");
    case GatewayRefundId:
        return tr("Gateway refund id");
    case ReportAmount:
        return tr("Report amount");
    case LedgerAmount:
        return tr("Ledger amount");
    case ReportStatus:
        return tr("Report status");
    case LedgerStatus:
        return tr("Ledger status");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RefundDesk
