#include "EngineFixture.h"

namespace RefundDesk {

namespace {

GatewayCapabilities permissive()
{
    GatewayCapabilities capabilities;
    capabilities.canQuerySale = true;
    capabilities.partialRefunds = true;
    return capabilities;
}

GatewayCapabilities secPaidLike()
{
    GatewayCapabilities capabilities = permissive();
    capabilities.refundsPerPayment = 1;
    capabilities.asynchronousOutcome = true;
    return capabilities;
}

GatewayCapabilities payNetLike()
{
    GatewayCapabilities capabilities = permissive();
    capabilities.asynchronousOutcome = true;
    capabilities.webhooks = true;
    capabilities.refundWindowDays = 90;
    return capabilities;
}

} // namespace

Money eur(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"EUR"));
}

Actor clerk()
{
    return Actor {QStringLiteral("cleo"), Role::Clerk};
}

Actor manager()
{
    return Actor {QStringLiteral("max"), Role::Manager};
}

Actor backOffice()
{
    return Actor {QStringLiteral("bo"), Role::BackOffice};
}

EngineFixture::EngineFixture()
    : now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC)
    , pockyt(GatewayId::Pockyt, permissive())
    , pwv3(GatewayId::PwV3, permissive())
    , secpaid(GatewayId::SecPaid, secPaidLike())
    , paynet(GatewayId::PayNet, payNetLike())
{
    store.id = QStringLiteral("S1");
    store.registerId = QStringLiteral("R1");
    store.currency = *Currency::fromCode(u"EUR");
    store.locale = QLocale(QStringLiteral("en_US"));
    store.approvalThresholdMinor = 5000;
    store.clerkDailyLimitMinor = 50000;
    store.managerDailyLimitMinor = 0;
}

EngineFixture::~EngineFixture()
{
    engine.reset();
    users.reset();
    userStore.reset();
    claims.reset();
    ledger.reset();
}

bool EngineFixture::open(QString *error)
{
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    LedgerResult result = LedgerResult::success();
    ledger = SqliteLedger::open(path, &result);
    if (!ledger) {
        *error = result.message();
        return false;
    }
    ledger->setClock([this] { return now; });
    ledger->setAuditKey(QByteArrayLiteral("engine-test-audit-key"));
    userStore = UserStore::openSqlite(path, &result);
    if (!userStore) {
        *error = result.message();
        return false;
    }
    users = std::make_unique<UserDirectory>(*userStore, *ledger, UserDirectory::Place {store.id, store.registerId},
                                            std::chrono::seconds(900), [this] { return now; });
    claims = std::make_unique<RefundClaims>(RefundClaims::directoryFor(path));
    RefundEngine::Settings settings;
    settings.store = store;
    settings.payNetEnquiryMinAge = std::chrono::seconds(3600);
    engine = std::make_unique<RefundEngine>(*ledger, *claims, users.get(), settings, [this] { return now; });
    for (FakeGateway *fake : {&pockyt, &pwv3, &secpaid, &paynet})
        engine->addGateway(fake);
    return true;
}

Sale EngineFixture::addSale(GatewayId gateway, const QString &transactionId, qint64 minorUnits, const QString &method)
{
    Sale sale;
    sale.gateway = gateway;
    sale.transactionId = transactionId;
    sale.reference = QStringLiteral("REF-") + transactionId;
    sale.amount = eur(minorUnits);
    sale.method = method;
    sale.gatewayStatus = QStringLiteral("success");
    sale.gatewaySaysRefundable = true;
    sale.paidAt = now.addDays(-3);
    sale.storeId = store.id;
    const LedgerResult stored = ledger->upsertSale(sale);
    Q_ASSERT(stored.ok());
    return sale;
}

Refund EngineFixture::addRefund(const Sale &sale, qint64 minorUnits, RefundStatus status, const QString &employee)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.saleLedgerId = sale.ledgerId;
    refund.amount = eur(minorUnits);
    refund.employee = employee;
    refund.storeId = store.id;
    const LedgerResult journaled = ledger->journalRefundIntent(refund, LedgerChange {QStringLiteral("test"), {}, {}});
    Q_ASSERT(journaled.ok());
    if (status != RefundStatus::Submitting) {
        const auto moved = ledger->transitionRefund(refund.refundId, status, RefundUpdate(),
                                                    LedgerChange {QStringLiteral("test"), {}, {}}, TransitionBy::Event);
        Q_ASSERT(moved.ok());
        refund = moved.value();
    }
    return refund;
}

FakeGateway &EngineFixture::gateway(GatewayId id)
{
    switch (id) {
    case GatewayId::Pockyt:
        return pockyt;
    case GatewayId::PwV3:
        return pwv3;
    case GatewayId::SecPaid:
        return secpaid;
    case GatewayId::PayNet:
        return paynet;
    }
    return pockyt;
}

QStringList EngineFixture::auditActions()
{
    QStringList actions;
    const auto entries = ledger->auditEntries(0, 10000);
    Q_ASSERT(entries.ok());
    for (const AuditEntry &entry : entries.value())
        actions << entry.action;
    return actions;
}

std::optional<RefundOutcome> EngineFixture::refund(const RefundSubmission &submission)
{
    return wait<RefundOutcome>([&](QObject *context, auto done) { engine->refund(submission, context, done); });
}

std::optional<SaleView> EngineFixture::findSale(const SaleRef &ref, RefundEngine::LookupMode mode)
{
    return wait<SaleView>([&](QObject *context, auto done) { engine->findSale(ref, mode, context, done); });
}

} // namespace RefundDesk
