#pragma once

#include "engine/RefundOutcome.h"
#include "receipts/ReceiptMailer.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

class BusyPanel;
class DeskSession;
class LedgerDeliveryLog;
class SmtpPasswordStore;

// After a refund: says plainly whether it succeeded, is pending (and what happens next) or
// needs review, follows the refund live (a webhook or a sync moves it on while the page is
// open), and hands the customer a receipt: Print (with a preview) or Email (with progress and
// Cancel). Enter or Esc starts the next refund.
class ResultPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPage(DeskSession &session, QWidget *parent = nullptr);
    ~ResultPage() override;

    void showOutcome(const Sale &sale, const RefundOutcome &outcome);

    QString headline() const;
    QString explanation() const;
    const Refund &refund() const { return m_refund; }
    std::optional<ReceiptModel> receipt() const { return m_receipt; }

    // What the store does next while a refund is in this status, for the person at the counter.
    static QString nextSteps(GatewayId gateway, RefundStatus status);

Q_SIGNALS:
    void done();

private:
    void refresh();
    void display(const Refund &refund, const Money &remaining);
    void print();
    void sendEmail();
    void onEmailProgress(const ReceiptEmailProgress &progress);
    void onEmailFinished(const ReceiptEmailResult &result);

    DeskSession &m_session;
    Sale m_sale;
    Refund m_refund;
    std::optional<ReceiptModel> m_receipt;
    QLabel *m_headline;
    QLabel *m_amount;
    QLabel *m_explanation;
    QLabel *m_next;
    QLabel *m_refundId;
    QPushButton *m_print;
    QLineEdit *m_email;
    QPushButton *m_send;
    BusyPanel *m_emailBusy;
    QLabel *m_emailStatus;
    QPushButton *m_newRefund;
    std::unique_ptr<LedgerDeliveryLog> m_deliveryLog;
    SmtpPasswordStore *m_passwords;
    ReceiptMailer *m_mailer = nullptr;
};

} // namespace RefundDesk
