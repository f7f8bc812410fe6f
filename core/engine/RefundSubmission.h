#pragma once

#include "domain/Actor.h"
#include "domain/Sale.h"
#include "money/Money.h"

#include <QString>

#include <optional>

namespace RefundDesk {

// A manager's PIN entered at the counter to approve a clerk's refund above the store's
// threshold. The engine checks it itself (the UI only collects it).
struct ManagerApproval
{
    QString manager; // the manager's user name
    QString pin;
};

// What a person asks the engine to refund.
struct RefundSubmission
{
    // The sale: its ledger id when the UI has a SaleView, otherwise how a receipt names it
    // (looked up in the ledger first, then at the gateway).
    qint64 saleLedgerId = 0;
    std::optional<SaleRef> saleRef;
    // The amount in the sale's currency; none means everything that is left (a full refund
    // at the gateway when nothing was refunded before).
    std::optional<Money> amount;
    QString reason;
    Actor actor;
    std::optional<ManagerApproval> approval;
};

} // namespace RefundDesk
