#pragma once

#include "config/RefundDeskConfig.h"
#include "domain/Refund.h"
#include "domain/Sale.h"
#include "receipts/ReceiptModel.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace RefundDesk::TestFixtures {

// A SecPaid sale of 49,99 EUR in a Berlin store, refunded in part (12,50 EUR, pending).
inline Sale sale()
{
    const Currency eur = *Currency::fromCode(u"EUR");
    Sale sale;
    sale.ledgerId = 7;
    sale.gateway = GatewayId::SecPaid;
    sale.transactionId = QStringLiteral("12345");
    sale.reference = QStringLiteral("ORDER-1001");
    sale.amount = Money(4999, eur);
    sale.method = QStringLiteral("VISA 4111 1111 1111 1234");
    sale.gatewayStatus = QStringLiteral("Success");
    sale.gatewaySaysRefundable = true;
    sale.paidAt = QDateTime(QDate(2024, 3, 14), QTime(9, 15), Qt::UTC);
    sale.storeId = QStringLiteral("S1");
    sale.registerId = QStringLiteral("R2");
    return sale;
}

inline Refund refund()
{
    const Currency eur = *Currency::fromCode(u"EUR");
    Refund refund;
    refund.refundId = QUuid(QStringLiteral("{6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45}"));
    refund.saleLedgerId = 7;
    refund.gateway = GatewayId::SecPaid;
    refund.transactionId = QStringLiteral("12345");
    refund.amount = Money(1250, eur);
    refund.fullRefund = false;
    refund.status = RefundStatus::Pending;
    refund.gatewayRefundId = QStringLiteral("20240315-pi-778");
    refund.reason = QStringLiteral("Größe passt nicht");
    refund.storeId = QStringLiteral("S1");
    refund.registerId = QStringLiteral("R2");
    refund.employee = QStringLiteral("jana");
    refund.approvedBy = QStringLiteral("mgr-ole");
    refund.createdAt = QDateTime(QDate(2024, 3, 15), QTime(13, 30), Qt::UTC);
    refund.updatedAt = refund.createdAt;
    return refund;
}

inline StoreConfig store()
{
    StoreConfig store;
    store.id = QStringLiteral("S1");
    store.name = QStringLiteral("Müller Schuhe, Berlin");
    store.currency = *Currency::fromCode(u"EUR");
    store.locale = QLocale(QLocale::German, QLocale::Germany);
    store.registerId = QStringLiteral("R2");
    return store;
}

inline ReceiptModel model()
{
    return ReceiptModel::build(sale(), refund(), store(), Money(3749, *Currency::fromCode(u"EUR")));
}

} // namespace RefundDesk::TestFixtures
