#include "DemoEnvironment.h"

#include "ConfigFileEditor.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "engine/AuditKey.h"
#include "engine/UserDirectory.h"
#include "engine/UserStore.h"
#include "gateways/paynet/Jwt.h"
#include "ledger/SqliteLedger.h"

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QTcpServer>

namespace RefundDesk {

namespace {

const QLatin1String kPockytTokenVariable("REFUNDDESK_DEMO_POCKYT_API_TOKEN");
const QLatin1String kPwKeyVariable("REFUNDDESK_DEMO_PWV3_API_KEY");
const QLatin1String kSecPaidTokenVariable("REFUNDDESK_DEMO_SECPAID_TOKEN");

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = DemoEnvironment::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size()) {
        *error = DemoEnvironment::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A loopback port nobody listens on right now, for the demo's webhook receiver.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void setEnvironment(QLatin1String name, const QString &value)
{
    qputenv(name.data(), value.toUtf8());
}

} // namespace

struct DemoEnvironment::Prepared
{
    bool ok = false;
    QString error;
    RefundDeskConfig config;
    QUrl sandboxUrl;
};

QList<DemoEnvironment::DemoUser> DemoEnvironment::users()
{
    return {
        {QStringLiteral("clerk"), tr("Casey Clerk"), Role::Clerk, QStringLiteral("1111")},
        {QStringLiteral("manager"), tr("Morgan Manager"), Role::Manager, QStringLiteral("2222")},
        {QStringLiteral("backoffice"), tr("Bo Backoffice"), Role::BackOffice, QStringLiteral("3333")},
    };
}

SandboxSettings DemoEnvironment::defaultSandboxSettings()
{
    SandboxSettings settings;
    settings.payNetSettleMs = 3000;
    settings.secPaidAutoApproveMs = 20000;
    settings.webhookRetryMs = 10000;
    return settings;
}

DemoEnvironment::DemoEnvironment(QObject *parent)
    : DemoEnvironment(Options(), parent)
{ }

DemoEnvironment::DemoEnvironment(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_folder(QDir::temp().filePath(QStringLiteral("refunddesk-demo-XXXXXX")))
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("RefundDesk demo sandbox"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

DemoEnvironment::~DemoEnvironment()
{
    if (!m_thread.isRunning()) {
        delete m_anchor;
        return;
    }
    QMetaObject::invokeMethod(
        m_anchor, [this] { m_sandbox.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString DemoEnvironment::configPath() const
{
    return m_folder.filePath(QStringLiteral("refunddesk-demo.ini"));
}

void DemoEnvironment::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_anchor, [this] {
        Prepared prepared = prepare();
        QMetaObject::invokeMethod(this, [this, prepared] {
            if (!prepared.ok) {
                Q_EMIT failed(prepared.error);
                return;
            }
            m_config = prepared.config;
            m_sandboxUrl = prepared.sandboxUrl;
            m_ready = true;
            Q_EMIT ready();
        });
    });
}

// Runs on m_thread.
DemoEnvironment::Prepared DemoEnvironment::prepare()
{
    Prepared prepared;
    const auto say = [this](const QString &step) {
        QMetaObject::invokeMethod(this, [this, step] { Q_EMIT progress(step); });
    };
    if (!m_folder.isValid()) {
        prepared.error = tr("Cannot create the demo folder: %1").arg(m_folder.errorString());
        return prepared;
    }

    say(tr("Generating the demo PayNet merchant key…"));
    const RsaKey merchantKey = RsaKey::generate();
    const QString merchantKeyPath = m_folder.filePath(QStringLiteral("paynet-merchant.pem"));
    if (merchantKey.isNull()) {
        prepared.error = tr("Cannot generate the demo PayNet key.");
        return prepared;
    }
    if (!writeFile(merchantKeyPath, merchantKey.privateKeyPem(), &prepared.error))
        return prepared;

    say(tr("Starting the gateway sandbox…"));
    const SandboxSeedResult loaded = SandboxSeed::loadDefault();
    if (!loaded.ok()) {
        prepared.error = tr("The sandbox's sample data is damaged: %1").arg(loaded.message());
        return prepared;
    }
    SandboxSeed seed = loaded.seed();
    seed.payNetMerchant.publicKeyPem = merchantKey.publicKeyPem();
    const quint16 webhookPort = freeLoopbackPort();
    if (webhookPort == 0) {
        prepared.error = tr("No free loopback port for the demo's webhook receiver.");
        return prepared;
    }
    const QString publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(webhookPort);
    SandboxSettings settings = m_options.sandbox;
    settings.pockytIpnUrl = QUrl(publicUrl + QStringLiteral("/webhooks/pockyt"));
    settings.payNetWebhookUrl = QUrl(publicUrl + QStringLiteral("/webhooks/paynet"));
    m_sandbox = std::make_unique<SandboxServer>(seed, settings);
    QString error;
    if (!m_sandbox->listenOnLoopback(0, &error)) {
        prepared.error = tr("The gateway sandbox cannot start: %1").arg(error);
        return prepared;
    }
    prepared.sandboxUrl = m_sandbox->baseUrl();
    const QString gatewayKeyPath = m_folder.filePath(QStringLiteral("paynet-gateway-public.pem"));
    if (!writeFile(gatewayKeyPath, m_sandbox->payNetPublicKeyPem(), &prepared.error))
        return prepared;

    const SandboxSeed::PockytMerchant &pockyt = seed.pockytMerchants.constFirst();
    const SandboxSeed::PwAccount *pw = &seed.pwAccounts.constFirst();
    for (const SandboxSeed::PwAccount &account : seed.pwAccounts) {
        if (account.partialRefunds) {
            pw = &account;
            break;
        }
    }
    const SandboxSeed::SecPaidAccount &secPaid = seed.secPaidAccounts.constFirst();
    setEnvironment(kPockytTokenVariable, pockyt.apiToken);
    setEnvironment(kPwKeyVariable, pw->apiKey);
    setEnvironment(kSecPaidTokenVariable, secPaid.token);

    const QString base = prepared.sandboxUrl.toString(QUrl::FullyEncoded);
    const QString env = QStringLiteral("env:");
    ConfigFileEditor file(QStringLiteral("; RefundDesk demo: every gateway is the in-process refund-sandbox.\n"
                                         "; Its credentials are set in the demo process's environment only.\n"));
    file.setValue(QStringLiteral("store"), QStringLiteral("id"), QStringLiteral("DEMO-1"));
    file.setValue(QStringLiteral("store"), QStringLiteral("name"), tr("RefundDesk Demo Store"));
    file.setValue(QStringLiteral("store"), QStringLiteral("currency"), QStringLiteral("EUR"));
    file.setValue(QStringLiteral("store"), QStringLiteral("locale"), m_options.locale);
    file.setValue(QStringLiteral("store"), QStringLiteral("register"), QStringLiteral("R1"));
    file.setValue(QStringLiteral("store"), QStringLiteral("approval_threshold_minor"), QStringLiteral("5000"));
    file.setValue(QStringLiteral("store"), QStringLiteral("clerk_daily_limit_minor"), QStringLiteral("50000"));
    file.setValue(QStringLiteral("store"), QStringLiteral("manager_daily_limit_minor"), QStringLiteral("0"));
    file.setValue(QStringLiteral("ledger"), QStringLiteral("url"),
                  QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("ledger.db")));
    file.setValue(QStringLiteral("gateway.pockyt"), QStringLiteral("base_url"), base);
    file.setValue(QStringLiteral("gateway.pockyt"), QStringLiteral("merchant_no"), pockyt.merchantNo);
    file.setValue(QStringLiteral("gateway.pockyt"), QStringLiteral("store_no"), pockyt.storeNo);
    file.setValue(QStringLiteral("gateway.pockyt"), QStringLiteral("api_token"), env + kPockytTokenVariable);
    file.setValue(QStringLiteral("gateway.pockyt"), QStringLiteral("settle_currency"), QStringLiteral("USD"));
    file.setValue(QStringLiteral("gateway.pwv3"), QStringLiteral("base_url"), base);
    file.setValue(QStringLiteral("gateway.pwv3"), QStringLiteral("api_key"), env + kPwKeyVariable);
    file.setValue(QStringLiteral("gateway.pwv3"), QStringLiteral("partial_refunds"),
                  pw->partialRefunds ? QStringLiteral("true") : QStringLiteral("false"));
    file.setValue(QStringLiteral("gateway.secpaid"), QStringLiteral("base_url"), base);
    file.setValue(QStringLiteral("gateway.secpaid"), QStringLiteral("token"), env + kSecPaidTokenVariable);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("base_url"), base);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("client_id"), seed.payNetMerchant.clientId);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("merchant_id"), seed.payNetMerchant.merchantId);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("key_name"), seed.payNetMerchant.keyName);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("private_key"), merchantKeyPath);
    file.setValue(QStringLiteral("gateway.paynet"), QStringLiteral("gateway_public_key"), gatewayKeyPath);
    file.setValue(QStringLiteral("webhooks"), QStringLiteral("listen"),
                  QStringLiteral("127.0.0.1:%1").arg(webhookPort));
    file.setValue(QStringLiteral("webhooks"), QStringLiteral("public_url"), publicUrl);
    file.setValue(QStringLiteral("sync"), QStringLiteral("interval_seconds"),
                  QString::number(m_options.syncIntervalSeconds));
    if (const QString saved = file.save(configPath()); !saved.isEmpty()) {
        prepared.error = saved;
        return prepared;
    }
    RefundDeskConfig::Loaded config = RefundDeskConfig::load(configPath());
    if (!config.ok) {
        prepared.error = config.errors.join(u'\n');
        return prepared;
    }

    say(tr("Filling the demo ledger with the sandbox's sales…"));
    const StoreConfig &store = config.config.store;
    const QString ledgerPath = config.config.ledger.url.mid(QStringLiteral("sqlite:").size());
    LedgerResult result = LedgerResult::success();
    std::unique_ptr<SqliteLedger> ledger = SqliteLedger::open(ledgerPath, &result);
    if (!ledger) {
        prepared.error = result.message();
        return prepared;
    }
    const AuditKey::Loaded auditKey = AuditKey::load(config.config);
    if (!auditKey.ok) {
        prepared.error = auditKey.message;
        return prepared;
    }
    ledger->setAuditKey(auditKey.key);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Sale> sales;
    const auto sale = [&](GatewayId gateway, const QString &transactionId, const QString &reference,
                          const Money &amount, const QString &method, const QString &status, bool refundable,
                          int paidDaysAgo) {
        Sale entry;
        entry.gateway = gateway;
        entry.transactionId = transactionId;
        entry.reference = reference;
        entry.amount = amount;
        entry.method = method;
        entry.gatewayStatus = status;
        entry.gatewaySaysRefundable = refundable;
        entry.paidAt = m_sandbox->state().paidAt(paidDaysAgo);
        entry.storeId = store.id;
        entry.registerId = store.registerId;
        entry.lookedUpAt = now;
        sales.append(entry);
    };
    // The same words the adapters store after a lookup (see each gateway's protocol).
    for (const SandboxSeed::PockytSale &s : seed.pockytSales) {
        if (s.merchantNo == pockyt.merchantNo && s.storeNo == pockyt.storeNo)
            sale(GatewayId::Pockyt, s.transactionNo, s.reference, s.amount, QString(), s.status, s.status == u"success",
                 s.paidDaysAgo);
    }
    for (const SandboxSeed::PwSale &s : seed.pwSales) {
        if (s.account == pw->id)
            sale(GatewayId::PwV3, s.transactionId, s.referenceNo, s.amount, s.paymentMethod, s.status,
                 s.status == u"APPROVED", s.paidDaysAgo);
    }
    for (const SandboxSeed::SecPaidSale &s : seed.secPaidSales) {
        if (s.account != secPaid.id)
            continue;
        const bool paid = s.status == u"paid";
        const QString day = m_sandbox->state().paidAt(s.paidDaysAgo).toString(QStringLiteral("yyyyMMdd"));
        sale(GatewayId::SecPaid, QString::number(s.payId), QStringLiteral("%1-pi-%2").arg(day).arg(s.payId), s.amount,
             QString(), paid ? QStringLiteral("Success") : QStringLiteral("Cancelled"), paid, s.paidDaysAgo);
    }
    for (const SandboxSeed::PayNetSale &s : seed.payNetSales)
        sale(GatewayId::PayNet, s.checkoutId, s.endToEndId, s.amount, s.paymentMethod, s.status, s.status == u"CLEARED",
             s.paidDaysAgo);
    for (Sale &entry : sales) {
        if (const LedgerResult stored = ledger->upsertSale(entry); !stored.ok()) {
            prepared.error = stored.message();
            return prepared;
        }
    }

    say(tr("Adding the demo employees…"));
    std::unique_ptr<UserStore> userStore = UserStore::openSqlite(ledgerPath, &result);
    if (!userStore) {
        prepared.error = result.message();
        return prepared;
    }
    UserDirectory directory(*userStore, *ledger, UserDirectory::Place {store.id, store.registerId},
                            std::chrono::seconds(store.pinLockoutSeconds));
    for (const DemoUser &user : users()) {
        const auto added = directory.addUser(user.name, user.displayName, user.role, user.pin, QStringLiteral("demo"));
        if (!added.ok()) {
            prepared.error = added.message();
            return prepared;
        }
    }

    prepared.config = config.config;
    prepared.ok = true;
    return prepared;
}

} // namespace RefundDesk
