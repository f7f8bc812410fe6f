#pragma once

#include "engine/RefundOutcome.h"
#include "receipts/ReceiptModel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace RefundDesk {

class DeskSession;
class ReceiptActions;

// After a refund: says plainly whether it succeeded, is pending (and what happens next) or
// needs review, follows the refund live (a webhook or a sync moves it on while the page is
// open), and hands the customer a receipt (ReceiptActions: Print with a preview, PDF, the
// receipt printer, Email with progress and Cancel), built from the ledger's record.
// Enter or Esc starts the next refund.
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
    // Once the refund has been read back from the ledger.
    const std::optional<ReceiptModel> &receipt() const;
    ReceiptActions *receiptActions() const { return m_receiptActions; }

    // What the store does next while a refund is in this status, for the person at the counter.
    static QString nextSteps(GatewayId gateway, RefundStatus status);

Q_SIGNALS:
    void done();

private:
    void refresh();
    void display(const Refund &refund);

    DeskSession &m_session;
    Sale m_sale;
    Refund m_refund;
    QLabel *m_headline;
    QLabel *m_amount;
    QLabel *m_explanation;
    QLabel *m_next;
    QLabel *m_refundId;
    ReceiptActions *m_receiptActions;
    QPushButton *m_newRefund;
};

} // namespace RefundDesk
