#pragma once

#include "ReceiptPreviewDialog.h"
#include "receipts/ReceiptDelivery.h"
#include "receipts/ReceiptMailer.h"
#include "receipts/ReceiptModel.h"
#include "receipts/ReceiptOutputResult.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class EscPosSender;
class LedgerDeliveryLog;
class SmtpPasswordStore;

// Hands a refund's receipt to the customer, the first time (result page) or again (back
// office): Print (a preview on the system printer), Save PDF, the store's receipt printer
// ([printer] escpos) and Email (with progress, ReceiptMailer's retries, and Cancel). Every
// delivery is recorded in the ledger's audit chain through the ledger worker, as refundctl
// receipt records its own. The UI thread never waits: the PDF is rendered and written on a
// thread of its own, the printer and the mail server are spoken to asynchronously. One
// delivery at a time; the buttons wait until it is over.
class ReceiptActions : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptActions(DeskSession &session, QWidget *parent = nullptr);
    ~ReceiptActions() override;

    // The receipt the buttons act on (built by ReceiptModel::fromLedger).
    void setReceipt(const ReceiptModel &receipt);
    // No receipt: the buttons are disabled and the status line says why (empty: says nothing).
    void clearReceipt(const QString &why);
    const std::optional<ReceiptModel> &receipt() const { return m_receipt; }

    // Opens the print preview (window-modal, returns at once); printing from it is recorded.
    void preview();
    void chooseAndSavePdf();
    void savePdf(const QString &path);
    void sendToPrinter();
    // To the address typed in emailField().
    void sendEmail();

    bool isBusy() const;
    QString statusText() const;
    QLineEdit *emailField() const { return m_email; }
    ReceiptPreviewDialog *previewDialog() const { return m_preview; }

Q_SIGNALS:
    // Once for every delivery asked for, when it is over (also refused at once: a bad address).
    void finished(RefundDesk::ReceiptChannel channel, bool ok, const QString &message);

private:
    void record(const QUuid &refundId, ReceiptChannel channel, const ReceiptOutputResult &result);
    void outputDone(const QUuid &refundId, ReceiptChannel channel, const ReceiptOutputResult &result,
                    const QString &success);
    void showStatus(const QString &text, bool ok);
    void updateButtons();
    void onEmailProgress(const ReceiptEmailProgress &progress);
    void onEmailFinished(const ReceiptEmailResult &result);
    std::unique_ptr<LedgerDeliveryLog> deliveryLog() const;

    DeskSession &m_session;
    std::optional<ReceiptModel> m_receipt;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_printer;
    QLineEdit *m_email;
    QPushButton *m_send;
    BusyPanel *m_busy;
    QLabel *m_status;
    QPointer<ReceiptPreviewDialog> m_preview;
    EscPosSender *m_escPos;
    SmtpPasswordStore *m_passwords;
    QUuid m_printing; // the refund whose receipt is on its way to the receipt printer
    ReceiptMailer *m_mailer = nullptr;
    std::unique_ptr<LedgerDeliveryLog> m_mailLog; // outlives the mailer's attempts
};

} // namespace RefundDesk
