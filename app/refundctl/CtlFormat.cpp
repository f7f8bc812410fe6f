#include "CtlFormat.h"

#include "ledger/LedgerTime.h"

#include <QJsonArray>

namespace RefundDesk {

QString CtlFormat::referenceOf(const Refund &refund, Ledger &ledger)
{
    const auto sale = ledger.saleById(refund.saleLedgerId);
    return sale.ok() ? sale.value().reference : QString();
}

QJsonObject CtlFormat::refundJson(const Refund &refund, const QString &reference)
{
    return QJsonObject {
        {QStringLiteral("refund_id"), refund.refundId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("gateway"), gatewayKey(refund.gateway)},
        {QStringLiteral("status"), refundStatusKey(refund.status)},
        {QStringLiteral("amount"), refund.amount.toDecimalString()},
        {QStringLiteral("currency"), refund.amount.currency().code()},
        {QStringLiteral("gateway_refund_id"), refund.gatewayRefundId},
        {QStringLiteral("transaction_id"), refund.transactionId},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("message"), refund.message},
        {QStringLiteral("full_refund"), refund.fullRefund},
        {QStringLiteral("reason"), refund.reason},
        {QStringLiteral("employee"), refund.employee},
        {QStringLiteral("approved_by"), refund.approvedBy},
        {QStringLiteral("created_at"), toLedgerTime(refund.createdAt)},
        {QStringLiteral("updated_at"), toLedgerTime(refund.updatedAt)},
    };
}

QJsonObject CtlFormat::saleJson(const SaleView &view)
{
    const Sale &sale = view.sale;
    QJsonArray refunds;
    for (const Refund &refund : view.refunds)
        refunds.append(refundJson(refund, sale.reference));
    return QJsonObject {
        {QStringLiteral("gateway"), gatewayKey(sale.gateway)},
        {QStringLiteral("transaction_id"), sale.transactionId},
        {QStringLiteral("reference"), sale.reference},
        {QStringLiteral("amount"), sale.amount.toDecimalString()},
        {QStringLiteral("currency"), sale.amount.currency().code()},
        {QStringLiteral("method"), sale.method},
        {QStringLiteral("status"), sale.gatewayStatus},
        {QStringLiteral("refundable"), view.refundable},
        {QStringLiteral("remaining"), view.remaining.toDecimalString()},
        {QStringLiteral("reason"), view.refundable ? QString() : view.notRefundableReason},
        {QStringLiteral("paid_at"), toLedgerTime(sale.paidAt)},
        {QStringLiteral("from_ledger"), view.fromLedger},
        {QStringLiteral("refunds"), refunds},
    };
}

QString CtlFormat::refundText(const Refund &refund, const QString &reference)
{
    QString text = QStringLiteral("%1  %2  %3 %4  %5 %6")
                       .arg(refund.refundId.toString(QUuid::WithoutBraces), refundStatusKey(refund.status),
                            refund.amount.currency().code(), refund.amount.toDecimalString(),
                            gatewayKey(refund.gateway), reference.isEmpty() ? refund.transactionId : reference);
    if (!refund.message.isEmpty())
        text += QStringLiteral("  (%1)").arg(refund.message.simplified());
    return text;
}

QString CtlFormat::saleText(const SaleView &view)
{
    const Sale &sale = view.sale;
    QString text =
        QStringLiteral("%1 %2 (reference %3): %4 %5 paid with %6, status %7\nremaining %4 %8: %9")
            .arg(gatewayKey(sale.gateway), sale.transactionId, sale.reference, sale.amount.currency().code(),
                 sale.amount.toDecimalString(), sale.method, sale.gatewayStatus, view.remaining.toDecimalString(),
                 view.refundable ? QStringLiteral("refundable") : view.notRefundableReason);
    for (const Refund &refund : view.refunds)
        text += u'\n' + QStringLiteral("  refund ") + refundText(refund, sale.reference);
    return text;
}

} // namespace RefundDesk
