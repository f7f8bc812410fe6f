#include "gateways/ExactJson.h"
#include "gateways/secpaid/SecPaidProtocol.h"

#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

const Currency eur = *Currency::fromCode(u"EUR");
const Currency usd = *Currency::fromCode(u"USD");
const QString payId = QStringLiteral("12345");

SecPaidProtocol protocol()
{
    return SecPaidProtocol(QUrl(QStringLiteral("https://app.secpaid.com")), QStringLiteral("tok-123"));
}

Sale sale(qint64 minor = 4999)
{
    Sale s;
    s.gateway = GatewayId::SecPaid;
    s.transactionId = payId;
    s.amount = Money(minor, eur);
    s.gatewayStatus = QStringLiteral("Success");
    s.gatewaySaysRefundable = true;
    return s;
}

Refund refund(Money amount, bool full)
{
    Refund r;
    r.refundId = QUuid(QStringLiteral("{dd66946f-5834-49a1-9d51-89ccfbd77909}"));
    r.gateway = GatewayId::SecPaid;
    r.transactionId = payId;
    r.amount = amount;
    r.fullRefund = full;
    r.createdAt = QDateTime(QDate(2024, 9, 27), QTime(10, 0), Qt::UTC);
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
    r.userMessage = QStringLiteral("transport: %1").arg(static_cast<int>(outcome));
    return r;
}

QByteArray reply(const QByteArray &code, const QByteArray &message, const QByteArray &result)
{
    return "{\"ResponseCode\":" + code + ",\"ResponseMsg\":\"" + message + "\",\"Result\":" + result
        + ",\"ServerTime\":\"CEST\"}";
}

const QByteArray successMsg = "Refund request has been sent successfully, You will get update within 5-10 days";

QByteArray list(const QByteArray &entries)
{
    return "{\"ResponseCode\":1,\"ResponseMsg\":\"Success\",\"Result\":\"True\",\"ServerTime\":\"CEST\",\"data\":["
        + entries + "]}";
}

QByteArray paymentEntry(const QByteArray &amount, const QByteArray &status = "\"Success\"")
{
    return "{\"transaction_id\":\"20240920-pi-12345\",\"pay_id\":12345,\"status\":" + status
        + ",\"is_refund\":false,\"transaction_type\":\"Payment\",\"amount\":" + amount
        + ",\"currency\":\"EUR\",\"created_at\":\"2024-09-20 13:25:01\"}";
}

QByteArray refundEntry(const QByteArray &amount, const QByteArray &status = "\"Pending\"")
{
    return "{\"transaction_id\":\"20240927-pi-700001\",\"pay_id\":12345,\"status\":" + status
        + ",\"is_refund\":true,\"transaction_type\":\"Refund\",\"amount\":" + amount
        + ",\"currency\":\"EUR\",\"created_at\":\"2024-09-27 12:00:00\"}";
}

} // namespace

class TestSecPaidProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refundRequest_data();
    void refundRequest();
    void refundRequestHeaders();
    void refundRequestUnderBasePath();
    void refundRefusedLocally_data();
    void refundRefusedLocally();
    void transactionsRequest();
    void refundAnswer_data();
    void refundAnswer();
    void repeatedRefundAnswer_data();
    void repeatedRefundAnswer();
    void statusAnswer_data();
    void statusAnswer();
    void lookupAnswer_data();
    void lookupAnswer();
    void lookupListsRefunds();
    void lookupReadsPaymentTime();
    void lostAnswerFromPoll_data();
    void lostAnswerFromPoll();
    void payIds_data();
    void payIds();
};

void TestSecPaidProtocol::refundRequest_data()
{
    QTest::addColumn<qint64>("saleMinor");
    QTest::addColumn<qint64>("refundMinor");
    QTest::addColumn<bool>("full");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("full 49.99") << qint64(4999) << qint64(4999) << true
                                << QByteArray(R"({"pay_id":12345,"refund_amount":49.99,"isFullRefund":true})");
    QTest::newRow("partial 20.00") << qint64(4999) << qint64(2000) << false
                                   << QByteArray(R"({"pay_id":12345,"refund_amount":20.00})");
    QTest::newRow("partial 0.10") << qint64(4999) << qint64(10) << false
                                  << QByteArray(R"({"pay_id":12345,"refund_amount":0.10})");
    QTest::newRow("full 19.99 (not 19.98)")
        << qint64(1999) << qint64(1999) << true
        << QByteArray(R"({"pay_id":12345,"refund_amount":19.99,"isFullRefund":true})");
    QTest::newRow("full 1234567.89") << qint64(123456789) << qint64(123456789) << true
                                     << QByteArray(
                                            R"({"pay_id":12345,"refund_amount":1234567.89,"isFullRefund":true})");
}

void TestSecPaidProtocol::refundRequest()
{
    QFETCH(qint64, saleMinor);
    QFETCH(qint64, refundMinor);
    QFETCH(bool, full);
    QFETCH(QByteArray, body);

    const auto built = protocol().buildRefundRequest({sale(saleMinor), refund(Money(refundMinor, eur), full)});
    QVERIFY2(built.ok(), qPrintable(built.refusal));
    QCOMPARE(built.request.body, body);
    QCOMPARE(built.request.method, HttpRequest::Method::Post);
    QCOMPARE(built.request.purpose, HttpRequest::Purpose::Refund);
    QCOMPARE(built.request.url, QUrl(QStringLiteral("https://app.secpaid.com/api/v2/refundPayment")));
    QCOMPARE(built.request.contentType, QByteArray("application/json"));
}

void TestSecPaidProtocol::refundRequestHeaders()
{
    const auto built = protocol().buildRefundRequest({sale(), refund(Money(4999, eur), true)});
    QVERIFY(built.ok());
    const QList<HttpHeader> expected {{"Accept", "application/json"}, {"token", "tok-123"}};
    QCOMPARE(built.request.headers, expected);
}

void TestSecPaidProtocol::refundRequestUnderBasePath()
{
    const SecPaidProtocol withPath(QUrl(QStringLiteral("http://127.0.0.1:8080/secpaid/")), QStringLiteral("t"));
    const auto built = withPath.buildRefundRequest({sale(), refund(Money(100, eur), false)});
    QVERIFY(built.ok());
    QCOMPARE(built.request.url, QUrl(QStringLiteral("http://127.0.0.1:8080/secpaid/api/v2/refundPayment")));
}

void TestSecPaidProtocol::refundRefusedLocally_data()
{
    QTest::addColumn<QString>("saleId");
    QTest::addColumn<qint64>("refundMinor");
    QTest::addColumn<bool>("inDollars");
    QTest::addColumn<bool>("full");
    QTest::addColumn<QString>("expected"); // a piece of the refusal

    QTest::newRow("USD") << payId << qint64(100) << true << false << QStringLiteral("only in EUR");
    QTest::newRow("zero") << payId << qint64(0) << false << false << QStringLiteral("more than zero");
    QTest::newRow("negative") << payId << qint64(-100) << false << false << QStringLiteral("more than zero");
    QTest::newRow("full but not the whole amount")
        << payId << qint64(2000) << false << true << QStringLiteral("whole payment of 49.99 EUR, not 20.00");
    QTest::newRow("pay_id letters") << QStringLiteral("abc") << qint64(100) << false << false
                                    << QStringLiteral("not a SecPaid payment number");
    QTest::newRow("pay_id leading zero") << QStringLiteral("012345") << qint64(100) << false << false
                                         << QStringLiteral("not a SecPaid payment number");
    QTest::newRow("pay_id too long") << QStringLiteral("1234567890123456789") << qint64(100) << false << false
                                     << QStringLiteral("not a SecPaid payment number");
    QTest::newRow("pay_id decimal") << QStringLiteral("123.5") << qint64(100) << false << false
                                    << QStringLiteral("not a SecPaid payment number");
}

void TestSecPaidProtocol::refundRefusedLocally()
{
    QFETCH(QString, saleId);
    QFETCH(qint64, refundMinor);
    QFETCH(bool, inDollars);
    QFETCH(bool, full);
    QFETCH(QString, expected);

    Sale s = sale();
    s.transactionId = saleId;
    Refund r = refund(Money(refundMinor, inDollars ? usd : eur), full);
    r.transactionId = saleId;
    const auto built = protocol().buildRefundRequest({s, r});
    QVERIFY(!built.ok());
    QVERIFY2(built.refusal.contains(expected), qPrintable(built.refusal));
    QVERIFY(built.refusal.contains(QStringLiteral("Nothing was sent")));
}

void TestSecPaidProtocol::transactionsRequest()
{
    const auto built = protocol().buildTransactionsRequest(payId, QDate(2024, 9, 26));
    QVERIFY(built.ok());
    QCOMPARE(built.request.body, QByteArray(R"({"since":"2024-09-26","limit":100,"pay_id":12345})"));
    QCOMPARE(built.request.url, QUrl(QStringLiteral("https://app.secpaid.com/api/v2/getPayInTransactions")));
    QCOMPARE(built.request.purpose, HttpRequest::Purpose::Query);
    QCOMPARE(built.request.method, HttpRequest::Method::Post);
    QCOMPARE(built.request.headers.last(), HttpHeader("token", "tok-123"));
    QVERIFY(!protocol().buildTransactionsRequest(QStringLiteral("x1"), QDate(2024, 9, 26)).ok());
}

void TestSecPaidProtocol::refundAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message"); // a piece of it
    QTest::addColumn<int>("retryAfter");

    const auto ok = GatewayOutcome::Ok;
    const auto pending = RefundStatus::Pending;
    const auto none = RefundStatus::Submitting;
    QTest::newRow("documented success") << answered(200, reply("1", successMsg, "\"True\"")) << ok << pending
                                        << QStringLiteral("5-10 days") << 0;
    QTest::newRow("code as string") << answered(200, reply("\"1\"", successMsg, "\"True\"")) << ok << pending
                                    << QString() << 0;
    QTest::newRow("Result boolean") << answered(200, reply("1", successMsg, "true")) << ok << pending << QString() << 0;
    QTest::newRow("Result lower case") << answered(200, reply("1", successMsg, "\"true\"")) << ok << pending
                                       << QString() << 0;
    QTest::newRow("Result absent") << answered(200, R"({"ResponseCode":1,"ResponseMsg":"ok"})") << ok << pending
                                   << QString() << 0;

    const auto declined = GatewayOutcome::Declined;
    QTest::newRow("Please enter pay_id") << answered(200, reply("0", "Please enter pay_id", "\"False\"")) << declined
                                         << none << QStringLiteral("no payment number") << 0;
    QTest::newRow("Please enter refund_amount") << answered(200, reply("\"0\"", "Please enter refund_amount", "false"))
                                                << declined << none << QStringLiteral("no refund amount") << 0;
    QTest::newRow("Invalid link ID") << answered(200, reply("0", "Invalid link ID", "\"False\""))
                                     << GatewayOutcome::NotFound << none << QStringLiteral("does not know this payment")
                                     << 0;
    QTest::newRow("Link is cancelled") << answered(200, reply("0", "Link is cancelled", "\"False\"")) << declined
                                       << none << QStringLiteral("never paid") << 0;
    QTest::newRow("Refund already requested") << answered(200, reply("0", "Refund already requested", "\"False\""))
                                              << declined << none << QStringLiteral("only one per payment") << 0;
    QTest::newRow("Refund blocked by dispute") << answered(200, reply("0", "Refund blocked by dispute", "\"False\""))
                                               << declined << none << QStringLiteral("open dispute") << 0;
    QTest::newRow("Invalid refund amount") << answered(200, reply("0", "Invalid refund amount", "\"False\""))
                                           << declined << none << QStringLiteral("no more than the original") << 0;
    QTest::newRow("error words with a full stop and other case")
        << answered(200, reply("0", "refund already requested.", "\"False\"")) << declined << none
        << QStringLiteral("only one per payment") << 0;
    QTest::newRow("documented error as HTTP 400")
        << answered(400, reply("0", "Invalid refund amount", "\"False\"")) << declined << none
        << QStringLiteral("no more than the original") << 0;

    const auto unknown = GatewayOutcome::OutcomeUnknown;
    QTest::newRow("unknown error words") << answered(200, reply("0", "Database busy", "\"False\"")) << unknown << none
                                         << QStringLiteral("Database busy") << 0;
    QTest::newRow("code 1 with Result False") << answered(200, reply("1", successMsg, "\"False\"")) << unknown << none
                                              << QStringLiteral("could not be understood") << 0;
    QTest::newRow("code 0 with Result True")
        << answered(200, reply("0", "Invalid link ID", "\"True\"")) << unknown << none << QString() << 0;
    QTest::newRow("code 2") << answered(200, reply("2", "Queued", "\"True\"")) << unknown << none << QString() << 0;
    QTest::newRow("code boolean") << answered(200, reply("true", successMsg, "\"True\"")) << unknown << none
                                  << QString() << 0;
    QTest::newRow("code object") << answered(200, R"({"ResponseCode":{},"Result":"True"})") << unknown << none
                                 << QString() << 0;
    QTest::newRow("2xx not JSON") << answered(200, "Refund ok") << unknown << none
                                  << QStringLiteral("may or may not have been recorded") << 0;
    QTest::newRow("2xx HTML") << answered(200, "<html><body>Maintenance</body></html>") << unknown << none << QString()
                              << 0;
    QTest::newRow("2xx empty") << answered(200, "") << unknown << none << QString() << 0;
    QTest::newRow("2xx array") << answered(200, "[1]") << unknown << none << QString() << 0;
    QTest::newRow("2xx no code") << answered(200, R"({"Result":"True"})") << unknown << none << QString() << 0;
    QTest::newRow("500") << answered(500, "oops") << unknown << none << QStringLiteral("HTTP 500") << 0;
    QTest::newRow("503 with success body")
        << answered(503, reply("1", successMsg, "\"True\"")) << unknown << none << QString() << 0;
    QTest::newRow("302") << answered(302, "", {{"Location", "https://elsewhere"}}) << unknown << none << QString() << 0;
    QTest::newRow("4xx with success body")
        << answered(400, reply("1", successMsg, "\"True\"")) << unknown << none << QString() << 0;
    QTest::newRow("401") << answered(401, reply("0", "Invalid token", "\"False\"")) << GatewayOutcome::AuthFailed
                         << none << QStringLiteral("API key") << 0;
    QTest::newRow("403 HTML") << answered(403, "<html/>") << GatewayOutcome::AuthFailed << none << QString() << 0;
    QTest::newRow("429 Retry-After") << answered(429, "", {{"Retry-After", "17"}}) << GatewayOutcome::NotExecuted
                                     << none << QString() << 17;
    QTest::newRow("429 without Retry-After")
        << answered(429, "") << GatewayOutcome::NotExecuted << none << QString() << 60;
    QTest::newRow("404 HTML") << answered(404, "<html>Not Found</html>") << GatewayOutcome::NotExecuted << none
                              << QStringLiteral("HTTP 404") << 0;
    QTest::newRow("not sent") << transport(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted << none
                              << QStringLiteral("transport") << 0;
    QTest::newRow("lost answer") << transport(HttpResult::Outcome::OutcomeUnknown) << unknown << none
                                 << QStringLiteral("transport") << 0;
    QTest::newRow("cancelled") << transport(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled << none
                               << QString() << 0;
}

void TestSecPaidProtocol::refundAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);

    const RefundResult result = SecPaidProtocol::parseRefundAnswer(http, SecPaidProtocol::Attempt::First);
    QCOMPARE(result.outcome, outcome);
    if (outcome == GatewayOutcome::Ok)
        QCOMPARE(result.status, status);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.isEmpty() || outcome == GatewayOutcome::Cancelled);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(result.gatewayRefundId.isEmpty()); // SecPaid's answer names no refund
}

void TestSecPaidProtocol::repeatedRefundAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<int>("retryAfter");

    const auto unknown = GatewayOutcome::OutcomeUnknown;
    const auto notExecuted = GatewayOutcome::NotExecuted;
    QTest::newRow("success") << answered(200, reply("1", successMsg, "\"True\"")) << GatewayOutcome::Ok << 0;
    QTest::newRow("Refund already requested")
        << answered(200, reply("0", "Refund already requested", "\"False\"")) << GatewayOutcome::Ok << 0;
    QTest::newRow("Invalid link ID") << answered(200, reply("0", "Invalid link ID", "\"False\"")) << notExecuted << 0;
    QTest::newRow("Link is cancelled") << answered(200, reply("0", "Link is cancelled", "\"False\"")) << notExecuted
                                       << 0;
    QTest::newRow("Refund blocked by dispute")
        << answered(200, reply("0", "Refund blocked by dispute", "\"False\"")) << notExecuted << 0;
    QTest::newRow("Invalid refund amount")
        << answered(200, reply("0", "Invalid refund amount", "\"False\"")) << notExecuted << 0;
    QTest::newRow("unknown error") << answered(200, reply("0", "Try later", "\"False\"")) << unknown << 0;
    QTest::newRow("not JSON") << answered(200, "<html/>") << unknown << 0;
    QTest::newRow("4xx not JSON") << answered(400, "<html/>") << unknown << 0;
    QTest::newRow("500") << answered(500, "") << unknown << 0;
    QTest::newRow("401") << answered(401, "") << unknown << 0;
    QTest::newRow("429") << answered(429, "", {{"Retry-After", "5"}}) << unknown << 5;
    QTest::newRow("not sent") << transport(HttpResult::Outcome::NotSent) << unknown << 0;
    QTest::newRow("lost again") << transport(HttpResult::Outcome::OutcomeUnknown) << unknown << 0;
    QTest::newRow("cancelled") << transport(HttpResult::Outcome::Cancelled) << unknown << 0;
}

void TestSecPaidProtocol::repeatedRefundAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(int, retryAfter);

    const RefundResult result = SecPaidProtocol::parseRefundAnswer(http, SecPaidProtocol::Attempt::Repeat);
    QCOMPARE(result.outcome, outcome);
    if (outcome == GatewayOutcome::Ok)
        QCOMPARE(result.status, RefundStatus::Pending);
    if (outcome == GatewayOutcome::OutcomeUnknown)
        QVERIFY2(result.message.contains(QStringLiteral("still cannot tell")), qPrintable(result.message));
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.retryAfterSeconds, retryAfter);
}

void TestSecPaidProtocol::statusAnswer_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<qint64>("ourMinor");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message");

    const auto ok = GatewayOutcome::Ok;
    const QByteArray payment = paymentEntry("49.99");
    QTest::newRow("Pending") << answered(200, list(refundEntry("-20.00") + "," + payment)) << qint64(2000) << ok
                             << RefundStatus::Pending << QStringLiteral("pending");
    QTest::newRow("Success") << answered(200, list(payment + "," + refundEntry("-20.00", "\"Success\"")))
                             << qint64(2000) << ok << RefundStatus::Succeeded << QStringLiteral("carried out");
    QTest::newRow("Rejected") << answered(200, list(refundEntry("-20.00", "\"Rejected\""))) << qint64(2000) << ok
                              << RefundStatus::Rejected << QStringLiteral("rejected");
    QTest::newRow("Approved is still pending") << answered(200, list(refundEntry("-20.00", "\"Approved\"")))
                                               << qint64(2000) << ok << RefundStatus::Pending << QString();
    QTest::newRow("Completed") << answered(200, list(refundEntry("-20.00", "\"Completed\""))) << qint64(2000) << ok
                               << RefundStatus::Succeeded << QString();
    QTest::newRow("status in other case") << answered(200, list(refundEntry("-20.00", "\"SUCCESS\""))) << qint64(2000)
                                          << ok << RefundStatus::Succeeded << QString();
    QTest::newRow("amount as string") << answered(200, list(refundEntry("\"-20.00\""))) << qint64(2000) << ok
                                      << RefundStatus::Pending << QString();
    QTest::newRow("amount positive") << answered(200, list(refundEntry("20"))) << qint64(2000) << ok
                                     << RefundStatus::Pending << QString();
    QTest::newRow("amount 19.99") << answered(200, list(refundEntry("-19.99", "\"Success\""))) << qint64(1999) << ok
                                  << RefundStatus::Succeeded << QString();
    QTest::newRow("amount 0.1") << answered(200, list(refundEntry("-0.1", "\"Success\""))) << qint64(10) << ok
                                << RefundStatus::Succeeded << QString();
    QTest::newRow("amounts disagree") << answered(200, list(refundEntry("-20.01", "\"Success\""))) << qint64(2000) << ok
                                      << RefundStatus::NeedsReview << QStringLiteral("amounts disagree");
    QTest::newRow("amount with exponent") << answered(200, list(refundEntry("-2e1", "\"Success\""))) << qint64(2000)
                                          << ok << RefundStatus::NeedsReview << QStringLiteral("cannot read exactly");
    QTest::newRow("amount 49.995") << answered(200, list(refundEntry("-49.995", "\"Success\""))) << qint64(4999) << ok
                                   << RefundStatus::NeedsReview << QStringLiteral("cannot read exactly");
    QTest::newRow("amount missing") << answered(200,
                                                list(R"({"transaction_id":"x","is_refund":true,"status":"Success"})"))
                                    << qint64(2000) << ok << RefundStatus::NeedsReview
                                    << QStringLiteral("cannot read exactly");
    QTest::newRow("two refunds") << answered(200, list(refundEntry("-20.00") + "," + refundEntry("-10.00")))
                                 << qint64(2000) << ok << RefundStatus::NeedsReview << QStringLiteral("only one");
    QTest::newRow("unknown status word") << answered(200, list(refundEntry("-20.00", "\"Frozen\""))) << qint64(2000)
                                         << ok << RefundStatus::NeedsReview << QStringLiteral("Frozen");
    QTest::newRow("refund of another payment is skipped")
        << answered(200,
                    list(R"({"transaction_id":"a","pay_id":999,"is_refund":true,"status":"Success","amount":-20})"))
        << qint64(2000) << GatewayOutcome::NotFound << RefundStatus::Submitting << QStringLiteral("no refund");
    QTest::newRow("pay_id as string") << answered(
        200, list(R"({"transaction_id":"a","pay_id":"12345","is_refund":true,"status":"Success","amount":-20})"))
                                      << qint64(2000) << ok << RefundStatus::Succeeded << QString();
    QTest::newRow("is_refund as \"1\"") << answered(
        200, list(R"({"transaction_id":"a","is_refund":"1","status":"Pending","amount":"20.00"})"))
                                        << qint64(2000) << ok << RefundStatus::Pending << QString();
    QTest::newRow("only transaction_type says Refund")
        << answered(200, list(R"({"transaction_id":"a","transaction_type":"refund","status":"Pending","amount":20})"))
        << qint64(2000) << ok << RefundStatus::Pending << QString();
    QTest::newRow("only a negative amount says refund")
        << answered(200, list(R"({"transaction_id":"a","status":"Pending","amount":-20})")) << qint64(2000) << ok
        << RefundStatus::Pending << QString();
    QTest::newRow("top-level array") << answered(200, "[" + refundEntry("-20.00") + "]") << qint64(2000) << ok
                                     << RefundStatus::Pending << QString();
    QTest::newRow("under Result") << answered(200,
                                              "{\"ResponseCode\":\"1\",\"Result\":[" + refundEntry("-20.00") + "]}")
                                  << qint64(2000) << ok << RefundStatus::Pending << QString();
    QTest::newRow("under data.transactions")
        << answered(200, "{\"ResponseCode\":1,\"data\":{\"transactions\":[" + refundEntry("-20.00") + "]}}")
        << qint64(2000) << ok << RefundStatus::Pending << QString();
    QTest::newRow("no refund listed") << answered(200, list(payment)) << qint64(2000) << GatewayOutcome::NotFound
                                      << RefundStatus::Submitting << QStringLiteral("no refund for payment 12345");
    QTest::newRow("empty list") << answered(200, list("")) << qint64(2000) << GatewayOutcome::NotFound
                                << RefundStatus::Submitting << QString();
    QTest::newRow("Invalid link ID") << answered(200, reply("0", "Invalid link ID", "\"False\"")) << qint64(2000)
                                     << GatewayOutcome::NotFound << RefundStatus::Submitting
                                     << QStringLiteral("does not know payment 12345");
    QTest::newRow("other error") << answered(200, reply("0", "Please enter since", "\"False\"")) << qint64(2000)
                                 << GatewayOutcome::NotExecuted << RefundStatus::Submitting
                                 << QStringLiteral("Please enter since");
    QTest::newRow("no list") << answered(200, reply("1", "Success", "\"True\"")) << qint64(2000)
                             << GatewayOutcome::NotExecuted << RefundStatus::Submitting
                             << QStringLiteral("could not be read");
    QTest::newRow("entry not an object") << answered(200, list("1")) << qint64(2000) << GatewayOutcome::NotExecuted
                                         << RefundStatus::Submitting << QStringLiteral("could not be read");
    QTest::newRow("not JSON") << answered(200, "<html/>") << qint64(2000) << GatewayOutcome::NotExecuted
                              << RefundStatus::Submitting << QStringLiteral("could not be read");
    QTest::newRow("500") << answered(500, "") << qint64(2000) << GatewayOutcome::NotExecuted << RefundStatus::Submitting
                         << QStringLiteral("HTTP 500");
    QTest::newRow("401") << answered(401, "") << qint64(2000) << GatewayOutcome::AuthFailed << RefundStatus::Submitting
                         << QStringLiteral("API key");
    QTest::newRow("lost") << transport(HttpResult::Outcome::OutcomeUnknown) << qint64(2000)
                          << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << QString();
}

void TestSecPaidProtocol::statusAnswer()
{
    QFETCH(HttpResult, http);
    QFETCH(qint64, ourMinor);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);

    const RefundResult result = SecPaidProtocol::parseStatusAnswer(http, refund(Money(ourMinor, eur), false), payId);
    QCOMPARE(result.outcome, outcome);
    if (outcome == GatewayOutcome::Ok)
        QCOMPARE(result.status, status);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.isEmpty());
}

void TestSecPaidProtocol::lookupAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("refundable");
    QTest::addColumn<QString>("message");

    const auto ok = GatewayOutcome::Ok;
    QTest::newRow("19.99") << list(paymentEntry("19.99")) << ok << qint64(1999) << true << QString();
    QTest::newRow("0.1") << list(paymentEntry("0.1")) << ok << qint64(10) << true << QString();
    QTest::newRow("\"1234\"") << list(paymentEntry("\"1234\"")) << ok << qint64(123400) << true << QString();
    QTest::newRow("1234") << list(paymentEntry("1234")) << ok << qint64(123400) << true << QString();
    QTest::newRow("49.990") << list(paymentEntry("49.990")) << ok << qint64(4999) << true << QString();
    QTest::newRow("1e2 refused") << list(paymentEntry("1e2")) << GatewayOutcome::NotExecuted << qint64(0) << false
                                 << QStringLiteral("scientific notation");
    QTest::newRow("49.995 refused") << list(paymentEntry("49.995")) << GatewayOutcome::NotExecuted << qint64(0) << false
                                    << QStringLiteral("cannot read exactly");
    QTest::newRow("zero refused") << list(paymentEntry("0")) << GatewayOutcome::NotExecuted << qint64(0) << false
                                  << QStringLiteral("cannot read exactly");
    QTest::newRow("Pending payment") << list(paymentEntry("19.99", "\"Pending\"")) << ok << qint64(1999) << false
                                     << QString();
    QTest::newRow("Success preferred over Pending")
        << list(paymentEntry("5.00", "\"Pending\"") + "," + paymentEntry("19.99")) << ok << qint64(1999) << true
        << QString();
    QTest::newRow("USD payment") << list(R"({"transaction_id":"t","status":"Success","amount":10,"currency":"USD"})")
                                 << GatewayOutcome::Refused << qint64(0) << false << QStringLiteral("EUR only");
    QTest::newRow("only a refund") << list(refundEntry("-1.00")) << GatewayOutcome::NotFound << qint64(0) << false
                                   << QStringLiteral("lists no payment 12345");
    QTest::newRow("Invalid link ID") << reply("0", "Invalid link ID", "\"False\"") << GatewayOutcome::NotFound
                                     << qint64(0) << false << QStringLiteral("does not know payment 12345");
    QTest::newRow("not JSON") << QByteArray("nope") << GatewayOutcome::NotExecuted << qint64(0) << false
                              << QStringLiteral("could not be read");
}

void TestSecPaidProtocol::lookupAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(qint64, minor);
    QFETCH(bool, refundable);
    QFETCH(QString, message);

    const LookupResult result = SecPaidProtocol::parseLookupAnswer(answered(200, body), payId);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    if (outcome != GatewayOutcome::Ok) {
        QVERIFY(!result.message.isEmpty());
        return;
    }
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.sale.gateway, GatewayId::SecPaid);
    QCOMPARE(result.sale.transactionId, payId);
    QCOMPARE(result.sale.amount, Money(minor, eur));
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
    QVERIFY(result.refunds.isEmpty());
    QVERIFY(!result.refundedAtGateway.has_value());
}

void TestSecPaidProtocol::lookupListsRefunds()
{
    const QByteArray body = list(refundEntry("-20.00", "\"Success\"") + "," + paymentEntry("49.99"));
    const LookupResult result = SecPaidProtocol::parseLookupAnswer(answered(200, body), payId);
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.sale.reference, QStringLiteral("20240920-pi-12345"));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("Success"));
    QCOMPARE(result.refunds.size(), 1);
    QCOMPARE(result.refunds.first().gatewayRefundId, QStringLiteral("20240927-pi-700001"));
    QCOMPARE(result.refunds.first().amount, Money(2000, eur));
    QCOMPARE(result.refundedAtGateway, Money(2000, eur));

    // A rejected refund is listed but holds back nothing.
    const QByteArray rejected = list(refundEntry("-20.00", "\"Rejected\"") + "," + paymentEntry("49.99"));
    const LookupResult second = SecPaidProtocol::parseLookupAnswer(answered(200, rejected), payId);
    QCOMPARE(second.refunds.size(), 1);
    QCOMPARE(second.refundedAtGateway, Money::zero(eur));
}

void TestSecPaidProtocol::lookupReadsPaymentTime()
{
    // A time without a zone is UTC (docs/gateways.md); an offset is honoured.
    const LookupResult result = SecPaidProtocol::parseLookupAnswer(answered(200, list(paymentEntry("49.99"))), payId);
    QCOMPARE(result.sale.paidAt, QDateTime(QDate(2024, 9, 20), QTime(13, 25, 1), Qt::UTC));

    const LookupResult withOffset = SecPaidProtocol::parseLookupAnswer(
        answered(200, list(R"({"status":"Success","amount":1,"created_at":"2024-01-05T08:00:00+01:00"})")), payId);
    QCOMPARE(withOffset.sale.paidAt, QDateTime(QDate(2024, 1, 5), QTime(7, 0), Qt::UTC));
}

void TestSecPaidProtocol::lostAnswerFromPoll_data()
{
    QTest::addColumn<GatewayOutcome>("polled");
    QTest::addColumn<bool>("resend");
    QTest::addColumn<GatewayOutcome>("outcome");

    QTest::newRow("listed") << GatewayOutcome::Ok << false << GatewayOutcome::Ok;
    QTest::newRow("not listed: send once more") << GatewayOutcome::NotFound << true << GatewayOutcome::Ok;
    QTest::newRow("poll not sent") << GatewayOutcome::NotExecuted << false << GatewayOutcome::OutcomeUnknown;
    QTest::newRow("poll lost") << GatewayOutcome::OutcomeUnknown << false << GatewayOutcome::OutcomeUnknown;
    QTest::newRow("poll refused credentials") << GatewayOutcome::AuthFailed << false << GatewayOutcome::OutcomeUnknown;
    QTest::newRow("poll cancelled") << GatewayOutcome::Cancelled << false << GatewayOutcome::OutcomeUnknown;
}

void TestSecPaidProtocol::lostAnswerFromPoll()
{
    QFETCH(GatewayOutcome, polled);
    QFETCH(bool, resend);
    QFETCH(GatewayOutcome, outcome);

    RefundResult poll;
    poll.outcome = polled;
    poll.status = RefundStatus::Succeeded;
    poll.message = QStringLiteral("poll said so");
    poll.retryAfterSeconds = 9;
    const std::optional<RefundResult> result = SecPaidProtocol::lostAnswerFromPoll(poll);
    QCOMPARE(!result.has_value(), resend);
    if (resend)
        return;
    QCOMPARE(result->outcome, outcome);
    if (outcome == GatewayOutcome::Ok) {
        QCOMPARE(result->status, RefundStatus::Succeeded);
        return;
    }
    QVERIFY2(result->message.contains(QStringLiteral("poll said so")), qPrintable(result->message));
    QCOMPARE(result->retryAfterSeconds, 9);
}

void TestSecPaidProtocol::payIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("12345") << QStringLiteral("12345") << true;
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("18 digits") << QStringLiteral("999999999999999999") << true;
    QTest::newRow("19 digits") << QStringLiteral("1000000000000000000") << false;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("negative") << QStringLiteral("-5") << false;
    QTest::newRow("space") << QStringLiteral(" 5") << false;
    QTest::newRow("exponent") << QStringLiteral("1e5") << false;
    QTest::newRow("Arabic-Indic digit") << QString(QChar(0x0661)) << false;
}

void TestSecPaidProtocol::payIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(SecPaidProtocol::isValidPayId(id), valid);
}

QTEST_GUILESS_MAIN(TestSecPaidProtocol)
#include "tst_secpaidprotocol.moc"
