#include "ConsecutiveReadGate.h"

#include <algorithm>

namespace RefundDesk {

ConsecutiveReadGate::ConsecutiveReadGate(int requiredFrames)
    : m_required(std::max(1, requiredFrames))
{ }

bool ConsecutiveReadGate::offer(const DecodeResult &result)
{
    if (!result.found) {
        reset();
        return false;
    }
    if (m_run > 0 && result.text == m_text) {
        ++m_run;
    } else {
        m_text = result.text;
        m_run = 1;
    }
    return m_run == m_required;
}

void ConsecutiveReadGate::reset()
{
    m_run = 0;
    m_text.clear();
}

} // namespace RefundDesk
