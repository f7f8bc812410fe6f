#pragma once

#include "domain/Refund.h"
#include "engine/SaleView.h"
#include "ledger/Ledger.h"

#include <QJsonObject>
#include <QString>

namespace RefundDesk {

// How refundctl shows sales and refunds: JSON objects with the field names scripts rely on,
// and short text for people (CSV is RefundCsv's, shared with every export).
class CtlFormat
{
public:
    // refund_id, gateway, status, amount (decimal string), currency, gateway_refund_id,
    // transaction_id, reference, message, and who/when/why. reference comes from the sale.
    static QJsonObject refundJson(const Refund &refund, const QString &reference);
    // gateway, transaction_id, reference, amount, currency, method, status, refundable,
    // remaining, reason (why not refundable), refunds.
    static QJsonObject saleJson(const SaleView &view);
    static QString refundText(const Refund &refund, const QString &reference);
    static QString saleText(const SaleView &view);
    // The sale's reference for a refund ("" when the sale cannot be read).
    static QString referenceOf(const Refund &refund, Ledger &ledger);
};

} // namespace RefundDesk
