#include "ReportMapping.h"

#include <QRegularExpression>

namespace RefundDesk {

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QLatin1String(name);
    return result;
}

QDateTime utcTime(const QDate &date, const QTime &time)
{
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

} // namespace

ReportMapping ReportMapping::forGateway(GatewayId gateway)
{
    using F = ReportField;
    ReportMapping mapping;
    mapping.m_gateway = gateway;
    switch (gateway) {
    case GatewayId::Pockyt:
        // The names of tran-query's refundInfo, the refund answer and the IPN.
        mapping.m_columns = {
            {F::GatewayRefundId, names({"refundTransactionNo", "refundTransactionId"}), true},
            {F::RefundId, names({"refundReference"}), true},
            {F::SaleId, names({"transactionNo"}), false},
            {F::Amount, names({"refundAmount"}), true},
            {F::Currency, names({"currency"}), true},
            {F::Status, names({"status"}), true},
            {F::Time, names({"time"}), true},
        };
        mapping.m_timeFormat = TimeFormat::Compact;
        mapping.m_statuses = {
            {QStringLiteral("success"), RefundStatus::Succeeded}, {QStringLiteral("init"), RefundStatus::Pending},
            {QStringLiteral("dealing"), RefundStatus::Pending},   {QStringLiteral("pending"), RefundStatus::Pending},
            {QStringLiteral("failed"), RefundStatus::Failed},     {QStringLiteral("closed"), RefundStatus::Failed}};
        break;
    case GatewayId::PwV3:
        // The names of PW's refund answer; PW gives a refund no id of its own.
        mapping.m_columns = {
            {F::RefundId, names({"referenceNo"}), true}, {F::SaleId, names({"transactionId"}), false},
            {F::Amount, names({"amount"}), true},        {F::Currency, names({"currency"}), true},
            {F::Status, names({"status"}), true},        {F::Time, names({"date"}), true},
        };
        mapping.m_amountFormat = AmountFormat::MinorUnits;
        mapping.m_timeFormat = TimeFormat::UnixSeconds;
        mapping.m_statuses = {{QStringLiteral("APPROVED"), RefundStatus::Succeeded},
                              {QStringLiteral("DECLINED"), RefundStatus::Rejected},
                              {QStringLiteral("PENDING"), RefundStatus::Pending}};
        break;
    case GatewayId::SecPaid:
        // The names of getPayInTransactions' entries; SecPaid never sees our refund id.
        mapping.m_columns = {
            {F::GatewayRefundId, names({"transaction_id"}), true},
            {F::SaleId, names({"pay_id"}), true},
            {F::Amount, names({"amount"}), true},
            {F::Currency, names({"currency"}), true},
            {F::Status, names({"status"}), true},
            {F::Time, names({"created_at"}), true},
        };
        mapping.m_amountFormat = AmountFormat::SignedDecimal;
        mapping.m_timeFormat = TimeFormat::SpaceSeparated;
        mapping.m_oneRefundPerSale = true;
        mapping.m_statuses = {{QStringLiteral("Pending"), RefundStatus::Pending},
                              {QStringLiteral("Approved"), RefundStatus::Succeeded},
                              {QStringLiteral("Success"), RefundStatus::Succeeded},
                              {QStringLiteral("Completed"), RefundStatus::Succeeded},
                              {QStringLiteral("Rejected"), RefundStatus::Rejected}};
        break;
    case GatewayId::PayNet:
        // The names of the "Update Refund Status" webhook and the refund enquiry.
        mapping.m_columns = {
            {F::GatewayRefundId, names({"endToEndId"}), true},
            {F::RefundId, names({"refundId"}), true},
            {F::SaleId, names({"checkoutId"}), false},
            {F::Amount, names({"amount"}), true},
            {F::Currency, names({"currency"}), false},
            {F::Status, names({"substate", "refundStatus", "status"}), true},
            {F::Time, names({"date"}), true},
        };
        mapping.m_defaultCurrency = Currency::fromCode(u"MYR");
        mapping.m_statusPrefix = QStringLiteral("REFUND_");
        mapping.m_statuses = {{QStringLiteral("PENDING"), RefundStatus::Pending},
                              {QStringLiteral("ACCEPTED"), RefundStatus::Succeeded},
                              {QStringLiteral("REJECTED"), RefundStatus::Rejected},
                              {QStringLiteral("TIMEOUT"), RefundStatus::NeedsReview}};
        break;
    }
    return mapping;
}

std::optional<RefundStatus> ReportMapping::statusOf(const QString &word) const
{
    QStringView text(word);
    if (!m_statusPrefix.isEmpty() && text.startsWith(m_statusPrefix, Qt::CaseInsensitive))
        text = text.mid(m_statusPrefix.size());
    for (const auto &[name, status] : m_statuses) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QDateTime ReportMapping::timeOf(const QString &text) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    switch (m_timeFormat) {
    case TimeFormat::Compact:
        if (text.size() != 14 || !digits.match(text).hasMatch())
            return {};
        return utcTime(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                       QTime::fromString(text.mid(8), QStringLiteral("HHmmss")));
    case TimeFormat::UnixSeconds: {
        if (text.isEmpty() || text.size() > 12 || !digits.match(text).hasMatch())
            return {};
        return QDateTime::fromSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    }
    case TimeFormat::SpaceSeparated:
        // Date and time read apart: read as one, a local daylight-saving gap would void the time.
        if (text.size() != 19 || text.at(10) != u' ')
            return {};
        return utcTime(QDate::fromString(text.left(10), Qt::ISODate),
                       QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss")));
    case TimeFormat::Iso8601: {
        if (text.size() == 10)
            return utcTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        // A time without a zone could be any day near midnight: refused rather than guessed.
        static const QRegularExpression zoned(QStringLiteral("(Z|[+-][0-9]{2}:?[0-9]{2})$"));
        if (!zoned.match(text).hasMatch())
            return {};
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? time.toUTC() : QDateTime();
    }
    }
    return {};
}

QString ReportMapping::columnName(ReportField field) const
{
    for (const Column &column : m_columns) {
        if (column.field == field)
            return column.names.constFirst();
    }
    return {};
}

} // namespace RefundDesk
