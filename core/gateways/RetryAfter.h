#pragma once

namespace RefundDesk {

struct HttpResult;

// How long a gateway asked RefundDesk to wait (HTTP 429 / 503 with Retry-After).
// Reads delta-seconds; an absent or unreadable header (an HTTP date included) gives
// defaultSeconds, so a rate limit is never retried at once. Capped at one day.
int retryAfterSeconds(const HttpResult &result, int defaultSeconds = 60);

} // namespace RefundDesk
