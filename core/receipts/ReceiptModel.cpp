#include "ReceiptModel.h"

#include "domain/GatewayId.h"
#include "domain/RefundStatus.h"
#include "ledger/Ledger.h"
#include "scan/ReceiptCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RefundDesk {

ReceiptModel::ReceiptModel(const Sale &sale, const Refund &refund, const StoreConfig &store, const Money &remaining)
    : m_sale(sale)
    , m_refund(refund)
    , m_store(store)
    , m_remaining(remaining)
{ }

ReceiptModel ReceiptModel::build(const Sale &sale, const Refund &refund, const StoreConfig &store,
                                 const Money &remaining)
{
    return ReceiptModel(sale, refund, store, remaining);
}

LedgerValue<ReceiptModel> ReceiptModel::fromLedger(Ledger &ledger, const QUuid &refundId, const StoreConfig &store)
{
    const LedgerValue<Refund> refund = ledger.refund(refundId);
    if (!refund.ok())
        return refund.result();
    const LedgerValue<Sale> sale = ledger.saleById(refund.value().saleLedgerId);
    if (!sale.ok())
        return sale.result();
    const LedgerValue<Money> reserved = ledger.reservedAmount(refund.value().saleLedgerId);
    if (!reserved.ok())
        return reserved.result();
    const MoneyResult remaining = sale.value().amount.minus(reserved.value());
    if (!remaining.ok()) {
        // The ledger holds refunds of another currency than their sale: damaged data.
        return LedgerResult::failure(LedgerResult::Error::Database,
                                     tr("The refunds of this sale do not add up: %1").arg(remaining.message()));
    }
    return build(sale.value(), refund.value(), store, remaining.value());
}

QString ReceiptModel::title() const
{
    return tr("Refund receipt");
}

QString ReceiptModel::refundIdText() const
{
    return m_refund.refundId.toString(QUuid::WithoutBraces);
}

QString ReceiptModel::refundAmountText() const
{
    return money(m_refund.amount);
}

QString ReceiptModel::statusText() const
{
    return refundStatusDisplayName(m_refund.status);
}

QString ReceiptModel::statusExplanation() const
{
    return statusExplanation(m_refund.gateway, m_refund.status);
}

QString ReceiptModel::qrText() const
{
    return ReceiptCode::refundCode(m_refund.gateway, refundIdText(), m_sale.transactionId);
}

QString ReceiptModel::qrCaption() const
{
    return tr("Scan this code at the store to find the refund.");
}

QString ReceiptModel::money(const Money &amount) const
{
    return amount.toDisplayString(m_store.locale);
}

QString ReceiptModel::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return tr("unknown");
    return m_store.locale.toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QList<ReceiptSection> ReceiptModel::sections() const
{
    const QString notGiven = tr("not given");
    QList<ReceiptSection> sections;

    ReceiptSection heading;
    heading.fields = {
        {tr("Date"), dateTime(m_refund.createdAt.isValid() ? m_refund.createdAt : m_refund.updatedAt)},
        {tr("Store"), m_store.id},
        {tr("Register"), m_refund.registerId.isEmpty() ? m_store.registerId : m_refund.registerId},
        {tr("Employee"), m_refund.employee.isEmpty() ? notGiven : m_refund.employee},
    };
    sections.append(heading);

    ReceiptSection payment;
    payment.title = tr("Original payment");
    payment.fields = {
        {tr("Paid through"), gatewayDisplayName(m_sale.gateway)},
        {tr("Transaction"), m_sale.transactionId},
    };
    if (!m_sale.method.isEmpty())
        payment.fields.append({tr("Payment method"), maskPaymentDetails(m_sale.method)});
    if (m_sale.paidAt.isValid())
        payment.fields.append({tr("Paid on"), dateTime(m_sale.paidAt)});
    payment.fields.append({tr("Amount paid"), money(m_sale.amount)});
    sections.append(payment);

    ReceiptSection refund;
    refund.title = m_refund.fullRefund ? tr("Full refund") : tr("Partial refund");
    refund.fields = {
        {tr("Refund amount"), refundAmountText()},
        {tr("Still refundable"), money(m_remaining)},
        {tr("Refund id"), refundIdText()},
        {tr("Gateway refund id"),
         m_refund.gatewayRefundId.isEmpty() ? tr("not assigned yet") : m_refund.gatewayRefundId},
        {tr("Status"), statusText()},
        {tr("Reason"), m_refund.reason.isEmpty() ? notGiven : m_refund.reason},
        {tr("Approval"), m_refund.approvedBy.isEmpty() ? tr("not needed") : tr("by %1").arg(m_refund.approvedBy)},
    };
    refund.note = statusExplanation();
    sections.append(refund);
    return sections;
}

QString ReceiptModel::statusExplanation(GatewayId gateway, RefundStatus status)
{
    switch (status) {
    case RefundStatus::Draft:
        return tr("This refund has not been sent yet.");
    case RefundStatus::Submitting:
        return tr("The refund is being sent to %1. The store follows it until it is done.")
            .arg(gatewayDisplayName(gateway));
    case RefundStatus::NeedsReview:
        return tr("The outcome of this refund is being checked by the store's back office. "
                  "The store will contact you; keep this receipt.");
    case RefundStatus::Succeeded:
        if (gateway == GatewayId::PayNet)
            return tr("The refund was accepted and sent to your bank, which credits your account.");
        return tr("The refund is complete. The money goes back to the payment method you used.");
    case RefundStatus::Rejected:
        return tr("%1 rejected this refund; no money was returned. Please speak to the store.")
            .arg(gatewayDisplayName(gateway));
    case RefundStatus::Failed:
        return tr("This refund could not be made; no money was returned. Please speak to the store.");
    case RefundStatus::Pending:
        break;
    }
    switch (gateway) {
    case GatewayId::Pockyt:
        return tr("Pockyt is passing the refund to your wallet or card network, which credits your account. "
                  "The store follows the refund until it is confirmed.");
    case GatewayId::PwV3:
        return tr("The payment provider has not confirmed the refund yet. The money goes back to the payment "
                  "method you used once it does.");
    case GatewayId::SecPaid:
        return tr("SecPaid reviews every refund request before it is paid out; expect an update within 5-10 days. "
                  "Once approved, the money goes back to the payment method you used.");
    case GatewayId::PayNet:
        return tr("Your bank is processing the refund through DuitNow. The store is told when the bank accepts "
                  "or rejects it; if it takes longer, the store checks the next day's report.");
    }
    Q_UNREACHABLE();
}

QString ReceiptModel::maskPaymentDetails(const QString &details)
{
    // Eight or more digits (spaces and dashes allowed between them) are a card or account number.
    static const QRegularExpression number(QStringLiteral("[0-9](?:[ -]?[0-9]){7,}"));
    QString masked = details;
    QRegularExpressionMatch match = number.match(masked);
    while (match.hasMatch()) {
        QString digits = match.captured();
        digits.remove(u' ');
        digits.remove(u'-');
        const QString replacement = QString(digits.size() - 4, u'*') + digits.right(4);
        masked.replace(match.capturedStart(), match.capturedLength(), replacement);
        match = number.match(masked, match.capturedStart() + replacement.size());
    }
    return masked;
}

} // namespace RefundDesk
