#include "AuditTableModel.h"

#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"

namespace RefundDesk {

namespace {

struct AuditPage
{
    bool ok = false;
    QString message;
    qint64 total = -1;
    QList<AuditEntry> entries;
};

} // namespace

AuditTableModel::AuditTableModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_locale(session.store().locale)
{ }

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_fetching = false;
    endResetModel();
    ++m_generation;
    refresh();
}

void AuditTableModel::refresh()
{
    const int generation = m_generation;
    m_session.ledger().query<LedgerValue<qint64>>(
        [](LedgerWorker::Access &access) { return access.ledger.auditCount(); }, this,
        [this, generation](const LedgerValue<qint64> &count) {
            if (generation != m_generation)
                return;
            if (!count.ok()) {
                Q_EMIT failed(count.message());
                return;
            }
            m_total = count.value();
            Q_EMIT loaded();
            if (m_rows.isEmpty())
                fetchMore(QModelIndex());
        });
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_total > m_rows.size();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const int generation = m_generation;
    const qint64 offset = m_rows.size();
    m_session.ledger().query<AuditPage>(
        [offset](LedgerWorker::Access &access) {
            AuditPage page;
            const auto entries = access.ledger.auditEntries(offset, kPageSize);
            page.ok = entries.ok();
            page.message = entries.message();
            if (entries.ok())
                page.entries = entries.value();
            return page;
        },
        this,
        [this, generation](const AuditPage &page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page.ok) {
                Q_EMIT failed(page.message);
                return;
            }
            if (!page.entries.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.entries.size()) - 1);
                m_rows.append(page.entries);
                endInsertRows();
            } else {
                m_total = m_rows.size();
            }
            Q_EMIT loaded();
        });
}

int AuditTableModel::rowOfSeq(qint64 seq) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).seq == seq)
            return row;
    }
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return entry.detail;
    if (role == Qt::ToolTipRole && index.column() == Hash)
        return entry.hash;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Seq:
        return entry.seq;
    case At:
        return DisplayFormat::dateTime(entry.at, m_locale);
    case Actor:
        return entry.actor;
    case Action:
        return entry.action;
    case Subject:
        return entry.subject;
    case Detail:
        return entry.detail.simplified();
    case Store:
        return entry.storeId;
    case Register:
        return entry.registerId;
    case Hash:
        return entry.hash.left(12);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Seq:
        return tr("#");
    case At:
        return tr("When");
    case Actor:
        return tr("Who");
    case Action:
        return tr("What");
    case Subject:
        return tr("About");
    case Detail:
        return tr("Detail");
    case Store:
        return tr("Store");
    case Register:
        return tr("Register");
    case Hash:
        return tr("Hash");
    }
    return {};
}

} // namespace RefundDesk
