#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace RefundDesk {

class AuditTableModel;
class BusyPanel;
class DeskSession;

// The audit trail: every decision, gateway exchange (secrets masked), webhook, approval and
// manual change, oldest first, and "Verify chain", which checks every row's keyed hash on
// the ledger worker's thread (with a moving bar and Cancel) and names the first row that does
// not match, selecting it when it is loaded.
class AuditTrailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTrailPanel(DeskSession &session, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    void verifyChain();
    bool isVerifying() const;
    QString verifyResult() const;

Q_SIGNALS:
    void verified(bool intact);

private:
    DeskSession &m_session;
    AuditTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_verify;
    QLabel *m_count;
    BusyPanel *m_busy;
    QLabel *m_result;
    int m_generation = 0;
};

} // namespace RefundDesk
