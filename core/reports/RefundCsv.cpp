#include "RefundCsv.h"

#include "ledger/LedgerTime.h"

namespace RefundDesk {

QStringList RefundCsv::columns()
{
    return {QStringLiteral("refund_id"),      QStringLiteral("gateway"),    QStringLiteral("status"),
            QStringLiteral("amount"),         QStringLiteral("currency"),   QStringLiteral("gateway_refund_id"),
            QStringLiteral("transaction_id"), QStringLiteral("reference"),  QStringLiteral("employee"),
            QStringLiteral("approved_by"),    QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("message")};
}

QString RefundCsv::header()
{
    return columns().join(u',');
}

QString RefundCsv::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString RefundCsv::row(const Refund &refund, const QString &reference)
{
    const QStringList fields {refund.refundId.toString(QUuid::WithoutBraces),
                              gatewayKey(refund.gateway),
                              refundStatusKey(refund.status),
                              refund.amount.toDecimalString(),
                              refund.amount.currency().code(),
                              refund.gatewayRefundId,
                              refund.transactionId,
                              reference,
                              refund.employee,
                              refund.approvedBy,
                              toLedgerTime(refund.createdAt),
                              toLedgerTime(refund.updatedAt),
                              refund.message};
    return record(fields);
}

QString RefundCsv::record(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted << field(value);
    return quoted.join(u',');
}

} // namespace RefundDesk
