#pragma once

#include <QString>

#include <memory>

namespace RefundDesk {

// What a gateway adapter's create() gives: the adapter, or why its settings cannot be used.
template<typename T>
struct GatewayCreated
{
    std::unique_ptr<T> gateway; // null when message says why
    QString message; // in plain words, what to fix in the settings
};

} // namespace RefundDesk
