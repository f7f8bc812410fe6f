#pragma once

#include "GatewaySimulator.h"
#include "SandboxSeed.h"

namespace RefundDesk {

class RequestParameters;
class SandboxState;

// The PW v3 white-label gateway (GATEWAYS.md §2): refund and status, form-urlencoded or
// JSON, apiKey per account. A full refund sends neither amount nor currency; an account
// without partial refunds declines any request that sends them. Answers are synchronous:
// "code":"00" APPROVED, or a numeric code with DECLINED (table in docs/gateways.md).
class PwV3Simulator : public GatewaySimulator
{
public:
    explicit PwV3Simulator(SandboxState &state);

    QString gateway() const override { return QStringLiteral("pwv3"); }
    QList<Route> routes() const override;
    SandboxResponse execute(const QString &operation, const SandboxRequest &request) override;
    void reset() override { }

private:
    SandboxResponse refund(const RequestParameters &parameters, const SandboxSeed::PwAccount &account);
    SandboxResponse status(const RequestParameters &parameters, const SandboxSeed::PwAccount &account);

    SandboxState &m_state;
};

} // namespace RefundDesk
