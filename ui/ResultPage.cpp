#include "ResultPage.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerDeliveryLog.h"
#include "LedgerWorker.h"
#include "ReceiptPreviewDialog.h"
#include "receipts/EmailAddress.h"
#include "receipts/SmtpPasswordStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

struct RefundState
{
    bool ok = false;
    QString message;
    Refund refund;
    Money remaining = Money::zero(*Currency::fromCode(u"EUR"));
};

QLabel *wrapped(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResultPage::ResultPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_headline(wrapped(this, QStringLiteral("resultHeadline"), tr("Refund result")))
    , m_amount(wrapped(this, QStringLiteral("resultAmount"), tr("Refunded amount")))
    , m_explanation(wrapped(this, QStringLiteral("resultExplanation"), tr("What the gateway said")))
    , m_next(wrapped(this, QStringLiteral("resultNext"), tr("What happens next")))
    , m_refundId(wrapped(this, QStringLiteral("resultRefundId"), tr("Refund id")))
    , m_print(new QPushButton(tr("&Print receipt…"), this))
    , m_email(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Email receipt"), this))
    , m_emailBusy(new BusyPanel(this))
    , m_emailStatus(wrapped(this, QStringLiteral("resultEmailStatus"), tr("Email status")))
    , m_newRefund(new QPushButton(tr("&New refund"), this))
    , m_passwords(new SmtpPasswordStore(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 2);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    QFont amountFont = m_amount->font();
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.3);
    m_amount->setFont(amountFont);
    layout->addWidget(m_headline);
    layout->addWidget(m_amount);
    layout->addWidget(m_explanation);
    layout->addWidget(m_next);
    layout->addWidget(m_refundId);
    layout->addSpacing(12);

    auto *receiptRow = new QHBoxLayout;
    m_print->setObjectName(QStringLiteral("resultPrint"));
    m_print->setAccessibleName(tr("Print the refund receipt"));
    receiptRow->addWidget(m_print);
    m_email->setObjectName(QStringLiteral("resultEmail"));
    m_email->setAccessibleName(tr("Customer's email address"));
    m_email->setPlaceholderText(tr("customer@example.com"));
    m_email->setClearButtonEnabled(true);
    receiptRow->addWidget(m_email, 1);
    m_send->setObjectName(QStringLiteral("resultSendEmail"));
    m_send->setAccessibleName(tr("Email the refund receipt"));
    receiptRow->addWidget(m_send);
    layout->addLayout(receiptRow);
    layout->addWidget(m_emailBusy);
    layout->addWidget(m_emailStatus);
    layout->addStretch(1);
    m_newRefund->setObjectName(QStringLiteral("resultNewRefund"));
    m_newRefund->setAccessibleName(tr("Start the next refund"));
    m_newRefund->setDefault(true); // with the focus, Enter presses it (Esc does too)
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_newRefund);
    layout->addLayout(bottom);

    if (!m_session.config().smtp) {
        m_send->setEnabled(false);
        m_email->setEnabled(false);
        m_send->setToolTip(tr("No mail server is set up: add one under Settings, Email."));
        m_emailStatus->setText(m_send->toolTip());
    }

    connect(m_print, &QPushButton::clicked, this, &ResultPage::print);
    connect(m_send, &QPushButton::clicked, this, &ResultPage::sendEmail);
    connect(m_email, &QLineEdit::returnPressed, this, &ResultPage::sendEmail);
    connect(m_newRefund, &QPushButton::clicked, this, &ResultPage::done);
    connect(m_emailBusy, &BusyPanel::wayOutClicked, this, [this] {
        if (m_mailer)
            m_mailer->cancel();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ResultPage::done);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(&m_session, &DeskSession::refundChanged, this, [this](const QUuid &refundId) {
        if (!m_refund.refundId.isNull() && refundId == m_refund.refundId)
            refresh();
    });
}

ResultPage::~ResultPage() = default;

void ResultPage::showOutcome(const Sale &sale, const RefundOutcome &outcome)
{
    m_sale = sale;
    m_refund = outcome.refund;
    m_receipt.reset();
    m_emailStatus->setText(m_session.config().smtp ? QString() : m_send->toolTip());
    m_email->clear();
    m_explanation->setText(outcome.message);
    display(outcome.refund, Money::zero(sale.amount.currency()));
    refresh();
    m_newRefund->setFocus();
}

void ResultPage::refresh()
{
    const QUuid id = m_refund.refundId;
    const qint64 saleId = m_sale.ledgerId;
    const Money saleAmount = m_sale.amount;
    m_session.ledger().query<RefundState>(
        [id, saleId, saleAmount](LedgerWorker::Access &access) {
            RefundState state;
            const auto refund = access.ledger.refund(id);
            const auto reserved = access.ledger.reservedAmount(saleId);
            if (!refund.ok() || !reserved.ok()) {
                state.message = refund.ok() ? reserved.message() : refund.message();
                return state;
            }
            state.ok = true;
            state.refund = refund.value();
            const MoneyResult left = saleAmount.minus(reserved.value());
            state.remaining = left.ok() ? left.value() : Money::zero(saleAmount.currency());
            return state;
        },
        this,
        [this, id](const RefundState &state) {
            if (id != m_refund.refundId)
                return;
            if (!state.ok) {
                m_explanation->setText(state.message);
                return;
            }
            display(state.refund, state.remaining);
        });
}

void ResultPage::display(const Refund &refund, const Money &remaining)
{
    m_refund = refund;
    const QLocale &locale = m_session.store().locale;
    QString headline;
    switch (refund.status) {
    case RefundStatus::Succeeded:
        headline = tr("Refund succeeded");
        break;
    case RefundStatus::Pending:
        headline = tr("Refund pending");
        break;
    case RefundStatus::Draft:
    case RefundStatus::Submitting:
        headline = tr("Refund sent, waiting for the answer");
        break;
    case RefundStatus::NeedsReview:
        headline = tr("Refund needs review");
        break;
    case RefundStatus::Rejected:
        headline = tr("Refund rejected");
        break;
    case RefundStatus::Failed:
        headline = tr("Refund failed");
        break;
    }
    m_headline->setText(headline);
    QPalette palette = m_headline->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::statusColor(refund.status, this->palette()));
    m_headline->setPalette(palette);
    m_amount->setText(tr("%1 of %2").arg(DisplayFormat::money(refund.amount, locale), DisplayFormat::saleName(m_sale)));
    if (!refund.message.isEmpty())
        m_explanation->setText(tr("%1 said: %2").arg(gatewayDisplayName(refund.gateway), refund.message));
    m_next->setText(nextSteps(refund.gateway, refund.status));
    m_refundId->setText(tr("Refund id %1").arg(refund.refundId.toString(QUuid::WithoutBraces)));
    m_receipt = ReceiptModel::build(m_sale, refund, m_session.store(), remaining);
    m_print->setEnabled(true);
}

QString ResultPage::nextSteps(GatewayId gateway, RefundStatus status)
{
    switch (status) {
    case RefundStatus::Succeeded:
        return tr("Done. Give the customer the receipt; the money goes back to how they paid.");
    case RefundStatus::Draft:
    case RefundStatus::Submitting:
        return tr("RefundDesk keeps asking %1 until it knows the outcome; nothing is sent twice. The refund's "
                  "status updates here and in Back office by itself.")
            .arg(gatewayDisplayName(gateway));
    case RefundStatus::NeedsReview:
        return tr("The gateway's answer did not settle it. Back office checks the gateway's report and closes the "
                  "refund; the amount stays reserved until then. Give the customer the receipt and tell them the "
                  "store will be in touch.");
    case RefundStatus::Rejected:
        return tr("No money was returned. Check the sale with the gateway, or refund another way the store allows.");
    case RefundStatus::Failed:
        return tr("No money was returned and nothing is pending; you may try the refund again.");
    case RefundStatus::Pending:
        break;
    }
    switch (gateway) {
    case GatewayId::Pockyt:
        return tr("Pockyt confirms the refund by notification; RefundDesk updates it by itself. Give the customer "
                  "the receipt.");
    case GatewayId::PwV3:
        return tr("PW confirms the refund on the next status check; RefundDesk updates it by itself. Give the "
                  "customer the receipt.");
    case GatewayId::SecPaid:
        return tr("SecPaid's team approves each refund request, usually within 5 to 10 days. RefundDesk checks "
                  "every few minutes and updates it by itself. Give the customer the receipt.");
    case GatewayId::PayNet:
        return tr("The customer's bank confirms the refund, usually within minutes; PayNet tells RefundDesk, which "
                  "updates it by itself. Give the customer the receipt.");
    }
    return {};
}

QString ResultPage::headline() const
{
    return m_headline->text();
}

QString ResultPage::explanation() const
{
    return m_explanation->text();
}

void ResultPage::print()
{
    if (!m_receipt)
        return;
    ReceiptPreviewDialog dialog(*m_receipt, this);
    dialog.exec();
}

void ResultPage::sendEmail()
{
    if (!m_receipt || !m_session.config().smtp || (m_mailer && m_mailer->isBusy()))
        return;
    const EmailAddress::Checked address = EmailAddress::check(m_email->text());
    if (!address.ok) {
        m_emailStatus->setText(address.message);
        m_email->setFocus();
        return;
    }
    if (!m_mailer) {
        m_mailer = new ReceiptMailer(*m_session.config().smtp, this);
        m_mailer->setPasswordStore(m_passwords);
        connect(m_mailer, &ReceiptMailer::progress, this, &ResultPage::onEmailProgress);
        connect(m_mailer, &ReceiptMailer::finished, this, &ResultPage::onEmailFinished);
    }
    m_deliveryLog = std::make_unique<LedgerDeliveryLog>(m_session.ledger(), m_session.user().name, m_session.store().id,
                                                        m_session.store().registerId);
    m_mailer->setDeliveryLog(m_deliveryLog.get());
    m_emailStatus->clear();
    m_send->setEnabled(false);
    m_emailBusy->start(tr("Sending the receipt to %1…").arg(address.address), tr("Cancel"));
    m_mailer->send(*m_receipt, address.address);
}

void ResultPage::onEmailProgress(const ReceiptEmailProgress &progress)
{
    if (progress.stage == ReceiptEmailProgress::Stage::WaitingToRetry) {
        m_emailBusy->start(tr("Attempt %1 of %2 failed (%3). Trying again in %4 s…")
                               .arg(progress.attempt)
                               .arg(progress.maxAttempts)
                               .arg(progress.message)
                               .arg((progress.retryInMs + 999) / 1000),
                           tr("Cancel"));
    } else {
        m_emailBusy->start(
            tr("Sending the receipt (attempt %1 of %2)…").arg(progress.attempt).arg(progress.maxAttempts),
            tr("Cancel"));
    }
}

void ResultPage::onEmailFinished(const ReceiptEmailResult &result)
{
    m_emailBusy->stop();
    m_send->setEnabled(true);
    switch (result.status) {
    case ReceiptEmailResult::Status::Sent:
        m_emailStatus->setText(tr("The receipt was sent to %1.").arg(result.recipient));
        break;
    case ReceiptEmailResult::Status::Cancelled:
        m_emailStatus->setText(tr("Not sent: cancelled. You can send it again."));
        break;
    default:
        m_emailStatus->setText(tr("Not sent: %1").arg(result.message));
        break;
    }
}

} // namespace RefundDesk
