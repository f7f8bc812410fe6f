#include "SandboxState.h"

#include <QJsonArray>

namespace RefundDesk {

namespace {

QJsonObject saleJson(const QString &gateway, const QString &saleId, const Money &amount, const QString &status,
                     const SandboxState &state)
{
    const Money refunded = state.refundedTotal(gateway, saleId, amount.currency());
    return {
        {QStringLiteral("gateway"), gateway},
        {QStringLiteral("sale"), saleId},
        {QStringLiteral("status"), status},
        {QStringLiteral("currency"), amount.currency().code()},
        {QStringLiteral("amount_minor"), amount.minorUnits()},
        {QStringLiteral("amount"), amount.toDecimalString()},
        {QStringLiteral("refunded_minor"), refunded.minorUnits()},
        {QStringLiteral("refunded"), refunded.toDecimalString()},
        {QStringLiteral("refund_count"), state.refundsOf(gateway, saleId).size()},
    };
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

SandboxState::SandboxState(SandboxSeed seed, SandboxSettings settings)
    : m_seed(std::move(seed))
    , m_settings(std::move(settings))
{
    m_anchor = now();
}

QDateTime SandboxState::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void SandboxState::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_anchor = now();
}

QDateTime SandboxState::paidAt(int daysAgo) const
{
    return m_anchor.addDays(-daysAgo);
}

void SandboxState::reset()
{
    ++m_generation;
    m_refunds.clear();
    m_deliveries.clear();
    m_requestCounts.clear();
    m_anchor = now();
}

SandboxState::Refund &SandboxState::addRefund(Refund refund)
{
    refund.number = static_cast<int>(m_refunds.size()) + 1;
    m_refunds.push_back(std::move(refund));
    return m_refunds.back();
}

SandboxState::Refund *SandboxState::findRefund(QStringView gateway, QStringView refundId)
{
    for (Refund &refund : m_refunds) {
        if (refund.gateway == gateway && refund.refundId == refundId)
            return &refund;
    }
    return nullptr;
}

QList<const SandboxState::Refund *> SandboxState::refundsOf(QStringView gateway, QStringView saleId) const
{
    QList<const Refund *> found;
    for (const Refund &refund : m_refunds) {
        if (refund.gateway == gateway && refund.saleId == saleId)
            found.append(&refund);
    }
    return found;
}

SandboxState::Refund *SandboxState::firstRefundOf(QStringView gateway, QStringView saleId)
{
    for (Refund &refund : m_refunds) {
        if (refund.gateway == gateway && refund.saleId == saleId)
            return &refund;
    }
    return nullptr;
}

Money SandboxState::refundedTotal(QStringView gateway, QStringView saleId, Currency currency) const
{
    qint64 total = 0;
    for (const Refund *refund : refundsOf(gateway, saleId)) {
        if (!refund->released)
            total += refund->amount.minorUnits();
    }
    return Money(total, currency);
}

void SandboxState::countRequest(const QString &route)
{
    ++m_requestCounts[route];
}

SandboxState::Delivery &SandboxState::addDelivery(Delivery delivery)
{
    delivery.number = static_cast<int>(m_deliveries.size()) + 1;
    m_deliveries.push_back(std::move(delivery));
    return m_deliveries.back();
}

SandboxState::Delivery *SandboxState::findDelivery(int number)
{
    if (number < 1 || static_cast<std::size_t>(number) > m_deliveries.size())
        return nullptr;
    return &m_deliveries[static_cast<std::size_t>(number - 1)];
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray refunds;
    for (const Refund &refund : m_refunds) {
        refunds.append(QJsonObject {
            {QStringLiteral("number"), refund.number},
            {QStringLiteral("gateway"), refund.gateway},
            {QStringLiteral("sale"), refund.saleId},
            {QStringLiteral("refund_id"), refund.refundId},
            {QStringLiteral("gateway_refund_id"), refund.gatewayRefundId},
            {QStringLiteral("currency"), refund.amount.currency().code()},
            {QStringLiteral("amount_minor"), refund.amount.minorUnits()},
            {QStringLiteral("amount"), refund.amount.toDecimalString()},
            {QStringLiteral("status"), refund.status},
            {QStringLiteral("released"), refund.released},
            {QStringLiteral("executed_at"), isoTime(refund.executedAt)},
            {QStringLiteral("updated_at"), isoTime(refund.updatedAt)},
        });
    }

    QJsonArray sales;
    for (const auto &sale : m_seed.pockytSales)
        sales.append(saleJson(QStringLiteral("pockyt"), sale.transactionNo, sale.amount, sale.status, *this));
    for (const auto &sale : m_seed.pwSales)
        sales.append(saleJson(QStringLiteral("pwv3"), sale.transactionId, sale.amount, sale.status, *this));
    for (const auto &sale : m_seed.secPaidSales)
        sales.append(saleJson(QStringLiteral("secpaid"), QString::number(sale.payId), sale.amount, sale.status, *this));
    for (const auto &sale : m_seed.payNetSales)
        sales.append(saleJson(QStringLiteral("paynet"), sale.checkoutId, sale.amount, sale.status, *this));

    QJsonObject requests;
    for (auto it = m_requestCounts.constBegin(); it != m_requestCounts.constEnd(); ++it)
        requests.insert(it.key(), it.value());

    QJsonArray deliveries;
    for (const Delivery &delivery : m_deliveries) {
        deliveries.append(QJsonObject {
            {QStringLiteral("number"), delivery.number},
            {QStringLiteral("gateway"), delivery.gateway},
            {QStringLiteral("refund_id"), delivery.refundId},
            {QStringLiteral("url"), delivery.url},
            {QStringLiteral("attempts"), delivery.attempts},
            {QStringLiteral("delivered"), delivery.delivered},
            {QStringLiteral("gave_up"), delivery.gaveUp},
            {QStringLiteral("last_http_status"), delivery.lastHttpStatus},
            {QStringLiteral("last_answer"), delivery.lastAnswer},
        });
    }

    return {
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("sales"), sales},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("webhooks"), deliveries},
    };
}

} // namespace RefundDesk
