#include "RetryAfter.h"

#include "HttpResult.h"

namespace RefundDesk {

int retryAfterSeconds(const HttpResult &result, int defaultSeconds)
{
    constexpr qint64 oneDay = 24 * 60 * 60;
    const QByteArray text = result.header("Retry-After").trimmed();
    if (text.isEmpty() || text.size() > 12)
        return defaultSeconds;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return defaultSeconds;
    }
    return static_cast<int>(qMin(text.toLongLong(), oneDay));
}

} // namespace RefundDesk
