#include "TransportOutcome.h"

#include "RetryAfter.h"

namespace RefundDesk {

std::optional<RefundResult> TransportOutcome::forRefund(const HttpResult &http, const Rules &rules)
{
    const bool repeat = static_cast<bool>(rules.stillUnknown);
    RefundResult result;
    result.message = http.userMessage;
    // What a failure means when nothing may be concluded from it.
    const auto unknown = [&result, &rules, repeat](const QString &why) {
        result.outcome = GatewayOutcome::OutcomeUnknown;
        result.message = repeat ? rules.stillUnknown(why) : why;
        return result;
    };
    switch (http.outcome) {
    case HttpResult::Outcome::Cancelled:
        if (repeat)
            return unknown(http.userMessage);
        result.outcome = GatewayOutcome::Cancelled;
        result.message = tr("The refund was cancelled before it was sent. Nothing was refunded.");
        return result;
    case HttpResult::Outcome::NotSent:
        if (repeat)
            return unknown(http.userMessage);
        result.outcome = GatewayOutcome::NotExecuted;
        return result;
    case HttpResult::Outcome::OutcomeUnknown:
        return unknown(http.userMessage);
    case HttpResult::Outcome::Answered:
        break;
    }
    if (http.httpStatus == 429) {
        // Rate limited before anything was done.
        result.retryAfterSeconds = retryAfterSeconds(http, rules.defaultRetryAfterSeconds);
        if (repeat)
            return unknown(http.userMessage);
        result.outcome = GatewayOutcome::NotExecuted;
        return result;
    }
    if (http.isServerError())
        return unknown(http.userMessage);
    if (http.isRedirect()) {
        return unknown(repeat ? http.userMessage
                              : tr("%1 RefundDesk will check with %2 whether the refund was made.")
                                    .arg(http.userMessage, gatewayDisplayName(rules.gateway)));
    }
    return std::nullopt;
}

} // namespace RefundDesk
