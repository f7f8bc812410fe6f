#include "SandboxReport.h"

#include "SandboxState.h"
#include "reports/RefundCsv.h"

#include <QStringList>

namespace RefundDesk {

namespace {

QString line(const QStringList &fields)
{
    return RefundCsv::record(fields) + RefundCsv::lineEnd;
}

QStringList pockytRow(const SandboxState &state, const SandboxState::Refund &refund)
{
    QString reference;
    QString settleCurrency = refund.amount.currency().code();
    for (const auto &sale : state.seed().pockytSales) {
        if (sale.transactionNo == refund.saleId) {
            reference = sale.reference;
            settleCurrency = sale.settleCurrency;
        }
    }
    return {refund.saleId,
            reference,
            refund.gatewayRefundId,
            refund.refundId,
            refund.amount.toDecimalString(),
            refund.amount.currency().code(),
            settleCurrency,
            refund.status,
            refund.executedAt.toString(QStringLiteral("yyyyMMddHHmmss"))};
}

} // namespace

std::optional<QByteArray> SandboxReport::csv(const SandboxState &state, const QString &gateway, const QDate &day)
{
    QStringList header;
    if (gateway == u"pockyt") {
        header = {
            QStringLiteral("transactionNo"),   QStringLiteral("reference"),    QStringLiteral("refundTransactionNo"),
            QStringLiteral("refundReference"), QStringLiteral("refundAmount"), QStringLiteral("currency"),
            QStringLiteral("settleCurrency"),  QStringLiteral("status"),       QStringLiteral("time")};
    } else if (gateway == u"pwv3") {
        header = {QStringLiteral("transactionId"), QStringLiteral("referenceNo"), QStringLiteral("amount"),
                  QStringLiteral("currency"),      QStringLiteral("status"),      QStringLiteral("date")};
    } else if (gateway == u"secpaid") {
        header = {QStringLiteral("transaction_id"), QStringLiteral("pay_id"),           QStringLiteral("status"),
                  QStringLiteral("is_refund"),      QStringLiteral("transaction_type"), QStringLiteral("amount"),
                  QStringLiteral("currency"),       QStringLiteral("created_at")};
    } else if (gateway == u"paynet") {
        header = {QStringLiteral("refundId"), QStringLiteral("checkoutId"), QStringLiteral("endToEndId"),
                  QStringLiteral("amount"),   QStringLiteral("currency"),   QStringLiteral("substate"),
                  QStringLiteral("date")};
    } else {
        return std::nullopt;
    }

    QString text = line(header);
    for (const SandboxState::Refund &refund : state.refunds()) {
        if (refund.gateway != gateway || refund.executedAt.toUTC().date() != day)
            continue;
        const QDateTime at = refund.executedAt.toUTC();
        QStringList fields;
        if (gateway == u"pockyt") {
            fields = pockytRow(state, refund);
        } else if (gateway == u"pwv3") {
            // PW writes amounts as integer cents and times as Unix seconds, as in its answers.
            fields = {refund.saleId,
                      refund.refundId,
                      QString::number(refund.amount.minorUnits()),
                      refund.amount.currency().code(),
                      refund.status,
                      QString::number(at.toSecsSinceEpoch())};
        } else if (gateway == u"secpaid") {
            // Refunds listed as negative amounts, as getPayInTransactions does.
            fields = {refund.gatewayRefundId,
                      refund.saleId,
                      refund.status,
                      QStringLiteral("true"),
                      QStringLiteral("Refund"),
                      u'-' + refund.amount.toDecimalString(),
                      refund.amount.currency().code(),
                      at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
        } else {
            fields = {refund.refundId,
                      refund.saleId,
                      refund.gatewayRefundId,
                      refund.amount.toDecimalString(),
                      refund.amount.currency().code(),
                      QStringLiteral("REFUND_") + refund.status,
                      at.toString(Qt::ISODate)};
        }
        text += line(fields);
    }
    return text.toUtf8();
}

} // namespace RefundDesk
