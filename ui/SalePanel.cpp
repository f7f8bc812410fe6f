#include "SalePanel.h"

#include "DisplayFormat.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RefundDesk {

SalePanel::SalePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notRefundable(new QLabel(this))
    , m_refundsLabel(new QLabel(tr("Refunds so far"), this))
    , m_refunds(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("saleTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_gateway = addRow(form, tr("Gateway"), QStringLiteral("saleGateway"));
    m_amount = addRow(form, tr("Amount"), QStringLiteral("saleAmount"));
    m_method = addRow(form, tr("Paid with"), QStringLiteral("saleMethod"));
    m_paidAt = addRow(form, tr("Paid on"), QStringLiteral("salePaidAt"));
    m_status = addRow(form, tr("Status at the gateway"), QStringLiteral("saleStatus"));
    m_remaining = addRow(form, tr("Can still be refunded"), QStringLiteral("saleRemaining"));
    QFont strong = m_remaining->font();
    strong.setBold(true);
    m_remaining->setFont(strong);
    m_source = addRow(form, tr("Looked up"), QStringLiteral("saleSource"));
    layout->addLayout(form);

    m_notRefundable->setObjectName(QStringLiteral("saleNotRefundable"));
    m_notRefundable->setWordWrap(true);
    m_notRefundable->setAccessibleName(tr("Why this sale cannot be refunded"));
    m_notRefundable->setFont(strong);
    m_notRefundable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notRefundable);

    layout->addWidget(m_refundsLabel);
    m_refunds->setObjectName(QStringLiteral("saleRefunds"));
    m_refunds->setAccessibleName(tr("Refunds so far"));
    m_refunds->setRootIsDecorated(false);
    m_refunds->setHeaderLabels({tr("When"), tr("Amount"), tr("Status"), tr("By")});
    m_refunds->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refunds->setMinimumHeight(60);
    m_refunds->setFocusPolicy(Qt::NoFocus); // Tab goes from the search straight to the amount
    layout->addWidget(m_refunds, 3);
    layout->addStretch(1); // takes the room while there are no refunds to list
}

QLabel *SalePanel::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    auto *caption = new QLabel(label + u':', this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void SalePanel::showSale(const SaleView &view)
{
    m_view = view;
    const Sale &sale = view.sale;
    m_title->setText(DisplayFormat::saleName(sale));
    m_gateway->setText(gatewayDisplayName(sale.gateway));
    m_amount->setText(DisplayFormat::money(sale.amount, m_locale));
    m_method->setText(sale.method.isEmpty() ? tr("not reported by the gateway") : sale.method);
    m_paidAt->setText(sale.paidAt.isValid() ? DisplayFormat::dateTime(sale.paidAt, m_locale) : tr("unknown"));
    m_status->setText(sale.gatewayStatus);
    m_remaining->setText(DisplayFormat::money(view.remaining, m_locale));
    if (view.fromLedger) {
        m_source->setText(sale.lookedUpAt.isValid() ? tr("from the ledger; the gateway was last asked %1")
                                                          .arg(DisplayFormat::dateTime(sale.lookedUpAt, m_locale))
                                                    : tr("from the ledger"));
    } else {
        m_source->setText(tr("from %1 just now").arg(gatewayDisplayName(sale.gateway)));
    }
    if (!view.message.isEmpty())
        m_source->setText(m_source->text() + u'\n' + view.message);

    if (view.refundable) {
        m_notRefundable->clear();
        m_notRefundable->hide();
    } else {
        m_notRefundable->setText(tr("Cannot be refunded: %1").arg(view.notRefundableReason));
        QPalette palette = m_notRefundable->palette();
        palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(palette));
        m_notRefundable->setPalette(palette);
        m_notRefundable->show();
    }

    m_refunds->clear();
    for (const Refund &refund : view.refunds) {
        auto *item = new QTreeWidgetItem(m_refunds);
        item->setText(0, DisplayFormat::dateTime(refund.createdAt, m_locale));
        item->setText(1, DisplayFormat::money(refund.amount, m_locale));
        item->setText(2, refundStatusDisplayName(refund.status));
        item->setForeground(2, DisplayFormat::statusColor(refund.status, palette()));
        item->setText(3, refund.employee);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_refundsLabel->setText(view.refunds.isEmpty() ? tr("No refunds so far") : tr("Refunds so far"));
    m_refunds->setVisible(!view.refunds.isEmpty());
}

QString SalePanel::remainingText() const
{
    return m_remaining->text();
}

QString SalePanel::notRefundableText() const
{
    return m_notRefundable->isHidden() ? QString() : m_notRefundable->text();
}

QString SalePanel::statusText() const
{
    return m_status->text();
}

} // namespace RefundDesk
