#include "GatewayFactory.h"

#include "gateways/GatewayContext.h"
#include "gateways/paynet/PayNetGateway.h"
#include "gateways/pockyt/PockytGateway.h"
#include "gateways/pwv3/PwV3Gateway.h"
#include "gateways/secpaid/SecPaidGateway.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

GatewayContext contextFor(GatewayId gateway, const RefundDeskConfig &config, QNetworkAccessManager &network,
                          Ledger &ledger)
{
    GatewayContext context;
    context.network = &network;
    context.timeout = std::chrono::seconds(config.httpTimeoutSeconds);
    const QString actor = QStringLiteral("gateway:%1").arg(gatewayKey(gateway));
    const QString storeId = config.store.id;
    const QString registerId = config.store.registerId;
    context.auditSink = [&ledger, actor, storeId, registerId](const QString &direction, const QByteArray &maskedText) {
        AuditEntry entry;
        entry.actor = actor;
        entry.action = QStringLiteral("gateway.%1").arg(direction);
        // The request line or status line names the row; the rest is its detail.
        const QString text = QString::fromUtf8(maskedText);
        entry.subject = text.section(u'\n', 0, 0).left(200);
        entry.detail = text;
        entry.storeId = storeId;
        entry.registerId = registerId;
        // Synced with the refund's next move (Ledger::Durability): waiting for the disk for
        // each request and answer cost more than the refund's own commits.
        if (const auto appended = ledger.appendAudit(entry, Ledger::Durability::WithNextSync); !appended.ok())
            qWarning("%s", qUtf8Printable(appended.message()));
    };
    return context;
}

} // namespace

GatewayFactory::Built GatewayFactory::build(const RefundDeskConfig &config, QNetworkAccessManager &network,
                                            Ledger &ledger, Clock clock)
{
    Built built;
    auto problem = [&built](GatewayId gateway, const QString &why) {
        built.problems << tr("%1: %2").arg(gatewayDisplayName(gateway), why);
    };
    // The adapter, or why its settings cannot be used.
    const auto add = [&built, &problem](GatewayId gateway, auto created) {
        if (created.gateway)
            built.gateways.push_back(std::move(created.gateway));
        else
            problem(gateway, created.message);
    };
    if (config.pockyt)
        add(GatewayId::Pockyt,
            PockytGateway::create(*config.pockyt, contextFor(GatewayId::Pockyt, config, network, ledger)));
    if (config.pwv3)
        add(GatewayId::PwV3, PwV3Gateway::create(*config.pwv3, contextFor(GatewayId::PwV3, config, network, ledger)));
    if (config.secpaid)
        add(GatewayId::SecPaid,
            SecPaidGateway::create(*config.secpaid, contextFor(GatewayId::SecPaid, config, network, ledger), clock));
    if (config.paynet)
        add(GatewayId::PayNet,
            PayNetGateway::create(*config.paynet, contextFor(GatewayId::PayNet, config, network, ledger), clock));
    return built;
}

} // namespace RefundDesk
