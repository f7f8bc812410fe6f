#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class RefundsTableModel;

// The needs-review queue: refunds whose outcome the gateway did not settle (a lost answer,
// PayNet's REFUND_TIMEOUT, amounts that disagree), oldest first. A back-office person looks
// the refund up in the gateway's report and closes it as succeeded, rejected or failed with
// a note saying how they know (RefundEngine::review); the row then leaves the queue.
class NeedsReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NeedsReviewPanel(DeskSession &session, QWidget *parent = nullptr);

    RefundsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *resolution() const { return m_resolution; }
    QPlainTextEdit *note() const { return m_note; }
    QPushButton *resolveButton() const { return m_resolve; }
    QString message() const;

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    void updateButton();
    void resolve();
    void setMessage(const QString &text, bool problem);

    DeskSession &m_session;
    RefundsTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_resolution;
    QPlainTextEdit *m_note;
    QPushButton *m_resolve;
    QLabel *m_why;
    BusyPanel *m_busy;
    QLabel *m_message;
};

} // namespace RefundDesk
