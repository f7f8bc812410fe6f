#include "RefundsTableModel.h"

#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"

#include <QGuiApplication>
#include <QPalette>

namespace RefundDesk {

namespace {

struct Page
{
    bool ok = false;
    QString message;
    qint64 total = -1; // counted with the first page only
    QList<Refund> refunds;
};

} // namespace

RefundsTableModel::RefundsTableModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_locale(session.store().locale)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(200);
    connect(&m_recount, &QTimer::timeout, this, &RefundsTableModel::recount);
    connect(&m_session, &DeskSession::refundChanged, this, &RefundsTableModel::onRefundChanged);
    connect(&m_session, &DeskSession::ledgerReloadNeeded, this, [this] {
        if (m_total >= 0)
            setFilter(m_filter);
    });
}

bool RefundsTableModel::matches(const RefundFilter &filter, const Refund &refund)
{
    if (filter.from.isValid() && refund.createdAt < filter.from)
        return false;
    if (filter.to.isValid() && refund.createdAt >= filter.to)
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(refund.status))
        return false;
    if (filter.gateway && *filter.gateway != refund.gateway)
        return false;
    if (!filter.storeId.isEmpty() && filter.storeId != refund.storeId)
        return false;
    if (!filter.registerId.isEmpty() && filter.registerId != refund.registerId)
        return false;
    if (!filter.employee.isEmpty() && filter.employee != refund.employee)
        return false;
    return true;
}

void RefundsTableModel::setFilter(const RefundFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.offset = 0;
    m_rows.clear();
    m_total = -1;
    m_fetching = true;
    endResetModel();
    const int generation = ++m_generation;
    RefundFilter firstPage = m_filter;
    firstPage.limit = kPageSize;
    m_session.ledger().query<Page>(
        [firstPage](LedgerWorker::Access &access) {
            Page page;
            const auto total = access.ledger.countRefunds(firstPage);
            const auto refunds = access.ledger.listRefunds(firstPage);
            if (!total.ok() || !refunds.ok()) {
                page.message = total.ok() ? refunds.message() : total.message();
                return page;
            }
            page.ok = true;
            page.total = total.value();
            page.refunds = refunds.value();
            return page;
        },
        this,
        [this, generation](const Page &page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page.ok) {
                m_total = 0;
                Q_EMIT failed(page.message);
                return;
            }
            m_total = page.total;
            if (!page.refunds.isEmpty()) {
                beginInsertRows(QModelIndex(), 0, static_cast<int>(page.refunds.size()) - 1);
                m_rows = page.refunds;
                endInsertRows();
            }
            Q_EMIT loaded();
        });
}

bool RefundsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_total > m_rows.size();
}

void RefundsTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const int generation = m_generation;
    RefundFilter next = m_filter;
    next.limit = kPageSize;
    next.offset = static_cast<int>(m_rows.size());
    m_session.ledger().query<Page>(
        [next](LedgerWorker::Access &access) {
            Page page;
            const auto refunds = access.ledger.listRefunds(next);
            page.ok = refunds.ok();
            page.message = refunds.message();
            if (refunds.ok())
                page.refunds = refunds.value();
            return page;
        },
        this,
        [this, generation](const Page &page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page.ok) {
                Q_EMIT failed(page.message);
                return;
            }
            QList<Refund> fresh;
            for (const Refund &refund : page.refunds) {
                if (rowOf(refund.refundId) < 0) // inserted live already
                    fresh.append(refund);
            }
            if (!fresh.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
                m_rows.append(fresh);
                endInsertRows();
            }
            if (page.refunds.isEmpty())
                m_total = m_rows.size(); // fewer than counted: some were deleted or moved on meanwhile
            Q_EMIT loaded();
        });
}

int RefundsTableModel::rowOf(const QUuid &refundId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).refundId == refundId)
            return row;
    }
    return -1;
}

void RefundsTableModel::onRefundChanged(const QUuid &refundId)
{
    const int generation = m_generation;
    m_session.ledger().query<LedgerValue<Refund>>(
        [refundId](LedgerWorker::Access &access) { return access.ledger.refund(refundId); }, this,
        [this, generation](const LedgerValue<Refund> &refund) {
            if (generation == m_generation && refund.ok() && m_total >= 0)
                apply(refund.value());
        });
}

void RefundsTableModel::apply(const Refund &refund)
{
    const int row = rowOf(refund.refundId);
    const bool belongs = matches(m_filter, refund);
    if (row >= 0 && belongs) {
        m_rows[row] = refund;
        Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        --m_total;
    } else if (belongs) {
        // Into its place in the ledger's order (a new refund is the newest); a refund whose place
        // is beyond the pages loaded so far comes with its page.
        int place = -1;
        for (int i = 0; i < m_rows.size() && place < 0; ++i) {
            const QDateTime &other = m_rows.at(i).createdAt;
            if (m_filter.newestFirst ? refund.createdAt > other : refund.createdAt < other)
                place = i;
        }
        if (place < 0 && m_rows.size() >= m_total)
            place = static_cast<int>(m_rows.size());
        if (place < 0) {
            m_recount.start();
            return;
        }
        beginInsertRows(QModelIndex(), place, place);
        m_rows.insert(place, refund);
        endInsertRows();
        ++m_total;
    } else {
        // Not shown and does not match now; it may have matched before, beyond the loaded pages.
        if (m_rows.size() < m_total)
            m_recount.start();
        return;
    }
    Q_EMIT loaded();
}

void RefundsTableModel::recount()
{
    const int generation = m_generation;
    const RefundFilter filter = m_filter;
    m_session.ledger().query<LedgerValue<qint64>>(
        [filter](LedgerWorker::Access &access) { return access.ledger.countRefunds(filter); }, this,
        [this, generation](const LedgerValue<qint64> &count) {
            if (generation != m_generation || !count.ok())
                return;
            m_total = std::max<qint64>(count.value(), m_rows.size());
            Q_EMIT loaded();
        });
}

int RefundsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RefundsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant RefundsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Refund &refund = m_rows.at(index.row());
    if (role == RefundIdRole)
        return refund.refundId;
    if (role == Qt::ToolTipRole)
        return refund.message.isEmpty() ? QVariant() : QVariant(refund.message);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return DisplayFormat::statusColor(refund.status, QGuiApplication::palette());
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Created:
        return DisplayFormat::dateTime(refund.createdAt, m_locale);
    case Gateway:
        return gatewayDisplayName(refund.gateway);
    case Transaction:
        return refund.transactionId;
    case Amount:
        return DisplayFormat::money(refund.amount, m_locale);
    case Status:
        return refundStatusDisplayName(refund.status);
    case Employee:
        return refund.employee;
    case ApprovedBy:
        return refund.approvedBy;
    case Reason:
        return refund.reason;
    case Message:
        return refund.message.simplified();
    case RefundId:
        return refund.refundId.toString(QUuid::WithoutBraces);
    }
    return {};
}

QVariant RefundsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Created:
        return tr("Created");
    case Gateway:
        return tr("Gateway");
    case Transaction:
        return tr("Transaction");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Employee:
        return tr("Employee");
    case ApprovedBy:
        return tr("Approved by");
    case Reason:
        return tr("Reason");
    case Message:
        return tr("Gateway's message");
    case RefundId:
        return tr("Refund id");
    }
    return {};
}

} // namespace RefundDesk
