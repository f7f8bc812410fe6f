#pragma once

#include <QByteArray>
#include <QString>

namespace RefundDesk {

// PINs are kept only as PBKDF2-HMAC-SHA256 hashes with a random salt per user
// (DESIGN.md "Roles and approval"). The stored form names its parameters so the
// iteration count can grow later without breaking stored PINs:
//   pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
// Hashing takes a noticeable fraction of a second by design: callers keep it off the UI thread.
class PinHasher
{
public:
    static constexpr int kIterations = 600000;

    static QString hash(const QString &pin, int iterations = kIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString &pin, const QString &stored);
    // A PIN must be 4 to 12 digits; returns an empty string when it is acceptable, else why not.
    static QString checkNewPin(const QString &pin);
};

} // namespace RefundDesk
