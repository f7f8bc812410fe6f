#pragma once

#include "GatewayReport.h"
#include "ReconcileResult.h"
#include "engine/RefundReview.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace RefundDesk {

// Matches a gateway's report against the ledger (docs/reconciliation.md). Each readable row is
// looked up by the gateway's refund id, then by our refund id (and for SecPaid, which allows
// one refund per payment and never sees our id, by the payment), and its amount compared.
// Ledger refunds of that gateway created on the report's days that the gateway knows of
// (pending, needs_review, succeeded, or rejected with a gateway refund id) and that no row
// names are missing at the gateway. Reading only: closing a review is a person's act
// (reviewsFor() and RefundEngine::review()).
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::Reconciler)

public:
    // Called before each row with the rows done and their number; false stops (Cancelled).
    using Progress = std::function<bool(int done, int total)>;

    // Runs on the ledger's thread; reads only.
    static ReconcileResult reconcile(Ledger &ledger, const GatewayReport &report, const Progress &progress = {});
    // Reads the file at path (its name, without the folder, goes into messages and notes) and
    // reconciles it.
    static ReconcileResult reconcileFile(Ledger &ledger, GatewayId gateway, const QString &path,
                                         const Progress &progress = {});
    // One review per entry the report settles, by reviewer, to the report's final status, with
    // a note naming the report file and line. Amount mismatches are never among them.
    static QList<RefundReview> reviewsFor(const ReconcileResult &result, const Actor &reviewer);
    // The note reviewsFor() writes for one entry.
    static QString reviewNote(const ReconcileResult &result, const ReconcileEntry &entry);
};

} // namespace RefundDesk
