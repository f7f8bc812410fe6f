#pragma once

#include <QDateTime>

#include <functional>

namespace RefundDesk {

// Where the engine, the sync and the user directory read the time (DESIGN.md: time comes
// from an injectable clock, so refund windows, PayNet's enquiry delay and lockouts are
// testable). Returns UTC.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

} // namespace RefundDesk
