#pragma once

#include "ledger/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace RefundDesk {

class DeskSession;

// The audit chain's rows, oldest first (seq order), loaded a page at a time on the ledger
// worker's thread as the view scrolls. refresh() counts again, so rows appended since (a
// refund, a webhook, a sign-in) become fetchable.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, At, Actor, Action, Subject, Detail, Store, Register, Hash };
    static constexpr int kColumnCount = Hash + 1;
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(DeskSession &session, QObject *parent = nullptr);

    void reload();
    void refresh();
    qint64 totalCount() const { return m_total; }
    // The row of the entry with this seq, among those loaded; -1 when not loaded.
    int rowOfSeq(qint64 seq) const;
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    DeskSession &m_session;
    QLocale m_locale;
    QList<AuditEntry> m_rows;
    qint64 m_total = -1;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace RefundDesk
