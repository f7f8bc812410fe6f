#include "SecPaidSimulator.h"

#include "SandboxState.h"
#include "gateways/ExactJson.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace RefundDesk {

namespace {

const QString kGateway = QStringLiteral("secpaid");
constexpr qint64 kMaxLimit = 100;

SandboxResponse reply(int httpStatus, bool success, const QString &message, std::optional<ExactJson> data = {})
{
    ExactJson body = ExactJson::object({
        {QStringLiteral("ResponseCode"), ExactJson::fromInteger(success ? 1 : 0)},
        {QStringLiteral("ResponseMsg"), ExactJson::fromString(message)},
        {QStringLiteral("Result"), ExactJson::fromString(success ? QStringLiteral("True") : QStringLiteral("False"))},
        {QStringLiteral("ServerTime"), ExactJson::fromString(QStringLiteral("CEST"))},
    });
    if (data)
        body.insert(QStringLiteral("data"), *data);
    return SandboxResponse::jsonText(httpStatus, body.toJson());
}

SandboxResponse refusal(const QString &message)
{
    return reply(200, false, message);
}

bool isIntegerLiteral(const ExactJson *value)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    return value && value->isNumber() && digits.match(value->scalarText()).hasMatch();
}

// "2024-09-27", "2024-09-27 13:25:01" or ISO 8601 ("2024-09-27T13:25:01Z"); UTC unless
// the text says otherwise.
QDateTime parseSince(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            time = date.startOfDay(Qt::UTC);
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

SecPaidSimulator::SecPaidSimulator(SandboxState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

QList<GatewaySimulator::Route> SecPaidSimulator::routes() const
{
    return {
        {QStringLiteral("POST"), QStringLiteral("/api/v2/refundPayment"), QStringLiteral("refund")},
        {QStringLiteral("POST"), QStringLiteral("/api/v2/getPayInTransactions"), QStringLiteral("status")},
    };
}

SandboxResponse SecPaidSimulator::execute(const QString &operation, const SandboxRequest &request)
{
    const auto *account = m_state.seed().findSecPaidAccountByToken(QString::fromUtf8(request.header("token")));
    if (!account)
        return reply(401, false, QStringLiteral("Invalid token"));
    if (request.mediaType() != "application/json")
        return reply(415, false, QStringLiteral("Content-Type must be application/json"));
    const ExactJsonResult body = ExactJson::parse(request.body());
    if (!body.ok() || !body.value().isObject())
        return reply(400, false, QStringLiteral("Invalid JSON body"));
    return operation == u"refund" ? refund(body.value(), *account) : transactions(body.value(), *account);
}

const SandboxSeed::SecPaidSale *SecPaidSimulator::findSale(const QString &payIdText,
                                                           const SandboxSeed::SecPaidAccount &account) const
{
    for (const auto &sale : m_state.seed().secPaidSales) {
        if (QString::number(sale.payId) == payIdText && sale.account == account.id)
            return &sale;
    }
    return nullptr;
}

SandboxResponse SecPaidSimulator::refund(const ExactJson &body, const SandboxSeed::SecPaidAccount &account)
{
    const ExactJson *payId = body.member(u"pay_id");
    const ExactJson *amountValue = body.member(u"refund_amount");
    const ExactJson *fullRefund = body.member(u"isFullRefund");
    if (!payId || payId->isNull())
        return refusal(QStringLiteral("Please enter pay_id"));
    if (!amountValue || amountValue->isNull())
        return refusal(QStringLiteral("Please enter refund_amount"));
    if (fullRefund && !fullRefund->isBool())
        return refusal(QStringLiteral("isFullRefund must be true or false"));
    const SandboxSeed::SecPaidSale *sale = isIntegerLiteral(payId) ? findSale(payId->scalarText(), account) : nullptr;
    if (!sale)
        return refusal(QStringLiteral("Invalid link ID"));
    if (sale->status == u"cancelled")
        return refusal(QStringLiteral("Link is cancelled"));
    const QString saleId = QString::number(sale->payId);
    if (!m_state.refundsOf(kGateway, saleId).isEmpty())
        return refusal(QStringLiteral("Refund already requested"));
    if (sale->disputed)
        return refusal(QStringLiteral("Refund blocked by dispute"));

    // The JSON number's own text, e.g. "49.99", parsed exactly; "1e1" or "20.001" fail.
    const MoneyResult amount = amountValue->isNumber()
        ? Money::fromDecimalString(amountValue->scalarText(), sale->amount.currency())
        : MoneyResult::failure(MoneyResult::Error::InvalidCharacter, QString(), sale->amount.currency());
    const bool full = fullRefund && fullRefund->boolean();
    if (!amount.ok() || !amount.value().isPositive() || amount.value().compare(sale->amount) > 0
        || (full && !(amount.value() == sale->amount)))
        return refusal(QStringLiteral("Invalid refund amount"));

    SandboxState::Refund record;
    record.gateway = kGateway;
    record.saleId = saleId;
    record.executedAt = m_state.now();
    record.updatedAt = record.executedAt;
    record.gatewayRefundId = record.executedAt.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("-pi-")
        + QString::number(m_state.nextSequence() + 700000);
    record.amount = amount.value();
    record.status = QStringLiteral("Pending");
    m_state.addRefund(record);

    if (const int delay = m_state.settings().secPaidAutoApproveMs; delay > 0) {
        const quint64 generation = m_state.generation();
        const qint64 id = sale->payId;
        QTimer::singleShot(delay, this, [this, generation, id] {
            if (generation == m_state.generation())
                review(id, true);
        });
    }
    return reply(200, true,
                 QStringLiteral("Refund request has been sent successfully, You will get update within 5-10 days"));
}

QString SecPaidSimulator::review(qint64 payId, bool approve)
{
    SandboxState::Refund *refund = m_state.firstRefundOf(kGateway, QString::number(payId));
    if (!refund)
        return QStringLiteral("no refund request for pay_id %1").arg(payId);
    if (refund->status != u"Pending")
        return QStringLiteral("the refund request of pay_id %1 is already %2").arg(payId).arg(refund->status);
    refund->status = approve ? QStringLiteral("Success") : QStringLiteral("Rejected");
    refund->released = !approve;
    refund->updatedAt = m_state.now();
    return {};
}

SandboxResponse SecPaidSimulator::transactions(const ExactJson &body, const SandboxSeed::SecPaidAccount &account)
{
    const ExactJson *since = body.member(u"since");
    const ExactJson *limit = body.member(u"limit");
    const ExactJson *payId = body.member(u"pay_id");
    if (!since || since->isNull())
        return refusal(QStringLiteral("Please enter since"));
    if (!limit || limit->isNull())
        return refusal(QStringLiteral("Please enter limit"));
    const QDateTime sinceTime = since->isString() ? parseSince(since->scalarText()) : QDateTime();
    if (!sinceTime.isValid())
        return refusal(QStringLiteral("Invalid since"));
    if (!isIntegerLiteral(limit) || limit->scalarText().toLongLong() > kMaxLimit)
        return refusal(QStringLiteral("Invalid limit"));
    const SandboxSeed::SecPaidSale *only = nullptr;
    if (payId && !payId->isNull()) {
        only = isIntegerLiteral(payId) ? findSale(payId->scalarText(), account) : nullptr;
        if (!only)
            return refusal(QStringLiteral("Invalid link ID"));
    }

    struct Entry
    {
        QDateTime time;
        QString transactionId;
        qint64 payId;
        QString status;
        bool isRefund;
        Money amount;
    };
    QList<Entry> entries;
    for (const auto &sale : m_state.seed().secPaidSales) {
        if (sale.account != account.id || sale.status != u"paid" || (only && only != &sale))
            continue;
        const QDateTime paidAt = m_state.paidAt(sale.paidDaysAgo);
        entries.append(
            {paidAt, paidAt.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("-pi-") + QString::number(sale.payId),
             sale.payId, QStringLiteral("Success"), false, sale.amount});
        for (const SandboxState::Refund *refund : m_state.refundsOf(kGateway, QString::number(sale.payId))) {
            entries.append({refund->executedAt, refund->gatewayRefundId, sale.payId, refund->status, true,
                            Money(-refund->amount.minorUnits(), refund->amount.currency())});
        }
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.time < sinceTime; }),
                  entries.end());
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time > b.time; });
    const qint64 count = std::min<qint64>(entries.size(), limit->scalarText().toLongLong());

    ExactJson data = ExactJson::array();
    for (qint64 i = 0; i < count; ++i) {
        const Entry &entry = entries.at(i);
        // Amounts are JSON numbers written from Money's exact text ("-19.99"), never a double.
        data.append(ExactJson::object({
            {QStringLiteral("transaction_id"), ExactJson::fromString(entry.transactionId)},
            {QStringLiteral("pay_id"), ExactJson::fromInteger(entry.payId)},
            {QStringLiteral("status"), ExactJson::fromString(entry.status)},
            {QStringLiteral("is_refund"), ExactJson::fromBool(entry.isRefund)},
            {QStringLiteral("transaction_type"),
             ExactJson::fromString(entry.isRefund ? QStringLiteral("Refund") : QStringLiteral("Payment"))},
            {QStringLiteral("amount"), ExactJson::fromMoney(entry.amount)},
            {QStringLiteral("currency"), ExactJson::fromString(entry.amount.currency().code())},
            {QStringLiteral("created_at"),
             ExactJson::fromString(entry.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))},
        }));
    }
    return reply(200, true, QStringLiteral("Success"), data);
}

} // namespace RefundDesk
