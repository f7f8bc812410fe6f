#pragma once

#include "domain/Refund.h"
#include "ledger/Ledger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QTimer>
#include <QUuid>

namespace RefundDesk {

class DeskSession;

// The ledger's refunds for a table view, loaded lazily: setFilter() counts the matching
// refunds and loads the first page; the view asks for more (canFetchMore/fetchMore) as it
// scrolls, a page at a time, each query on the ledger worker's thread, so the UI thread never
// waits on the disk. Live: when the engine reports a refund changed (a refund at the counter,
// a webhook, a sync, a review), that refund is read again and its row updated, inserted at
// the top (a new refund, newest first) or removed (it no longer matches, e.g. a resolved
// review in the needs-review queue).
class RefundsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Gateway, Transaction, Amount, Status, Employee, ApprovedBy, Reason, Message, RefundId };
    static constexpr int kColumnCount = RefundId + 1;
    static constexpr int kPageSize = 100;
    static constexpr int RefundIdRole = Qt::UserRole + 1;

    explicit RefundsTableModel(DeskSession &session, QObject *parent = nullptr);

    void setFilter(const RefundFilter &filter);
    const RefundFilter &filter() const { return m_filter; }
    // Matching refunds in the ledger; -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_fetching || m_total < 0; }
    const Refund &refundAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &refundId) const;

    // Whether a refund belongs in a table with this filter (what the ledger's query selects).
    static bool matches(const RefundFilter &filter, const Refund &refund);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After the count and after each page.
    void loaded();
    void failed(const QString &message);

private:
    void onRefundChanged(const QUuid &refundId);
    void apply(const Refund &refund);
    // A change beyond the loaded pages may change how many match: count again (once per burst).
    void recount();

    DeskSession &m_session;
    QLocale m_locale;
    RefundFilter m_filter;
    QList<Refund> m_rows;
    qint64 m_total = -1;
    bool m_fetching = false;
    int m_generation = 0; // answers for an older filter are dropped
    QTimer m_recount;
};

} // namespace RefundDesk
