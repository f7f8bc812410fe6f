#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// An ISO 4217 currency: its alphabetic code and its exponent (how many decimal
// places its minor unit has: JPY 0, EUR 2, KWD 3). Only currencies in the
// built-in table exist; there is no way to make an unknown one.
class Currency
{
public:
    // The currency for an ISO 4217 code such as "EUR" (case-sensitive, upper case);
    // nullopt when the code is not in the table.
    static std::optional<Currency> fromCode(QStringView code);

    QString code() const;
    int exponent() const { return m_exponent; }
    // 10^exponent: how many minor units make one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_index == b.m_index; }

private:
    Currency(int index, int exponent)
        : m_index(index)
        , m_exponent(exponent)
    { }

    int m_index;
    int m_exponent;
};

} // namespace RefundDesk
