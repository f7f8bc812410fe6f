#pragma once

#include "ledger/Ledger.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class ReceiptActions;
class RefundsTableModel;

// Back office: every refund in the ledger, filtered by date range, status, gateway, store,
// register and employee, in a table that loads as it scrolls and updates itself when a
// webhook, a sync or another screen changes a refund; and the CSV export of what the filter
// selects (RefundCsv), written on the ledger worker's thread with progress and Cancel. The
// selected refund's receipt, read from the ledger, can be printed, saved as PDF, sent to the
// receipt printer or emailed again (ReceiptActions below the table, the row's context menu;
// Enter or a double-click opens the print preview).
class RefundsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Period { AllTime, Today, Last7Days, Last30Days, Custom };

    explicit RefundsPanel(DeskSession &session, QWidget *parent = nullptr);
    ~RefundsPanel() override;

    RefundsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The filter the controls describe now.
    RefundFilter currentFilter() const;
    void setPeriod(Period period);
    void setCustomRange(const QDate &from, const QDate &to);
    void setStatusFilter(int index);
    void setGatewayFilter(int index);
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *gatewayFilter() const { return m_gateway; }
    QLineEdit *employeeFilter() const { return m_employee; }
    QString countText() const;

    ReceiptActions *receiptActions() const { return m_receipt; }
    // The refund selected in the table; null when none.
    QUuid selectedRefund() const;

    // Writes the refunds the filter selects to path; exportFinished() follows.
    void exportCsv(const QString &path);
    bool isExporting() const;
    QString exportMessage() const;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void applyFilter();
    void chooseExportFile();
    void updateCount();
    // What a reprint does with the selected refund's receipt; waits for the receipt to be read.
    enum class ReceiptAction { None, Preview, SavePdf, ReceiptPrinter, Email };
    void loadReceipt();
    void runOnReceipt(ReceiptAction action);
    void showContextMenu(const QPoint &position);

    DeskSession &m_session;
    RefundsTableModel *m_model;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QComboBox *m_gateway;
    QLineEdit *m_store;
    QLineEdit *m_register;
    QLineEdit *m_employee;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
    BusyPanel *m_exportBusy;
    QLabel *m_exportMessage;
    ReceiptActions *m_receipt;
    QUuid m_receiptRefund; // the selected refund whose receipt is read or shown
    ReceiptAction m_pending = ReceiptAction::None; // asked before the receipt was read
    QTimer m_filterTimer;
    std::shared_ptr<std::atomic_bool> m_cancelExport;
};

} // namespace RefundDesk
