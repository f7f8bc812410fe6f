#include "SandboxProcess.h"
#include "WebhookRecorder.h"
#include "gateways/paynet/Jwt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace RefundDesk;

namespace {

const QString kClientId = QStringLiteral("sandbox-client-0001");
const QString kMerchantId = QStringLiteral("M0000201861");
const QString kKeyName = QStringLiteral("sandbox-merchant-key-1");
const QString kAccepting = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"); // 100.00, refunds accepted
const QString kRejecting = QStringLiteral("9b19e246-cc2a-4829-998f-67080cc732bb"); // 250.00, refunds rejected
const QString kTimingOut = QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"); // 40.00, method "02"
const QString kRejectedPayment = QStringLiteral("d3aaeae8-aafc-4d81-9853-3828198ae0ee");
const QString kTooOld = QStringLiteral("d71fe48f-24b0-4cfe-89a1-6f787a67d6e5"); // paid 120 days ago
const QString kPendAuth = QStringLiteral("55307c1b-f8cc-41e4-b311-53ad3cf36541");

// The merchant key pair the sandbox generated at start (SandboxProcess::merchantKeyPath()).
RsaKey &merchantKeyStore()
{
    static RsaKey key;
    return key;
}

RsaKey merchantKey()
{
    return merchantKeyStore();
}

QString freshUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject claimsFor(const QJsonValue &data)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {
        {QStringLiteral("iss"), kClientId},   {QStringLiteral("sub"), kMerchantId}, {QStringLiteral("key"), kKeyName},
        {QStringLiteral("jti"), freshUuid()}, {QStringLiteral("iat"), now},         {QStringLiteral("exp"), now + 300},
        {QStringLiteral("data"), data},
    };
}

QByteArray bearer(const QJsonObject &claims, const RsaKey &key = merchantKey())
{
    return "Bearer " + Jwt::signRs256(claims, key);
}

QJsonObject refundBody(const QString &checkoutId, const QString &amount, const QString &refundId = freshUuid(),
                       const QString &method = QStringLiteral("01"))
{
    return {
        {QStringLiteral("refundId"), refundId},
        {QStringLiteral("checkoutId"), checkoutId},
        {QStringLiteral("paymentMethod"), method},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("merchantReferenceId"), QStringLiteral("ref20240925T132501")},
    };
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

class TestSandboxPayNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refundSettlesWithASignedWebhook();
    void rejectedAndTimedOutRefunds();
    void repeatedRefundIdAnswersTheFirstResult();
    void reusedJtiIsRefused();
    void jwtRefusals_data();
    void jwtRefusals();
    void refundValidation_data();
    void refundValidation();
    void refundEnquiry();
    void paymentEnquiryIsRateLimited();

private:
    TestHttpClient::Reply postRefund(const QJsonObject &body, const QByteArray &authorization = {});
    TestHttpClient::Reply getSigned(const QString &path, const QString &name, const QString &value);

    SandboxProcess m_sandbox {{QStringLiteral("--paynet-settle-ms"), QStringLiteral("0")}};
};

void TestSandboxPayNet::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
    QString error;
    merchantKeyStore() = RsaKey::fromPemFile(m_sandbox.merchantKeyPath(), &error);
    QVERIFY2(!merchantKey().isNull() && merchantKey().isPrivate(), qPrintable(error));
}

void TestSandboxPayNet::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_webhook_url"), QString()},
                                 {QStringLiteral("paynet_settle_ms"), 0},
                                 {QStringLiteral("paynet_enquiry_min_age_s"), 3600}}));
}

TestHttpClient::Reply TestSandboxPayNet::postRefund(const QJsonObject &body, const QByteArray &authorization)
{
    const QByteArray header = authorization.isEmpty() ? bearer(claimsFor(body)) : authorization;
    return m_sandbox.http().post(m_sandbox.url(QStringLiteral("/v1/bw/refund")), QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {{QByteArrayLiteral("Authorization"), header}});
}

TestHttpClient::Reply TestSandboxPayNet::getSigned(const QString &path, const QString &name, const QString &value)
{
    const QByteArray header = bearer(claimsFor(QJsonObject {{name, value}}));
    return m_sandbox.http().get(m_sandbox.url(path + u'?' + name + u'=' + value),
                                {{QByteArrayLiteral("Authorization"), header}});
}

void TestSandboxPayNet::refundSettlesWithASignedWebhook()
{
    WebhookRecorder receiver;
    receiver.setAnswers({{500, QByteArrayLiteral("busy")}, {200, QByteArray()}});
    QVERIFY(receiver.listen());
    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_webhook_url"), receiver.url().toString()},
                                 // Long enough that the state is still asked for before it settles,
                                 // on a busy machine too.
                                 {QStringLiteral("paynet_settle_ms"), 500},
                                 {QStringLiteral("webhook_retry_ms"), 50}}));

    const QString refundId = freshUuid();
    const auto reply = postRefund(refundBody(kAccepting, QStringLiteral("10.00"), refundId));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.keys(), (QStringList {QStringLiteral("data"), QStringLiteral("message")}));
    QCOMPARE(json.value(u"message").toString(), QStringLiteral("OK"));
    const QJsonObject data = json.value(u"data").toObject();
    QCOMPARE(data.keys(), (QStringList {QStringLiteral("endToEndId"), QStringLiteral("refundStatus")}));
    QCOMPARE(data.value(u"refundStatus").toString(), QStringLiteral("REFUND_PENDING"));
    const QString endToEndId = data.value(u"endToEndId").toString();
    QVERIFY(!endToEndId.isEmpty() && endToEndId.size() <= 35);
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().first().toObject().value(u"status").toString(),
             QStringLiteral("PENDING"));

    // Refused once with 500, so delivered twice.
    QVERIFY(receiver.waitForRequests(2, 10000));
    const WebhookRecorder::Received &webhook = receiver.received().last();
    QCOMPARE(webhook.method, QByteArrayLiteral("POST"));
    QVERIFY(webhook.header("content-type").startsWith("application/json"));
    const QByteArray authorization = webhook.header("authorization");
    QVERIFY(authorization.startsWith("Bearer "));

    QString error;
    const RsaKey sandboxKey = RsaKey::fromPem(m_sandbox.payNetPublicKeyPem(), &error);
    QVERIFY2(!sandboxKey.isNull(), qPrintable(error));
    const Jwt::Verified verified = Jwt::verifyRs256(authorization.mid(7), sandboxKey, QDateTime::currentDateTimeUtc());
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.claims.value(u"data").toString(),
             QString::fromLatin1(QCryptographicHash::hash(webhook.body, QCryptographicHash::Sha256).toHex()));
    // The merchant's key does not verify it.
    QVERIFY(!Jwt::verifyRs256(authorization.mid(7), merchantKey(), QDateTime::currentDateTimeUtc()).ok);

    const QJsonObject body = QJsonDocument::fromJson(webhook.body).object();
    QCOMPARE(body.value(u"refundId").toString(), refundId);
    QCOMPARE(body.value(u"checkoutId").toString(), kAccepting);
    QCOMPARE(body.value(u"endToEndId").toString(), endToEndId);
    QCOMPARE(body.value(u"issuer").toString(), QStringLiteral("Ambank"));
    QCOMPARE(body.value(u"paymentMethod").toString(), QStringLiteral("01"));
    QCOMPARE(body.value(u"amount").toString(), QStringLiteral("10.00"));
    const QJsonObject status = body.value(u"paymentStatus").toObject();
    QCOMPARE(status.value(u"code").toString(), QStringLiteral("ACTC"));
    QCOMPARE(status.value(u"substate").toString(), QStringLiteral("REFUND_ACCEPTED"));
    QCOMPARE(status.value(u"message").toString(), QStringLiteral("U002"));

    // The sandbox records the delivery once it has read the answer, a moment after the
    // receiver has the request.
    const auto delivered = [this] {
        return m_sandbox.state().value(u"webhooks").toArray().first().toObject().value(u"delivered").toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), 10000);
    const QJsonObject state = m_sandbox.state();
    QCOMPARE(state.value(u"refunds").toArray().first().toObject().value(u"status").toString(),
             QStringLiteral("ACCEPTED"));
    const QJsonObject delivery = state.value(u"webhooks").toArray().first().toObject();
    QCOMPARE(delivery.value(u"attempts").toInt(), 2);
    QCOMPARE(delivery.value(u"delivered").toBool(), true);
}

void TestSandboxPayNet::rejectedAndTimedOutRefunds()
{
    WebhookRecorder receiver;
    QVERIFY(receiver.listen());
    QVERIFY(m_sandbox.configure(
        {{QStringLiteral("paynet_webhook_url"), receiver.url().toString()}, {QStringLiteral("paynet_settle_ms"), 50}}));

    // The seed says this payment's refunds are rejected.
    QCOMPARE(postRefund(refundBody(kRejecting, QStringLiteral("250.00"))).status, 200);
    QVERIFY(receiver.waitForRequests(1, 10000));
    QJsonObject status =
        QJsonDocument::fromJson(receiver.received().at(0).body).object().value(u"paymentStatus").toObject();
    QCOMPARE(status.value(u"code").toString(), QStringLiteral("RJCT"));
    QCOMPARE(status.value(u"substate").toString(), QStringLiteral("REFUND_REJECTED"));
    const QJsonObject rejected = m_sandbox.state().value(u"refunds").toArray().first().toObject();
    QCOMPARE(rejected.value(u"status").toString(), QStringLiteral("REJECTED"));
    QCOMPARE(rejected.value(u"released").toBool(), true);
    // A rejected refund no longer counts: the whole amount can be refunded again.
    QCOMPARE(postRefund(refundBody(kRejecting, QStringLiteral("250.00"))).status, 200);
    QVERIFY(receiver.waitForRequests(2, 10000));

    // The admin API settles an accepting payment's refund as TIMEOUT instead.
    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_settle_ms"), 0}}));
    const QString refundId = freshUuid();
    QCOMPARE(postRefund(refundBody(kAccepting, QStringLiteral("1.00"), refundId)).status, 200);
    QVERIFY2(m_sandbox.payNetSettle(refundId, QStringLiteral("REFUND_TIMEOUT")), qPrintable(m_sandbox.lastError()));
    QVERIFY(receiver.waitForRequests(3, 10000));
    const QJsonObject last = QJsonDocument::fromJson(receiver.received().last().body).object();
    QCOMPARE(last.value(u"refundId").toString(), refundId);
    QCOMPARE(last.value(u"paymentStatus").toObject().value(u"substate").toString(), QStringLiteral("REFUND_TIMEOUT"));
    QVERIFY(!m_sandbox.payNetSettle(freshUuid(), QStringLiteral("ACCEPTED")));
    QVERIFY(!m_sandbox.payNetSettle(refundId, QStringLiteral("DONE")));
}

void TestSandboxPayNet::repeatedRefundIdAnswersTheFirstResult()
{
    const QJsonObject body = refundBody(kAccepting, QStringLiteral("20.00"));
    const auto first = postRefund(body);
    QCOMPARE(first.status, 200);
    const auto again = postRefund(body); // a fresh JWT, the same refund
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 1);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("POST /v1/bw/refund")), 2);

    const auto different = postRefund(with(body, QStringLiteral("amount"), QStringLiteral("21.00")));
    QCOMPARE(different.status, 400);
    QCOMPARE(different.json().value(u"data"), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 1);
}

void TestSandboxPayNet::reusedJtiIsRefused()
{
    const QJsonObject body = refundBody(kAccepting, QStringLiteral("5.00"));
    const QByteArray header = bearer(claimsFor(body));
    QCOMPARE(postRefund(body, header).status, 200);
    const auto reused = postRefund(body, header);
    QCOMPARE(reused.status, 401);
    QVERIFY2(reused.json().value(u"message").toString().contains(QStringLiteral("jti")), reused.body.constData());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 1);
}

void TestSandboxPayNet::jwtRefusals_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QJsonObject body =
        refundBody(kAccepting, QStringLiteral("10.00"), QStringLiteral("dd66946f-5834-49a1-9d51-89ccfbd77909"));
    const QJsonObject claims = claimsFor(body);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    QTest::newRow("no header") << QByteArray();
    QTest::newRow("not bearer") << QByteArrayLiteral("Basic dXNlcjpwYXNz");
    QTest::newRow("not a JWT") << QByteArrayLiteral("Bearer abc.def");
    QTest::newRow("another key") << bearer(claims, RsaKey::generate());
    QTest::newRow("expired") << bearer(with(claims, QStringLiteral("exp"), now - 10));
    QTest::newRow("no exp") << bearer(with(claims, QStringLiteral("exp"), QJsonValue::Undefined));
    QTest::newRow("wrong iss") << bearer(with(claims, QStringLiteral("iss"), QStringLiteral("someone")));
    QTest::newRow("wrong sub") << bearer(with(claims, QStringLiteral("sub"), QStringLiteral("M1")));
    QTest::newRow("wrong key") << bearer(with(claims, QStringLiteral("key"), QStringLiteral("old-key")));
    QTest::newRow("jti not a UUID v4") << bearer(
        with(claims, QStringLiteral("jti"), QStringLiteral("c232ab00-9414-11ec-b3c8-9f6bdeced846")));
    QTest::newRow("no jti") << bearer(with(claims, QStringLiteral("jti"), QJsonValue::Undefined));
    QTest::newRow("data of another amount")
        << bearer(with(claims, QStringLiteral("data"), with(body, QStringLiteral("amount"), QStringLiteral("99.00"))));
    QTest::newRow("data missing") << bearer(with(claims, QStringLiteral("data"), QJsonValue::Undefined));
    QTest::newRow("data as text") << bearer(
        with(claims, QStringLiteral("data"), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
}

void TestSandboxPayNet::jwtRefusals()
{
    QFETCH(QByteArray, authorization);
    const QJsonObject body =
        refundBody(kAccepting, QStringLiteral("10.00"), QStringLiteral("dd66946f-5834-49a1-9d51-89ccfbd77909"));
    const auto reply = m_sandbox.http().post(
        m_sandbox.url(QStringLiteral("/v1/bw/refund")), QByteArrayLiteral("application/json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), {{QByteArrayLiteral("Authorization"), authorization}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(u"data"), QJsonValue(QJsonValue::Null));
    QVERIFY(!reply.json().value(u"message").toString().isEmpty());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);

    // GET requests sign their query parameters the same way.
    const QByteArray header = authorization.isEmpty() ? QByteArray() : authorization;
    const auto enquiry = m_sandbox.http().get(m_sandbox.url(QStringLiteral("/v1/bw/rtp?checkoutId=") + kAccepting),
                                              {{QByteArrayLiteral("Authorization"), header}});
    QCOMPARE(enquiry.status, 401);
}

void TestSandboxPayNet::refundValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");

    const QJsonObject good = refundBody(kAccepting, QStringLiteral("10.00"));
    QTest::newRow("refundId is a UUID v1")
        << with(good, QStringLiteral("refundId"), QStringLiteral("c232ab00-9414-11ec-b3c8-9f6bdeced846")) << 400;
    QTest::newRow("refundId is no UUID") << with(good, QStringLiteral("refundId"), QStringLiteral("refund-1")) << 400;
    for (const char *amount : {"10", "10.0", "10.000", "-1.00", "0.00", "1,00", "1e2"})
        QTest::addRow("amount %s", amount) << with(good, QStringLiteral("amount"), QLatin1String(amount)) << 400;
    QTest::newRow("amount as a number") << with(good, QStringLiteral("amount"), 10) << 400;
    QTest::newRow("no merchantReferenceId")
        << with(good, QStringLiteral("merchantReferenceId"), QJsonValue::Undefined) << 400;
    QTest::newRow("merchantReferenceId of 141")
        << with(good, QStringLiteral("merchantReferenceId"), QString(141, u'x')) << 400;
    QTest::newRow("unknown field") << with(good, QStringLiteral("reason"), QStringLiteral("x")) << 400;
    QTest::newRow("paymentMethod mismatch") << with(good, QStringLiteral("paymentMethod"), QStringLiteral("02")) << 400;
    QTest::newRow("unknown checkoutId") << with(good, QStringLiteral("checkoutId"), freshUuid()) << 404;
    QTest::newRow("rejected payment") << with(good, QStringLiteral("checkoutId"), kRejectedPayment) << 400;
    QTest::newRow("payment waiting for authorisation") << with(good, QStringLiteral("checkoutId"), kPendAuth) << 400;
    QTest::newRow("paid 120 days ago") << with(good, QStringLiteral("checkoutId"), kTooOld) << 400;
    QTest::newRow("more than the payment") << with(good, QStringLiteral("amount"), QStringLiteral("100.01")) << 400;
}

void TestSandboxPayNet::refundValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    const auto reply = postRefund(body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(u"data"), QJsonValue(QJsonValue::Null));
    QVERIFY(!reply.json().value(u"message").toString().isEmpty());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

void TestSandboxPayNet::refundEnquiry()
{
    const QString refundId = freshUuid();
    QCOMPARE(postRefund(refundBody(kTimingOut, QStringLiteral("40.00"), refundId, QStringLiteral("02"))).status, 200);

    // GATEWAYS.md: at least one hour after the refund.
    auto reply = getSigned(QStringLiteral("/v1/bw/refund"), QStringLiteral("refundId"), refundId);
    QCOMPARE(reply.status, 429);
    const int retryAfter = reply.header("retry-after").toInt();
    QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, reply.header("retry-after").constData());

    QVERIFY(m_sandbox.configure({{QStringLiteral("paynet_enquiry_min_age_s"), 0}}));
    reply = getSigned(QStringLiteral("/v1/bw/refund"), QStringLiteral("refundId"), refundId);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"message").toString(), QStringLiteral("OK"));
    QJsonObject data = reply.json().value(u"data").toObject();
    QCOMPARE(data.value(u"checkoutId").toString(), kTimingOut);
    QVERIFY(!data.value(u"endToEndId").toString().isEmpty());
    QCOMPARE(data.value(u"refundStatus").toString(), QStringLiteral("PENDING"));
    QCOMPARE(data.value(u"issuer").toString(), QStringLiteral("Touch 'n Go eWallet"));
    QCOMPARE(data.value(u"paymentMethod").toString(), QStringLiteral("02"));
    QCOMPARE(data.value(u"amount").toString(), QStringLiteral("40.00"));
    QVERIFY(data.contains(u"code") && data.contains(u"message"));

    QVERIFY(m_sandbox.payNetSettle(refundId, QStringLiteral("ACCEPTED")));
    data = getSigned(QStringLiteral("/v1/bw/refund"), QStringLiteral("refundId"), refundId)
               .json()
               .value(u"data")
               .toObject();
    QCOMPARE(data.value(u"refundStatus").toString(), QStringLiteral("ACCEPTED"));

    QCOMPARE(getSigned(QStringLiteral("/v1/bw/refund"), QStringLiteral("refundId"), freshUuid()).status, 404);
}

void TestSandboxPayNet::paymentEnquiryIsRateLimited()
{
    auto reply = getSigned(QStringLiteral("/v1/bw/rtp"), QStringLiteral("checkoutId"), kAccepting);
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json().value(u"data").toObject();
    QCOMPARE(data.value(u"checkoutId").toString(), kAccepting);
    QCOMPARE(data.value(u"status").toString(), QStringLiteral("CLEARED"));
    QCOMPARE(data.value(u"amount").toString(), QStringLiteral("100.00"));

    reply = getSigned(QStringLiteral("/v1/bw/rtp"), QStringLiteral("checkoutId"), kAccepting);
    QCOMPARE(reply.status, 429);
    const int retryAfter = reply.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 29 && retryAfter <= 30, reply.header("retry-after").constData());
    // Another checkoutId has its own clock.
    reply = getSigned(QStringLiteral("/v1/bw/rtp"), QStringLiteral("checkoutId"), kTooOld);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"data").toObject().value(u"status").toString(), QStringLiteral("CLEARED"));
}

QTEST_GUILESS_MAIN(TestSandboxPayNet)
#include "tst_sandbox_paynet.moc"
