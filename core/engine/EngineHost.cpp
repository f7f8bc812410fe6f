#include "EngineHost.h"

#include "AuditKey.h"
#include "GatewayFactory.h"
#include "webhooks/WebhookReceiver.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::EngineHost", text);
}

} // namespace

EngineHost::EngineHost(RefundDeskConfig config)
    : m_config(std::move(config))
{ }

EngineHost::~EngineHost() = default;

EngineHost::Opened EngineHost::open(const RefundDeskConfig &config, Clock clock)
{
    Opened opened;
    if (!config.ledger.url.startsWith(u"sqlite:")) {
        opened.error = tr("This RefundDesk reads SQLite ledgers only; [ledger] url is %1.").arg(config.ledger.url);
        return opened;
    }
    const QString path = config.ledger.url.mid(7);
    const AuditKey::Loaded key = AuditKey::load(config);
    if (!key.ok) {
        opened.error = key.message;
        return opened;
    }

    std::unique_ptr<EngineHost> host(new EngineHost(config));
    LedgerResult result = LedgerResult::success();
    host->m_ledger = SqliteLedger::open(path, &result);
    if (!host->m_ledger) {
        opened.error = result.message();
        return opened;
    }
    host->m_ledger->setAuditKey(key.key);
    host->m_ledger->setClock(clock);
    host->m_claims = std::make_unique<RefundClaims>(RefundClaims::directoryFor(path));
    host->m_userStore = UserStore::openSqlite(path, &result);
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
