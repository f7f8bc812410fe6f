#include "RefundPolicy.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

void refuse(PolicyDecision &decision, PolicyRefusal::Reason reason, const QString &message)
{
    decision.refusals.append(PolicyRefusal {reason, message});
}

// Counts refunds that used up the gateway's "one refund per payment": everything that
// reached the gateway. A rejected request is counted too (the safer reading for SecPaid,
// whose admin may keep a rejected request on the link; docs/gateways.md).
int refundsThatCountAtGateway(const QList<Refund> &refunds)
{
    int count = 0;
    for (const Refund &refund : refunds) {
        if (usesGatewayRefundSlot(refund.status))
            ++count;
    }
    return count;
}

} // namespace

QString policyReasonKey(PolicyRefusal::Reason reason)
{
    switch (reason) {
    case PolicyRefusal::Reason::SaleNotRefundable:
        return QStringLiteral("sale_not_refundable");
    case PolicyRefusal::Reason::MethodNotRefundable:
        return QStringLiteral("method_not_refundable");
    case PolicyRefusal::Reason::CurrencyMismatch:
        return QStringLiteral("currency_mismatch");
    case PolicyRefusal::Reason::AmountNotPositive:
        return QStringLiteral("amount_not_positive");
    case PolicyRefusal::Reason::AmountAboveRemainder:
        return QStringLiteral("amount_above_remainder");
    case PolicyRefusal::Reason::PartialRefundsOff:
        return QStringLiteral("partial_refunds_off");
    case PolicyRefusal::Reason::OnePerPayment:
        return QStringLiteral("one_refund_per_payment");
    case PolicyRefusal::Reason::OutsideRefundWindow:
        return QStringLiteral("outside_refund_window");
    case PolicyRefusal::Reason::RoleNotAllowed:
        return QStringLiteral("role_not_allowed");
    case PolicyRefusal::Reason::DailyLimitExceeded:
        return QStringLiteral("daily_limit_exceeded");
    case PolicyRefusal::Reason::ApprovalRequired:
        return QStringLiteral("approval_required");
    }
    return QStringLiteral("unknown");
}

bool PolicyDecision::blockedRegardlessOfApproval() const
{
    for (const PolicyRefusal &refusal : refusals) {
        if (refusal.reason != PolicyRefusal::Reason::ApprovalRequired)
            return true;
    }
    return false;
}

Money RefundPolicy::remaining(const Sale &sale, const QList<Refund> &refunds)
{
    qint64 reserved = 0;
    for (const Refund &refund : refunds) {
        if (reservesAmount(refund.status) && refund.status != RefundStatus::Draft
            && refund.amount.currency() == sale.amount.currency()) {
            // Refund amounts were each checked against the sale when journaled, so the
            // sum of them cannot pass the sale amount, let alone 64 bits.
            reserved += refund.amount.minorUnits();
        }
    }
    return Money(std::max<qint64>(0, sale.amount.minorUnits() - reserved), sale.amount.currency());
}

PolicyDecision RefundPolicy::evaluate(const PolicyInput &input)
{
    PolicyDecision decision;
    const Sale &sale = input.sale;
    const Currency currency = sale.amount.currency();
    decision.remaining = remaining(sale, input.existingRefunds);

    if (!sale.gatewaySaysRefundable) {
        refuse(decision, PolicyRefusal::Reason::SaleNotRefundable,
               tr("The payment's status at %1 is \"%2\"; only completed payments can be refunded.")
                   .arg(gatewayDisplayName(sale.gateway), sale.gatewayStatus));
    }
    if (!input.capabilities.refundableMethods.isEmpty()
        && !input.capabilities.refundableMethods.contains(sale.method, Qt::CaseInsensitive)) {
        refuse(decision, PolicyRefusal::Reason::MethodNotRefundable,
               tr("Payments made with %1 cannot be refunded through %2. Refundable methods: %3.")
                   .arg(sale.method.isEmpty() ? tr("an unknown method") : sale.method, gatewayDisplayName(sale.gateway),
                        input.capabilities.refundableMethods.join(QStringLiteral(", "))));
    }

    const bool sameCurrency = input.amount.currency() == currency;
    if (!sameCurrency) {
        refuse(decision, PolicyRefusal::Reason::CurrencyMismatch,
               tr("The sale was paid in %1; the refund must be in %1 too, not %2.")
                   .arg(currency.code(), input.amount.currency().code()));
    } else if (!input.amount.isPositive()) {
        refuse(decision, PolicyRefusal::Reason::AmountNotPositive, tr("Enter an amount greater than zero."));
    } else if (input.amount.compare(decision.remaining) > 0) {
        refuse(decision, PolicyRefusal::Reason::AmountAboveRemainder,
               decision.remaining.isZero() ? tr("Nothing is left to refund on this sale.")
                                           : tr("At most %1 can still be refunded on this sale.")
                                                 .arg(decision.remaining.toDisplayString(input.store.locale)));
    }

    if (!input.capabilities.partialRefunds && sameCurrency) {
        const bool wholeSale = input.amount == sale.amount && decision.remaining == sale.amount;
        if (!wholeSale) {
            refuse(decision, PolicyRefusal::Reason::PartialRefundsOff,
                   tr("This %1 account refunds only whole sales; refund the full %2 or ask the gateway to enable "
                      "partial refunds.")
                       .arg(gatewayDisplayName(sale.gateway), sale.amount.toDisplayString(input.store.locale)));
        }
    }

    if (input.capabilities.refundsPerPayment > 0
        && refundsThatCountAtGateway(input.existingRefunds) >= input.capabilities.refundsPerPayment) {
        refuse(decision, PolicyRefusal::Reason::OnePerPayment, oneRefundPerPaymentMessage(sale.gateway));
    }

    int windowDays = input.capabilities.refundWindowDays;
    if (input.store.refundWindowDays > 0 && (windowDays == 0 || input.store.refundWindowDays < windowDays))
        windowDays = input.store.refundWindowDays;
    if (windowDays > 0 && sale.paidAt.isValid() && sale.paidAt.addDays(windowDays) < input.now) {
        refuse(decision, PolicyRefusal::Reason::OutsideRefundWindow,
               tr("This payment is from %1; refunds are possible for %2 days after a payment.")
                   .arg(input.store.locale.toString(sale.paidAt.toLocalTime().date(), QLocale::ShortFormat))
                   .arg(windowDays));
    }

    if (input.actor.role == Role::BackOffice) {
        refuse(decision, PolicyRefusal::Reason::RoleNotAllowed,
               tr("Back-office accounts settle and audit refunds but do not issue them; sign in as a clerk or "
                  "manager."));
    }

    const qint64 dailyLimit =
        input.actor.role == Role::Manager ? input.store.managerDailyLimitMinor : input.store.clerkDailyLimitMinor;
    if (dailyLimit > 0 && sameCurrency && input.amount.isPositive()) {
        const MoneyResult total = input.actorRefundedToday.plus(input.amount);
        if (!total.ok() || total.value().minorUnits() > dailyLimit) {
            const Money limit(dailyLimit, currency);
            refuse(decision, PolicyRefusal::Reason::DailyLimitExceeded,
                   tr("%1 may refund up to %2 a day and has refunded %3 today.")
                       .arg(input.actor.name, limit.toDisplayString(input.store.locale),
                            input.actorRefundedToday.toDisplayString(input.store.locale)));
        }
    }

    if (input.actor.role == Role::Clerk && sameCurrency
        && input.amount.minorUnits() > input.store.approvalThresholdMinor) {
        decision.approvalNeeded = true;
        const bool validApprover =
            input.approver && input.approver->role == Role::Manager && input.approver->name != input.actor.name;
        if (!validApprover) {
            refuse(decision, PolicyRefusal::Reason::ApprovalRequired,
                   tr("Refunds above %1 need a manager's approval: ask a manager to enter their PIN.")
                       .arg(Money(input.store.approvalThresholdMinor, currency).toDisplayString(input.store.locale)));
        }
    }
    return decision;
}

QString RefundPolicy::oneRefundPerPaymentMessage(GatewayId gateway)
{
    return tr("%1 allows only one refund per payment, and this payment already has one.")
        .arg(gatewayDisplayName(gateway));
}

} // namespace RefundDesk
