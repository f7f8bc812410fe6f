#pragma once

#include "domain/Refund.h"
#include "domain/Sale.h"
#include "gateways/GatewayCapabilities.h"

#include <QList>
#include <QString>

namespace RefundDesk {

// A sale as the engine knows it (DESIGN.md step 1): the payment, its refunds in the ledger,
// what is left to refund and whether a refund is possible at all, before anyone picks an
// amount. What the UI shows after a scan and `refundctl lookup` prints.
struct SaleView
{
    enum class Status {
        Found,
        NotFound, // neither the ledger nor the gateway knows it
        Unavailable, // the gateway could not be asked (not configured, unreachable, rate limit, ...)
        Error, // the ledger failed
    };

    Status status = Status::NotFound;
    QString message; // for people; empty when Found
    Sale sale;
    QList<Refund> refunds; // oldest first
    Money remaining = Money::zero(*Currency::fromCode(u"EUR"));
    GatewayCapabilities capabilities;
    bool gatewayConfigured = false;
    bool fromLedger = false; // answered from the ledger without asking the gateway
    // Whether the sale itself can be refunded (status, method, window, remainder, one refund
    // per payment), whoever asks; notRefundableReason says why not.
    bool refundable = false;
    QString notRefundableReason;
    int retryAfterSeconds = 0; // with Unavailable: when asking again makes sense

    bool found() const { return status == Status::Found; }
};

} // namespace RefundDesk
