#pragma once

#include "LedgerResult.h"

#include <optional>
#include <utility>

namespace RefundDesk {

// A LedgerResult that carries the data of a successful call. Built implicitly from
// either the data or a failed LedgerResult, so implementations can `return sale;`
// and `return LedgerResult::failure(...)` alike.
template<typename T>
class LedgerValue
{
public:
    LedgerValue(T value)
        : m_result(LedgerResult::success())
        , m_value(std::move(value))
    { }
    LedgerValue(LedgerResult failure)
        : m_result(std::move(failure))
    {
        Q_ASSERT(!m_result.ok());
    }

    bool ok() const { return m_result.ok(); }
    LedgerResult::Error error() const { return m_result.error(); }
    const QString &message() const { return m_result.message(); }
    const LedgerResult &result() const { return m_result; }

    // Only on success (asserted).
    const T &value() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T takeValue()
    {
        Q_ASSERT(m_value.has_value());
        return std::move(*m_value);
    }

private:
    LedgerResult m_result;
    std::optional<T> m_value;
};

} // namespace RefundDesk
