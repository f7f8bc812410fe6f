#include "SandboxProcess.h"
#include "WebhookRecorder.h"
#include "gateways/FormUrlEncoded.h"
#include "gateways/pockyt/PockytSignature.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace RefundDesk;

namespace {

using Params = QList<std::pair<QString, QString>>;

const QString kMerchant = QStringLiteral("200043");
const QString kStore = QStringLiteral("300014");
const QString kToken = QStringLiteral("testtoken");
const QString kPaid = QStringLiteral("297553638300708562"); // 25.00 USD, success, store 300014
const QString kPaidCny = QStringLiteral("297553638300708563"); // 128.80 CNY settled in USD
const QString kPending = QStringLiteral("297553638300708564");
const QString kClosed = QStringLiteral("297553638300708565");
const QString kOtherStore = QStringLiteral("297553638300708566"); // store 300015

Params signedParams(Params params, const QString &token = kToken)
{
    params.append({QStringLiteral("verifySign"), pockytVerifySign(params, token)});
    return params;
}

Params refundParams(const QString &transactionNo, const QString &amount, const QString &reference,
                    const QString &currency = QStringLiteral("USD"), const QString &settle = QStringLiteral("USD"))
{
    return {{QStringLiteral("merchantNo"), kMerchant},        {QStringLiteral("storeNo"), kStore},
            {QStringLiteral("transactionNo"), transactionNo}, {QStringLiteral("refundAmount"), amount},
            {QStringLiteral("currency"), currency},           {QStringLiteral("settleCurrency"), settle},
            {QStringLiteral("refundReference"), reference}};
}

Params queryParams(const QString &transactionNo)
{
    return {{QStringLiteral("merchantNo"), kMerchant},
            {QStringLiteral("storeNo"), kStore},
            {QStringLiteral("transactionNo"), transactionNo}};
}

QJsonObject paramsAsJson(const Params &params)
{
    QJsonObject object;
    for (const auto &[name, value] : params)
        object.insert(name, value);
    return object;
}

} // namespace

class TestSandboxPockyt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void queryAnswersTheTransaction();
    void refundIsExecutedAndListedInQuery();
    void resentRefundExecutesAgain();
    void refundAcceptsJsonBodies();
    void refundByReference();
    void errors_data();
    void errors();
    void unsupportedContentType();
    void ipnIsResentUntilSuccess();

private:
    TestHttpClient::Reply refund(const Params &params);
    TestHttpClient::Reply query(const Params &params);

    SandboxProcess m_sandbox;
};

void TestSandboxPockyt::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxPockyt::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
    QVERIFY(m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), QString()}}));
}

TestHttpClient::Reply TestSandboxPockyt::refund(const Params &params)
{
    return m_sandbox.http().postForm(m_sandbox.url(QStringLiteral("/app-data-search/v3/refund")), params);
}

TestHttpClient::Reply TestSandboxPockyt::query(const Params &params)
{
    return m_sandbox.http().postForm(m_sandbox.url(QStringLiteral("/app-data-search/v3/tran-query")), params);
}

void TestSandboxPockyt::queryAnswersTheTransaction()
{
    const auto reply = query(signedParams(queryParams(kPaidCny)));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(u"ret_code").toString(), QStringLiteral("000100"));
    const QJsonObject result = json.value(u"result").toObject();
    QCOMPARE(result.value(u"transactionNo").toString(), kPaidCny);
    QCOMPARE(result.value(u"reference").toString(), QStringLiteral("POS-PK-1002"));
    QCOMPARE(result.value(u"amount").toString(), QStringLiteral("128.80"));
    QCOMPARE(result.value(u"currency").toString(), QStringLiteral("CNY"));
    QCOMPARE(result.value(u"settleCurrency").toString(), QStringLiteral("USD"));
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("success"));
    QCOMPARE(result.value(u"transactionType").toString(), QStringLiteral("payment"));
    QCOMPARE(result.value(u"refundInfo").toArray().size(), 0);
}

void TestSandboxPockyt::refundIsExecutedAndListedInQuery()
{
    const auto reply = refund(signedParams(refundParams(kPaid, QStringLiteral("10.05"), QStringLiteral("rd-1"))));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(u"ret_code").toString(), QStringLiteral("000100"));
    const QJsonObject result = json.value(u"result").toObject();
    QCOMPARE(result.value(u"transactionNo").toString(), kPaid);
    QCOMPARE(result.value(u"reference").toString(), QStringLiteral("POS-PK-1001"));
    QCOMPARE(result.value(u"amount").toString(), QStringLiteral("25.00"));
    QCOMPARE(result.value(u"refundAmount").toString(), QStringLiteral("10.05"));
    QCOMPARE(result.value(u"refundReference").toString(), QStringLiteral("rd-1"));
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("success"));
    const QString refundTransactionNo = result.value(u"refundTransactionNo").toString();
    QVERIFY(!refundTransactionNo.isEmpty());

    const QJsonArray refundInfo =
        query(signedParams(queryParams(kPaid))).json().value(u"result").toObject().value(u"refundInfo").toArray();
    QCOMPARE(refundInfo.size(), 1);
    const QJsonObject info = refundInfo.first().toObject();
    QCOMPARE(info.value(u"refundReference").toString(), QStringLiteral("rd-1"));
    QCOMPARE(info.value(u"refundTransactionId").toString(), refundTransactionNo);
    QCOMPARE(info.value(u"refundAmount").toString(), QStringLiteral("10.05"));
    QCOMPARE(info.value(u"currency").toString(), QStringLiteral("USD"));

    const QJsonObject state = m_sandbox.state();
    const QJsonArray refunds = state.value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 1);
    const QJsonObject executed = refunds.first().toObject();
    QCOMPARE(executed.value(u"gateway").toString(), QStringLiteral("pockyt"));
    QCOMPARE(executed.value(u"sale").toString(), kPaid);
    QCOMPARE(executed.value(u"refund_id").toString(), QStringLiteral("rd-1"));
    QCOMPARE(executed.value(u"gateway_refund_id").toString(), refundTransactionNo);
    QCOMPARE(executed.value(u"amount_minor").toInteger(), 1005);
    QCOMPARE(executed.value(u"amount").toString(), QStringLiteral("10.05"));
    QCOMPARE(state.value(u"requests").toObject().value(u"POST /app-data-search/v3/refund").toInt(), 1);
    for (const QJsonValue &sale : state.value(u"sales").toArray()) {
        if (sale.toObject().value(u"sale").toString() == kPaid)
            QCOMPARE(sale.toObject().value(u"refunded_minor").toInteger(), 1005);
    }
}

void TestSandboxPockyt::resentRefundExecutesAgain()
{
    // GATEWAYS.md §1 (assumed): refundReference is not de-duplicated by the gateway.
    const Params params = signedParams(refundParams(kPaid, QStringLiteral("5.00"), QStringLiteral("rd-same")));
    QCOMPARE(refund(params).json().value(u"ret_code").toString(), QStringLiteral("000100"));
    QCOMPARE(refund(params).json().value(u"ret_code").toString(), QStringLiteral("000100"));
    const QJsonArray refunds = m_sandbox.state().value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(0).toObject().value(u"refund_id").toString(), QStringLiteral("rd-same"));
    QCOMPARE(refunds.at(1).toObject().value(u"refund_id").toString(), QStringLiteral("rd-same"));
    const QJsonArray refundInfo =
        query(signedParams(queryParams(kPaid))).json().value(u"result").toObject().value(u"refundInfo").toArray();
    QCOMPARE(refundInfo.size(), 2);
}

void TestSandboxPockyt::refundAcceptsJsonBodies()
{
    const Params params = signedParams(refundParams(kPaidCny, QStringLiteral("128.80"), QStringLiteral("rd-json"),
                                                    QStringLiteral("CNY"), QStringLiteral("USD")));
    const auto reply =
        m_sandbox.http().postJson(m_sandbox.url(QStringLiteral("/app-data-search/v3/refund")), paramsAsJson(params));
    QCOMPARE(reply.json().value(u"ret_code").toString(), QStringLiteral("000100"));
    QCOMPARE(reply.json().value(u"result").toObject().value(u"refundAmount").toString(), QStringLiteral("128.80"));
    // Now fully refunded: one cent more is an over-refund.
    const auto again = refund(signedParams(refundParams(kPaidCny, QStringLiteral("0.01"), QStringLiteral("rd-more"),
                                                        QStringLiteral("CNY"), QStringLiteral("USD"))));
    QCOMPARE(again.json().value(u"ret_code").toString(), QStringLiteral("000040"));
}

void TestSandboxPockyt::refundByReference()
{
    Params params = refundParams(kPaid, QStringLiteral("1.00"), QStringLiteral("rd-ref"));
    params[2] = {QStringLiteral("reference"), QStringLiteral("POS-PK-1001")};
    const auto reply = refund(signedParams(params));
    QCOMPARE(reply.json().value(u"ret_code").toString(), QStringLiteral("000100"));
    QCOMPARE(reply.json().value(u"result").toObject().value(u"transactionNo").toString(), kPaid);
}

void TestSandboxPockyt::errors_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("retCode");

    const QString refundRoute = QStringLiteral("/app-data-search/v3/refund");
    const QString queryRoute = QStringLiteral("/app-data-search/v3/tran-query");
    const auto without = [](Params params, const QString &name) {
        params.removeIf([&](const auto &pair) { return pair.first == name; });
        return params;
    };
    const auto with = [](Params params, const QString &name, const QString &value) {
        for (auto &pair : params) {
            if (pair.first == name)
                pair.second = value;
        }
        return params;
    };
    const Params good = refundParams(kPaid, QStringLiteral("1.00"), QStringLiteral("rd-e"));

    for (const char *name :
         {"merchantNo", "storeNo", "refundAmount", "currency", "settleCurrency", "refundReference"}) {
        QTest::addRow("refund without %s", name)
            << refundRoute << without(good, QLatin1String(name)) << kToken << QStringLiteral("000020");
    }
    QTest::newRow("refund without transaction")
        << refundRoute << without(good, QStringLiteral("transactionNo")) << kToken << QStringLiteral("000020");
    QTest::newRow("query without transaction")
        << queryRoute << without(queryParams(kPaid), QStringLiteral("transactionNo")) << kToken
        << QStringLiteral("000020");
    QTest::newRow("refund signed with another token")
        << refundRoute << good << QStringLiteral("othertoken") << QStringLiteral("000030");
    QTest::newRow("query signed with another token")
        << queryRoute << queryParams(kPaid) << QStringLiteral("x") << QStringLiteral("000030");
    QTest::newRow("unknown merchant") << queryRoute
                                      << with(queryParams(kPaid), QStringLiteral("merchantNo"), QStringLiteral("999"))
                                      << kToken << QStringLiteral("000030");
    QTest::newRow("unknown transaction") << queryRoute << queryParams(QStringLiteral("297553638300700000")) << kToken
                                         << QStringLiteral("000021");
    QTest::newRow("transaction of another store")
        << queryRoute << queryParams(kOtherStore) << kToken << QStringLiteral("000022");
    QTest::newRow("store of no merchant")
        << queryRoute << with(queryParams(kPaid), QStringLiteral("storeNo"), QStringLiteral("1")) << kToken
        << QStringLiteral("000022");
    QTest::newRow("currency mismatch") << refundRoute << with(good, QStringLiteral("currency"), QStringLiteral("CNY"))
                                       << kToken << QStringLiteral("000022");
    QTest::newRow("settleCurrency mismatch")
        << refundRoute << with(good, QStringLiteral("settleCurrency"), QStringLiteral("EUR")) << kToken
        << QStringLiteral("000022");
    QTest::newRow("unknown currency") << refundRoute << with(good, QStringLiteral("currency"), QStringLiteral("XYZ"))
                                      << kToken << QStringLiteral("000023");
    for (const char *amount : {"1.001", "0", "0.00", "-1.00", "1e2", "1,00", "01.00", ".5", "1."}) {
        QTest::addRow("refundAmount %s", amount)
            << refundRoute << with(good, QStringLiteral("refundAmount"), QLatin1String(amount)) << kToken
            << QStringLiteral("000023");
    }
    Params both = queryParams(kPaid);
    both.append({QStringLiteral("reference"), QStringLiteral("POS-PK-1001")});
    QTest::newRow("transactionNo and reference") << queryRoute << both << kToken << QStringLiteral("000023");
    QTest::newRow("pending is not refundable")
        << refundRoute << refundParams(kPending, QStringLiteral("1.00"), QStringLiteral("rd-p")) << kToken
        << QStringLiteral("000040");
    QTest::newRow("closed is not refundable") << refundRoute
                                              << refundParams(kClosed, QStringLiteral("1.00"), QStringLiteral("rd-c"),
                                                              QStringLiteral("CNY"), QStringLiteral("CNY"))
                                              << kToken << QStringLiteral("000040");
    QTest::newRow("over-refund") << refundRoute << with(good, QStringLiteral("refundAmount"), QStringLiteral("25.01"))
                                 << kToken << QStringLiteral("000040");
}

void TestSandboxPockyt::errors()
{
    QFETCH(QString, route);
    QFETCH(Params, params);
    QFETCH(QString, token);
    QFETCH(QString, retCode);

    const auto reply = m_sandbox.http().postForm(m_sandbox.url(route), signedParams(params, token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"ret_code").toString(), retCode);
    QVERIFY(!reply.json().value(u"ret_msg").toString().isEmpty());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

void TestSandboxPockyt::unsupportedContentType()
{
    const auto reply = m_sandbox.http().post(m_sandbox.url(QStringLiteral("/app-data-search/v3/refund")),
                                             QByteArrayLiteral("text/plain"), QByteArrayLiteral("merchantNo=200043"));
    QCOMPARE(reply.status, 415);
}

void TestSandboxPockyt::ipnIsResentUntilSuccess()
{
    WebhookRecorder receiver;
    receiver.setAnswers(
        {{200, QByteArrayLiteral("fail")}, {200, QByteArrayLiteral("success\n")}, {200, QByteArrayLiteral("success")}});
    QVERIFY(receiver.listen());
    QVERIFY(m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), receiver.url(QStringLiteral("/ipn")).toString()},
                                 {QStringLiteral("webhook_retry_ms"), 50}}));

    const auto reply = refund(signedParams(refundParams(kPaid, QStringLiteral("2.50"), QStringLiteral("rd-ipn"))));
    QCOMPARE(reply.json().value(u"ret_code").toString(), QStringLiteral("000100"));
    QVERIFY(receiver.waitForRequests(3, 10000));
    QTest::qWait(300); // no fourth delivery after "success"
    QCOMPARE(receiver.received().size(), 3);

    for (const WebhookRecorder::Received &ipn : receiver.received()) {
        QCOMPARE(ipn.method, QByteArrayLiteral("POST"));
        QCOMPARE(ipn.path, QStringLiteral("/ipn"));
        QVERIFY(ipn.header("content-type").startsWith("application/x-www-form-urlencoded"));
        const std::optional<FormUrlEncoded::Fields> decoded = FormUrlEncoded::decode(ipn.body);
        QVERIFY(decoded);
        const Params fields = *decoded;
        const auto field = [&](const char *name) {
            for (const auto &[key, value] : fields) {
                if (key == QLatin1String(name))
                    return value;
            }
            return QString();
        };
        QVERIFY(pockytSignatureMatches(fields, kToken));
        QVERIFY(!pockytSignatureMatches(fields, QStringLiteral("othertoken")));
        QCOMPARE(field("transactionNo"), kPaid);
        QCOMPARE(field("reference"), QStringLiteral("POS-PK-1001"));
        QCOMPARE(field("status"), QStringLiteral("success"));
        QCOMPARE(field("amount"), QStringLiteral("2.50"));
        QCOMPARE(field("currency"), QStringLiteral("USD"));
        QCOMPARE(field("settleCurrency"), QStringLiteral("USD"));
        QCOMPARE(field("refundReference"), QStringLiteral("rd-ipn"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{14}$")).match(field("time")).hasMatch());
    }
    // Recorded by the sandbox once it has read the third answer.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sandbox.state().value(u"webhooks").toArray().first().toObject().value(u"delivered").toBool(), 10000);
    const QJsonArray webhooks = m_sandbox.state().value(u"webhooks").toArray();
    QCOMPARE(webhooks.size(), 1);
    QCOMPARE(webhooks.first().toObject().value(u"attempts").toInt(), 3);
}

QTEST_GUILESS_MAIN(TestSandboxPockyt)
#include "tst_sandbox_pockyt.moc"
