#pragma once

#include "Clock.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace RefundDesk {

class Ledger;

// Builds the adapters of every gateway the configuration has a section for. Each gets a
// GatewayContext whose audit sink appends its (masked) requests and answers to the ledger's
// audit chain as "gateway.request" / "gateway.response" rows, actor "gateway:<id>".
class GatewayFactory
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::GatewayFactory)

public:
    struct Built
    {
        std::vector<std::unique_ptr<Gateway>> gateways;
        QStringList problems; // one line per configured gateway that could not be set up
    };

    // network and ledger must outlive the gateways and live on their thread.
    static Built build(const RefundDeskConfig &config, QNetworkAccessManager &network, Ledger &ledger,
                       Clock clock = systemClock());
};

} // namespace RefundDesk
