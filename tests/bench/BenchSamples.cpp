#include "BenchSamples.h"

#include <algorithm>

namespace RefundDesk::Bench {

double BenchSamples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double BenchSamples::minimum() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double BenchSamples::maximum() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

} // namespace RefundDesk::Bench
