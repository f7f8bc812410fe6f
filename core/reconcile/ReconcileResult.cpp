#include "ReconcileResult.h"

#include <algorithm>

namespace RefundDesk {

QString reconcileCategoryKey(ReconcileCategory category)
{
    switch (category) {
    case ReconcileCategory::Matched:
        return QStringLiteral("matched");
    case ReconcileCategory::MissingInLedger:
        return QStringLiteral("missing_in_ledger");
    case ReconcileCategory::MissingAtGateway:
        return QStringLiteral("missing_at_gateway");
    case ReconcileCategory::AmountMismatch:
        return QStringLiteral("amount_mismatch");
    case ReconcileCategory::Duplicate:
        return QStringLiteral("duplicate");
    case ReconcileCategory::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

QString reconcileCategoryDisplayName(ReconcileCategory category)
{
    switch (category) {
    case ReconcileCategory::Matched:
        return ReconcileResult::tr("Matched");
    case ReconcileCategory::MissingInLedger:
        return ReconcileResult::tr("Missing in the ledger");
    case ReconcileCategory::MissingAtGateway:
        return ReconcileResult::tr("Missing at the gateway");
    case ReconcileCategory::AmountMismatch:
        return ReconcileResult::tr("Amount mismatch");
    case ReconcileCategory::Duplicate:
        return ReconcileResult::tr("Duplicate row");
    case ReconcileCategory::Malformed:
        return ReconcileResult::tr("Malformed line");
    }
    return {};
}

QList<ReconcileCategory> allReconcileCategories()
{
    return {ReconcileCategory::Matched,        ReconcileCategory::MissingInLedger, ReconcileCategory::MissingAtGateway,
            ReconcileCategory::AmountMismatch, ReconcileCategory::Duplicate,       ReconcileCategory::Malformed};
}

int ReconcileResult::count(ReconcileCategory category) const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                          [category](const ReconcileEntry &e) { return e.category == category; }));
}

int ReconcileResult::resolvableCount() const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                          [](const ReconcileEntry &e) { return e.resolution.has_value(); }));
}

bool ReconcileResult::agrees() const
{
    return ok() && count(ReconcileCategory::Matched) == entries.size();
}

} // namespace RefundDesk
