#include "LedgerDataGenerator.h"

#include "ledger/LedgerTime.h"

#include <QUuid>

namespace RefundDesk::Bench {

namespace {

// splitmix64: a well-mixed pseudo-random number from any number, so every field of every
// row follows from its index alone.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 field(qint64 index, quint64 salt)
{
    return mix(static_cast<quint64>(index) * 16 + salt);
}

constexpr qint64 kSecondsPerYear = 365LL * 24 * 3600;
const GatewayId kGateways[] = {GatewayId::Pockyt, GatewayId::PwV3, GatewayId::SecPaid, GatewayId::PayNet};

QByteArray text(const QString &value)
{
    return value.toUtf8();
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray time(const QDateTime &at)
{
    return toLedgerTime(at).toUtf8();
}

// A UUID v4 made of the index's pseudo-random bits.
QUuid uuidV4(qint64 index)
{
    const quint64 high = field(index, 11);
    const quint64 low = field(index, 12);
    const auto byte = [low](int shift) {
        return static_cast<uchar>((low >> shift) & 0xff);
    };
    return QUuid(static_cast<uint>(high >> 32), static_cast<ushort>((high >> 16) & 0xffff),
                 static_cast<ushort>((high & 0x0fff) | 0x4000), static_cast<uchar>((byte(56) & 0x3f) | 0x80), byte(48),
                 byte(40), byte(32), byte(24), byte(16), byte(8), byte(0));
}

} // namespace

struct LedgerDataGenerator::Sale
{
    GatewayId gateway;
    QString transactionId;
    QString reference;
    qint64 amountMinor;
    QString currency;
    QString method;
    QDateTime paidAt;
};

LedgerDataGenerator::LedgerDataGenerator(qint64 sales, qint64 refunds, QDateTime now)
    : m_sales(sales)
    , m_refunds(std::min(refunds, sales))
    , m_now(std::move(now))
{ }

QByteArray LedgerDataGenerator::saleColumns()
{
    return QByteArrayLiteral("id, gateway, transaction_id, reference, amount_minor, currency, method, gateway_status, "
                             "gateway_says_refundable, paid_at, store_id, register_id, looked_up_at, created_at, "
                             "updated_at");
}

QByteArray LedgerDataGenerator::refundColumns()
{
    return QByteArrayLiteral("id, sale_id, gateway, transaction_id, amount_minor, currency, full_refund, status, "
                             "gateway_refund_id, message, reason, store_id, register_id, employee, approved_by, "
                             "created_at, updated_at, gateway_refunded_before_minor");
}

QByteArray LedgerDataGenerator::eventColumns()
{
    return QByteArrayLiteral("refund_id, occurred_at, source, from_status, to_status, detail");
}

LedgerDataGenerator::Sale LedgerDataGenerator::saleAt(qint64 index) const
{
    Sale sale;
    sale.gateway = kGateways[index % 4];
    const qint64 serial = index / 4;
    sale.amountMinor = 100 + static_cast<qint64>(field(index, 1) % 99900);
    sale.paidAt = m_now.addSecs(-static_cast<qint64>(field(index, 2) % static_cast<quint64>(kSecondsPerYear)));
    switch (sale.gateway) {
    case GatewayId::Pockyt:
        sale.transactionId = QString::number(297553638300000000LL + serial);
        sale.reference = QStringLiteral("POS-%1").arg(serial, 9, 10, QLatin1Char('0'));
        sale.currency = QStringLiteral("USD");
        sale.method = QStringLiteral("alipay");
        break;
    case GatewayId::PwV3:
        sale.transactionId = QStringLiteral("529-%1-2").arg(1438673740LL + serial);
        sale.reference = QStringLiteral("PW-%1").arg(serial, 9, 10, QLatin1Char('0'));
        sale.currency = QStringLiteral("EUR");
        sale.method = QStringLiteral("VISA");
        break;
    case GatewayId::SecPaid:
        sale.transactionId = QString::number(100000 + serial);
        sale.reference = QStringLiteral("SP-%1").arg(serial, 9, 10, QLatin1Char('0'));
        sale.currency = QStringLiteral("EUR");
        sale.method = QStringLiteral("card");
        break;
    case GatewayId::PayNet:
        sale.transactionId = uuidV4(-1 - index).toString(QUuid::WithoutBraces);
        sale.reference = QStringLiteral("DN-%1").arg(serial, 9, 10, QLatin1Char('0'));
        sale.currency = QStringLiteral("MYR");
        sale.method = QStringLiteral("01");
        break;
    }
    return sale;
}

LedgerDataGenerator::Row LedgerDataGenerator::sale(qint64 index) const
{
    const Sale sale = saleAt(index);
    const QByteArray paid = time(sale.paidAt);
    return {number(index + 1),
            text(gatewayKey(sale.gateway)),
            text(sale.transactionId),
            text(sale.reference),
            number(sale.amountMinor),
            text(sale.currency),
            text(sale.method),
            QByteArrayLiteral("success"),
            QByteArrayLiteral("1"),
            paid,
            QByteArrayLiteral("S") + number(1 + index % 20),
            QByteArrayLiteral("R") + number(1 + index % 3),
            std::nullopt,
            paid,
            paid};
}

RefundStatus LedgerDataGenerator::statusOf(qint64 refundIndex) const
{
    // Mostly settled, a few of each open status: roughly what a store's ledger holds.
    const quint64 roll = field(refundIndex, 3) % 100;
    if (roll < 70)
        return RefundStatus::Succeeded;
    if (roll < 80)
        return RefundStatus::Pending;
    if (roll < 85)
        return RefundStatus::Rejected;
    if (roll < 90)
        return RefundStatus::Failed;
    if (roll < 95)
        return RefundStatus::NeedsReview;
    return RefundStatus::Submitting;
}

QDateTime LedgerDataGenerator::refundCreatedAt(qint64 refundIndex) const
{
    // Within 30 days of the payment, and never after now.
    const QDateTime paid = saleAt(refundIndex * (m_sales / m_refunds)).paidAt;
    const qint64 window = std::clamp<qint64>(paid.secsTo(m_now), 1, 30LL * 24 * 3600);
    return paid.addSecs(static_cast<qint64>(field(refundIndex, 4) % static_cast<quint64>(window)));
}

LedgerDataGenerator::Row LedgerDataGenerator::refund(qint64 index) const
{
    const qint64 saleIndex = index * (m_sales / m_refunds);
    const Sale sale = saleAt(saleIndex);
    const RefundStatus status = statusOf(index);
    const bool full = field(index, 5) % 2 == 0;
    const qint64 amount =
        full ? sale.amountMinor : 1 + static_cast<qint64>(field(index, 6) % static_cast<quint64>(sale.amountMinor));
    const QByteArray created = time(refundCreatedAt(index));
    const bool named = status != RefundStatus::Submitting && status != RefundStatus::Failed;
    return {text(uuidV4(index).toString(QUuid::WithoutBraces)),
            number(saleIndex + 1),
            text(gatewayKey(sale.gateway)),
            text(sale.transactionId),
            number(amount),
            text(sale.currency),
            full ? QByteArrayLiteral("1") : QByteArrayLiteral("0"),
            text(refundStatusKey(status)),
            named ? QByteArrayLiteral("GR-") + number(index) : QByteArray(""),
            QByteArray(""),
            QByteArrayLiteral("customer returned the goods"),
            QByteArrayLiteral("S") + number(1 + saleIndex % 20),
            QByteArrayLiteral("R") + number(1 + saleIndex % 3),
            QByteArrayLiteral("clerk") + number(1 + index % 12),
            QByteArray(""),
            created,
            created,
            std::nullopt};
}

QList<LedgerDataGenerator::Row> LedgerDataGenerator::events(qint64 refundIndex) const
{
    const QByteArray id = text(uuidV4(refundIndex).toString(QUuid::WithoutBraces));
    const QByteArray created = time(refundCreatedAt(refundIndex));
    const RefundStatus status = statusOf(refundIndex);
    QList<Row> rows {{id, created, QByteArrayLiteral("engine"), text(refundStatusKey(RefundStatus::Draft)),
                      text(refundStatusKey(RefundStatus::Submitting)), QByteArray("")}};
    if (status != RefundStatus::Submitting) {
        rows.append({id, created, QByteArrayLiteral("engine"), text(refundStatusKey(RefundStatus::Submitting)),
                     text(refundStatusKey(status)), QByteArray("")});
    }
    return rows;
}

SaleRef LedgerDataGenerator::transactionRef(qint64 index) const
{
    const Sale sale = saleAt(index);
    return {sale.gateway, SaleIdKind::TransactionId, sale.transactionId};
}

SaleRef LedgerDataGenerator::referenceRef(qint64 index) const
{
    const Sale sale = saleAt(index);
    return {sale.gateway, SaleIdKind::Reference, sale.reference};
}

} // namespace RefundDesk::Bench
