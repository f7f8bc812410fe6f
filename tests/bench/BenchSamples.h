#pragma once

#include <QList>

namespace RefundDesk::Bench {

// Per-round measurements of one path. Benches alternate the path they test with its baseline
// round by round, so a machine that other work slows down slows both alike, and report
// medians: one busy round moves a median less than it moves a mean.
class BenchSamples
{
public:
    void add(double value) { m_values.append(value); }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return static_cast<int>(m_values.size()); }
    double median() const;
    double minimum() const;
    double maximum() const;

private:
    QList<double> m_values;
};

} // namespace RefundDesk::Bench
