#pragma once

#include "reconcile/ReconcileResult.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

namespace RefundDesk {

// A reconciliation's entries for the Reconciliation tab, optionally only one category. Rows
// refer to the result's entries; a review closed from the screen updates its entry in place.
class ReconcileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Line,
        Category,
        RefundId,
        GatewayRefundId,
        ReportAmount,
        LedgerAmount,
        ReportStatus,
        LedgerStatus,
        Note,
        ColumnCount
    };

    explicit ReconcileTableModel(QLocale locale, QObject *parent = nullptr);

    void setResult(const ReconcileResult &result);
    const ReconcileResult &result() const { return m_result; }
    // nullopt: every entry.
    void setCategory(std::optional<ReconcileCategory> category);
    std::optional<ReconcileCategory> category() const { return m_category; }
    const ReconcileEntry &entryAt(int row) const;
    // After a review closed the entry's refund: shows its new status; it no longer resolves.
    void markResolved(int row, const Refund &refund);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QLocale m_locale;
    ReconcileResult m_result;
    std::optional<ReconcileCategory> m_category;
    QList<qsizetype> m_rows; // indexes into m_result.entries
};

} // namespace RefundDesk
