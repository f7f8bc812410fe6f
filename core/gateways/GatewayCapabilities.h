#pragma once

#include <QString>
#include <QStringList>

namespace RefundDesk {

// What a gateway account can do, as GATEWAYS.md describes each gateway. RefundPolicy
// reads these to refuse a refund before any network call.
struct GatewayCapabilities
{
    bool canQuerySale = false; // lookup(SaleRef) asks the gateway
    bool partialRefunds = false; // this account may refund part of a sale
    bool amountRequiredForFull = false; // SecPaid: a full refund still sends the amount
    bool amountForbiddenForFull = false; // PW v3: a full refund sends neither amount nor currency
    bool asynchronousOutcome = false; // a refund's answer may be "pending"
    bool webhooks = false; // final status arrives by webhook
    QStringList refundableMethods; // empty: every method; otherwise the gateway's method names
    int refundWindowDays = 0; // 0: no window; PayNet: 90
    int refundsPerPayment = 0; // 0: no limit; SecPaid: 1
};

} // namespace RefundDesk
