#include "SandboxProcess.h"
#include "gateways/secpaid/SecPaidGateway.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)

namespace {

const QString kToken = QStringLiteral("secpaid-sandbox-token-main");
const QString kRefundRoute = QStringLiteral("POST /api/v2/refundPayment");
const QString kListRoute = QStringLiteral("POST /api/v2/getPayInTransactions");
const Currency eur = *Currency::fromCode(u"EUR");
constexpr std::chrono::milliseconds kTimeout {1500};
constexpr int kWaitMs = 15000;

Sale saleOf(qint64 payId, qint64 minor)
{
    Sale sale;
    sale.gateway = GatewayId::SecPaid;
    sale.transactionId = QString::number(payId);
    sale.amount = Money(minor, eur);
    sale.gatewayStatus = QStringLiteral("Success");
    sale.gatewaySaysRefundable = true;
    return sale;
}

Refund refundOf(const Sale &sale, qint64 minor)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.gateway = GatewayId::SecPaid;
    refund.transactionId = sale.transactionId;
    refund.amount = Money(minor, eur);
    refund.fullRefund = minor == sale.amount.minorUnits();
    refund.createdAt = QDateTime::currentDateTimeUtc();
    return refund;
}

} // namespace

// The SecPaid adapter against the real refund-sandbox: lookup, full and partial refunds,
// every documented refusal the adapter can provoke, polling to the final status, and
// every fault mode with the lost-answer rule.
class TestContractSecPaid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lookupFindsThePayment();
    void lookupOfUnknownOrCancelledLinks_data();
    void lookupOfUnknownOrCancelledLinks();
    void lookupByReferenceIsRefusedLocally();
    void fullRefundIsPendingThenApproved();
    void partialRefundIsPendingThenRejected();
    void amountIsSentExactly();
    void documentedRefusals_data();
    void documentedRefusals();
    void secondRequestIsDeclined();
    void wrongTokenIsAuthFailed();
    void nonEuroRefusedWithoutRequest();
    void faultBeforeExecuting_data();
    void faultBeforeExecuting();
    void faultAfterExecuting_data();
    void faultAfterExecuting();
    void rateLimitedRefund();
    void failedPollNeverResends();
    void rateLimitedLookup();
    void auditTrailHidesTheToken();

private:
    LookupResult runLookup(LookupJob *job);
    RefundResult runRefund(RefundJob *job);
    QJsonArray executedRefunds();

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<SecPaidGateway> m_gateway;
    QList<QByteArray> m_audit;
};

void TestContractSecPaid::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestContractSecPaid::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
    m_audit.clear();
    GatewayContext context;
    context.network = &m_network;
    context.timeout = kTimeout;
    context.auditSink = [this](const QString &, const QByteArray &text) {
        m_audit.append(text);
    };
    SecPaidConfig config;
    config.baseUrl = m_sandbox.url(QString());
    config.token = SecretValue(kToken);
    SecPaidGateway::Created created = SecPaidGateway::create(config, context);
    QVERIFY2(created.gateway, qPrintable(created.message));
    m_gateway = std::move(created.gateway);
}

LookupResult TestContractSecPaid::runLookup(LookupJob *job)
{
    QSignalSpy spy(job, &LookupJob::finished);
    job->start();
    if (!spy.wait(kWaitMs)) {
        LookupResult timedOut;
        timedOut.message = QStringLiteral("the job did not finish");
        return timedOut;
    }
    return spy.at(0).at(0).value<LookupResult>();
}

RefundResult TestContractSecPaid::runRefund(RefundJob *job)
{
    QSignalSpy spy(job, &RefundJob::finished);
    job->start();
    if (!spy.wait(kWaitMs)) {
        RefundResult timedOut;
        timedOut.message = QStringLiteral("the job did not finish");
        return timedOut;
    }
    // finished() comes exactly once.
    QTest::qWait(50);
    if (spy.count() != 1) {
        RefundResult twice;
        twice.message = QStringLiteral("finished() came %1 times").arg(spy.count());
        return twice;
    }
    return spy.at(0).at(0).value<RefundResult>();
}

QJsonArray TestContractSecPaid::executedRefunds()
{
    return m_sandbox.state().value(QLatin1String("refunds")).toArray();
}

void TestContractSecPaid::lookupFindsThePayment()
{
    const LookupResult result =
        runLookup(m_gateway->lookup({GatewayId::SecPaid, SaleIdKind::TransactionId, QStringLiteral("12345")}));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.sale.transactionId, QStringLiteral("12345"));
    QCOMPARE(result.sale.amount, Money(4999, eur));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("Success"));
    QVERIFY(result.sale.gatewaySaysRefundable);
    QVERIFY(result.sale.reference.endsWith(QStringLiteral("-pi-12345")));
    const qint64 age = result.sale.paidAt.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age > 3 * 86400 - 600 && age < 3 * 86400 + 600, qPrintable(result.sale.paidAt.toString(Qt::ISODate)));
    QVERIFY(result.refunds.isEmpty());

    // After a refund request the lookup lists it.
    const Sale sale = saleOf(12345, 4999);
    QCOMPARE(runRefund(m_gateway->refund({sale, refundOf(sale, 1000)})).outcome, GatewayOutcome::Ok);
    const LookupResult again =
        runLookup(m_gateway->lookup({GatewayId::SecPaid, SaleIdKind::TransactionId, QStringLiteral("12345")}));
    QCOMPARE(again.refunds.size(), 1);
    QCOMPARE(again.refunds.first().amount, Money(1000, eur));
    QCOMPARE(again.refundedAtGateway, Money(1000, eur));
}

void TestContractSecPaid::lookupOfUnknownOrCancelledLinks_data()
{
    QTest::addColumn<QString>("payId");
    QTest::addColumn<GatewayOutcome>("outcome");

    QTest::newRow("cancelled link has no payment") << QStringLiteral("12347") << GatewayOutcome::NotFound;
    QTest::newRow("another account's link") << QStringLiteral("12349") << GatewayOutcome::NotFound;
    QTest::newRow("unknown link") << QStringLiteral("99999") << GatewayOutcome::NotFound;
}

void TestContractSecPaid::lookupOfUnknownOrCancelledLinks()
{
    QFETCH(QString, payId);
    QFETCH(GatewayOutcome, outcome);
    const LookupResult result = runLookup(m_gateway->lookup({GatewayId::SecPaid, SaleIdKind::TransactionId, payId}));
    QCOMPARE(result.outcome, outcome);
    QVERIFY(!result.message.isEmpty());
}

void TestContractSecPaid::lookupByReferenceIsRefusedLocally()
{
    const LookupResult result =
        runLookup(m_gateway->lookup({GatewayId::SecPaid, SaleIdKind::Reference, QStringLiteral("12345")}));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QCOMPARE(m_sandbox.requestCount(kListRoute), 0);
}

void TestContractSecPaid::fullRefundIsPendingThenApproved()
{
    const Sale sale = saleOf(12345, 4999);
    const Refund refund = refundOf(sale, 4999);
    const RefundResult submitted = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(submitted.outcome, GatewayOutcome::Ok);
    QCOMPARE(submitted.status, RefundStatus::Pending);
    QVERIFY(submitted.message.contains(QStringLiteral("5-10 days")));

    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 4999);
    QCOMPARE(refunds.at(0)[QLatin1String("sale")].toString(), QStringLiteral("12345"));

    RefundResult polled = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(polled.outcome, GatewayOutcome::Ok);
    QCOMPARE(polled.status, RefundStatus::Pending);
    QCOMPARE(polled.gatewayRefundId, refunds.at(0)[QLatin1String("gateway_refund_id")].toString());

    QVERIFY2(m_sandbox.secPaidReview(12345, true), qPrintable(m_sandbox.lastError()));
    polled = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(polled.outcome, GatewayOutcome::Ok);
    QCOMPARE(polled.status, RefundStatus::Succeeded);
}

void TestContractSecPaid::partialRefundIsPendingThenRejected()
{
    const Sale sale = saleOf(12346, 2000);
    const Refund refund = refundOf(sale, 500);
    const RefundResult submitted = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(submitted.outcome, GatewayOutcome::Ok);
    QCOMPARE(submitted.status, RefundStatus::Pending);
    QCOMPARE(executedRefunds().at(0)[QLatin1String("amount_minor")].toInteger(), 500);

    QVERIFY2(m_sandbox.secPaidReview(12346, false), qPrintable(m_sandbox.lastError()));
    const RefundResult polled = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(polled.outcome, GatewayOutcome::Ok);
    QCOMPARE(polled.status, RefundStatus::Rejected);

    // A poll for a refund of another amount than SecPaid lists is for a person.
    Refund other = refund;
    other.amount = Money(501, eur);
    const RefundResult disagree = runRefund(m_gateway->status(other, sale));
    QCOMPARE(disagree.outcome, GatewayOutcome::Ok);
    QCOMPARE(disagree.status, RefundStatus::NeedsReview);
}

void TestContractSecPaid::amountIsSentExactly()
{
    const Sale sale = saleOf(12350, 9990);
    const RefundResult submitted = runRefund(m_gateway->refund({sale, refundOf(sale, 1999)}));
    QCOMPARE(submitted.outcome, GatewayOutcome::Ok);
    QCOMPARE(executedRefunds().at(0)[QLatin1String("amount_minor")].toInteger(), 1999);
}

void TestContractSecPaid::documentedRefusals_data()
{
    QTest::addColumn<qint64>("payId");
    QTest::addColumn<qint64>("saleMinor");
    QTest::addColumn<qint64>("refundMinor");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<QString>("words");

    QTest::newRow("Link is cancelled") << qint64(12347) << qint64(3500) << qint64(3500) << GatewayOutcome::Declined
                                       << QStringLiteral("Link is cancelled");
    QTest::newRow("Refund blocked by dispute")
        << qint64(12348) << qint64(8000) << qint64(1000) << GatewayOutcome::Declined
        << QStringLiteral("Refund blocked by dispute");
    QTest::newRow("Invalid link ID") << qint64(12349) << qint64(1500) << qint64(1500) << GatewayOutcome::NotFound
                                     << QStringLiteral("Invalid link ID");
    QTest::newRow("Invalid refund amount") << qint64(12350) << qint64(10000) << qint64(10000)
                                           << GatewayOutcome::Declined << QStringLiteral("Invalid refund amount");
}

void TestContractSecPaid::documentedRefusals()
{
    QFETCH(qint64, payId);
    QFETCH(qint64, saleMinor);
    QFETCH(qint64, refundMinor);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(QString, words);

    const Sale sale = saleOf(payId, saleMinor);
    const RefundResult result = runRefund(m_gateway->refund({sale, refundOf(sale, refundMinor)}));
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(words), qPrintable(result.message));
    QCOMPARE(result.gatewayCode, QStringLiteral("0"));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractSecPaid::secondRequestIsDeclined()
{
    const Sale sale = saleOf(12350, 9990);
    QCOMPARE(runRefund(m_gateway->refund({sale, refundOf(sale, 1000)})).outcome, GatewayOutcome::Ok);
    const RefundResult second = runRefund(m_gateway->refund({sale, refundOf(sale, 1000)}));
    QCOMPARE(second.outcome, GatewayOutcome::Declined);
    QVERIFY2(second.message.contains(QStringLiteral("Refund already requested")), qPrintable(second.message));
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractSecPaid::wrongTokenIsAuthFailed()
{
    GatewayContext context;
    context.network = &m_network;
    context.timeout = kTimeout;
    SecPaidGateway wrong(m_sandbox.url(QString()), QStringLiteral("not-a-token"), context);
    const Sale sale = saleOf(12345, 4999);
    const RefundResult result = runRefund(wrong.refund({sale, refundOf(sale, 4999)}));
    QCOMPARE(result.outcome, GatewayOutcome::AuthFailed);
    QCOMPARE(runLookup(wrong.lookup({GatewayId::SecPaid, SaleIdKind::TransactionId, QStringLiteral("12345")})).outcome,
             GatewayOutcome::AuthFailed);
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractSecPaid::nonEuroRefusedWithoutRequest()
{
    Sale sale = saleOf(12345, 4999);
    Refund refund = refundOf(sale, 4999);
    refund.amount = Money(4999, *Currency::fromCode(u"USD"));
    const RefundResult result = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QCOMPARE(m_sandbox.requestCount(kRefundRoute), 0);
}

void TestContractSecPaid::faultBeforeExecuting_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("http500") << QStringLiteral("http500");
    QTest::newRow("reset") << QStringLiteral("reset");
}

void TestContractSecPaid::faultBeforeExecuting()
{
    QFETCH(QString, mode);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const Sale sale = saleOf(12345, 4999);
    const Refund refund = refundOf(sale, 4999);

    const RefundResult lost = runRefund(m_gateway->refund({sale, refund}));
    // The adapter cannot know that nothing was executed: never "failed", never a success.
    QCOMPARE(lost.outcome, GatewayOutcome::OutcomeUnknown);
    QVERIFY(lost.message.contains(QStringLiteral("may or may not")));
    QCOMPARE(executedRefunds().size(), 0);

    // The lost-answer rule polls (nothing listed), then sends the identical request once.
    const RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(refund, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Pending);
    QCOMPARE(m_sandbox.requestCount(kListRoute), 1);
    QCOMPARE(m_sandbox.requestCount(kRefundRoute), 2);
    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 4999);
}

void TestContractSecPaid::faultAfterExecuting_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("drop-after") << QStringLiteral("drop-after");
    QTest::newRow("delay-after beyond the timeout") << QStringLiteral("delay-after:4000");
    QTest::newRow("malformed") << QStringLiteral("malformed");
}

void TestContractSecPaid::faultAfterExecuting()
{
    QFETCH(QString, mode);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const Sale sale = saleOf(12346, 2000);
    const Refund refund = refundOf(sale, 700);

    const RefundResult lost = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(lost.outcome, GatewayOutcome::OutcomeUnknown);
    QVERIFY(!lost.message.isEmpty());
    QCOMPARE(executedRefunds().size(), 1);

    // The poll finds the refund: no second request.
    const RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(refund, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Pending);
    QVERIFY(!resolved.gatewayRefundId.isEmpty());
    QCOMPARE(m_sandbox.requestCount(kRefundRoute), 1);
    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 700);
}

void TestContractSecPaid::rateLimitedRefund()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), QStringLiteral("rate-limit:30")));
    const Sale sale = saleOf(12345, 4999);
    const RefundResult result = runRefund(m_gateway->refund({sale, refundOf(sale, 4999)}));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 30);
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractSecPaid::failedPollNeverResends()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), QStringLiteral("http500")));
    const Sale sale = saleOf(12345, 4999);
    const Refund refund = refundOf(sale, 4999);
    QCOMPARE(runRefund(m_gateway->refund({sale, refund})).outcome, GatewayOutcome::OutcomeUnknown);

    for (const QString &mode : {QStringLiteral("http500"), QStringLiteral("reset"), QStringLiteral("malformed"),
                                QStringLiteral("rate-limit:20")}) {
        QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("status"), mode));
        const RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(refund, sale));
        QCOMPARE(resolved.outcome, GatewayOutcome::OutcomeUnknown);
        QVERIFY2(resolved.message.contains(QStringLiteral("still cannot tell")), qPrintable(resolved.message));
        QCOMPARE(m_sandbox.requestCount(kRefundRoute), 1);
        if (mode.startsWith(u"rate-limit"))
            QCOMPARE(resolved.retryAfterSeconds, 20);
    }
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractSecPaid::rateLimitedLookup()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("status"), QStringLiteral("rate-limit:45")));
    const LookupResult result =
        runLookup(m_gateway->lookup({GatewayId::SecPaid, SaleIdKind::TransactionId, QStringLiteral("12345")}));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 45);
}

void TestContractSecPaid::auditTrailHidesTheToken()
{
    const Sale sale = saleOf(12345, 4999);
    QCOMPARE(runRefund(m_gateway->refund({sale, refundOf(sale, 4999)})).outcome, GatewayOutcome::Ok);
    QVERIFY(m_audit.size() >= 2);
    bool sawRequest = false;
    for (const QByteArray &text : std::as_const(m_audit)) {
        QVERIFY2(!text.contains(kToken.toUtf8()), text.constData());
        sawRequest = sawRequest || text.contains("\"refund_amount\":49.99");
    }
    QVERIFY(sawRequest);
}

QTEST_GUILESS_MAIN(TestContractSecPaid)
#include "tst_contract_secpaid.moc"
