#include "gateways/pwv3/PwV3Protocol.h"

#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)
Q_DECLARE_METATYPE(RefundDesk::RefundRequest)

namespace {

const QString apiKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04");
const QString referenceNo = QStringLiteral("3f2504e04f8941d39a0c0305e82c3301");

Currency eur()
{
    return *Currency::fromCode(u"EUR");
}

PwV3Account account(bool partialRefunds = true)
{
    PwV3Account a;
    a.baseUrl = QUrl(QStringLiteral("https://testapi.example.com"));
    a.apiKey = apiKey;
    a.partialRefunds = partialRefunds;
    return a;
}

Sale sale()
{
    Sale s;
    s.gateway = GatewayId::PwV3;
    s.transactionId = QStringLiteral("529-1438673740-1");
    s.reference = QStringLiteral("1-1438673740-0001-01");
    s.amount = Money(4999, eur());
    s.method = QStringLiteral("VISA");
    s.gatewayStatus = QStringLiteral("APPROVED");
    s.gatewaySaysRefundable = true;
    return s;
}

Refund refund(qint64 minor = 1234, bool full = false)
{
    Refund r;
    r.refundId = QUuid::fromString(u"{3f2504e0-4f89-41d3-9a0c-0305e82c3301}");
    r.gateway = GatewayId::PwV3;
    r.transactionId = QStringLiteral("529-1438673740-1");
    r.amount = Money(minor, eur());
    r.fullRefund = full;
    r.status = RefundStatus::Submitting;
    return r;
}

RefundRequest request(qint64 minor = 1234, bool full = false)
{
    RefundRequest r;
    r.sale = sale();
    r.refund = refund(minor, full);
    return r;
}

HttpResult answered(int status, const QByteArray &body, const QList<HttpHeader> &headers = {})
{
    HttpResult http;
    http.outcome = HttpResult::Outcome::Answered;
    http.httpStatus = status;
    http.body = body;
    http.headers = headers;
    if (status < 200 || status >= 300)
        http.userMessage = QStringLiteral("HTTP %1 from the gateway.").arg(status);
    return http;
}

HttpResult failed(HttpResult::Outcome outcome)
{
    HttpResult http;
    http.outcome = outcome;
    http.userMessage = QStringLiteral("the network said no");
    return http;
}

QByteArray approved(const QByteArray &code = "\"00\"", const QByteArray &amount = "\"1234\"",
                    const QByteArray &status = "\"APPROVED\"", const QByteArray &reference = referenceNo.toLatin1(),
                    const QByteArray &currency = "EUR")
{
    return R"({"code":)" + code + R"(,"status":)" + status
        + R"(,"message":"Approved","transactionId":"529-1438673740-1","referenceNo":")" + reference + R"(","amount":)"
        + amount + R"(,"currency":")" + currency + R"(","date":1476187198,"isLive":false})";
}

QByteArray declined(const QByteArray &code, const QByteArray &message)
{
    return R"({"code":)" + code + R"(,"status":"DECLINED","message":")" + message
        + R"(","transactionId":"529-1438673740-1","referenceNo":")" + referenceNo.toLatin1()
        + R"(","amount":"1234","currency":"EUR","date":1476187472})";
}

QByteArray statusAnswer(const QByteArray &refunded = "\"0\"", const QByteArray &extra = QByteArray(),
                        const QByteArray &transactionId = "529-1438673740-1")
{
    QByteArray body = R"({"code":"00","status":"APPROVED","transactionId":")" + transactionId
        + R"(","referenceNo":"1-1438673740-0001-01","amount":"4999","currency":"EUR","paymentMethod":"VISA","date":1476187198)";
    if (!refunded.isNull())
        body += R"(,"refundedAmount":)" + refunded;
    return body + extra + "}";
}

} // namespace

class TestPwV3Protocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusRequest();
    void statusRequestRefusals();
    void refundRequest_data();
    void refundRequest();
    void refundRequestRefusals_data();
    void refundRequestRefusals();
    void parseRefund_data();
    void parseRefund();
    void parseRefundMessages();
    void parseStatus_data();
    void parseStatus();
    void parseStatusFailures_data();
    void parseStatusFailures();
    void check_data();
    void check();
};

void TestPwV3Protocol::statusRequest()
{
    PwV3Account withPath = account();
    withPath.baseUrl = QUrl(QStringLiteral("https://testapi.example.com/"));
    const PwV3Protocol protocol(withPath);
    const PwV3Protocol::Built built = protocol.buildStatusRequest(
        SaleRef {GatewayId::PwV3, SaleIdKind::Reference, QStringLiteral(" 1-1438673740-0001-01 ")});
    QVERIFY(built.request);
    const HttpRequest &r = *built.request;
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.purpose, HttpRequest::Purpose::Query);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://testapi.example.com/pw/v3/payment/status")));
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.headers, (QList<HttpHeader> {{"Accept", "application/json"}}));
    QCOMPARE(r.body, "apiKey=" + apiKey.toLatin1() + "&referenceNo=1-1438673740-0001-01");

    // The status call for a refund asks about the sale's own referenceNo.
    const PwV3Protocol::Built forSale = protocol.buildStatusRequest(sale());
    QVERIFY(forSale.request);
    QCOMPARE(forSale.request->body, r.body);
}

void TestPwV3Protocol::statusRequestRefusals()
{
    const PwV3Protocol protocol(account());
    PwV3Protocol::Built built = protocol.buildStatusRequest(
        SaleRef {GatewayId::PwV3, SaleIdKind::TransactionId, QStringLiteral("529-1438673740-1")});
    QVERIFY(!built.request);
    QCOMPARE(built.refusal,
             QStringLiteral("PW v3 can only find a payment by its reference number (referenceNo), not "
                            "by its transaction id. Scan the receipt's reference or type the reference "
                            "number."));
    built = protocol.buildStatusRequest(SaleRef {GatewayId::PwV3, SaleIdKind::Reference, QString()});
    QVERIFY(!built.request);
    QCOMPARE(built.refusal, QStringLiteral("Enter or scan the PW v3 reference number first."));
    Sale noReference = sale();
    noReference.reference.clear();
    built = protocol.buildStatusRequest(noReference);
    QVERIFY(!built.request);
    QCOMPARE(built.refusal,
             QStringLiteral("RefundDesk does not know the PW v3 reference number of this payment, so it "
                            "cannot ask PW v3 about the refund."));
}

void TestPwV3Protocol::refundRequest_data()
{
    QTest::addColumn<bool>("partialAccount");
    QTest::addColumn<RefundRequest>("input");
    QTest::addColumn<QByteArray>("body");

    const QByteArray common =
        "apiKey=" + apiKey.toLatin1() + "&transactionId=529-1438673740-1&referenceNo=" + referenceNo.toLatin1();
    // GATEWAYS.md: a full refund sends neither amount nor currency.
    QTest::newRow("full") << true << request(4999, true) << common;
    QTest::newRow("full, account without partial refunds") << false << request(4999, true) << common;
    QTest::newRow("partial") << true << request(1234) << common + "&amount=1234&currency=EUR";
    QTest::newRow("partial of one cent") << true << request(1) << common + "&amount=1&currency=EUR";
    RefundRequest lowerCaseMethod = request(1234);
    lowerCaseMethod.sale.method = QStringLiteral(" paypal ");
    QTest::newRow("method in lower case") << true << lowerCaseMethod << common + "&amount=1234&currency=EUR";
    RefundRequest jpy = request();
    jpy.sale.amount = Money(5000, *Currency::fromCode(u"JPY"));
    jpy.refund.amount = Money(1550, *Currency::fromCode(u"JPY"));
    QTest::newRow("JPY minor units") << true << jpy << common + "&amount=1550&currency=JPY";
}

void TestPwV3Protocol::refundRequest()
{
    QFETCH(bool, partialAccount);
    QFETCH(RefundRequest, input);
    QFETCH(QByteArray, body);

    const PwV3Protocol protocol(account(partialAccount));
    const PwV3Protocol::Built built = protocol.buildRefundRequest(input);
    QCOMPARE(built.refusal, QString());
    QVERIFY(built.request);
    const HttpRequest &r = *built.request;
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.purpose, HttpRequest::Purpose::Refund);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://testapi.example.com/pw/v3/payment/refund")));
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.headers, (QList<HttpHeader> {{"Accept", "application/json"}}));
    QCOMPARE(r.body, body);
}

void TestPwV3Protocol::refundRequestRefusals_data()
{
    QTest::addColumn<bool>("partialAccount");
    QTest::addColumn<RefundRequest>("input");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("partial refunds off")
        << false << request(1234)
        << QStringLiteral("This PW v3 account cannot make partial refunds (PW enables them per account; see "
                          "partial_refunds in the settings). Refund the full amount, or refund the customer another "
                          "way.");
    RefundRequest sofort = request(4999, true);
    sofort.sale.method = QStringLiteral("SOFORT");
    QTest::newRow("SOFORT") << true << sofort
                            << QStringLiteral("PW v3 cannot refund payments made with SOFORT; only CREDITCARD, VISA, "
                                              "GIFTCARD, IDEAL, CUP, PAYPAL can be refunded. Refund the customer "
                                              "another way.");
    RefundRequest noMethod = request(4999, true);
    noMethod.sale.method.clear();
    QTest::newRow("method unknown") << true << noMethod
                                    << QStringLiteral("RefundDesk does not know how this payment was paid, and PW v3 "
                                                      "refunds only some payment methods; look the sale up again.");
    QTest::newRow("zero") << true << request(0) << QStringLiteral("The refund amount must be more than zero.");
    RefundRequest otherCurrency = request();
    otherCurrency.refund.amount = Money(1234, *Currency::fromCode(u"USD"));
    QTest::newRow("currency") << true << otherCurrency
                              << QStringLiteral("The refund is in USD but the payment was in EUR; a refund must be in "
                                                "the payment's currency.");
    RefundRequest noTransaction = request();
    noTransaction.sale.transactionId.clear();
    QTest::newRow("no transactionId")
        << true << noTransaction
        << QStringLiteral("RefundDesk does not know PW v3's transaction id of this payment; look the sale up first.");
    RefundRequest noId = request();
    noId.refund.refundId = QUuid();
    QTest::newRow("no refund id") << true << noId << QStringLiteral("The refund has no id yet, so it cannot be sent.");
}

void TestPwV3Protocol::refundRequestRefusals()
{
    QFETCH(bool, partialAccount);
    QFETCH(RefundRequest, input);
    QFETCH(QString, refusal);
    const PwV3Protocol protocol(account(partialAccount));
    const PwV3Protocol::Built built = protocol.buildRefundRequest(input);
    QVERIFY(!built.request);
    QCOMPARE(built.refusal, refusal);
}

void TestPwV3Protocol::parseRefund_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("gatewayCode");
    QTest::addColumn<int>("retryAfter");

    const auto ok = GatewayOutcome::Ok;
    const auto unknown = GatewayOutcome::OutcomeUnknown;
    const auto submitting = RefundStatus::Submitting;
    QTest::newRow("approved") << answered(200, approved()) << ok << RefundStatus::Succeeded << QStringLiteral("00")
                              << 0;
    QTest::newRow("code number 0") << answered(200, approved("0")) << ok << RefundStatus::Succeeded
                                   << QStringLiteral("0") << 0;
    QTest::newRow("code \"0\"") << answered(200, approved("\"0\"")) << ok << RefundStatus::Succeeded
                                << QStringLiteral("0") << 0;
    QTest::newRow("amount number") << answered(200, approved("\"00\"", "1234")) << ok << RefundStatus::Succeeded
                                   << QStringLiteral("00") << 0;
    QTest::newRow("status lower case") << answered(200, approved("\"00\"", "1234", "\"approved\"")) << ok
                                       << RefundStatus::Succeeded << QStringLiteral("00") << 0;
    QTest::newRow("reference upper case")
        << answered(200, approved("\"00\"", "1234", "\"APPROVED\"", referenceNo.toUpper().toLatin1())) << ok
        << RefundStatus::Succeeded << QStringLiteral("00") << 0;
    QTest::newRow("without amount") << answered(200, R"({"code":"00","status":"APPROVED","message":"Approved"})") << ok
                                    << RefundStatus::Succeeded << QStringLiteral("00") << 0;
    QTest::newRow("other amount") << answered(200, approved("\"00\"", "\"1233\"")) << ok << RefundStatus::NeedsReview
                                  << QStringLiteral("00") << 0;
    QTest::newRow("amount 12.34") << answered(200, approved("\"00\"", "12.34")) << ok << RefundStatus::NeedsReview
                                  << QStringLiteral("00") << 0;
    QTest::newRow("amount 1e3") << answered(200, approved("\"00\"", "1e3")) << ok << RefundStatus::NeedsReview
                                << QStringLiteral("00") << 0;
    QTest::newRow("amount negative") << answered(200, approved("\"00\"", "-1234")) << ok << RefundStatus::NeedsReview
                                     << QStringLiteral("00") << 0;
    QTest::newRow("other currency") << answered(
        200, approved("\"00\"", "\"1234\"", "\"APPROVED\"", referenceNo.toLatin1(), "USD"))
                                    << ok << RefundStatus::NeedsReview << QStringLiteral("00") << 0;
    QTest::newRow("another refund's answer")
        << answered(200, approved("\"00\"", "\"1234\"", "\"APPROVED\"", "ffffffffffffffffffffffffffffffff")) << unknown
        << submitting << QStringLiteral("00") << 0;
    QTest::newRow("another payment's answer")
        << answered(200, QByteArray(approved()).replace("529-1438673740-1", "529-1438673740-9")) << unknown
        << submitting << QStringLiteral("00") << 0;
    QTest::newRow("pending") << answered(200, approved("\"00\"", "\"1234\"", "\"PENDING\"")) << ok
                             << RefundStatus::Pending << QStringLiteral("00") << 0;

    QTest::newRow("already refunded") << answered(200, declined("32", "Already refunded")) << GatewayOutcome::Declined
                                      << submitting << QStringLiteral("32") << 0;
    QTest::newRow("already refunded, string code")
        << answered(200, declined("\"32\"", "Already refunded")) << GatewayOutcome::Declined << submitting
        << QStringLiteral("32") << 0;
    QTest::newRow("not found") << answered(200, declined("11", "Transaction not found")) << GatewayOutcome::NotFound
                               << submitting << QStringLiteral("11") << 0;
    QTest::newRow("partial disabled") << answered(200, declined("30", "Partial refund is not enabled"))
                                      << GatewayOutcome::Declined << submitting << QStringLiteral("30") << 0;
    QTest::newRow("method") << answered(200, declined("31", "Payment method SOFORT is not refundable"))
                            << GatewayOutcome::Declined << submitting << QStringLiteral("31") << 0;
    QTest::newRow("declined without code") << answered(200, R"({"status":"DECLINED","message":"No"})")
                                           << GatewayOutcome::Declined << submitting << QString() << 0;
    QTest::newRow("HTTP 401 declined") << answered(401, declined("401", "Invalid apiKey")) << GatewayOutcome::AuthFailed
                                       << submitting << QStringLiteral("401") << 0;
    QTest::newRow("HTTP 401 empty") << answered(401, "") << GatewayOutcome::AuthFailed << submitting << QString() << 0;
    QTest::newRow("HTTP 403 html") << answered(403, "<html>Forbidden</html>") << GatewayOutcome::AuthFailed
                                   << submitting << QString() << 0;
    QTest::newRow("approved with code 32")
        << answered(200, approved("32")) << unknown << submitting << QStringLiteral("32") << 0;
    QTest::newRow("declined with code 00")
        << answered(200, declined("\"00\"", "?")) << unknown << submitting << QStringLiteral("00") << 0;
    QTest::newRow("approved with code true")
        << answered(200, approved("true")) << unknown << submitting << QString() << 0;
    QTest::newRow("unknown status") << answered(200, approved("\"00\"", "\"1234\"", "\"REFUNDED\"")) << unknown
                                    << submitting << QStringLiteral("00") << 0;
    QTest::newRow("approved on HTTP 400")
        << answered(400, approved()) << unknown << submitting << QStringLiteral("00") << 0;

    QTest::newRow("not sent") << failed(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted << submitting
                              << QString() << 0;
    QTest::newRow("lost") << failed(HttpResult::Outcome::OutcomeUnknown) << unknown << submitting << QString() << 0;
    QTest::newRow("cancelled") << failed(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled << submitting
                               << QString() << 0;
    QTest::newRow("500") << answered(500, "<html>oops</html>") << unknown << submitting << QString() << 0;
    QTest::newRow("502 with approval") << answered(502, approved()) << unknown << submitting << QString() << 0;
    QTest::newRow("301") << answered(301, "", {{"Location", "https://elsewhere.example/"}}) << unknown << submitting
                         << QString() << 0;
    QTest::newRow("429") << answered(429, "", {{"Retry-After", "45"}}) << GatewayOutcome::NotExecuted << submitting
                         << QString() << 45;
    QTest::newRow("404 html") << answered(404, "<html>Not Found</html>") << unknown << submitting << QString() << 0;
    QTest::newRow("not JSON") << answered(200, "Approved") << unknown << submitting << QString() << 0;
    QTest::newRow("empty") << answered(200, "") << unknown << submitting << QString() << 0;
    QTest::newRow("cut short") << answered(200, approved().left(40)) << unknown << submitting << QString() << 0;
    QTest::newRow("no status") << answered(200, R"({"code":"00"})") << unknown << submitting << QString() << 0;
    QTest::newRow("status object") << answered(200, R"({"code":"00","status":{}})") << unknown << submitting
                                   << QString() << 0;
    QTest::newRow("array") << answered(200, "[1]") << unknown << submitting << QString() << 0;
}

void TestPwV3Protocol::parseRefund()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, gatewayCode);
    QFETCH(int, retryAfter);

    const RefundResult result = PwV3Protocol::parseRefundAnswer(http, request());
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.status, status);
    QCOMPARE(result.gatewayCode, gatewayCode);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QCOMPARE(result.gatewayRefundId, QString());
    QVERIFY(!result.message.isEmpty());
}

void TestPwV3Protocol::parseRefundMessages()
{
    const RefundRequest r = request();
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, declined("32", "Already refunded")), r).message,
             QStringLiteral("PW v3 says this payment is already refunded (code 32: Already refunded). Nothing more was "
                            "refunded."));
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, declined("31", "Not refundable")), r).message,
             QStringLiteral("PW v3 declined the refund (code 31: Not refundable). Nothing was refunded."));
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, approved("\"00\"", "12.34")), r).message,
             QStringLiteral("PW v3 approved the refund, but PW v3's amount \"12.34\" is not a whole number of minor "
                            "units (cents). Check the refund in PW's back office."));
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, approved("\"00\"", "1233")), r).message,
             QStringLiteral("PW v3 refunded EUR 12.33, RefundDesk asked for EUR 12.34. Check the refund in PW's back "
                            "office."));
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, "{\"code\":"), r).message,
             QStringLiteral("PW v3's answer to the refund could not be read (not JSON: unexpected end at byte 8). The "
                            "refund may or may not have gone through; RefundDesk will check with PW v3 before doing "
                            "anything else."));
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, approved()), r).message,
             QStringLiteral("PW v3 approved the refund."));
    // A full refund sends no amount: PW's answer says what it refunded.
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, approved("\"00\"", "4999")), request(4999, true)).status,
             RefundStatus::Succeeded);
    QCOMPARE(PwV3Protocol::parseRefundAnswer(answered(200, approved("\"00\"", "4000")), request(4999, true)).status,
             RefundStatus::NeedsReview);
}

void TestPwV3Protocol::parseStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("refundable");
    QTest::addColumn<qint64>("refunded"); // -1: not reported
    QTest::addColumn<QDateTime>("paidAt");

    const QDateTime date = QDateTime::fromSecsSinceEpoch(1476187198, Qt::UTC);
    QTest::newRow("nothing refunded") << statusAnswer() << qint64(4999) << QStringLiteral("VISA") << true << qint64(0)
                                      << date;
    QTest::newRow("refunded number") << statusAnswer("1234") << qint64(4999) << QStringLiteral("VISA") << true
                                     << qint64(1234) << date;
    QTest::newRow("refunded string") << statusAnswer("\"4999\"") << qint64(4999) << QStringLiteral("VISA") << true
                                     << qint64(4999) << date;
    QTest::newRow("refunded not reported")
        << statusAnswer(QByteArray()) << qint64(4999) << QStringLiteral("VISA") << true << qint64(-1) << date;
    QTest::newRow("code number") << QByteArray(statusAnswer()).replace("\"code\":\"00\"", "\"code\":0") << qint64(4999)
                                 << QStringLiteral("VISA") << true << qint64(0) << date;
    QTest::newRow("amount number") << QByteArray(statusAnswer()).replace("\"4999\"", "4999") << qint64(4999)
                                   << QStringLiteral("VISA") << true << qint64(0) << date;
    QTest::newRow("date string") << QByteArray(statusAnswer()).replace("1476187198", "\"1476187198\"") << qint64(4999)
                                 << QStringLiteral("VISA") << true << qint64(0) << date;
    QTest::newRow("declined payment") << QByteArray(statusAnswer()).replace("APPROVED", "DECLINED") << qint64(4999)
                                      << QStringLiteral("VISA") << false << qint64(0) << date;
    QTest::newRow("pending payment") << QByteArray(statusAnswer()).replace("APPROVED", "PENDING") << qint64(4999)
                                     << QStringLiteral("VISA") << false << qint64(0) << date;
    QTest::newRow("no date") << QByteArray(statusAnswer()).replace(",\"date\":1476187198", "") << qint64(4999)
                             << QStringLiteral("VISA") << true << qint64(0) << QDateTime();
}

void TestPwV3Protocol::parseStatus()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, amount);
    QFETCH(QString, method);
    QFETCH(bool, refundable);
    QFETCH(qint64, refunded);
    QFETCH(QDateTime, paidAt);

    const LookupResult result = PwV3Protocol::parseStatusAnswer(answered(200, body));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.message, QString());
    QCOMPARE(result.sale.gateway, GatewayId::PwV3);
    QCOMPARE(result.sale.transactionId, QStringLiteral("529-1438673740-1"));
    QCOMPARE(result.sale.reference, QStringLiteral("1-1438673740-0001-01"));
    QCOMPARE(result.sale.amount, Money(amount, eur()));
    QCOMPARE(result.sale.method, method);
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
    QCOMPARE(result.sale.paidAt, paidAt);
    if (refunded < 0)
        QVERIFY(!result.refundedAtGateway);
    else
        QCOMPARE(result.refundedAtGateway, std::optional(Money(refunded, eur())));
}

void TestPwV3Protocol::parseStatusFailures_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfter");

    const QString unusable = QStringLiteral("PW v3's answer to the payment query could not be used. ");
    QTest::newRow("amount 49.99") << answered(200, QByteArray(statusAnswer()).replace("\"4999\"", "49.99"))
                                  << GatewayOutcome::OutcomeUnknown
                                  << unusable
            + QStringLiteral("PW v3's amount \"49.99\" is not a whole number of minor units (cents).")
                                  << 0;
    QTest::newRow("refunded 1e2") << answered(200, statusAnswer("1e2")) << GatewayOutcome::OutcomeUnknown
                                  << unusable
            + QStringLiteral("PW v3's refundedAmount \"1e2\" is not a whole number of minor units (cents).")
                                  << 0;
    QTest::newRow("refunded null") << answered(200, statusAnswer("null")) << GatewayOutcome::OutcomeUnknown
                                   << unusable + QStringLiteral("PW v3's answer has no refundedAmount.") << 0;
    QTest::newRow("amount too large")
        << answered(200, QByteArray(statusAnswer()).replace("\"4999\"", "\"99999999999999999999\""))
        << GatewayOutcome::OutcomeUnknown
        << unusable + QStringLiteral("PW v3's amount \"99999999999999999999\" is too large.") << 0;
    QTest::newRow("date words") << answered(200, QByteArray(statusAnswer()).replace("1476187198", "\"yesterday\""))
                                << GatewayOutcome::OutcomeUnknown
                                << unusable + QStringLiteral("The date \"yesterday\" is not a time in Unix seconds.")
                                << 0;
    QTest::newRow("no transactionId") << answered(200, statusAnswer("0", QByteArray(), QByteArray()))
                                      << GatewayOutcome::OutcomeUnknown
                                      << unusable + QStringLiteral("The answer has no transactionId.") << 0;
    QTest::newRow("unknown currency") << answered(200, QByteArray(statusAnswer()).replace("EUR", "EURO"))
                                      << GatewayOutcome::OutcomeUnknown
                                      << unusable + QStringLiteral("The currency \"EURO\" is unknown.") << 0;
    QTest::newRow("not found") << answered(200, declined("11", "Transaction not found")) << GatewayOutcome::NotFound
                               << QStringLiteral("PW v3 has no payment with that reference number (code 11: "
                                                 "Transaction not found). Check the number on the receipt.")
                               << 0;
    QTest::newRow("declined") << answered(200, declined("10", "Missing parameter: referenceNo"))
                              << GatewayOutcome::Declined
                              << QStringLiteral("PW v3 refused the payment query (code 10: Missing parameter: "
                                                "referenceNo).")
                              << 0;
    QTest::newRow("401 with body") << answered(401, declined("401", "Invalid apiKey")) << GatewayOutcome::AuthFailed
                                   << QStringLiteral("PW v3 refused RefundDesk's API key (code 401: Invalid apiKey). "
                                                     "Check the API key in the settings.")
                                   << 0;
    QTest::newRow("403 empty") << answered(403, "") << GatewayOutcome::AuthFailed
                               << QStringLiteral("HTTP 403 from the gateway.") << 0;
    QTest::newRow("500") << answered(500, "") << GatewayOutcome::NotExecuted
                         << QStringLiteral("HTTP 500 from the gateway.") << 0;
    QTest::newRow("429") << answered(429, "", {{"Retry-After", "7"}}) << GatewayOutcome::NotExecuted
                         << QStringLiteral("HTTP 429 from the gateway.") << 7;
    QTest::newRow("not sent") << failed(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted
                              << QStringLiteral("the network said no") << 0;
    QTest::newRow("lost") << failed(HttpResult::Outcome::OutcomeUnknown) << GatewayOutcome::NotExecuted
                          << QStringLiteral("the network said no") << 0;
    QTest::newRow("cancelled") << failed(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled
                               << QStringLiteral("The payment query was cancelled.") << 0;
    QTest::newRow("html") << answered(200, "<!DOCTYPE html>") << GatewayOutcome::OutcomeUnknown
                          << QStringLiteral("PW v3's answer to the payment query could not be read (not JSON: "
                                            "unexpected '<' at byte 0). Try again; if this persists, check the gateway "
                                            "address in the settings.")
                          << 0;
    QTest::newRow("success on HTTP 400") << answered(400, statusAnswer()) << GatewayOutcome::OutcomeUnknown
                                         << QStringLiteral("HTTP 400 from the gateway. PW v3's answer said success at "
                                                           "the same time; try again.")
                                         << 0;
    QTest::newRow("404 html") << answered(404, "<html/>") << GatewayOutcome::NotExecuted
                              << QStringLiteral("HTTP 404 from the gateway.") << 0;
}

void TestPwV3Protocol::parseStatusFailures()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);

    const LookupResult result = PwV3Protocol::parseStatusAnswer(http);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.message, message);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
}

void TestPwV3Protocol::check_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<qint64>("before"); // -1: not recorded
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("lostAnswer");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("message");

    const auto ok = GatewayOutcome::Ok;
    const auto unknown = GatewayOutcome::OutcomeUnknown;
    const auto submitting = RefundStatus::Submitting;
    const QString made = QStringLiteral("PW v3's refunded total for the payment rose by exactly this refund (from %1 "
                                        "to %2): the refund was made.");
    for (const bool lost : {true, false}) {
        const char *mode = lost ? "lost answer: " : "status: ";
        const auto row = [mode](const char *name) -> QTestData & {
            return QTest::addRow("%s%s", mode, name);
        };
        row("first refund made") << answered(200, statusAnswer("\"1234\"")) << qint64(0) << qint64(1234) << lost << ok
                                 << RefundStatus::Succeeded
                                 << made.arg(QStringLiteral("EUR 0.00"), QStringLiteral("EUR 12.34"));
        row("second refund made") << answered(200, statusAnswer("1734")) << qint64(500) << qint64(1234) << lost << ok
                                  << RefundStatus::Succeeded
                                  << made.arg(QStringLiteral("EUR 5.00"), QStringLiteral("EUR 17.34"));
        row("full refund made") << answered(200, statusAnswer("4999")) << qint64(0) << qint64(4999) << lost << ok
                                << RefundStatus::Succeeded
                                << made.arg(QStringLiteral("EUR 0.00"), QStringLiteral("EUR 49.99"));
        row("answer about another payment")
            << answered(200, statusAnswer("1234", QByteArray(), "529-1438673740-9")) << qint64(0) << qint64(1234)
            << lost << unknown << submitting
            << QStringLiteral("PW v3 answered about payment 529-1438673740-9, not 529-1438673740-1, so RefundDesk "
                              "cannot tell whether the refund was made.");
        row("refundedAmount missing") << answered(200, statusAnswer(QByteArray())) << qint64(0) << qint64(1234) << lost
                                      << unknown << submitting
                                      << QStringLiteral("PW v3's status answer does not say how much of the payment "
                                                        "was refunded, so RefundDesk cannot tell whether the refund "
                                                        "was made.");
        row("not recorded before, something refunded")
            << answered(200, statusAnswer("1234")) << qint64(-1) << qint64(1234) << lost << unknown << submitting
            << QStringLiteral("PW v3 shows EUR 12.34 refunded on the payment, and RefundDesk did not record how much "
                              "that was before this refund, so it cannot tell whether this refund of EUR 12.34 was "
                              "made. Check the payment in PW's back office.");
    }
    const QString unchanged = QStringLiteral("PW v3's refunded total for the payment is unchanged (EUR 5.00): the "
                                             "refund was not made.");
    QTest::newRow("lost answer: unchanged") << answered(200, statusAnswer("500")) << qint64(500) << qint64(1234) << true
                                            << GatewayOutcome::NotExecuted << submitting << unchanged;
    QTest::newRow("status: unchanged") << answered(200, statusAnswer("500")) << qint64(500) << qint64(1234) << false
                                       << ok << RefundStatus::Pending
                                       << QStringLiteral("PW v3 does not show the refund on the payment yet.");
    QTest::newRow("lost answer: not recorded before, nothing refunded")
        << answered(200, statusAnswer("0")) << qint64(-1) << qint64(1234) << true << GatewayOutcome::NotExecuted
        << submitting << QStringLiteral("PW v3 shows nothing refunded on the payment: the refund was not made.");
    const QString disagree = QStringLiteral("PW v3's refunded total for the payment went from EUR 5.00 to %1, which "
                                            "does not match this refund of EUR 12.34. Check the payment in PW's back "
                                            "office.");
    QTest::newRow("lost answer: rose by another amount")
        << answered(200, statusAnswer("1000")) << qint64(500) << qint64(1234) << true << unknown << submitting
        << disagree.arg(QStringLiteral("EUR 10.00"));
    QTest::newRow("lost answer: rose by twice the amount")
        << answered(200, statusAnswer("2968")) << qint64(500) << qint64(1234) << true << unknown << submitting
        << disagree.arg(QStringLiteral("EUR 29.68"));
    QTest::newRow("lost answer: went down") << answered(200, statusAnswer("0")) << qint64(500) << qint64(1234) << true
                                            << unknown << submitting << disagree.arg(QStringLiteral("EUR 0.00"));
    QTest::newRow("status: rose by another amount")
        << answered(200, statusAnswer("1000")) << qint64(500) << qint64(1234) << false << ok
        << RefundStatus::NeedsReview << disagree.arg(QStringLiteral("EUR 10.00"));

    const QString couldNot = QStringLiteral("RefundDesk could not yet check with PW v3 whether the refund was made: ");
    QTest::newRow("lost answer: 500") << answered(500, "") << qint64(0) << qint64(1234) << true << unknown << submitting
                                      << couldNot + QStringLiteral("HTTP 500 from the gateway.");
    QTest::newRow("lost answer: not sent") << failed(HttpResult::Outcome::NotSent) << qint64(0) << qint64(1234) << true
                                           << unknown << submitting << couldNot + QStringLiteral("the network said no");
    QTest::newRow("lost answer: not found") << answered(200, declined("11", "Transaction not found")) << qint64(0)
                                            << qint64(1234) << true << unknown << submitting
                                            << couldNot
            + QStringLiteral("PW v3 has no payment with that reference number (code 11: Transaction not found). Check "
                             "the number on the receipt.");
    QTest::newRow("status: 500") << answered(500, "") << qint64(0) << qint64(1234) << false
                                 << GatewayOutcome::NotExecuted << submitting
                                 << QStringLiteral("RefundDesk could not ask PW v3 about the refund: HTTP 500 from the "
                                                   "gateway.");
}

void TestPwV3Protocol::check()
{
    QFETCH(HttpResult, http);
    QFETCH(qint64, before);
    QFETCH(qint64, amount);
    QFETCH(bool, lostAnswer);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, message);

    Refund r = refund(amount, amount == 4999);
    if (before >= 0)
        r.gatewayRefundedBefore = Money(before, eur());
    const RefundResult result = PwV3Protocol::parseRefundCheck(
        http, r, sale(), lostAnswer ? PwV3Protocol::Check::LostAnswer : PwV3Protocol::Check::Status);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.status, status);
    QCOMPARE(result.message, message);
}

QTEST_GUILESS_MAIN(TestPwV3Protocol)
#include "tst_pwv3protocol.moc"
