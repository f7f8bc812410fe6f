#pragma once

#include "GatewayId.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace RefundDesk {

// How a receipt or a person names a sale at a gateway.
enum class SaleIdKind {
    TransactionId, // the gateway's own id: Pockyt transactionNo, PW transactionId, SecPaid pay_id, PayNet checkoutId
    Reference, // the merchant's reference: Pockyt reference, PW referenceNo
};

struct SaleRef
{
    GatewayId gateway = GatewayId::Pockyt;
    SaleIdKind kind = SaleIdKind::TransactionId;
    QString id;
};

// An original payment as the gateway reported it, kept in the ledger.
struct Sale
{
    qint64 ledgerId = 0; // 0 until stored
    GatewayId gateway = GatewayId::Pockyt;
    QString transactionId;
    QString reference;
    Money amount = Money::zero(*Currency::fromCode(u"EUR"));
    QString method; // gateway's payment method name, e.g. "VISA", "01", "paypal"
    QString gatewayStatus; // the gateway's own word, e.g. "success", "CLEARED", "Success"
    bool gatewaySaysRefundable = false; // what the gateway's status means for a refund
    QDateTime paidAt; // UTC
    QString storeId;
    QString registerId;
    QDateTime lookedUpAt; // UTC; when the gateway was last asked
};

} // namespace RefundDesk
