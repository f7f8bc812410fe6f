#pragma once

#include "DecodeResult.h"

#include <QString>

namespace RefundDesk {

// Accepts a camera read only when the same text came from consecutive decoded frames: a single
// frame can misread a damaged or half-visible code, two agreeing frames rarely do.
class ConsecutiveReadGate
{
public:
    explicit ConsecutiveReadGate(int requiredFrames = 2);

    // True exactly once per run of equal reads: when the run reaches requiredFrames. A frame
    // without a code or with another text starts over.
    bool offer(const DecodeResult &result);
    void reset();

private:
    int m_required;
    int m_run = 0;
    QString m_text;
};

} // namespace RefundDesk
