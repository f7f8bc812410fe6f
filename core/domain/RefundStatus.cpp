#include "RefundStatus.h"

#include <QCoreApplication>

#include <array>

namespace RefundDesk {

namespace {

struct StatusNames
{
    RefundStatus status;
    const char16_t *key;
    const char *displayName;
};

constexpr std::array<StatusNames, 7> kStatuses {{
    {RefundStatus::Draft, u"draft", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Draft")},
    {RefundStatus::Submitting, u"submitting", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Submitting")},
    {RefundStatus::Pending, u"pending", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Pending")},
    {RefundStatus::NeedsReview, u"needs_review", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Needs review")},
    {RefundStatus::Succeeded, u"succeeded", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Succeeded")},
    {RefundStatus::Rejected, u"rejected", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Rejected")},
    {RefundStatus::Failed, u"failed", QT_TRANSLATE_NOOP("RefundDesk::RefundStatus", "Failed")},
}};

const StatusNames &namesOf(RefundStatus status)
{
    return kStatuses.at(static_cast<std::size_t>(status));
}

// How far along the lifecycle a status is; a move must not go to a lower rank.
int rank(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Draft:
        return 0;
    case RefundStatus::Submitting:
        return 1;
    case RefundStatus::Pending:
        return 2;
    case RefundStatus::NeedsReview:
        return 3;
    case RefundStatus::Succeeded:
    case RefundStatus::Rejected:
    case RefundStatus::Failed:
        return 4;
    }
    return 0;
}

} // namespace

QString refundStatusKey(RefundStatus status)
{
    return QString::fromUtf16(namesOf(status).key);
}

std::optional<RefundStatus> refundStatusFromKey(QStringView key)
{
    for (const auto &names : kStatuses) {
        if (key == QStringView(names.key))
            return names.status;
    }
    return std::nullopt;
}

QString refundStatusDisplayName(RefundStatus status)
{
    return QCoreApplication::translate("RefundDesk::RefundStatus", namesOf(status).displayName);
}

bool isFinal(RefundStatus status)
{
    return rank(status) == 4;
}

bool reservesAmount(RefundStatus status)
{
    return status != RefundStatus::Rejected && status != RefundStatus::Failed;
}

bool usesGatewayRefundSlot(RefundStatus status)
{
    return status != RefundStatus::Failed && status != RefundStatus::Draft;
}

bool canMoveByEvent(RefundStatus from, RefundStatus to)
{
    // A gateway event never closes needs_review: only a person does, with a note.
    if (from == RefundStatus::NeedsReview || isFinal(from))
        return false;
    return rank(to) > rank(from);
}

bool canMoveByPerson(RefundStatus from, RefundStatus to)
{
    return from == RefundStatus::NeedsReview && isFinal(to);
}

} // namespace RefundDesk
