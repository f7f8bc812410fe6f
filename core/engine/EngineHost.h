#pragma once

#include "Clock.h"
#include "RefundClaims.h"
#include "RefundEngine.h"
#include "RefundSync.h"
#include "UserDirectory.h"
#include "UserStore.h"
#include "config/RefundDeskConfig.h"
#include "gateways/Gateway.h"
#include "ledger/Ledger.h"

#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>
#include <vector>

namespace RefundDesk {

class WebhookReceiver;

// Everything the engine runs on, built from the configuration: the ledger with its audit
// key, the employee directory, the in-flight claims, the network, the gateway adapters, the
// engine and the sync; and, when asked for, the webhook receiver. All of it lives on the
// thread that opened the host (the engine thread): refundctl's main thread, or
// EngineThread's worker in the desktop application.
class EngineHost
{
public:
    struct Opened
    {
        std::unique_ptr<EngineHost> host; // null when error says why
        QString error;
    };

    static Opened open(const RefundDeskConfig &config, Clock clock = systemClock());
    ~EngineHost();
    EngineHost(const EngineHost &) = delete;
    EngineHost &operator=(const EngineHost &) = delete;

    RefundEngine &engine() { return *m_engine; }
    RefundSync &sync() { return *m_sync; }
    Ledger &ledger() { return *m_ledger; }
    UserDirectory &users() { return *m_users; }
    const RefundDeskConfig &config() const { return m_config; }
    // Configured gateways whose adapter could not be set up (their sales can still be looked
    // up in the ledger).
    const QStringList &gatewayProblems() const { return m_gatewayProblems; }

    // Starts the webhook receiver on [webhooks] listen (port 0 in the configuration is not
    // possible; tests pass portOverride). False and error when it cannot listen.
    bool startWebhooks(QString *error, std::optional<quint16> portOverride = std::nullopt);
    WebhookReceiver *webhooks() { return m_webhooks.get(); }

private:
    explicit EngineHost(RefundDeskConfig config);

    RefundDeskConfig m_config;
    // Destroyed bottom-up: the receiver and sync before the engine, the engine before the
    // gateways, the gateways before the network and the ledger.
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<RefundClaims> m_claims;
    std::unique_ptr<UserStore> m_userStore;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<Gateway>> m_gateways;
    QStringList m_gatewayProblems;
    std::unique_ptr<RefundEngine> m_engine;
    std::unique_ptr<RefundSync> m_sync;
    std::unique_ptr<WebhookReceiver> m_webhooks;
};

} // namespace RefundDesk
