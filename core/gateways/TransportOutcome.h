#pragma once

#include "GatewayResult.h"
#include "HttpResult.h"
#include "domain/GatewayId.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace RefundDesk {

// What the transport alone says about a refund submission, before the gateway's own answer is
// read (GATEWAYS.md, "General rules"): cancelled or not sent, nothing was refunded; a lost
// answer, a 3xx or a 5xx may have refunded, so OutcomeUnknown, left to the gateway's
// lost-answer rule; a 429 refunded nothing and says how long to wait. Every adapter maps
// these the same way; what docs/gateways.md documents differently per gateway comes in Rules.
class TransportOutcome
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::TransportOutcome)

public:
    struct Rules
    {
        explicit Rules(GatewayId gatewayId, int defaultRetryAfter = 60)
            : gateway(gatewayId)
            , defaultRetryAfterSeconds(defaultRetryAfter)
        { }

        GatewayId gateway; // named in the messages
        // The wait when a 429 has no usable Retry-After (PayNet: its 30 s enquiry interval).
        int defaultRetryAfterSeconds;
        // Set when this submission is itself the lost-answer rule's re-send (SecPaid, PayNet): no
        // failure of it can show the refund was not made, so every one stays OutcomeUnknown, its
        // message (the transport's words) passed through this.
        std::function<QString(const QString &why)> stillUnknown;
    };

    // The result when the transport decides it; nullopt when the gateway's answer must be read.
    static std::optional<RefundResult> forRefund(const HttpResult &http, const Rules &rules);
};

} // namespace RefundDesk
