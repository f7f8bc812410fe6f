#include "EngineHost.h"

#include "AuditKey.h"
#include "GatewayFactory.h"
#include "ledger/LedgerFactory.h"
#include "webhooks/WebhookReceiver.h"

namespace RefundDesk {

EngineHost::EngineHost(RefundDeskConfig config)
    : m_config(std::move(config))
{ }

EngineHost::~EngineHost() = default;

EngineHost::Opened EngineHost::open(const RefundDeskConfig &config, Clock clock)
{
    Opened opened;
    const AuditKey::Loaded key = AuditKey::load(config);
    if (!key.ok) {
        opened.error = key.message;
        return opened;
    }

    std::unique_ptr<EngineHost> host(new EngineHost(config));
    LedgerResult result = LedgerResult::success();
    host->m_ledger = LedgerFactory::openLedger(config.ledger.url, &result);
    if (!host->m_ledger) {
        opened.error = result.message();
        return opened;
    }
    host->m_ledger->setAuditKey(key.key);
    host->m_ledger->setClock(clock);
    // Claims are lock files beside a SQLite ledger. A database server has no such folder:
    // there they hold within this process only, so run one sync (one refundctl serve or one
    // desktop) per database.
    const bool sqlite = config.ledger.url.startsWith(u"sqlite:");
    host->m_claims =
        std::make_unique<RefundClaims>(sqlite ? RefundClaims::directoryFor(config.ledger.url.mid(7)) : QString());
    host->m_userStore = UserStore::open(config.ledger.url, &result);
    if (!host->m_userStore) {
        opened.error = result.message();
        return opened;
    }
    host->m_users = std::make_unique<UserDirectory>(*host->m_userStore, *host->m_ledger,
                                                    UserDirectory::Place {config.store.id, config.store.registerId},
                                                    std::chrono::seconds(config.store.pinLockoutSeconds), clock);

    host->m_network = std::make_unique<QNetworkAccessManager>();
    GatewayFactory::Built built = GatewayFactory::build(config, *host->m_network, *host->m_ledger, clock);
    host->m_gateways = std::move(built.gateways);
    host->m_gatewayProblems = built.problems;

    RefundEngine::Settings settings;
    settings.store = config.store;
    settings.payNetEnquiryMinAge = std::chrono::seconds(config.sync.payNetEnquiryMinAgeSeconds);
    host->m_engine =
        std::make_unique<RefundEngine>(*host->m_ledger, *host->m_claims, host->m_users.get(), settings, clock);
    for (const auto &gateway : host->m_gateways)
        host->m_engine->addGateway(gateway.get());
    host->m_sync = std::make_unique<RefundSync>(*host->m_engine, std::chrono::seconds(config.sync.intervalSeconds));
    opened.host = std::move(host);
    return opened;
}

bool EngineHost::startWebhooks(QString *error, std::optional<quint16> portOverride)
{
    auto receiver = std::make_unique<WebhookReceiver>(*m_engine);
    receiver->setPathPrefix(m_config.webhooks.publicUrl.path());
    if (!receiver->listenOn(m_config.webhooks.listenHost, portOverride.value_or(m_config.webhooks.listenPort), error))
        return false;
    m_webhooks = std::move(receiver);
    return true;
}

} // namespace RefundDesk
