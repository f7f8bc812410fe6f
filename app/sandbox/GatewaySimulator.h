#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QList>
#include <QString>

namespace RefundDesk {

// One simulated gateway: its routes (method, path, fault-plan operation) and how it
// executes a request. SandboxServer does the routing, counting and fault injection
// around execute().
class GatewaySimulator
{
public:
    struct Route
    {
        QString method;
        QString path;
        QString operation; // "query", "refund", "status": what --fault names
    };

    virtual ~GatewaySimulator() = default;

    virtual QString gateway() const = 0; // "pockyt", "pwv3", "secpaid", "paynet"
    virtual QList<Route> routes() const = 0;
    virtual SandboxResponse execute(const QString &operation, const SandboxRequest &request) = 0;
    // Back to the seeded state (refund records live in SandboxState and are reset there).
    virtual void reset() = 0;

protected:
    GatewaySimulator() = default;
    GatewaySimulator(const GatewaySimulator &) = delete;
    GatewaySimulator &operator=(const GatewaySimulator &) = delete;
};

} // namespace RefundDesk
