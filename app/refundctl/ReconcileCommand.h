#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk {

class CtlSession;

// refundctl reconcile --gateway G FILE.csv [--json] [--export OUT.csv] [--resolve --actor NAME]
// Matches a gateway's refund report against the ledger (docs/reconciliation.md). --resolve
// closes the reviews the report settles, as --actor (back-office staff, as for review).
// Exit 0 when everything matches, 1 when the report and the ledger disagree or a review could
// not be closed, 2 for bad arguments or a report that cannot be read as that gateway's, 3 when
// the ledger cannot be read or settled reviews were left open.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReconcileCommand)

public:
    static int run(const QStringList &arguments, CtlSession &session);
};

} // namespace RefundDesk
