#include "GatewayResult.h"

namespace RefundDesk {

QString gatewayOutcomeKey(GatewayOutcome outcome)
{
    switch (outcome) {
    case GatewayOutcome::Ok:
        return QStringLiteral("ok");
    case GatewayOutcome::Declined:
        return QStringLiteral("declined");
    case GatewayOutcome::NotFound:
        return QStringLiteral("not_found");
    case GatewayOutcome::Refused:
        return QStringLiteral("refused");
    case GatewayOutcome::AuthFailed:
        return QStringLiteral("auth_failed");
    case GatewayOutcome::NotExecuted:
        return QStringLiteral("not_executed");
    case GatewayOutcome::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case GatewayOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("outcome_unknown");
}

} // namespace RefundDesk
