#include "gateways/paynet/PayNetGateway.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)

namespace {

const QString checkoutId = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3");

} // namespace

// PayNetGateway itself: what it can do, how it is made from configuration, its local
// throttle of payment enquiries (with an injected clock) and refusals before any request.
class TestPayNetGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilities();
    void createFromConfiguration_data();
    void createFromConfiguration();
    void paymentEnquiryThrottle();
    void lookupByReferenceIsRefused();
    void refundRefusedBeforeAnyRequest();
    void webhookWithoutKeyIsRefused();

private:
    std::unique_ptr<PayNetGateway> gateway(const QString &publicKeyFile = {});
    LookupResult runLookup(LookupJob *job);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QTcpServer m_closedPort; // a loopback port nobody answers on once closed
    quint16 m_port = 0;
    QDateTime m_now = QDateTime(QDate(2024, 9, 27), QTime(10, 0), Qt::UTC);
    RsaKey m_key;
};

void TestPayNetGateway::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = RsaKey::generate();
    writeFile(QStringLiteral("merchant.pem"), m_key.privateKeyPem());
    writeFile(QStringLiteral("merchant-public.pem"), m_key.publicKeyPem());
    writeFile(QStringLiteral("junk.pem"), "not a key");
    QVERIFY(m_closedPort.listen(QHostAddress::LocalHost));
    m_port = m_closedPort.serverPort();
    m_closedPort.close();
}

QString TestPayNetGateway::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return file.fileName();
}

std::unique_ptr<PayNetGateway> TestPayNetGateway::gateway(const QString &publicKeyFile)
{
    PayNetConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    config.clientId = QStringLiteral("client");
    config.merchantId = QStringLiteral("merchant");
    config.keyName = QStringLiteral("key");
    config.privateKeyPath = m_dir.filePath(QStringLiteral("merchant.pem"));
    config.gatewayPublicKeyPath = publicKeyFile;
    GatewayContext context;
    context.network = &m_network;
    PayNetGateway::Created created = PayNetGateway::create(config, context, [this] { return m_now; });
    return std::move(created.gateway);
}

LookupResult TestPayNetGateway::runLookup(LookupJob *job)
{
    QSignalSpy spy(job, &LookupJob::finished);
    job->start();
    if (!spy.wait(10000))
        return LookupResult();
    return spy.at(0).at(0).value<LookupResult>();
}

void TestPayNetGateway::capabilities()
{
    const auto paynet = gateway();
    QVERIFY(paynet);
    QCOMPARE(paynet->id(), GatewayId::PayNet);
    const GatewayCapabilities caps = paynet->capabilities();
    QVERIFY(caps.canQuerySale);
    QVERIFY(caps.partialRefunds);
    QVERIFY(caps.asynchronousOutcome);
    QVERIFY(caps.webhooks);
    QCOMPARE(caps.refundWindowDays, 90);
    QCOMPARE(caps.refundsPerPayment, 0);
    QVERIFY(!caps.amountRequiredForFull);
    QVERIFY(!caps.amountForbiddenForFull);
    QVERIFY(caps.refundableMethods.isEmpty());
    QVERIFY(paynet->acceptsWebhooks());
}

void TestPayNetGateway::createFromConfiguration_data()
{
    QTest::addColumn<QString>("privateKey");
    QTest::addColumn<QString>("publicKey");
    QTest::addColumn<QString>("error"); // empty: created

    QTest::newRow("private key, no PayNet key") << QStringLiteral("merchant.pem") << QString() << QString();
    QTest::newRow("private key and PayNet key")
        << QStringLiteral("merchant.pem") << QStringLiteral("merchant-public.pem") << QString();
    QTest::newRow("missing private key") << QStringLiteral("absent.pem") << QString()
                                         << QStringLiteral("private key could not be loaded");
    QTest::newRow("public key as private key")
        << QStringLiteral("merchant-public.pem") << QString() << QStringLiteral("only a public key");
    QTest::newRow("junk PayNet key") << QStringLiteral("merchant.pem") << QStringLiteral("junk.pem")
                                     << QStringLiteral("public key (for webhooks) could not be loaded");
}

void TestPayNetGateway::createFromConfiguration()
{
    QFETCH(QString, privateKey);
    QFETCH(QString, publicKey);
    QFETCH(QString, error);

    PayNetConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://paynet.example"));
    config.privateKeyPath = m_dir.filePath(privateKey);
    config.gatewayPublicKeyPath = publicKey.isEmpty() ? QString() : m_dir.filePath(publicKey);
    const PayNetGateway::Created created = PayNetGateway::create(config, GatewayContext());
    QCOMPARE(created.gateway == nullptr, !error.isEmpty());
    QVERIFY2(created.message.contains(error), qPrintable(created.message));
    QCOMPARE(created.message.isEmpty(), error.isEmpty());
}

void TestPayNetGateway::paymentEnquiryThrottle()
{
    const auto paynet = gateway();
    QVERIFY(paynet);
    const SaleRef ref {GatewayId::PayNet, SaleIdKind::TransactionId, checkoutId};

    // The first enquiry goes out (and finds nobody listening).
    LookupResult result = runLookup(paynet->lookup(ref));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 0);

    // 10.5 s later PayNet would answer 429: RefundDesk does not ask.
    m_now = m_now.addMSecs(10500);
    result = runLookup(paynet->lookup(ref));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 20);
    QVERIFY2(result.message.contains(QStringLiteral("in 20 second")), qPrintable(result.message));

    // Another payment is not held back.
    result = runLookup(paynet->lookup({GatewayId::PayNet, SaleIdKind::TransactionId, QStringLiteral("other")}));
    QCOMPARE(result.retryAfterSeconds, 0);

    // 30 s after the first, it may ask again.
    m_now = m_now.addMSecs(19500);
    result = runLookup(paynet->lookup(ref));
    QCOMPARE(result.outcome, GatewayOutcome::NotExecuted);
    QCOMPARE(result.retryAfterSeconds, 0);
    QVERIFY(!result.message.contains(QStringLiteral("one enquiry per payment")));
}

void TestPayNetGateway::lookupByReferenceIsRefused()
{
    const auto paynet = gateway();
    const LookupResult result = runLookup(paynet->lookup({GatewayId::PayNet, SaleIdKind::Reference, checkoutId}));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QVERIFY(result.message.contains(QStringLiteral("checkout id")));
}

void TestPayNetGateway::refundRefusedBeforeAnyRequest()
{
    const auto paynet = gateway();
    Sale sale;
    sale.gateway = GatewayId::PayNet;
    sale.transactionId = checkoutId;
    sale.method = QStringLiteral("01");
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.amount = Money(1000, *Currency::fromCode(u"EUR"));
    RefundJob *job = paynet->refund({sale, refund});
    QSignalSpy spy(job, &RefundJob::finished);
    job->start();
    QCOMPARE(spy.count(), 0); // always from the event loop
    QVERIFY(spy.wait(5000));
    const RefundResult result = spy.at(0).at(0).value<RefundResult>();
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QVERIFY(result.message.contains(QStringLiteral("only in MYR")));

    // The lost-answer rule for a refund that could never have been sent: not executed.
    RefundJob *lost = paynet->resolveLostAnswer(refund, sale);
    QSignalSpy lostSpy(lost, &RefundJob::finished);
    lost->start();
    QVERIFY(lostSpy.wait(5000));
    QCOMPARE(lostSpy.at(0).at(0).value<RefundResult>().outcome, GatewayOutcome::NotExecuted);
}

void TestPayNetGateway::webhookWithoutKeyIsRefused()
{
    const auto paynet = gateway();
    WebhookRequest request;
    request.body = "{}";
    request.headers = {{"authorization", "Bearer a.b.c"}};
    const WebhookEvent event = paynet->verifyWebhook(request);
    QCOMPARE(event.verdict, WebhookEvent::Verdict::BadSignature);
    QVERIFY(event.message.contains(QStringLiteral("No PayNet public key")));
}

QTEST_GUILESS_MAIN(TestPayNetGateway)
#include "tst_paynetgateway.moc"
