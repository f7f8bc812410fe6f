#include "gateways/secpaid/SecPaidGateway.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)

// SecPaidGateway itself: what it can do, how it is made from configuration, and the
// refusals it gives before any request.
class TestSecPaidGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capabilities();
    void createFromConfiguration_data();
    void createFromConfiguration();
    void lookupByReferenceIsRefused();
    void refundRefusedBeforeAnyRequest();
    void noWebhooks();

private:
    RefundResult runRefund(RefundJob *job);

    QNetworkAccessManager m_network;
};

RefundResult TestSecPaidGateway::runRefund(RefundJob *job)
{
    QSignalSpy spy(job, &RefundJob::finished);
    job->start();
    if (spy.count() != 0 || !spy.wait(5000))
        return RefundResult();
    return spy.at(0).at(0).value<RefundResult>();
}

void TestSecPaidGateway::capabilities()
{
    const SecPaidGateway secpaid(QUrl(QStringLiteral("https://app.secpaid.com")), QStringLiteral("t"),
                                 GatewayContext());
    QCOMPARE(secpaid.id(), GatewayId::SecPaid);
    const GatewayCapabilities caps = secpaid.capabilities();
    QVERIFY(caps.canQuerySale);
    QVERIFY(caps.partialRefunds);
    QVERIFY(caps.amountRequiredForFull);
    QVERIFY(!caps.amountForbiddenForFull);
    QVERIFY(caps.asynchronousOutcome);
    QVERIFY(!caps.webhooks);
    QCOMPARE(caps.refundsPerPayment, 1);
    QCOMPARE(caps.refundWindowDays, 0);
    QVERIFY(caps.refundableMethods.isEmpty());
}

void TestSecPaidGateway::createFromConfiguration_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("error"); // empty: created

    QTest::newRow("literal token") << QStringLiteral("abc") << QString();
    QTest::newRow("unset environment variable")
        << QStringLiteral("env:REFUNDDESK_TEST_NO_SUCH_VARIABLE")
        << QStringLiteral("The SecPaid token (env:REFUNDDESK_TEST_NO_SUCH_VARIABLE) cannot be read: ");
    QTest::newRow("no token") << QString() << QStringLiteral("The SecPaid token is not set.");
}

void TestSecPaidGateway::createFromConfiguration()
{
    QFETCH(QString, token);
    QFETCH(QString, error);

    SecPaidConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://app.secpaid.com"));
    config.token = SecretValue(token);
    const SecPaidGateway::Created created = SecPaidGateway::create(config, GatewayContext());
    QCOMPARE(created.gateway == nullptr, !error.isEmpty());
    QVERIFY2(created.message.contains(error), qPrintable(created.message));
    QCOMPARE(created.message.isEmpty(), error.isEmpty());
}

void TestSecPaidGateway::lookupByReferenceIsRefused()
{
    GatewayContext context;
    context.network = &m_network;
    SecPaidGateway secpaid(QUrl(QStringLiteral("https://app.secpaid.com")), QStringLiteral("t"), context);
    LookupJob *job = secpaid.lookup({GatewayId::SecPaid, SaleIdKind::Reference, QStringLiteral("12345")});
    QSignalSpy spy(job, &LookupJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    const LookupResult result = spy.at(0).at(0).value<LookupResult>();
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QVERIFY(result.message.contains(QStringLiteral("pay_id")));
}

void TestSecPaidGateway::refundRefusedBeforeAnyRequest()
{
    GatewayContext context;
    context.network = &m_network;
    SecPaidGateway secpaid(QUrl(QStringLiteral("https://app.secpaid.com")), QStringLiteral("t"), context);
    Sale sale;
    sale.gateway = GatewayId::SecPaid;
    sale.transactionId = QStringLiteral("12345");
    sale.amount = Money(4999, *Currency::fromCode(u"EUR"));
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.amount = Money(4999, *Currency::fromCode(u"USD"));

    const RefundResult result = runRefund(secpaid.refund({sale, refund}));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QVERIFY(result.message.contains(QStringLiteral("only in EUR")));

    // A refund that could never have been sent was not executed.
    const RefundResult lost = runRefund(secpaid.resolveLostAnswer(refund, sale));
    QCOMPARE(lost.outcome, GatewayOutcome::NotExecuted);
    QVERIFY(lost.message.contains(QStringLiteral("only in EUR")));
}

void TestSecPaidGateway::noWebhooks()
{
    const SecPaidGateway secpaid(QUrl(QStringLiteral("https://app.secpaid.com")), QStringLiteral("t"),
                                 GatewayContext());
    QVERIFY(!secpaid.acceptsWebhooks());
    QCOMPARE(secpaid.verifyWebhook(WebhookRequest()).verdict, WebhookEvent::Verdict::Ignored);
}

QTEST_GUILESS_MAIN(TestSecPaidGateway)
#include "tst_secpaidgateway.moc"
