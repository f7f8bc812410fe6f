#pragma once

#include "reconcile/ReconcileResult.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class ReconcileTableModel;

// Back office: a gateway's settlement or refund report against the ledger
// (docs/reconciliation.md). The report is read and matched on the ledger worker's thread with
// progress and Cancel; the entries can be filtered by category (with counts), the daily
// summary sits below them, the result can be exported as CSV, and a back-office person can
// close a review the report settles (Close the review…, then Confirm) through the engine.
class ReconciliationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPanel(DeskSession &session, QWidget *parent = nullptr);
    ~ReconciliationPanel() override;

    // Reads path as gateway's report and reconciles it; reconciled() follows.
    void reconcile(GatewayId gateway, const QString &path);
    bool isWorking() const;
    void exportCsv(const QString &path);
    // nullopt: every category.
    void showCategory(std::optional<ReconcileCategory> category);

    ReconcileTableModel *model() const { return m_model; }
    QComboBox *gateway() const { return m_gateway; }
    QLineEdit *file() const { return m_file; }
    QPushButton *runButton() const { return m_run; }
    QProgressBar *progress() const { return m_progress; }
    QComboBox *categoryFilter() const { return m_category; }
    QTableView *table() const { return m_table; }
    QTableWidget *daily() const { return m_daily; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *confirmText() const { return m_confirmText; }
    QString summary() const;
    QString message() const;

Q_SIGNALS:
    void reconciled(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);
    void reviewClosed(bool ok, const QString &message);

private:
    void chooseFile();
    void chooseExportFile();
    void showResult();
    void updateButtons();
    void askToResolve();
    void resolveSelected();
    void setMessage(const QString &text, bool problem);

    DeskSession &m_session;
    ReconcileTableModel *m_model;
    QComboBox *m_gateway;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QPushButton *m_run;
    QProgressBar *m_progress;
    BusyPanel *m_busy;
    QLabel *m_summary;
    QComboBox *m_category;
    QTableView *m_table;
    QTableWidget *m_daily;
    QPushButton *m_export;
    QPushButton *m_resolve;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirm;
    QPushButton *m_cancelConfirm;
    QLabel *m_message;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_closing = false;
};

} // namespace RefundDesk
