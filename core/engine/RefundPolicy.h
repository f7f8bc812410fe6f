#pragma once

#include "config/RefundDeskConfig.h"
#include "domain/Actor.h"
#include "domain/Refund.h"
#include "domain/Sale.h"
#include "gateways/GatewayCapabilities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

// One reason a refund may not go ahead, as a value with a message for people.
struct PolicyRefusal
{
    enum class Reason {
        SaleNotRefundable, // the gateway's status for the sale does not allow a refund
        MethodNotRefundable, // e.g. PW v3 methods other than CREDITCARD, VISA, ...
        CurrencyMismatch, // the amount is not in the sale's currency
        AmountNotPositive, // zero or less
        AmountAboveRemainder, // more than the original minus every refund that still counts
        PartialRefundsOff, // this gateway account refunds only whole sales
        OnePerPayment, // the gateway allows one refund per payment and there is one
        OutsideRefundWindow, // too long after the payment
        RoleNotAllowed, // the actor's role does not issue refunds
        DailyLimitExceeded, // the actor's refunds today would pass their limit
        ApprovalRequired, // above the store's threshold: a manager's PIN is needed
    };
    Reason reason;
    QString message;
};

QString policyReasonKey(PolicyRefusal::Reason reason);

// Everything RefundPolicy looks at; the engine fills it from the ledger and configuration.
struct PolicyInput
{
    Sale sale;
    QList<Refund> existingRefunds; // every refund of this sale in the ledger
    Money amount = Money::zero(*Currency::fromCode(u"EUR"));
    bool fullRefund = false;
    GatewayCapabilities capabilities;
    StoreConfig store;
    Actor actor;
    Money actorRefundedToday = Money::zero(*Currency::fromCode(u"EUR")); // reserving refunds today
    std::optional<Actor> approver; // the manager who entered a PIN, if any
    QDateTime now; // from the injectable clock
};

struct PolicyDecision
{
    QList<PolicyRefusal> refusals; // empty: allowed
    Money remaining = Money::zero(*Currency::fromCode(u"EUR")); // what can still be refunded
    bool approvalNeeded = false; // true when the amount needs a manager, approved or not

    bool allowed() const { return refusals.isEmpty(); }
    // The refusals other than ApprovalRequired: what no PIN can fix.
    bool blockedRegardlessOfApproval() const;
    QString firstMessage() const { return refusals.isEmpty() ? QString() : refusals.constFirst().message; }
};

// Decides whether a refund may go ahead (DESIGN.md "Decide"): the UI asks before the
// Refund button is enabled, and the engine asks again inside the journal transaction.
class RefundPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::RefundPolicy)

public:
    static PolicyDecision evaluate(const PolicyInput &input);
    // What remains refundable: the sale amount minus every refund that reserves its amount.
    static Money remaining(const Sale &sale, const QList<Refund> &refunds);
    // Why a refund of a payment that already has its gateway's one refund is refused; said by
    // the policy and, when another register journaled first, by the engine.
    static QString oneRefundPerPaymentMessage(GatewayId gateway);
};

} // namespace RefundDesk
