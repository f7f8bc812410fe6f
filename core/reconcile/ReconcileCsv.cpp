#include "ReconcileCsv.h"

#include "reports/RefundCsv.h"

namespace RefundDesk {

QStringList ReconcileCsv::columns()
{
    QStringList names;
    for (const auto &field : fields(ReconcileEntry()))
        names << field.first;
    return names;
}

QString ReconcileCsv::header()
{
    return columns().join(u',');
}

QList<std::pair<QString, QString>> ReconcileCsv::fields(const ReconcileEntry &entry)
{
    const std::optional<ReportRow> &row = entry.row;
    const std::optional<Refund> &refund = entry.refund;
    const auto number = [](int value) {
        return value > 0 ? QString::number(value) : QString();
    };
    QString refundId = refund ? refund->refundId.toString(QUuid::WithoutBraces) : QString();
    if (refundId.isEmpty() && row)
        refundId = row->refundIdText;
    QString gatewayRefundId = row ? row->gatewayRefundId : QString();
    if (gatewayRefundId.isEmpty() && refund)
        gatewayRefundId = refund->gatewayRefundId;
    QString saleId = row ? row->saleId : QString();
    if (saleId.isEmpty() && refund)
        saleId = refund->transactionId;
    QString currency = row ? row->amount.currency().code() : QString();
    if (currency.isEmpty() && refund)
        currency = refund->amount.currency().code();
    return {
        {QStringLiteral("category"), reconcileCategoryKey(entry.category)},
        {QStringLiteral("line"), number(entry.line)},
        {QStringLiteral("first_line"), number(entry.firstLine)},
        {QStringLiteral("refund_id"), refundId},
        {QStringLiteral("gateway_refund_id"), gatewayRefundId},
        {QStringLiteral("sale_id"), saleId},
        {QStringLiteral("report_amount"), row ? row->amount.toDecimalString() : QString()},
        {QStringLiteral("ledger_amount"), refund ? refund->amount.toDecimalString() : QString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("report_status"), row ? row->statusText : QString()},
        {QStringLiteral("ledger_status"), refund ? refundStatusKey(refund->status) : QString()},
        {QStringLiteral("resolution"), entry.resolution ? refundStatusKey(*entry.resolution) : QString()},
        {QStringLiteral("message"), entry.message},
    };
}

QString ReconcileCsv::row(const ReconcileEntry &entry)
{
    QStringList values;
    for (const auto &field : fields(entry))
        values << field.second;
    return RefundCsv::record(values);
}

QString ReconcileCsv::document(const ReconcileResult &result)
{
    QString text = header() + RefundCsv::lineEnd;
    for (const ReconcileEntry &entry : result.entries)
        text += row(entry) + RefundCsv::lineEnd;
    return text;
}

} // namespace RefundDesk
