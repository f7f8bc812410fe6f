#include "GatewayReport.h"

#include "CsvReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace RefundDesk {

namespace {

constexpr int kFieldCount = static_cast<int>(ReportField::Time) + 1;

qsizetype slot(ReportField field)
{
    return static_cast<qsizetype>(field);
}

QString normalizedHeader(const QString &name)
{
    return name.trimmed().toLower();
}

// Our refund id as a gateway writes it: a UUID with or without braces, or PW v3's 32 hex digits.
QUuid uuidOf(const QString &text)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (hex32.match(text).hasMatch()) {
        return QUuid::fromString(
            QStringLiteral("%1-%2-%3-%4-%5")
                .arg(text.left(8), text.mid(8, 4), text.mid(12, 4), text.mid(16, 4), text.mid(20)));
    }
    return QUuid::fromString(text);
}

// At most 40 characters of what a report said, for messages.
QString quoted(const QString &text)
{
    return u'"' + text.left(40) + u'"';
}

} // namespace

GatewayReport GatewayReport::parse(GatewayId gateway, const QByteArray &bytes, const QString &fileName)
{
    GatewayReport report;
    report.m_gateway = gateway;
    report.m_fileName = fileName;
    const ReportMapping mapping = ReportMapping::forGateway(gateway);
    const QList<CsvReader::Record> records = CsvReader::read(bytes);
    if (records.isEmpty()) {
        report.m_error = tr("%1 is empty: a %2 report starts with a header line naming its columns.")
                             .arg(fileName, gatewayDisplayName(gateway));
        return report;
    }
    const CsvReader::Record &header = records.constFirst();
    if (!header.error.isEmpty()) {
        report.m_error = tr("The header of %1 (line %2) cannot be read: %3. Nothing was imported.")
                             .arg(fileName)
                             .arg(header.line)
                             .arg(header.error);
        return report;
    }

    QStringList names;
    for (const QString &name : header.fields)
        names << normalizedHeader(name);
    QList<qsizetype> indexes(kFieldCount, -1);
    QStringList missing;
    for (const ReportMapping::Column &column : mapping.columns()) {
        for (const QString &name : column.names) {
            const qsizetype index = names.indexOf(name.toLower());
            if (index < 0)
                continue;
            if (names.lastIndexOf(name.toLower()) != index) {
                report.m_error = tr("%1 has two columns named %2; RefundDesk cannot tell which to read. Nothing was "
                                    "imported.")
                                     .arg(fileName, name);
                return report;
            }
            indexes[slot(column.field)] = index;
            break;
        }
        if (column.required && indexes.at(slot(column.field)) < 0)
            missing << column.names.join(QStringLiteral(" or "));
    }
    if (!missing.isEmpty()) {
        report.m_error = tr("%1 is not a %2 report as RefundDesk reads it: the column(s) %3 are missing (its header "
                            "has %4). Nothing was imported.")
                             .arg(fileName, gatewayDisplayName(gateway), missing.join(QStringLiteral(", ")),
                                  header.fields.join(QStringLiteral(", ")));
        return report;
    }

    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        QString reason = record.error;
        if (reason.isEmpty() && record.fields.size() != header.fields.size()) {
            reason = tr("it has %1 field(s), the header has %2").arg(record.fields.size()).arg(header.fields.size());
        }
        if (reason.isEmpty()) {
            if (auto row = readRow(mapping, indexes, record.fields, record.line, &reason)) {
                report.m_rows << *row;
                continue;
            }
        }
        report.m_malformed << MalformedLine {record.line, reason};
    }
    return report;
}

std::optional<ReportRow> GatewayReport::readRow(const ReportMapping &mapping, const QList<qsizetype> &indexes,
                                                const QStringList &fields, int line, QString *reason)
{
    const auto value = [&](ReportField field) {
        const qsizetype index = indexes.at(slot(field));
        return index < 0 ? QString() : fields.at(index);
    };
    ReportRow row;
    row.line = line;
    row.gatewayRefundId = value(ReportField::GatewayRefundId).trimmed();
    row.refundIdText = value(ReportField::RefundId).trimmed();
    row.refundId = uuidOf(row.refundIdText);
    row.saleId = value(ReportField::SaleId).trimmed();
    if (row.gatewayRefundId.isEmpty() && row.refundIdText.isEmpty()) {
        QStringList ids;
        for (const ReportField field : {ReportField::GatewayRefundId, ReportField::RefundId}) {
            if (const QString name = mapping.columnName(field); !name.isEmpty())
                ids << name;
        }
        *reason = tr("no refund id (%1 empty)").arg(ids.join(QStringLiteral(" and ")));
        return std::nullopt;
    }

    const QString currencyText = value(ReportField::Currency).trimmed();
    std::optional<Currency> currency =
        currencyText.isEmpty() ? mapping.defaultCurrency() : Currency::fromCode(currencyText);
    if (!currency) {
        *reason = tr("%1 %2 is not a currency RefundDesk knows")
                      .arg(mapping.columnName(ReportField::Currency), quoted(currencyText));
        return std::nullopt;
    }

    const QString amountColumn = mapping.columnName(ReportField::Amount);
    const QString amountText = value(ReportField::Amount);
    MoneyResult amount = MoneyResult::failure(MoneyResult::Error::Empty, QString(), *currency);
    switch (mapping.amountFormat()) {
    case ReportMapping::AmountFormat::Decimal:
        amount = amountText.startsWith(u'-')
            ? MoneyResult::failure(MoneyResult::Error::Sign, tr("a refund amount is never negative"), *currency)
            : Money::fromDecimalString(amountText, *currency);
        break;
    case ReportMapping::AmountFormat::SignedDecimal:
        amount = Money::fromDecimalString(amountText.startsWith(u'-') ? amountText.mid(1) : amountText, *currency);
        break;
    case ReportMapping::AmountFormat::MinorUnits: {
        static const QRegularExpression minorUnits(QStringLiteral("^[0-9]{1,18}$"));
        amount = minorUnits.match(amountText).hasMatch()
            ? MoneyResult::success(Money(amountText.toLongLong(), *currency))
            : MoneyResult::failure(MoneyResult::Error::InvalidCharacter,
                                   tr("an amount in %1 is a whole number of minor units (cents), e.g. 1234")
                                       .arg(gatewayDisplayName(mapping.gateway())),
                                   *currency);
        break;
    }
    }
    if (!amount.ok()) {
        *reason = tr("%1 %2: %3").arg(amountColumn, quoted(amountText), amount.message());
        return std::nullopt;
    }
    if (!amount.value().isPositive()) {
        *reason = tr("%1 %2: a refund amount is more than zero").arg(amountColumn, quoted(amountText));
        return std::nullopt;
    }
    row.amount = amount.value();

    row.statusText = value(ReportField::Status).trimmed();
    const std::optional<RefundStatus> status = mapping.statusOf(row.statusText);
    if (!status) {
        *reason = tr("%1 %2 is not a %3 refund status")
                      .arg(mapping.columnName(ReportField::Status), quoted(row.statusText),
                           gatewayDisplayName(mapping.gateway()));
        return std::nullopt;
    }
    row.status = *status;

    const QString timeText = value(ReportField::Time).trimmed();
    row.time = mapping.timeOf(timeText);
    if (!row.time.isValid()) {
        *reason =
            tr("%1 %2 is not a time in the %3 report's format")
                .arg(mapping.columnName(ReportField::Time), quoted(timeText), gatewayDisplayName(mapping.gateway()));
        return std::nullopt;
    }
    return row;
}

QDate GatewayReport::firstDay() const
{
    const auto first = std::min_element(m_rows.cbegin(), m_rows.cend(),
                                        [](const ReportRow &a, const ReportRow &b) { return a.time < b.time; });
    return first == m_rows.cend() ? QDate() : first->time.date();
}

QDate GatewayReport::lastDay() const
{
    const auto last = std::max_element(m_rows.cbegin(), m_rows.cend(),
                                       [](const ReportRow &a, const ReportRow &b) { return a.time < b.time; });
    return last == m_rows.cend() ? QDate() : last->time.date();
}

} // namespace RefundDesk
