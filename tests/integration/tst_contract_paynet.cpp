#include "SandboxProcess.h"
#include "WebhookRecorder.h"
#include "gateways/paynet/PayNetGateway.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

const Currency myr = *Currency::fromCode(u"MYR");
const QString kRefundRoute = QStringLiteral("POST /v1/bw/refund");
const QString kEnquiryRoute = QStringLiteral("GET /v1/bw/refund");
const QString kRtpRoute = QStringLiteral("GET /v1/bw/rtp");
// Default seed (docs/gateways.md): refunds of these settle as their names say.
const QString kAccepted = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"); // 100.00, method 01
const QString kRejected = QStringLiteral("9b19e246-cc2a-4829-998f-67080cc732bb"); // 250.00, method 01
const QString kTimeout = QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"); // 40.00, method 02
const QString kPaymentRejected = QStringLiteral("d3aaeae8-aafc-4d81-9853-3828198ae0ee"); // 75.00
const QString kTooOld = QStringLiteral("d71fe48f-24b0-4cfe-89a1-6f787a67d6e5"); // 60.00, 120 days ago
constexpr std::chrono::milliseconds kTimeoutMs {1500};
constexpr int kWaitMs = 15000;

Sale saleOf(const QString &checkoutId, qint64 minor, const QString &method = QStringLiteral("01"))
{
    Sale sale;
    sale.gateway = GatewayId::PayNet;
    sale.transactionId = checkoutId;
    sale.amount = Money(minor, myr);
    sale.method = method;
    sale.gatewayStatus = QStringLiteral("CLEARED");
    sale.gatewaySaysRefundable = true;
    return sale;
}

Refund refundOf(const Sale &sale, qint64 minor)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.gateway = GatewayId::PayNet;
    refund.transactionId = sale.transactionId;
    refund.amount = Money(minor, myr);
    refund.fullRefund = minor == sale.amount.minorUnits();
    refund.storeId = QStringLiteral("KL-01");
    refund.registerId = QStringLiteral("2");
    refund.createdAt = QDateTime::currentDateTimeUtc();
    return refund;
}

QString idOf(const Refund &refund)
{
    return refund.refundId.toString(QUuid::WithoutBraces);
}

} // namespace

// The PayNet adapter against the real refund-sandbox: payment enquiry, full and partial
// refunds, the refund enquiry, signed webhooks, the refusals, and every fault mode with
// the lost-answer rule (the same refundId again, with a new JWT).
class TestContractPayNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lookupFindsThePayment();
    void lookupOfOtherPayments_data();
    void lookupOfOtherPayments();
    void lookupIsThrottledLocally();
    void rateLimitedLookup();
    void fullRefundThenEnquiry();
    void partialRefundsAreExact();
    void enquiryMapsEverySettlement_data();
    void enquiryMapsEverySettlement();
    void enquiryTooEarly();
    void webhooksAreVerified_data();
    void webhooksAreVerified();
    void refusals_data();
    void refusals();
    void wrongKeyIsAuthFailed();
    void faultBeforeExecuting_data();
    void faultBeforeExecuting();
    void faultAfterExecuting_data();
    void faultAfterExecuting();
    void rateLimitedRefund();
    void declinedRepeatIsSettledByTheEnquiry();
    void auditTrailHidesTheJwt();

private:
    LookupResult runLookup(LookupJob *job);
    RefundResult runRefund(RefundJob *job);
    QJsonArray executedRefunds();
    std::unique_ptr<PayNetGateway> makeGateway(const QString &privateKeyPath);

    SandboxProcess m_sandbox {{QStringLiteral("--paynet-settle-ms"), QStringLiteral("0"),
                               QStringLiteral("--paynet-enquiry-min-age-s"), QStringLiteral("0")}};
    WebhookRecorder m_webhooks;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<PayNetGateway> m_gateway;
    QList<QByteArray> m_audit;
};

void TestContractPayNet::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
    QVERIFY(m_webhooks.listen());
    QVERIFY(m_dir.isValid());
    QFile key(m_dir.filePath(QStringLiteral("paynet-public.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    const QByteArray pem = m_sandbox.payNetPublicKeyPem();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    key.write(pem);
}

std::unique_ptr<PayNetGateway> TestContractPayNet::makeGateway(const QString &privateKeyPath)
{
    GatewayContext context;
    context.network = &m_network;
    context.timeout = kTimeoutMs;
    context.auditSink = [this](const QString &, const QByteArray &text) {
        m_audit.append(text);
    };
    PayNetConfig config;
    config.baseUrl = m_sandbox.url(QString());
    config.clientId = QStringLiteral("sandbox-client-0001");
    config.merchantId = QStringLiteral("M0000201861");
    config.keyName = QStringLiteral("sandbox-merchant-key-1");
    config.privateKeyPath = privateKeyPath;
    config.gatewayPublicKeyPath = m_dir.filePath(QStringLiteral("paynet-public.pem"));
    PayNetGateway::Created created = PayNetGateway::create(config, context);
    if (!created.gateway)
        qWarning("%s", qPrintable(created.message));
    return std::move(created.gateway);
}

void TestContractPayNet::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
    QVERIFY2(m_sandbox.configure(
                 {{QStringLiteral("paynet_enquiry_min_age_s"), 0}, {QStringLiteral("paynet_webhook_url"), QString()}}),
             qPrintable(m_sandbox.lastError()));
    m_audit.clear();
    m_gateway = makeGateway(m_sandbox.merchantKeyPath());
    QVERIFY(m_gateway);
}

LookupResult TestContractPayNet::runLookup(LookupJob *job)
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

RefundResult TestContractPayNet::runRefund(RefundJob *job)
{
    QSignalSpy spy(job, &RefundJob::finished);
    job->start();
    if (!spy.wait(kWaitMs)) {
        RefundResult timedOut;
        timedOut.message = QStringLiteral("the job did not finish");
        return timedOut;
    }
    QTest::qWait(50);
    if (spy.count() != 1) {
        RefundResult twice;
        twice.message = QStringLiteral("finished() came %1 times").arg(spy.count());
        return twice;
    }
    return spy.at(0).at(0).value<RefundResult>();
}

QJsonArray TestContractPayNet::executedRefunds()
{
    return m_sandbox.state().value(QLatin1String("refunds")).toArray();
}

void TestContractPayNet::lookupFindsThePayment()
{
    const LookupResult result = runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, kAccepted}));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.sale.gateway, GatewayId::PayNet);
    QCOMPARE(result.sale.transactionId, kAccepted);
    QCOMPARE(result.sale.amount, Money(10000, myr));
    QCOMPARE(result.sale.method, QStringLiteral("01"));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("CLEARED"));
    QVERIFY(result.sale.gatewaySaysRefundable);
    QCOMPARE(result.sale.reference, QStringLiteral("20240925M0000201861OBW00000101"));
    const qint64 age = result.sale.paidAt.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(age > 5 * 86400 - 600 && age < 5 * 86400 + 600, qPrintable(result.sale.paidAt.toString(Qt::ISODate)));
}

void TestContractPayNet::lookupOfOtherPayments_data()
{
    QTest::addColumn<QString>("checkoutId");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<bool>("refundable");

    QTest::newRow("REJECTED payment") << kPaymentRejected << GatewayOutcome::Ok << false;
    QTest::newRow("PENDAUTH payment") << QStringLiteral("55307c1b-f8cc-41e4-b311-53ad3cf36541") << GatewayOutcome::Ok
                                      << false;
    QTest::newRow("unknown payment") << QStringLiteral("00000000-0000-4000-8000-000000000000")
                                     << GatewayOutcome::NotFound << false;
}

void TestContractPayNet::lookupOfOtherPayments()
{
    QFETCH(QString, checkoutId);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(bool, refundable);
    const LookupResult result =
        runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, checkoutId}));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
}

void TestContractPayNet::lookupIsThrottledLocally()
{
    QCOMPARE(runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, kAccepted})).outcome,
             GatewayOutcome::Ok);
    const LookupResult again = runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, kAccepted}));
    QCOMPARE(again.outcome, GatewayOutcome::NotExecuted);
    QVERIFY2(again.retryAfterSeconds > 25 && again.retryAfterSeconds <= 30, qPrintable(again.message));
    QCOMPARE(m_sandbox.requestCount(kRtpRoute), 1);
    // Another payment is not held back.
    QCOMPARE(runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, kRejected})).outcome,
             GatewayOutcome::Ok);
    QCOMPARE(m_sandbox.requestCount(kRtpRoute), 2);
}

void TestContractPayNet::rateLimitedLookup()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("query"), QStringLiteral("rate-limit:30")));
    const LookupResult result = runLookup(m_gateway->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, kAccepted}));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 30);
}

void TestContractPayNet::fullRefundThenEnquiry()
{
    const Sale sale = saleOf(kAccepted, 10000);
    const Refund refund = refundOf(sale, 10000);
    const RefundResult submitted = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(submitted.outcome, GatewayOutcome::Ok);
    QCOMPARE(submitted.status, RefundStatus::Pending);
    QCOMPARE(submitted.gatewayRefundId.size(), 30);

    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QLatin1String("refund_id")].toString(), idOf(refund));
    QCOMPARE(refunds.at(0)[QLatin1String("gateway_refund_id")].toString(), submitted.gatewayRefundId);
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 10000);

    RefundResult enquiry = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(enquiry.outcome, GatewayOutcome::Ok);
    QCOMPARE(enquiry.status, RefundStatus::Pending);
    QCOMPARE(enquiry.gatewayRefundId, submitted.gatewayRefundId);

    QVERIFY2(m_sandbox.payNetSettle(idOf(refund), QStringLiteral("ACCEPTED")), qPrintable(m_sandbox.lastError()));
    enquiry = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(enquiry.outcome, GatewayOutcome::Ok);
    QCOMPARE(enquiry.status, RefundStatus::Succeeded);
}

void TestContractPayNet::partialRefundsAreExact()
{
    const Sale sale = saleOf(kRejected, 25000);
    const Refund first = refundOf(sale, 1999);
    const Refund second = refundOf(sale, 10);
    QCOMPARE(runRefund(m_gateway->refund({sale, first})).outcome, GatewayOutcome::Ok);
    QCOMPARE(runRefund(m_gateway->refund({sale, second})).outcome, GatewayOutcome::Ok);
    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 1999);
    QCOMPARE(refunds.at(1)[QLatin1String("amount_minor")].toInteger(), 10);
}

void TestContractPayNet::enquiryMapsEverySettlement_data()
{
    QTest::addColumn<QString>("substate");
    QTest::addColumn<RefundStatus>("status");

    QTest::newRow("ACCEPTED") << QStringLiteral("ACCEPTED") << RefundStatus::Succeeded;
    QTest::newRow("REJECTED") << QStringLiteral("REJECTED") << RefundStatus::Rejected;
    QTest::newRow("TIMEOUT") << QStringLiteral("TIMEOUT") << RefundStatus::NeedsReview;
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << RefundStatus::Pending;
}

void TestContractPayNet::enquiryMapsEverySettlement()
{
    QFETCH(QString, substate);
    QFETCH(RefundStatus, status);
    const Sale sale = saleOf(kTimeout, 4000, QStringLiteral("02"));
    const Refund refund = refundOf(sale, 1500);
    QCOMPARE(runRefund(m_gateway->refund({sale, refund})).outcome, GatewayOutcome::Ok);
    QVERIFY2(m_sandbox.payNetSettle(idOf(refund), substate), qPrintable(m_sandbox.lastError()));
    const RefundResult enquiry = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(enquiry.outcome, GatewayOutcome::Ok);
    QCOMPARE(enquiry.status, status);
}

void TestContractPayNet::enquiryTooEarly()
{
    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_enquiry_min_age_s"), 3600}}));
    const Sale sale = saleOf(kAccepted, 10000);
    const Refund refund = refundOf(sale, 500);
    QCOMPARE(runRefund(m_gateway->refund({sale, refund})).outcome, GatewayOutcome::Ok);
    const RefundResult enquiry = runRefund(m_gateway->status(refund, sale));
    QCOMPARE(enquiry.outcome, GatewayOutcome::NotExecuted);
    QVERIFY2(enquiry.retryAfterSeconds > 3500 && enquiry.retryAfterSeconds <= 3600, qPrintable(enquiry.message));
}

void TestContractPayNet::webhooksAreVerified_data()
{
    QTest::addColumn<QString>("checkoutId");
    QTest::addColumn<qint64>("saleMinor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<RefundStatus>("status");

    QTest::newRow("accepted") << kAccepted << qint64(10000) << QStringLiteral("01") << RefundStatus::Succeeded;
    QTest::newRow("rejected") << kRejected << qint64(25000) << QStringLiteral("01") << RefundStatus::Rejected;
    QTest::newRow("timeout") << kTimeout << qint64(4000) << QStringLiteral("02") << RefundStatus::NeedsReview;
}

void TestContractPayNet::webhooksAreVerified()
{
    QFETCH(QString, checkoutId);
    QFETCH(qint64, saleMinor);
    QFETCH(QString, method);
    QFETCH(RefundStatus, status);

    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_webhook_url"), m_webhooks.url().toString()},
                                 {QStringLiteral("paynet_settle_ms"), 200}}));
    m_webhooks.setAnswers({{200, QByteArrayLiteral("OK")}});
    const int before = static_cast<int>(m_webhooks.received().size());
    const Sale sale = saleOf(checkoutId, saleMinor, method);
    const Refund refund = refundOf(sale, 1234);
    QCOMPARE(runRefund(m_gateway->refund({sale, refund})).outcome, GatewayOutcome::Ok);
    QVERIFY(m_webhooks.waitForRequests(before + 1, 10000));
    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_settle_ms"), 0}}));

    const WebhookRecorder::Received &received = m_webhooks.received().at(before);
    WebhookRequest request;
    request.body = received.body;
    request.contentType = received.header("Content-Type");
    for (const auto &[name, value] : received.headers)
        request.headers.append({name.toLower(), value});
    QVERIFY(m_gateway->acceptsWebhooks());
    const WebhookEvent event = m_gateway->verifyWebhook(request);
    QCOMPARE(event.verdict, WebhookEvent::Verdict::Accepted);
    QCOMPARE(event.refundId, refund.refundId);
    QCOMPARE(event.status, status);
    QCOMPARE(event.amount, Money(1234, myr));
    QCOMPARE(event.transactionId, checkoutId);
    QCOMPARE(event.gatewayRefundId, executedRefunds().at(0)[QLatin1String("gateway_refund_id")].toString());

    // The same webhook with one byte of the body changed is refused.
    WebhookRequest tampered = request;
    tampered.body.replace("12.34", "92.34");
    QCOMPARE(m_gateway->verifyWebhook(tampered).verdict, WebhookEvent::Verdict::BadSignature);
}

void TestContractPayNet::refusals_data()
{
    QTest::addColumn<QString>("checkoutId");
    QTest::addColumn<qint64>("saleMinor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("refundMinor");
    QTest::addColumn<GatewayOutcome>("outcome");

    QTest::newRow("payment not CLEARED") << kPaymentRejected << qint64(7500) << QStringLiteral("01") << qint64(7500)
                                         << GatewayOutcome::Declined;
    QTest::newRow("more than 90 days ago")
        << kTooOld << qint64(6000) << QStringLiteral("01") << qint64(6000) << GatewayOutcome::Declined;
    QTest::newRow("more than the payment")
        << kAccepted << qint64(10000) << QStringLiteral("01") << qint64(10001) << GatewayOutcome::Declined;
    QTest::newRow("not the payment's method")
        << kAccepted << qint64(10000) << QStringLiteral("02") << qint64(100) << GatewayOutcome::Declined;
    QTest::newRow("unknown payment") << QStringLiteral("00000000-0000-4000-8000-000000000000") << qint64(100)
                                     << QStringLiteral("01") << qint64(100) << GatewayOutcome::NotFound;
}

void TestContractPayNet::refusals()
{
    QFETCH(QString, checkoutId);
    QFETCH(qint64, saleMinor);
    QFETCH(QString, method);
    QFETCH(qint64, refundMinor);
    QFETCH(GatewayOutcome, outcome);

    const Sale sale = saleOf(checkoutId, saleMinor, method);
    const RefundResult result = runRefund(m_gateway->refund({sale, refundOf(sale, refundMinor)}));
    QCOMPARE(result.outcome, outcome);
    QVERIFY(result.message.contains(QStringLiteral("PayNet")));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPayNet::wrongKeyIsAuthFailed()
{
    const QString path = m_dir.filePath(QStringLiteral("other-merchant.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(RsaKey::generate().privateKeyPem());
    file.close();
    const std::unique_ptr<PayNetGateway> wrong = makeGateway(path);
    QVERIFY(wrong);
    const Sale sale = saleOf(kAccepted, 10000);
    const RefundResult result = runRefund(wrong->refund({sale, refundOf(sale, 100)}));
    QCOMPARE(result.outcome, GatewayOutcome::AuthFailed);
    QVERIFY2(result.message.contains(QStringLiteral("JWT refused")), qPrintable(result.message));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPayNet::faultBeforeExecuting_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("http500") << QStringLiteral("http500");
    QTest::newRow("reset") << QStringLiteral("reset");
}

void TestContractPayNet::faultBeforeExecuting()
{
    QFETCH(QString, mode);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const Sale sale = saleOf(kAccepted, 10000);
    const Refund refund = refundOf(sale, 2500);

    const RefundResult lost = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(lost.outcome, GatewayOutcome::OutcomeUnknown);
    QVERIFY(lost.message.contains(QStringLiteral("may or may not")));
    QCOMPARE(executedRefunds().size(), 0);

    // The same refundId again: executed now, once.
    const RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(refund, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Pending);
    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[QLatin1String("refund_id")].toString(), idOf(refund));
    QCOMPARE(m_sandbox.requestCount(kRefundRoute), 2);
}

void TestContractPayNet::faultAfterExecuting_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("drop-after") << QStringLiteral("drop-after");
    QTest::newRow("delay-after beyond the timeout") << QStringLiteral("delay-after:4000");
    QTest::newRow("malformed") << QStringLiteral("malformed");
}

void TestContractPayNet::faultAfterExecuting()
{
    QFETCH(QString, mode);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const Sale sale = saleOf(kAccepted, 10000);
    const Refund refund = refundOf(sale, 2500);

    const RefundResult lost = runRefund(m_gateway->refund({sale, refund}));
    QCOMPARE(lost.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(executedRefunds().size(), 1);

    // PayNet answers the repeated refundId with the first refund's result, executing nothing.
    const RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(refund, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Pending);
    const QJsonArray refunds = executedRefunds();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(resolved.gatewayRefundId, refunds.at(0)[QLatin1String("gateway_refund_id")].toString());
    QCOMPARE(refunds.at(0)[QLatin1String("amount_minor")].toInteger(), 2500);
}

void TestContractPayNet::rateLimitedRefund()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("refund"), QStringLiteral("rate-limit:30")));
    const Sale sale = saleOf(kAccepted, 10000);
    const RefundResult result = runRefund(m_gateway->refund({sale, refundOf(sale, 100)}));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 30);
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPayNet::declinedRepeatIsSettledByTheEnquiry()
{
    const Sale sale = saleOf(kAccepted, 10000);
    QCOMPARE(runRefund(m_gateway->refund({sale, refundOf(sale, 10000)})).outcome, GatewayOutcome::Ok);

    // A second refund is lost before PayNet executes it; its repeat is declined (nothing
    // remains), and only the enquiry's "not found" makes it NotExecuted.
    QVERIFY(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("refund"), QStringLiteral("http500")));
    const Refund second = refundOf(sale, 1000);
    QCOMPARE(runRefund(m_gateway->refund({sale, second})).outcome, GatewayOutcome::OutcomeUnknown);
    RefundResult resolved = runRefund(m_gateway->resolveLostAnswer(second, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::NotExecuted);
    QVERIFY2(resolved.message.contains(QStringLiteral("no refund with this refund id")), qPrintable(resolved.message));
    QCOMPARE(m_sandbox.requestCount(kEnquiryRoute), 1);

    // When the enquiry gives no clear answer, it stays unknown, with the wait.
    QVERIFY(m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("status"), QStringLiteral("rate-limit:60")));
    resolved = runRefund(m_gateway->resolveLostAnswer(second, sale));
    QCOMPARE(resolved.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(resolved.retryAfterSeconds, 60);
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractPayNet::auditTrailHidesTheJwt()
{
    const Sale sale = saleOf(kAccepted, 10000);
    QCOMPARE(runRefund(m_gateway->refund({sale, refundOf(sale, 1000)})).outcome, GatewayOutcome::Ok);
    bool sawAuthorization = false;
    for (const QByteArray &text : std::as_const(m_audit)) {
        QVERIFY2(!text.contains("eyJ"), text.constData());
        sawAuthorization = sawAuthorization || text.contains("Authorization: ****");
    }
    QVERIFY(sawAuthorization);
}

QTEST_GUILESS_MAIN(TestContractPayNet)
#include "tst_contract_paynet.moc"
