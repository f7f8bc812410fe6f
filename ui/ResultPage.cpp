#include "ResultPage.h"

#include "DeskSession.h"
#include "DisplayFormat.h"
#include "LedgerWorker.h"
#include "ReceiptActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

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
    , m_receiptActions(new ReceiptActions(session, this))
    , m_newRefund(new QPushButton(tr("&New refund"), this))
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

    layout->addWidget(m_receiptActions);
    layout->addStretch(1);
    m_newRefund->setObjectName(QStringLiteral("resultNewRefund"));
    m_newRefund->setAccessibleName(tr("Start the next refund"));
    m_newRefund->setDefault(true); // with the focus, Enter presses it (Esc does too)
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_newRefund);
    layout->addLayout(bottom);

    connect(m_newRefund, &QPushButton::clicked, this, &ResultPage::done);
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
    m_receiptActions->clearReceipt(QString());
    m_receiptActions->emailField()->clear();
    m_explanation->setText(outcome.message);
    display(outcome.refund);
    refresh();
    m_newRefund->setFocus();
}

void ResultPage::refresh()
{
    const QUuid id = m_refund.refundId;
    const StoreConfig store = m_session.store();
    m_session.ledger().query<LedgerValue<ReceiptModel>>(
        [id, store](LedgerWorker::Access &access) { return ReceiptModel::fromLedger(access.ledger, id, store); }, this,
        [this, id](const LedgerValue<ReceiptModel> &receipt) {
            if (id != m_refund.refundId)
                return;
            if (!receipt.ok()) {
                m_explanation->setText(receipt.message());
                return;
            }
            m_sale = receipt.value().sale();
            display(receipt.value().refund());
            m_receiptActions->setReceipt(receipt.value());
        });
}

void ResultPage::display(const Refund &refund)
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

const std::optional<ReceiptModel> &ResultPage::receipt() const
{
    return m_receiptActions->receipt();
}

QString ResultPage::headline() const
{
    return m_headline->text();
}

QString ResultPage::explanation() const
{
    return m_explanation->text();
}

} // namespace RefundDesk
