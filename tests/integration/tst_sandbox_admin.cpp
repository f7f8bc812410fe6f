#include "SandboxProcess.h"
#include "gateways/paynet/Jwt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A PayNet merchant public key for seeds that name one (no key pair is kept in the repository).
bool writeMerchantPublicKey(const QString &path)
{
    return writeFile(path, RsaKey::generate().publicKeyPem());
}

// A small seed of one sale per gateway, its PayNet key file beside it.
QByteArray smallSeed(const QString &keyFile)
{
    return QStringLiteral(R"({
  "format": "refund-sandbox-seed/1",
  "pockyt": {
    "merchants": [{ "merchantNo": "1", "storeNo": "2", "apiToken": "t" }],
    "sales": [{ "transactionNo": "900", "reference": "R900", "merchantNo": "1", "storeNo": "2",
                "amount": "1.00", "currency": "USD", "settleCurrency": "USD", "status": "success", "paid_days_ago": 1 }]
  },
  "pwv3": {
    "accounts": [{ "id": "a", "apiKey": "k", "partial_refunds": true }],
    "sales": [{ "transactionId": "1-2-3", "referenceNo": "ref", "account": "a", "amount": "2.00", "currency": "EUR",
                "paymentMethod": "VISA", "status": "APPROVED", "paid_days_ago": 0 }]
  },
  "secpaid": {
    "accounts": [{ "id": "s", "token": "tok" }],
    "sales": [{ "pay_id": 7, "account": "s", "amount": "3.00", "currency": "EUR", "status": "paid",
                "disputed": false, "paid_days_ago": 0 }]
  },
  "paynet": {
    "merchant": { "clientId": "c", "merchantId": "m", "keyName": "k", "public_key_file": "%1" },
    "sales": [{ "checkoutId": "b4e6c575-5393-4a1e-a231-269e9a3f8af3", "endToEndId": "E1", "amount": "4.00",
                "currency": "MYR", "paymentMethod": "01", "issuer": "Ambank", "status": "CLEARED",
                "paid_days_ago": 0, "refund_outcome": "ACCEPTED" }]
  }
})")
        .arg(keyFile)
        .toUtf8();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runSandbox(const QStringList &arguments)
{
    QProcess process;
    process.start(SandboxProcess::executablePath(), arguments);
    Run run;
    if (!process.waitForFinished(15000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestSandboxAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachSandboxGetsItsOwnPort();
    void stateCountsRequestsAndResetForgets();
    void configRoundTrip();
    void unknownRoutes();
    void usageIsServedAndPrinted();
    void payNetKeysFromAndToFiles();
    void seedFromFile();
    void badSeedsAreRefused_data();
    void badSeedsAreRefused();
    void printDefaultSeed();

private:
    SandboxProcess m_sandbox;
};

void TestSandboxAdmin::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxAdmin::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxAdmin::eachSandboxGetsItsOwnPort()
{
    SandboxProcess second;
    QVERIFY2(second.start(), qPrintable(second.lastError()));
    QVERIFY(second.port() != 0);
    QVERIFY(second.port() != m_sandbox.port());
    QVERIFY(second.isRunning());
    second.stop();
    QVERIFY(!second.isRunning());
}

void TestSandboxAdmin::stateCountsRequestsAndResetForgets()
{
    const auto refund = m_sandbox.http().post(
        m_sandbox.url(QStringLiteral("/api/v2/refundPayment")), QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"pay_id\":12346,\"refund_amount\":20.00}"),
        {{QByteArrayLiteral("token"), QByteArrayLiteral("secpaid-sandbox-token-main")}});
    QCOMPARE(refund.json().value(u"ResponseCode").toInt(), 1);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), QStringLiteral("reset")));

    QJsonObject state = m_sandbox.state();
    const QJsonObject executed = state.value(u"refunds").toArray().first().toObject();
    QCOMPARE(executed.value(u"number").toInt(), 1);
    QCOMPARE(executed.value(u"gateway").toString(), QStringLiteral("secpaid"));
    QCOMPARE(executed.value(u"sale").toString(), QStringLiteral("12346"));
    QCOMPARE(executed.value(u"currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(executed.value(u"amount_minor").toInteger(), 2000);
    QCOMPARE(executed.value(u"amount").toString(), QStringLiteral("20.00"));
    QVERIFY(QDateTime::fromString(executed.value(u"executed_at").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(state.value(u"requests").toObject().value(u"POST /api/v2/refundPayment").toInt(), 1);
    bool found = false;
    for (const QJsonValue &value : state.value(u"sales").toArray()) {
        const QJsonObject sale = value.toObject();
        if (sale.value(u"gateway").toString() == u"secpaid" && sale.value(u"sale").toString() == u"12346") {
            found = true;
            QCOMPARE(sale.value(u"refunded_minor").toInteger(), 2000);
            QCOMPARE(sale.value(u"refund_count").toInt(), 1);
        }
    }
    QVERIFY(found);
    QCOMPARE(state.value(u"sales").toArray().size(), 5 + 5 + 6 + 6);
    QCOMPARE(state.value(u"faults").toArray().size(), 1);

    QVERIFY(m_sandbox.reset());
    state = m_sandbox.state();
    QCOMPARE(state.value(u"refunds").toArray().size(), 0);
    QCOMPARE(state.value(u"requests").toObject().size(), 0);
    QCOMPARE(state.value(u"faults").toArray().size(), 0);
}

void TestSandboxAdmin::configRoundTrip()
{
    QVERIFY2(m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), QStringLiteral("http://127.0.0.1:1/ipn")},
                                  {QStringLiteral("paynet_settle_ms"), 1234}}),
             qPrintable(m_sandbox.lastError()));
    const QJsonObject settings = m_sandbox.state().value(u"settings").toObject();
    QCOMPARE(settings.value(u"pockyt_ipn_url").toString(), QStringLiteral("http://127.0.0.1:1/ipn"));
    QCOMPARE(settings.value(u"paynet_settle_ms").toInt(), 1234);
    QCOMPARE(settings.value(u"paynet_rtp_interval_s").toInt(), 30);
    QCOMPARE(settings.value(u"paynet_enquiry_min_age_s").toInt(), 3600);
    QCOMPARE(settings.value(u"secpaid_auto_approve_ms").toInt(), 0);

    QVERIFY(!m_sandbox.configure({{QStringLiteral("paynet_settle_ms"), -1}}));
    QVERIFY(!m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), QStringLiteral("ftp://x")}}));
    QVERIFY(!m_sandbox.configure({{QStringLiteral("no_such_setting"), 1}}));
    QCOMPARE(m_sandbox.state().value(u"settings").toObject().value(u"paynet_settle_ms").toInt(), 1234);
    QVERIFY(m_sandbox.configure(
        {{QStringLiteral("pockyt_ipn_url"), QString()}, {QStringLiteral("paynet_settle_ms"), 3000}}));
}

void TestSandboxAdmin::unknownRoutes()
{
    TestHttpClient &http = m_sandbox.http();
    QCOMPARE(http.get(m_sandbox.url(QStringLiteral("/_admin/nothing"))).status, 404);
    QCOMPARE(http.get(m_sandbox.url(QStringLiteral("/_admin/reset"))).status, 405);
    QCOMPARE(http.get(m_sandbox.url(QStringLiteral("/v2/unknown"))).status, 404);
    QCOMPARE(http.get(m_sandbox.url(QStringLiteral("/pw/v3/payment/refund"))).status, 405);
    QCOMPARE(http.post(m_sandbox.url(QStringLiteral("/v1/bw/rtp")), QByteArrayLiteral("application/json"), "{}").status,
             405);
    QCOMPARE(
        http.post(m_sandbox.url(QStringLiteral("/_admin/faults")), QByteArrayLiteral("application/json"), "[1]").status,
        400);
    QCOMPARE(m_sandbox.state().value(u"requests").toObject().size(), 0);
}

void TestSandboxAdmin::usageIsServedAndPrinted()
{
    const auto usage = m_sandbox.http().get(m_sandbox.url(QStringLiteral("/_admin")));
    QCOMPARE(usage.status, 200);
    QVERIFY(usage.body.contains("FAULT MODES"));
    const Run help = runSandbox({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text :
         {"--port", "--seed", "--fault", "--pockyt-ipn-url", "--paynet-webhook-url", "--ipn-retry-ms",
          "--paynet-public-key-out", "http500", "reset", "drop-after", "delay-after:MS", "malformed", "rate-limit:SECS",
          "POST   /_admin/faults", "GET    /_admin/state", "POST   /_admin/secpaid/review",
          "POST   /_admin/paynet/settle", "POST   /_admin/config"}) {
        QVERIFY2(help.out.contains(text), text);
    }
}

void TestSandboxAdmin::payNetKeysFromAndToFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RsaKey own = RsaKey::generate();
    const RsaKey merchant = RsaKey::generate();
    QVERIFY(writeFile(dir.filePath(QStringLiteral("own.pem")), own.privateKeyPem()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("merchant.pub.pem")), merchant.publicKeyPem()));

    SandboxProcess sandbox({QStringLiteral("--paynet-key"), dir.filePath(QStringLiteral("own.pem")),
                            QStringLiteral("--paynet-public-key-out"), dir.filePath(QStringLiteral("out.pem")),
                            QStringLiteral("--paynet-merchant-public-key"),
                            dir.filePath(QStringLiteral("merchant.pub.pem"))});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
    QCOMPARE(sandbox.payNetPublicKeyPem(), own.publicKeyPem());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("out.pem"))), own.publicKeyPem());

    // Requests signed with the configured merchant key pass; another key does not.
    const auto enquiryAt = [](SandboxProcess &target, const RsaKey &key) {
        const QJsonObject data {{QStringLiteral("checkoutId"), QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3")}};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims {
            {QStringLiteral("iss"), QStringLiteral("sandbox-client-0001")},
            {QStringLiteral("sub"), QStringLiteral("M0000201861")},
            {QStringLiteral("key"), QStringLiteral("sandbox-merchant-key-1")},
            {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("exp"), now + 60},
            {QStringLiteral("data"), data},
        };
        return target.http()
            .get(target.url(QStringLiteral("/v1/bw/rtp?checkoutId=b4e6c575-5393-4a1e-a231-269e9a3f8af3")),
                 {{QByteArrayLiteral("Authorization"), "Bearer " + Jwt::signRs256(claims, key)}})
            .status;
    };
    QCOMPARE(enquiryAt(sandbox, RsaKey::generate()), 401);
    QCOMPARE(enquiryAt(sandbox, merchant), 200);

    QVERIFY(writeMerchantPublicKey(dir.filePath(QStringLiteral("public.pem"))));
    const Run publicKeyAsOwnKey =
        runSandbox({QStringLiteral("--paynet-key"), dir.filePath(QStringLiteral("public.pem"))});
    QCOMPARE(publicKeyAsOwnKey.exitCode, 2);
    // The merchant's key was given, so the sandbox has no merchant private key to write out.
    const Run noGeneratedKey =
        runSandbox({QStringLiteral("--paynet-merchant-public-key"), dir.filePath(QStringLiteral("merchant.pub.pem")),
                    QStringLiteral("--paynet-merchant-key-out"), dir.filePath(QStringLiteral("merchant-out.pem"))});
    QCOMPARE(noGeneratedKey.exitCode, 2);
    QVERIFY2(noGeneratedKey.err.contains("--paynet-merchant-key-out"), noGeneratedKey.err.constData());

    // Without one, the sandbox generates the merchant's key pair and hands out its private key.
    SandboxProcess generated;
    QVERIFY2(generated.start(), qPrintable(generated.lastError()));
    QFile keyFile(generated.merchantKeyPath());
    QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QString error;
    const RsaKey generatedKey = RsaKey::fromPemFile(generated.merchantKeyPath(), &error);
    QVERIFY2(generatedKey.isPrivate(), qPrintable(error));
    QCOMPARE(enquiryAt(generated, generatedKey), 200);
    QCOMPARE(enquiryAt(generated, merchant), 401);
}

void TestSandboxAdmin::seedFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeMerchantPublicKey(dir.filePath(QStringLiteral("merchant.pem"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("seed.json")), smallSeed(QStringLiteral("merchant.pem"))));

    SandboxProcess sandbox({QStringLiteral("--seed"), dir.filePath(QStringLiteral("seed.json"))});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
    const QJsonArray sales = sandbox.state().value(u"sales").toArray();
    QCOMPARE(sales.size(), 4);
    QCOMPARE(sales.at(0).toObject().value(u"sale").toString(), QStringLiteral("900"));
    QCOMPARE(sales.at(1).toObject().value(u"amount_minor").toInteger(), 200);
    QCOMPARE(sales.at(2).toObject().value(u"sale").toString(), QStringLiteral("7"));
    QCOMPARE(sales.at(3).toObject().value(u"currency").toString(), QStringLiteral("MYR"));

    const auto refund = sandbox.http().postForm(sandbox.url(QStringLiteral("/pw/v3/payment/refund")),
                                                {{QStringLiteral("apiKey"), QStringLiteral("k")},
                                                 {QStringLiteral("transactionId"), QStringLiteral("1-2-3")},
                                                 {QStringLiteral("referenceNo"), QStringLiteral("x")}});
    QCOMPARE(refund.json().value(u"amount"), QJsonValue(QStringLiteral("200")));
}

void TestSandboxAdmin::badSeedsAreRefused_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("message");

    const QByteArray good = smallSeed(QStringLiteral("merchant.pem"));
    QTest::newRow("not JSON") << QByteArrayLiteral("{") << QByteArrayLiteral("not JSON");
    QTest::newRow("wrong format") << QByteArray(good).replace("refund-sandbox-seed/1", "v0")
                                  << QByteArrayLiteral("seed.format");
    QTest::newRow("amount as a number") << QByteArray(good).replace("\"amount\": \"2.00\"", "\"amount\": 2.00")
                                        << QByteArrayLiteral("seed.pwv3.sales[0].amount");
    QTest::newRow("three decimals in EUR")
        << QByteArray(good).replace("\"2.00\"", "\"2.001\"") << QByteArrayLiteral("seed.pwv3.sales[0].amount");
    QTest::newRow("misspelt key") << QByteArray(good).replace("\"disputed\"", "\"disputes\"")
                                  << QByteArrayLiteral("seed.secpaid.sales[0].disputes: unknown key");
    QTest::newRow("SecPaid in USD") << QByteArray(good).replace("\"3.00\", \"currency\": \"EUR\"",
                                                                "\"3.00\", \"currency\": \"USD\"")
                                    << QByteArrayLiteral("seed.secpaid.sales[0].currency");
    QTest::newRow("unknown account") << QByteArray(good).replace("\"account\": \"a\"", "\"account\": \"b\"")
                                     << QByteArrayLiteral("seed.pwv3.sales[0].account");
    QTest::newRow("unknown status") << QByteArray(good).replace("\"CLEARED\"", "\"DONE\"")
                                    << QByteArrayLiteral("seed.paynet.sales[0].status");
    QTest::newRow("missing key file") << smallSeed(QStringLiteral("absent.pem"))
                                      << QByteArrayLiteral("seed.paynet.merchant.public_key_file");
}

void TestSandboxAdmin::badSeedsAreRefused()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QVERIFY(writeMerchantPublicKey(dir.filePath(QStringLiteral("merchant.pem"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("seed.json")), seed));
    const Run run = runSandbox({QStringLiteral("--seed"), dir.filePath(QStringLiteral("seed.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestSandboxAdmin::printDefaultSeed()
{
    const Run run = runSandbox({QStringLiteral("--print-default-seed")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readFile(QStringLiteral(REFUNDDESK_SOURCE_DIR "/resources/sandbox/default-seed.json")));
}

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "tst_sandbox_admin.moc"
