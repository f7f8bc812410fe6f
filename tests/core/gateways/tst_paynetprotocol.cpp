#include "gateways/paynet/PayNetProtocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)
Q_DECLARE_METATYPE(RefundDesk::WebhookEvent::Verdict)

namespace {

const Currency myr = *Currency::fromCode(u"MYR");
const QDateTime now = QDateTime(QDate(2024, 9, 27), QTime(13, 25, 1), Qt::UTC);
const QUuid refundUuid(QStringLiteral("dd66946f-5834-49a1-9d51-89ccfbd77909"));
const QUuid jti1(QStringLiteral("0d7c3c4e-2f84-4b8e-a1a6-5d0f6f2c9e11"));
const QUuid jti2(QStringLiteral("6f1d2a3b-9c8e-4f70-8a1b-2c3d4e5f6071"));
const QString checkoutId = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3");

Sale sale(qint64 minor = 5000)
{
    Sale s;
    s.gateway = GatewayId::PayNet;
    s.transactionId = checkoutId;
    s.amount = Money(minor, myr);
    s.method = QStringLiteral("01");
    s.gatewayStatus = QStringLiteral("CLEARED");
    s.gatewaySaysRefundable = true;
    return s;
}

Refund refund(qint64 minor = 1000)
{
    Refund r;
    r.refundId = refundUuid;
    r.gateway = GatewayId::PayNet;
    r.transactionId = checkoutId;
    r.amount = Money(minor, myr);
    r.storeId = QStringLiteral("S1");
    r.registerId = QStringLiteral("R2");
    return r;
}

HttpResult answered(int status, const QByteArray &body, const QList<HttpHeader> &headers = {})
{
    HttpResult r;
    r.outcome = HttpResult::Outcome::Answered;
    r.httpStatus = status;
    r.body = body;
    r.headers = headers;
    r.bytesWereSent = true;
    r.userMessage = status >= 200 && status < 300 ? QString() : QStringLiteral("HTTP %1 from the gateway").arg(status);
    return r;
}

HttpResult transport(HttpResult::Outcome outcome)
{
    HttpResult r;
    r.outcome = outcome;
    r.userMessage = QStringLiteral("transport problem");
    return r;
}

QByteArray refundReply(const QByteArray &status, const QByteArray &endToEndId = "20240927M0000201861OBW00000001")
{
    return R"({"data":{"endToEndId":")" + endToEndId + R"(","refundStatus":")" + status + R"("},"message":"OK"})";
}

QByteArray failure(const QByteArray &message)
{
    return R"({"data":null,"message":")" + message + R"("})";
}

QByteArray enquiryAnswer(const QByteArray &status, const QByteArray &amount = "\"10.00\"")
{
    return R"({"data":{"checkoutId":"b4e6c575-5393-4a1e-a231-269e9a3f8af3","endToEndId":"E2E1","code":"ACTC",)"
           R"("refundStatus":")"
        + status + R"(","issuer":"Ambank","paymentMethod":"01","amount":)" + amount
        + R"(,"message":"U002"},"message":"OK"})";
}

QByteArray paymentAnswer(const QByteArray &status, const QByteArray &amount, const QByteArray &extra = {})
{
    return R"({"data":{"checkoutId":"b4e6c575-5393-4a1e-a231-269e9a3f8af3","endToEndId":"E2EPAY","status":")" + status
        + R"(","amount":)" + amount + R"(,"paymentMethod":"01","issuer":"Ambank")" + extra + R"(},"message":"OK"})";
}

QByteArray webhookBody(const QByteArray &code, const QByteArray &substate, const QByteArray &amount = "\"10.00\"")
{
    return R"({"refundId":"dd66946f-5834-49a1-9d51-89ccfbd77909","checkoutId":"b4e6c575-5393-4a1e-a231-269e9a3f8af3",)"
           R"("endToEndId":"20240927M0000201861OBW00000001","paymentStatus":{"code":")"
        + code + R"(","substate":")" + substate + R"(","message":"U002"},"issuer":"Ambank","paymentMethod":"01",)"
        + R"("amount":)" + amount + "}";
}

QString sha256Hex(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPayNetProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refundRequest();
    void refundRequestJwt();
    void repeatedRefundKeepsTheBody();
    void refundRefusedLocally_data();
    void refundRefusedLocally();
    void merchantReference_data();
    void merchantReference();
    void enquiryRequests();
    void refundAnswer_data();
    void refundAnswer();
    void repeatedRefundAnswer_data();
    void repeatedRefundAnswer();
    void lostAnswerAfterDecline_data();
    void lostAnswerAfterDecline();
    void refundEnquiryAnswer_data();
    void refundEnquiryAnswer();
    void paymentEnquiryAnswer_data();
    void paymentEnquiryAnswer();
    void paymentEnquiryDetails();
    void statusWords_data();
    void statusWords();
    void webhook_data();
    void webhook();
    void webhookSignature_data();
    void webhookSignature();

private:
    PayNetProtocol protocol() const;
    WebhookRequest signedWebhook(const QByteArray &body, const QJsonObject &claims) const;

    RsaKey m_merchantKey;
    RsaKey m_merchantPublic;
    RsaKey m_payNetKey;
    RsaKey m_payNetPublic;
};

void TestPayNetProtocol::initTestCase()
{
    m_merchantKey = RsaKey::generate();
    m_payNetKey = RsaKey::generate();
    QString error;
    m_merchantPublic = RsaKey::fromPem(m_merchantKey.publicKeyPem(), &error);
    QVERIFY2(!m_merchantPublic.isNull(), qPrintable(error));
    m_payNetPublic = RsaKey::fromPem(m_payNetKey.publicKeyPem(), &error);
    QVERIFY2(!m_payNetPublic.isNull(), qPrintable(error));
}

PayNetProtocol TestPayNetProtocol::protocol() const
{
    return PayNetProtocol(QUrl(QStringLiteral("https://api.paynet.example/")), QStringLiteral("client-1"),
                          QStringLiteral("merchant-9"), QStringLiteral("key-2024"), m_merchantKey);
}

WebhookRequest TestPayNetProtocol::signedWebhook(const QByteArray &body, const QJsonObject &claims) const
{
    WebhookRequest request;
    request.body = body;
    request.contentType = "application/json";
    request.headers = {{"content-type", "application/json"},
                       {"authorization", "Bearer " + Jwt::signRs256(claims, m_payNetKey)}};
    return request;
}

void TestPayNetProtocol::refundRequest()
{
    const auto built = protocol().buildRefundRequest({sale(), refund()}, now, jti1);
    QVERIFY2(built.ok(), qPrintable(built.refusal));
    QCOMPARE(built.request.body,
             QByteArray(R"({"refundId":"dd66946f-5834-49a1-9d51-89ccfbd77909",)"
                        R"("checkoutId":"b4e6c575-5393-4a1e-a231-269e9a3f8af3","paymentMethod":"01","amount":"10.00",)"
                        R"("merchantReferenceId":"RefundDesk S1/R2 dd66946f"})"));
    QCOMPARE(built.request.method, HttpRequest::Method::Post);
    QCOMPARE(built.request.purpose, HttpRequest::Purpose::Refund);
    QCOMPARE(built.request.url, QUrl(QStringLiteral("https://api.paynet.example/v1/bw/refund")));
    QCOMPARE(built.request.contentType, QByteArray("application/json"));
    QCOMPARE(built.request.headers.size(), 2);
    QCOMPARE(built.request.headers.at(0), HttpHeader("Accept", "application/json"));
    QCOMPARE(built.request.headers.at(1).first, QByteArray("Authorization"));
    QVERIFY(built.request.headers.at(1).second.startsWith("Bearer ey"));
}

void TestPayNetProtocol::refundRequestJwt()
{
    const auto built = protocol().buildRefundRequest({sale(), refund()}, now, jti1);
    QVERIFY(built.ok());
    const QByteArray token = built.request.headers.at(1).second.mid(7);
    const Jwt::Verified verified = Jwt::verifyRs256(token, m_merchantPublic, now);
    QVERIFY2(verified.ok, qPrintable(verified.message));
    const QJsonObject &claims = verified.claims;
    QCOMPARE(claims.size(), 6);
    QCOMPARE(claims.value(u"exp").toInteger(), now.toSecsSinceEpoch() + 300);
    QCOMPARE(claims.value(u"iss").toString(), QStringLiteral("client-1"));
    QCOMPARE(claims.value(u"sub").toString(), QStringLiteral("merchant-9"));
    QCOMPARE(claims.value(u"jti").toString(), QStringLiteral("0d7c3c4e-2f84-4b8e-a1a6-5d0f6f2c9e11"));
    QCOMPARE(claims.value(u"key").toString(), QStringLiteral("key-2024"));
    QCOMPARE(claims.value(u"data").toObject(), QJsonDocument::fromJson(built.request.body).object());
    // Expired five minutes later.
    QVERIFY(!Jwt::verifyRs256(token, m_merchantPublic, now.addSecs(301)).ok);
    // Not PayNet's key.
    QVERIFY(!Jwt::verifyRs256(token, m_payNetPublic, now).ok);
}

void TestPayNetProtocol::repeatedRefundKeepsTheBody()
{
    const auto first = protocol().buildRefundRequest({sale(), refund()}, now, jti1);
    const auto again = protocol().buildRefundRequest({sale(), refund()}, now.addSecs(600), jti2);
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again.request.body, first.request.body);
    QVERIFY(again.request.headers.at(1).second != first.request.headers.at(1).second);
    const Jwt::Verified verified =
        Jwt::verifyRs256(again.request.headers.at(1).second.mid(7), m_merchantPublic, now.addSecs(600));
    QVERIFY(verified.ok);
    QCOMPARE(verified.claims.value(u"jti").toString(), jti2.toString(QUuid::WithoutBraces));
}

void TestPayNetProtocol::refundRefusedLocally_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");

    QTest::newRow("EUR") << QStringLiteral("eur") << QStringLiteral("only in MYR");
    QTest::newRow("zero") << QStringLiteral("zero") << QStringLiteral("more than zero");
    QTest::newRow("no refund id") << QStringLiteral("nullId") << QStringLiteral("UUID v4");
    QTest::newRow("refund id not v4") << QStringLiteral("v1Id") << QStringLiteral("UUID v4");
    QTest::newRow("no checkout id") << QStringLiteral("noCheckout") << QStringLiteral("not a PayNet checkout id");
    QTest::newRow("checkout id too long")
        << QStringLiteral("longCheckout") << QStringLiteral("not a PayNet checkout id");
    QTest::newRow("no payment method") << QStringLiteral("noMethod") << QStringLiteral("payment method");
    QTest::newRow("payment method too long") << QStringLiteral("longMethod") << QStringLiteral("payment method");
    QTest::newRow("public key only") << QStringLiteral("publicKey") << QStringLiteral("private key");
}

void TestPayNetProtocol::refundRefusedLocally()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);

    Sale s = sale();
    Refund r = refund();
    RsaKey key = m_merchantKey;
    if (what == u"eur")
        r.amount = Money(1000, *Currency::fromCode(u"EUR"));
    else if (what == u"zero")
        r.amount = Money::zero(myr);
    else if (what == u"nullId")
        r.refundId = QUuid();
    else if (what == u"v1Id")
        r.refundId = QUuid(QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
    else if (what == u"noCheckout")
        s.transactionId = r.transactionId = QString();
    else if (what == u"longCheckout")
        s.transactionId = QString(37, u'a');
    else if (what == u"noMethod")
        s.method.clear();
    else if (what == u"longMethod")
        s.method = QStringLiteral("001");
    else if (what == u"publicKey")
        key = m_merchantPublic;
    const PayNetProtocol p(QUrl(QStringLiteral("https://api.paynet.example")), QStringLiteral("c"), QStringLiteral("m"),
                           QStringLiteral("k"), key);
    const auto built = p.buildRefundRequest({s, r}, now, jti1);
    QVERIFY(!built.ok());
    QVERIFY2(built.refusal.contains(expected), qPrintable(built.refusal));
}

void TestPayNetProtocol::merchantReference_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("registerId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("store and register") << QStringLiteral("KL-01") << QStringLiteral("3")
                                        << QStringLiteral("RefundDesk KL-01/3 dd66946f");
    QTest::newRow("store only") << QStringLiteral("KL-01") << QString() << QStringLiteral("RefundDesk KL-01 dd66946f");
    QTest::newRow("neither") << QString() << QString() << QStringLiteral("RefundDesk dd66946f");
    QTest::newRow("control characters") << QStringLiteral("KL\n01\t") << QStringLiteral("3\x01")
                                        << QStringLiteral("RefundDesk KL 01/3 dd66946f");
    QTest::newRow("long store is cut to 140")
        << QString(200, u'x') << QStringLiteral("1")
        << QStringLiteral("RefundDesk ") + QString(120, u'x') + QStringLiteral(" dd66946f");
}

void TestPayNetProtocol::merchantReference()
{
    QFETCH(QString, store);
    QFETCH(QString, registerId);
    QFETCH(QString, expected);

    Refund r = refund();
    r.storeId = store;
    r.registerId = registerId;
    const QString reference = PayNetProtocol::merchantReferenceId(r);
    QCOMPARE(reference, expected);
    QVERIFY(reference.size() <= 140);
}

void TestPayNetProtocol::enquiryRequests()
{
    const auto refundEnquiry = protocol().buildRefundEnquiry(refundUuid, now, jti1);
    QVERIFY(refundEnquiry.ok());
    QCOMPARE(refundEnquiry.request.method, HttpRequest::Method::Get);
    QCOMPARE(refundEnquiry.request.purpose, HttpRequest::Purpose::Query);
    QCOMPARE(refundEnquiry.request.url.toString(),
             QStringLiteral("https://api.paynet.example/v1/bw/refund?refundId=dd66946f-5834-49a1-9d51-89ccfbd77909"));
    QVERIFY(refundEnquiry.request.body.isEmpty());
    Jwt::Verified verified = Jwt::verifyRs256(refundEnquiry.request.headers.at(1).second.mid(7), m_merchantPublic, now);
    QVERIFY(verified.ok);
    QCOMPARE(verified.claims.value(u"data").toObject(),
             QJsonObject({{QStringLiteral("refundId"), QStringLiteral("dd66946f-5834-49a1-9d51-89ccfbd77909")}}));

    const auto payment = protocol().buildPaymentEnquiry(checkoutId, now, jti2);
    QVERIFY(payment.ok());
    QCOMPARE(payment.request.url.toString(),
             QStringLiteral("https://api.paynet.example/v1/bw/rtp?checkoutId=b4e6c575-5393-4a1e-a231-269e9a3f8af3"));
    verified = Jwt::verifyRs256(payment.request.headers.at(1).second.mid(7), m_merchantPublic, now);
    QVERIFY(verified.ok);
    QCOMPARE(verified.claims.value(u"data").toObject(), QJsonObject({{QStringLiteral("checkoutId"), checkoutId}}));
    QCOMPARE(verified.claims.value(u"jti").toString(), jti2.toString(QUuid::WithoutBraces));

    // A checkout id with characters that need encoding still reaches the gateway as written.
    const QString odd = QStringLiteral("a+b&c=d e");
    const auto encoded = protocol().buildPaymentEnquiry(odd, now, jti1);
    QVERIFY(encoded.ok());
    QCOMPARE(QUrlQuery(encoded.request.url).queryItemValue(QStringLiteral("checkoutId"), QUrl::FullyDecoded), odd);
    QVERIFY(encoded.request.url.toEncoded().contains("a%2Bb%26c%3Dd%20e"));

    QVERIFY(!protocol().buildPaymentEnquiry(QString(), now, jti1).ok());
    QVERIFY(!protocol().buildRefundEnquiry(QUuid(), now, jti1).ok());
}

void TestPayNetProtocol::refundAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfter");

    const auto ok = GatewayOutcome::Ok;
    const auto unknown = GatewayOutcome::OutcomeUnknown;
    const auto none = RefundStatus::Submitting;
    QTest::newRow("documented REFUND_PENDING") << answered(200, refundReply("REFUND_PENDING")) << ok
                                               << RefundStatus::Pending << QStringLiteral("processing") << 0;
    QTest::newRow("repeated refundId already accepted") << answered(200, refundReply("REFUND_ACCEPTED")) << ok
                                                        << RefundStatus::Succeeded << QStringLiteral("accepted") << 0;
    QTest::newRow("rejected") << answered(200, refundReply("REFUND_REJECTED")) << ok << RefundStatus::Rejected
                              << QStringLiteral("rejected") << 0;
    QTest::newRow("timeout") << answered(200, refundReply("REFUND_TIMEOUT")) << ok << RefundStatus::NeedsReview
                             << QStringLiteral("next day") << 0;
    QTest::newRow("201") << answered(201, refundReply("REFUND_PENDING")) << ok << RefundStatus::Pending << QString()
                         << 0;
    QTest::newRow("no endToEndId") << answered(200, refundReply("REFUND_PENDING", "")) << unknown << none
                                   << QStringLiteral("may or may not have gone through") << 0;
    QTest::newRow("unknown refundStatus")
        << answered(200, refundReply("REFUND_QUEUED")) << unknown << none << QString() << 0;
    QTest::newRow("data null") << answered(200, failure("OK")) << unknown << none << QString() << 0;
    QTest::newRow("not JSON") << answered(200, "OK") << unknown << none << QString() << 0;
    QTest::newRow("HTML") << answered(200, "<html></html>") << unknown << none << QString() << 0;
    QTest::newRow("empty") << answered(200, "") << unknown << none << QString() << 0;
    QTest::newRow("wrong types") << answered(200, R"({"data":{"endToEndId":5,"refundStatus":["REFUND_PENDING"]}})")
                                 << unknown << none << QString() << 0;
    QTest::newRow("400 refusal") << answered(400, failure("amount exceeds the refundable remainder 5.00"))
                                 << GatewayOutcome::Declined << none << QStringLiteral("remainder 5.00") << 0;
    QTest::newRow("422 refusal") << answered(422, failure("U110")) << GatewayOutcome::Declined << none
                                 << QStringLiteral("U110") << 0;
    QTest::newRow("404") << answered(404, failure("checkoutId not found")) << GatewayOutcome::NotFound << none
                         << QStringLiteral("checkoutId not found") << 0;
    QTest::newRow("404 HTML") << answered(404, "<html/>") << GatewayOutcome::NotExecuted << none
                              << QStringLiteral("HTTP 404") << 0;
    QTest::newRow("400 HTML") << answered(400, "<html/>") << GatewayOutcome::NotExecuted << none << QString() << 0;
    QTest::newRow("401") << answered(401, failure("JWT refused: bad signature")) << GatewayOutcome::AuthFailed << none
                         << QStringLiteral("JWT refused: bad signature") << 0;
    QTest::newRow("403") << answered(403, "") << GatewayOutcome::AuthFailed << none << QStringLiteral("private key")
                         << 0;
    QTest::newRow("409") << answered(409, failure("duplicate refundId")) << unknown << none
                         << QStringLiteral("duplicate refundId") << 0;
    QTest::newRow("429") << answered(429, failure("slow down"), {{"Retry-After", "12"}}) << GatewayOutcome::NotExecuted
                         << none << QString() << 12;
    QTest::newRow("429 without Retry-After")
        << answered(429, "") << GatewayOutcome::NotExecuted << none << QString() << 30;
    QTest::newRow("500") << answered(500, failure("boom")) << unknown << none << QStringLiteral("HTTP 500") << 0;
    QTest::newRow("502 HTML") << answered(502, "<html/>") << unknown << none << QString() << 0;
    QTest::newRow("301") << answered(301, "") << unknown << none << QString() << 0;
    QTest::newRow("not sent") << transport(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted << none
                              << QStringLiteral("transport") << 0;
    QTest::newRow("lost") << transport(HttpResult::Outcome::OutcomeUnknown) << unknown << none
                          << QStringLiteral("transport") << 0;
    QTest::newRow("cancelled") << transport(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled << none
                               << QString() << 0;
}

void TestPayNetProtocol::refundAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);

    const RefundResult result = PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::First);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    if (outcome == GatewayOutcome::Ok) {
        QCOMPARE(result.status, status);
        QCOMPARE(result.gatewayRefundId, QStringLiteral("20240927M0000201861OBW00000001"));
        QCOMPARE(result.gatewayCode, QStringLiteral("OK"));
    }
}

void TestPayNetProtocol::repeatedRefundAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<bool>("needsEnquiry");
    QTest::addColumn<int>("retryAfter");

    const auto unknown = GatewayOutcome::OutcomeUnknown;
    QTest::newRow("first refund's result: pending")
        << answered(200, refundReply("REFUND_PENDING")) << GatewayOutcome::Ok << false << 0;
    QTest::newRow("first refund's result: accepted")
        << answered(200, refundReply("REFUND_ACCEPTED")) << GatewayOutcome::Ok << false << 0;
    QTest::newRow("declined: ask the enquiry")
        << answered(400, failure("amount exceeds the refundable remainder")) << GatewayOutcome::Declined << true << 0;
    QTest::newRow("payment unknown") << answered(404, failure("checkoutId not found")) << GatewayOutcome::NotExecuted
                                     << false << 0;
    QTest::newRow("404 HTML") << answered(404, "<html/>") << unknown << false << 0;
    QTest::newRow("unreadable 2xx") << answered(200, "{}") << unknown << false << 0;
    QTest::newRow("401") << answered(401, failure("JWT refused")) << unknown << false << 0;
    QTest::newRow("409") << answered(409, "") << unknown << false << 0;
    QTest::newRow("429") << answered(429, "", {{"Retry-After", "7"}}) << unknown << false << 7;
    QTest::newRow("500") << answered(500, "") << unknown << false << 0;
    QTest::newRow("not sent") << transport(HttpResult::Outcome::NotSent) << unknown << false << 0;
    QTest::newRow("lost again") << transport(HttpResult::Outcome::OutcomeUnknown) << unknown << false << 0;
    QTest::newRow("cancelled") << transport(HttpResult::Outcome::Cancelled) << unknown << false << 0;
}

void TestPayNetProtocol::repeatedRefundAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(bool, needsEnquiry);
    QFETCH(int, retryAfter);

    const RefundResult result = PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::Repeat);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QCOMPARE(!PayNetProtocol::lostAnswerFromRepeat(result).has_value(), needsEnquiry);
    if (outcome == GatewayOutcome::OutcomeUnknown)
        QVERIFY2(result.message.contains(QStringLiteral("still cannot tell")), qPrintable(result.message));
}

void TestPayNetProtocol::lostAnswerAfterDecline_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("refundId unknown: nothing executed")
        << answered(404, failure("refundId not found")) << GatewayOutcome::NotExecuted << RefundStatus::Submitting << 0;
    QTest::newRow("refund exists and was accepted")
        << answered(200, enquiryAnswer("ACCEPTED")) << GatewayOutcome::Ok << RefundStatus::Succeeded << 0;
    QTest::newRow("refund exists, pending")
        << answered(200, enquiryAnswer("PENDING")) << GatewayOutcome::Ok << RefundStatus::Pending << 0;
    QTest::newRow("too early for the enquiry")
        << answered(429, failure("ask at least 3600 s after the refund"), {{"Retry-After", "3500"}})
        << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << 3500;
    QTest::newRow("404 HTML is not an answer")
        << answered(404, "<html/>") << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << 0;
    QTest::newRow("500") << answered(500, "") << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << 0;
    QTest::newRow("lost") << transport(HttpResult::Outcome::OutcomeUnknown) << GatewayOutcome::OutcomeUnknown
                          << RefundStatus::Submitting << 0;
}

void TestPayNetProtocol::lostAnswerAfterDecline()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(int, retryAfter);

    const RefundResult declined = PayNetProtocol::parseRefundAnswer(
        answered(400, failure("amount exceeds the refundable remainder")), PayNetProtocol::Attempt::Repeat);
    QCOMPARE(declined.outcome, GatewayOutcome::Declined);
    const RefundResult result = PayNetProtocol::lostAnswerFromEnquiry(http, refund(), declined);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    if (outcome == GatewayOutcome::Ok)
        QCOMPARE(result.status, status);
    else
        QVERIFY2(result.message.contains(QStringLiteral("refundable remainder")), qPrintable(result.message));
}

void TestPayNetProtocol::refundEnquiryAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message");

    const auto ok = GatewayOutcome::Ok;
    QTest::newRow("PENDING") << answered(200, enquiryAnswer("PENDING")) << ok << RefundStatus::Pending << QString();
    QTest::newRow("ACCEPTED") << answered(200, enquiryAnswer("ACCEPTED")) << ok << RefundStatus::Succeeded
                              << QStringLiteral("U002");
    QTest::newRow("REJECTED") << answered(200, enquiryAnswer("REJECTED")) << ok << RefundStatus::Rejected
                              << QStringLiteral("Nothing was refunded");
    QTest::newRow("TIMEOUT") << answered(200, enquiryAnswer("TIMEOUT")) << ok << RefundStatus::NeedsReview
                             << QStringLiteral("next day's PayNet report");
    QTest::newRow("REFUND_ACCEPTED") << answered(200, enquiryAnswer("REFUND_ACCEPTED")) << ok << RefundStatus::Succeeded
                                     << QString();
    QTest::newRow("amount as number") << answered(200, enquiryAnswer("ACCEPTED", "10.00")) << ok
                                      << RefundStatus::Succeeded << QString();
    QTest::newRow("amount \"10\"") << answered(200, enquiryAnswer("ACCEPTED", "\"10\"")) << ok
                                   << RefundStatus::Succeeded << QString();
    QTest::newRow("amounts disagree") << answered(200, enquiryAnswer("ACCEPTED", "\"10.01\"")) << ok
                                      << RefundStatus::NeedsReview << QStringLiteral("amounts disagree");
    QTest::newRow("amount with exponent") << answered(200, enquiryAnswer("ACCEPTED", "1e1")) << ok
                                          << RefundStatus::NeedsReview << QStringLiteral("amounts disagree");
    QTest::newRow("amount 9.995") << answered(200, enquiryAnswer("ACCEPTED", "\"9.995\"")) << ok
                                  << RefundStatus::NeedsReview << QString();
    QTest::newRow("amount missing") << answered(200, R"({"data":{"refundStatus":"ACCEPTED"},"message":"OK"})") << ok
                                    << RefundStatus::NeedsReview << QString();
    QTest::newRow("unknown status") << answered(200, enquiryAnswer("FROZEN")) << ok << RefundStatus::NeedsReview
                                    << QStringLiteral("FROZEN");
    QTest::newRow("404") << answered(404, failure("refundId not found")) << GatewayOutcome::NotFound
                         << RefundStatus::Submitting << QStringLiteral("refundId not found");
    QTest::newRow("429") << answered(429, failure("too early"), {{"Retry-After", "60"}}) << GatewayOutcome::NotExecuted
                         << RefundStatus::Submitting << QStringLiteral("60 second");
    QTest::newRow("401") << answered(401, failure("JWT refused: jti was already used")) << GatewayOutcome::AuthFailed
                         << RefundStatus::Submitting << QStringLiteral("jti was already used");
    QTest::newRow("400") << answered(400, failure("the query must be exactly refundId=<value>"))
                         << GatewayOutcome::NotExecuted << RefundStatus::Submitting
                         << QStringLiteral("the query must be");
    QTest::newRow("data null on 200") << answered(200, failure("OK")) << GatewayOutcome::NotExecuted
                                      << RefundStatus::Submitting << QStringLiteral("could not be read");
    QTest::newRow("500") << answered(500, "") << GatewayOutcome::NotExecuted << RefundStatus::Submitting
                         << QStringLiteral("HTTP 500");
    QTest::newRow("not sent") << transport(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted
                              << RefundStatus::Submitting << QString();
    QTest::newRow("lost") << transport(HttpResult::Outcome::OutcomeUnknown) << GatewayOutcome::OutcomeUnknown
                          << RefundStatus::Submitting << QString();
}

void TestPayNetProtocol::refundEnquiryAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);

    const RefundResult result = PayNetProtocol::parseRefundEnquiryAnswer(http, refund());
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.isEmpty());
    if (outcome == GatewayOutcome::Ok)
        QCOMPARE(result.status, status);
}

void TestPayNetProtocol::paymentEnquiryAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("refundable");
    QTest::addColumn<QString>("message");

    const auto ok = GatewayOutcome::Ok;
    QTest::newRow("CLEARED 19.99") << answered(200, paymentAnswer("CLEARED", "\"19.99\"")) << ok << qint64(1999) << true
                                   << QString();
    QTest::newRow("number 19.99") << answered(200, paymentAnswer("CLEARED", "19.99")) << ok << qint64(1999) << true
                                  << QString();
    QTest::newRow("0.1") << answered(200, paymentAnswer("CLEARED", "0.1")) << ok << qint64(10) << true << QString();
    QTest::newRow("\"1234\"") << answered(200, paymentAnswer("CLEARED", "\"1234\"")) << ok << qint64(123400) << true
                              << QString();
    QTest::newRow("1234") << answered(200, paymentAnswer("CLEARED", "1234")) << ok << qint64(123400) << true
                          << QString();
    QTest::newRow("1e2 refused") << answered(200, paymentAnswer("CLEARED", "1e2")) << GatewayOutcome::NotExecuted
                                 << qint64(0) << false << QStringLiteral("scientific notation");
    QTest::newRow("49.995 refused") << answered(200, paymentAnswer("CLEARED", "\"49.995\""))
                                    << GatewayOutcome::NotExecuted << qint64(0) << false
                                    << QStringLiteral("cannot read exactly");
    QTest::newRow("RECEIVED") << answered(200, paymentAnswer("RECEIVED", "\"10.00\"")) << ok << qint64(1000) << false
                              << QString();
    QTest::newRow("REJECTED") << answered(200, paymentAnswer("REJECTED", "\"10.00\"")) << ok << qint64(1000) << false
                              << QString();
    QTest::newRow("PENDAUTH") << answered(200, paymentAnswer("PENDAUTH", "\"10.00\"")) << ok << qint64(1000) << false
                              << QString();
    QTest::newRow("USD") << answered(200, paymentAnswer("CLEARED", "\"10.00\"", R"(,"currency":"USD")"))
                         << GatewayOutcome::Refused << qint64(0) << false << QStringLiteral("MYR only");
    QTest::newRow("another checkout id") << answered(
        200, R"({"data":{"checkoutId":"other","status":"CLEARED","amount":"1.00"}})")
                                         << GatewayOutcome::NotExecuted << qint64(0) << false
                                         << QStringLiteral("another payment");
    QTest::newRow("no status") << answered(200, R"({"data":{"amount":"1.00"}})") << GatewayOutcome::NotExecuted
                               << qint64(0) << false << QStringLiteral("no payment status");
    QTest::newRow("404") << answered(404, failure("checkoutId not found")) << GatewayOutcome::NotFound << qint64(0)
                         << false << QStringLiteral("checkoutId not found");
    QTest::newRow("429") << answered(429, failure("ask at most once every 30 s"), {{"Retry-After", "25"}})
                         << GatewayOutcome::NotExecuted << qint64(0) << false << QStringLiteral("25 second");
    QTest::newRow("401") << answered(401, failure("JWT refused")) << GatewayOutcome::AuthFailed << qint64(0) << false
                         << QStringLiteral("JWT refused");
    QTest::newRow("not JSON") << answered(200, "<html/>") << GatewayOutcome::NotExecuted << qint64(0) << false
                              << QStringLiteral("could not be read");
}

void TestPayNetProtocol::paymentEnquiryAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(qint64, minor);
    QFETCH(bool, refundable);
    QFETCH(QString, message);

    const LookupResult result = PayNetProtocol::parsePaymentEnquiryAnswer(http, checkoutId);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    if (outcome != GatewayOutcome::Ok) {
        QVERIFY(!result.message.isEmpty());
        return;
    }
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.sale.gateway, GatewayId::PayNet);
    QCOMPARE(result.sale.transactionId, checkoutId);
    QCOMPARE(result.sale.amount, Money(minor, myr));
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
}

void TestPayNetProtocol::paymentEnquiryDetails()
{
    const LookupResult result = PayNetProtocol::parsePaymentEnquiryAnswer(
        answered(200, paymentAnswer("CLEARED", "\"10.00\"", R"(,"transactionDate":"2024-07-01T08:00:00+08:00")")),
        checkoutId);
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.sale.method, QStringLiteral("01"));
    QCOMPARE(result.sale.reference, QStringLiteral("E2EPAY"));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("CLEARED"));
    QCOMPARE(result.sale.paidAt, QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));

    // A time without a zone is not trusted for the refund window.
    const LookupResult local = PayNetProtocol::parsePaymentEnquiryAnswer(
        answered(200, paymentAnswer("CLEARED", "\"10.00\"", R"(,"transactionDate":"2024-07-01T08:00:00")")),
        checkoutId);
    QVERIFY(!local.sale.paidAt.isValid());
}

void TestPayNetProtocol::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("status"); // -1: not a status

    QTest::newRow("REFUND_PENDING") << QStringLiteral("REFUND_PENDING") << int(RefundStatus::Pending);
    QTest::newRow("REFUND_ACCEPTED") << QStringLiteral("REFUND_ACCEPTED") << int(RefundStatus::Succeeded);
    QTest::newRow("REFUND_REJECTED") << QStringLiteral("REFUND_REJECTED") << int(RefundStatus::Rejected);
    QTest::newRow("REFUND_TIMEOUT") << QStringLiteral("REFUND_TIMEOUT") << int(RefundStatus::NeedsReview);
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << int(RefundStatus::Pending);
    QTest::newRow("ACCEPTED") << QStringLiteral("ACCEPTED") << int(RefundStatus::Succeeded);
    QTest::newRow("REJECTED") << QStringLiteral("REJECTED") << int(RefundStatus::Rejected);
    QTest::newRow("TIMEOUT") << QStringLiteral("TIMEOUT") << int(RefundStatus::NeedsReview);
    QTest::newRow("lower case") << QStringLiteral("refund_accepted") << int(RefundStatus::Succeeded);
    QTest::newRow("REFUND_") << QStringLiteral("REFUND_") << -1;
    QTest::newRow("CLEARED") << QStringLiteral("CLEARED") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPayNetProtocol::statusWords()
{
    QFETCH(QString, word);
    QFETCH(int, status);
    const std::optional<RefundStatus> mapped = PayNetProtocol::statusOf(word);
    QCOMPARE(mapped.has_value() ? int(*mapped) : -1, status);
}

void TestPayNetProtocol::webhook_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<WebhookEvent::Verdict>("verdict");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message");

    const auto accepted = WebhookEvent::Verdict::Accepted;
    const auto malformed = WebhookEvent::Verdict::Malformed;
    QTest::newRow("ACTC accepted") << webhookBody("ACTC", "REFUND_ACCEPTED") << accepted << RefundStatus::Succeeded
                                   << QStringLiteral("accepted");
    QTest::newRow("RJCT rejected") << webhookBody("RJCT", "REFUND_REJECTED") << accepted << RefundStatus::Rejected
                                   << QStringLiteral("rejected");
    QTest::newRow("ACSP pending") << webhookBody("ACSP", "REFUND_PENDING") << accepted << RefundStatus::Pending
                                  << QStringLiteral("processing");
    QTest::newRow("timeout needs review") << webhookBody("ACSP", "REFUND_TIMEOUT") << accepted
                                          << RefundStatus::NeedsReview << QStringLiteral("next day's PayNet report");
    QTest::newRow("amount as number") << webhookBody("ACTC", "REFUND_ACCEPTED", "10.00") << accepted
                                      << RefundStatus::Succeeded << QString();
    QTest::newRow("RJCT with ACCEPTED contradicts") << webhookBody("RJCT", "REFUND_ACCEPTED") << accepted
                                                    << RefundStatus::NeedsReview << QStringLiteral("contradicts");
    QTest::newRow("ACTC with REJECTED contradicts") << webhookBody("ACTC", "REFUND_REJECTED") << accepted
                                                    << RefundStatus::NeedsReview << QStringLiteral("contradicts");
    QTest::newRow("unknown substate") << webhookBody("ACTC", "REFUND_DONE") << malformed << RefundStatus::Pending
                                      << QStringLiteral("REFUND_DONE");
    QTest::newRow("substate without prefix")
        << webhookBody("ACTC", "ACCEPTED") << malformed << RefundStatus::Pending << QString();
    QTest::newRow("amount with exponent") << webhookBody("ACTC", "REFUND_ACCEPTED", "1e1") << malformed
                                          << RefundStatus::Pending << QStringLiteral("scientific notation");
    QTest::newRow("amount 9.995") << webhookBody("ACTC", "REFUND_ACCEPTED", "\"9.995\"") << malformed
                                  << RefundStatus::Pending << QString();
    QTest::newRow("refundId not a UUID") << QByteArray(
        R"({"refundId":"r-1","paymentStatus":{"code":"ACTC","substate":"REFUND_ACCEPTED"},"amount":"1.00"})")
                                         << malformed << RefundStatus::Pending << QStringLiteral("refund id");
    QTest::newRow("no paymentStatus") << QByteArray(
        R"({"refundId":"dd66946f-5834-49a1-9d51-89ccfbd77909","amount":"1.00"})")
                                      << malformed << RefundStatus::Pending << QStringLiteral("paymentStatus");
    QTest::newRow("not JSON") << QByteArray("refundId=1") << malformed << RefundStatus::Pending
                              << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << QByteArray() << malformed << RefundStatus::Pending << QString();
}

void TestPayNetProtocol::webhook()
{
    QFETCH(QByteArray, body);
    QFETCH(WebhookEvent::Verdict, verdict);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);

    const QJsonObject claims {{QStringLiteral("exp"), now.toSecsSinceEpoch() + 300},
                              {QStringLiteral("data"), sha256Hex(body)}};
    const WebhookEvent event = PayNetProtocol::verifyWebhook(signedWebhook(body, claims), m_payNetPublic, now);
    QCOMPARE(event.verdict, verdict);
    QVERIFY2(event.message.contains(message), qPrintable(event.message));
    QVERIFY(!event.message.isEmpty());
    if (verdict != WebhookEvent::Verdict::Accepted)
        return;
    QCOMPARE(event.status, status);
    QCOMPARE(event.refundId, refundUuid);
    QCOMPARE(event.gatewayRefundId, QStringLiteral("20240927M0000201861OBW00000001"));
    QCOMPARE(event.transactionId, checkoutId);
    QCOMPARE(event.gatewayCode, QStringLiteral("U002"));
    QCOMPARE(event.amount, Money(1000, myr));
}

void TestPayNetProtocol::webhookSignature_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<WebhookEvent::Verdict>("verdict");
    QTest::addColumn<QString>("message");

    const auto bad = WebhookEvent::Verdict::BadSignature;
    QTest::newRow("good") << QStringLiteral("good") << WebhookEvent::Verdict::Accepted << QString();
    QTest::newRow("body changed after signing")
        << QStringLiteral("tamperedBody") << bad << QStringLiteral("does not match its body");
    QTest::newRow("hash in upper case") << QStringLiteral("upperHash") << bad << QStringLiteral("does not match");
    QTest::newRow("data claim missing") << QStringLiteral("noData") << bad << QStringLiteral("does not match");
    QTest::newRow("data claim is an object") << QStringLiteral("objectData") << bad << QStringLiteral("does not match");
    QTest::newRow("expired") << QStringLiteral("expired") << bad << QStringLiteral("refused");
    QTest::newRow("no exp") << QStringLiteral("noExp") << bad << QStringLiteral("no expiry");
    QTest::newRow("signed by the merchant's key")
        << QStringLiteral("otherKey") << bad << QStringLiteral("bad signature");
    QTest::newRow("no Authorization") << QStringLiteral("noHeader") << bad << QStringLiteral("Bearer");
    QTest::newRow("Basic scheme") << QStringLiteral("basic") << bad << QStringLiteral("Bearer");
    QTest::newRow("two Authorization headers") << QStringLiteral("twoHeaders") << bad << QStringLiteral("single");
    QTest::newRow("alg none") << QStringLiteral("algNone") << bad << QStringLiteral("RS256");
    QTest::newRow("not a JWT") << QStringLiteral("garbage") << bad << QStringLiteral("not a JWT");
    QTest::newRow("no key configured") << QStringLiteral("noKey") << bad << QStringLiteral("No PayNet public key");
    QTest::newRow("header name in other case")
        << QStringLiteral("headerCase") << WebhookEvent::Verdict::Accepted << QString();
}

void TestPayNetProtocol::webhookSignature()
{
    QFETCH(QString, what);
    QFETCH(WebhookEvent::Verdict, verdict);
    QFETCH(QString, message);

    const QByteArray body = webhookBody("ACTC", "REFUND_ACCEPTED");
    QJsonObject claims {{QStringLiteral("exp"), now.toSecsSinceEpoch() + 300},
                        {QStringLiteral("data"), sha256Hex(body)},
                        {QStringLiteral("iss"), QStringLiteral("paynet")}};
    if (what == u"upperHash")
        claims.insert(QStringLiteral("data"), sha256Hex(body).toUpper());
    else if (what == u"noData")
        claims.remove(QStringLiteral("data"));
    else if (what == u"objectData")
        claims.insert(QStringLiteral("data"), QJsonDocument::fromJson(body).object());
    else if (what == u"expired")
        claims.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() - 1);
    else if (what == u"noExp")
        claims.remove(QStringLiteral("exp"));

    WebhookRequest request = signedWebhook(body, claims);
    RsaKey key = m_payNetPublic;
    if (what == u"tamperedBody") {
        request.body.replace("10.00", "90.00");
    } else if (what == u"otherKey") {
        request.headers[1].second = "Bearer " + Jwt::signRs256(claims, m_merchantKey);
    } else if (what == u"noHeader") {
        request.headers.removeLast();
    } else if (what == u"basic") {
        request.headers[1].second = "Basic dXNlcjpwYXNz";
    } else if (what == u"twoHeaders") {
        request.headers.append(request.headers.at(1));
    } else if (what == u"algNone") {
        const QByteArray header = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray payload = QJsonDocument(claims)
                                       .toJson(QJsonDocument::Compact)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        request.headers[1].second = "Bearer " + header + '.' + payload + ".c2ln";
    } else if (what == u"garbage") {
        request.headers[1].second = "Bearer abc";
    } else if (what == u"noKey") {
        key = RsaKey();
    } else if (what == u"headerCase") {
        request.headers[1].first = "Authorization";
        request.headers[1].second.replace(0, 6, "bearer");
    }
    const WebhookEvent event = PayNetProtocol::verifyWebhook(request, key, now);
    QCOMPARE(event.verdict, verdict);
    QVERIFY2(event.message.contains(message), qPrintable(event.message));
    if (verdict == WebhookEvent::Verdict::BadSignature) {
        QVERIFY(event.refundId.isNull());
        QVERIFY(!event.amount.has_value());
    }
}

QTEST_GUILESS_MAIN(TestPayNetProtocol)
#include "tst_paynetprotocol.moc"
