#include "gateways/pockyt/PockytProtocol.h"
#include "gateways/pockyt/PockytSignature.h"

#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)
Q_DECLARE_METATYPE(RefundDesk::WebhookEvent::Verdict)
Q_DECLARE_METATYPE(RefundDesk::RefundRequest)

namespace {

const QString refundUuid = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

Currency currency(const char16_t *code)
{
    return *Currency::fromCode(code);
}

PockytAccount account()
{
    PockytAccount a;
    a.baseUrl = QUrl(QStringLiteral("https://mapi.yuansferdev.com"));
    a.merchantNo = QStringLiteral("200043");
    a.storeNo = QStringLiteral("300014");
    a.apiToken = QStringLiteral("testtoken");
    a.settleCurrency = QStringLiteral("USD");
    return a;
}

Sale sale()
{
    Sale s;
    s.gateway = GatewayId::Pockyt;
    s.transactionId = QStringLiteral("297553638300708562");
    s.reference = QStringLiteral("POS-PK-1001");
    s.amount = Money(2500, currency(u"USD"));
    s.gatewayStatus = QStringLiteral("success");
    s.gatewaySaysRefundable = true;
    return s;
}

Refund refund(qint64 minor = 1250)
{
    Refund r;
    r.refundId = QUuid::fromString(refundUuid);
    r.gateway = GatewayId::Pockyt;
    r.transactionId = QStringLiteral("297553638300708562");
    r.amount = Money(minor, currency(u"USD"));
    r.status = RefundStatus::Submitting;
    return r;
}

RefundRequest request(qint64 minor = 1250)
{
    RefundRequest r;
    r.sale = sale();
    r.refund = refund(minor);
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

QByteArray queryAnswer(const QByteArray &amount, const QByteArray &refundInfo = "[]",
                       const QByteArray &status = "\"success\"", const QByteArray &extra = QByteArray())
{
    return R"({"ret_code":"000100","ret_msg":"query success","result":{"transactionNo":"297553638300708562",)"
           R"("reference":"POS-PK-1001","amount":)"
        + amount + R"(,"currency":"USD","settleCurrency":"USD","status":)" + status + extra + R"(,"refundInfo":)"
        + refundInfo + "}}";
}

QByteArray refundAnswer(const QByteArray &refundAmount = "\"12.50\"", const QByteArray &status = "\"success\"",
                        const QByteArray &reference = refundUuid.toLatin1())
{
    return R"({"ret_code":"000100","ret_msg":"refund success","result":{"transactionNo":"297553638300708562",)"
           R"("reference":"POS-PK-1001","amount":"25.00","currency":"USD","settleCurrency":"USD","refundAmount":)"
        + refundAmount + R"(,"refundReference":")" + reference
        + R"(","refundTransactionNo":"300000000000000001","status":)" + status + "}}";
}

QByteArray errorAnswer(const QByteArray &code, const QByteArray &message = "some words")
{
    return R"({"ret_code":")" + code + R"(","ret_msg":")" + message + R"("})";
}

// The form body of an IPN, signed with the given token.
QByteArray ipnBody(QList<std::pair<QString, QString>> fields, const QString &token = QStringLiteral("testtoken"))
{
    fields.append({QStringLiteral("verifySign"), pockytVerifySign(fields, token)});
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QList<std::pair<QString, QString>> refundIpnFields()
{
    return {{QStringLiteral("transactionNo"), QStringLiteral("297553638300708562")},
            {QStringLiteral("reference"), QStringLiteral("POS-PK-1001")},
            {QStringLiteral("transactionType"), QStringLiteral("refund")},
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("amount"), QStringLiteral("12.50")},
            {QStringLiteral("refundAmount"), QStringLiteral("12.50")},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("settleCurrency"), QStringLiteral("USD")},
            {QStringLiteral("time"), QStringLiteral("20240925101500")},
            {QStringLiteral("refundTransactionNo"), QStringLiteral("300000000000000001")},
            {QStringLiteral("refundReference"), refundUuid}};
}

} // namespace

class TestPockytProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryRequest_data();
    void queryRequest();
    void queryRequestRefusesEmptyId();
    void queryRequestForRefund();
    void refundRequest();
    void refundRequestEncodesAndFallsBackToReference();
    void refundRequestJpy();
    void refundRequestRefusals_data();
    void refundRequestRefusals();
    void parseQuery_data();
    void parseQuery();
    void parseQueryRefundInfo();
    void parseRefund_data();
    void parseRefund();
    void parseRefundMessages();
    void check_data();
    void check();
    void statusWords_data();
    void statusWords();
    void ipn_data();
    void ipn();
    void ipnRefundEvent();
};

void TestPockytProtocol::queryRequest_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("body");

    // GATEWAYS.md's test vector: 989f36dde59b1e1cc91c86ff40491e88.
    QTest::newRow("transactionNo") << static_cast<int>(SaleIdKind::TransactionId)
                                   << QStringLiteral(" 297553638300708562 ")
                                   << QByteArray("merchantNo=200043&storeNo=300014&transactionNo=297553638300708562"
                                                 "&verifySign=989f36dde59b1e1cc91c86ff40491e88");
    const QByteArray referenceSign =
        md5Hex("merchantNo=200043&reference=POS-PK-1001&storeNo=300014&" + md5Hex("testtoken"));
    QTest::newRow("reference") << static_cast<int>(SaleIdKind::Reference) << QStringLiteral("POS-PK-1001")
                               << QByteArray("merchantNo=200043&storeNo=300014&reference=POS-PK-1001&verifySign="
                                             + referenceSign);
}

void TestPockytProtocol::queryRequest()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QByteArray, body);

    const PockytProtocol protocol(account());
    const PockytProtocol::Built built =
        protocol.buildQueryRequest(SaleRef {GatewayId::Pockyt, static_cast<SaleIdKind>(kind), id});
    QVERIFY(built.request);
    QCOMPARE(built.refusal, QString());
    const HttpRequest &r = *built.request;
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.purpose, HttpRequest::Purpose::Query);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://mapi.yuansferdev.com/app-data-search/v3/tran-query")));
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.headers, (QList<HttpHeader> {{"Accept", "application/json"}}));
    QCOMPARE(r.body, body);
}

void TestPockytProtocol::queryRequestRefusesEmptyId()
{
    const PockytProtocol protocol(account());
    const PockytProtocol::Built built =
        protocol.buildQueryRequest(SaleRef {GatewayId::Pockyt, SaleIdKind::TransactionId, QStringLiteral("  ")});
    QVERIFY(!built.request);
    QCOMPARE(built.refusal, QStringLiteral("Enter or scan the Pockyt transaction number or reference first."));
}

void TestPockytProtocol::queryRequestForRefund()
{
    PockytAccount withPath = account();
    withPath.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/pockyt/"));
    const PockytProtocol protocol(withPath);

    Sale noTransaction = sale();
    noTransaction.transactionId.clear();
    Refund r = refund();
    r.transactionId.clear();
    PockytProtocol::Built built = protocol.buildQueryRequest(noTransaction, r);
    QVERIFY(built.request);
    QCOMPARE(built.request->url, QUrl(QStringLiteral("http://127.0.0.1:8080/pockyt/app-data-search/v3/tran-query")));
    QVERIFY(built.request->body.contains("&reference=POS-PK-1001&"));

    // The refund's copy of the transaction number serves when the sale lacks it.
    r.transactionId = QStringLiteral("297553638300708562");
    built = protocol.buildQueryRequest(noTransaction, r);
    QVERIFY(built.request);
    QCOMPARE(built.request->body,
             QByteArray("merchantNo=200043&storeNo=300014&transactionNo=297553638300708562"
                        "&verifySign=989f36dde59b1e1cc91c86ff40491e88"));

    noTransaction.reference.clear();
    r.transactionId.clear();
    built = protocol.buildQueryRequest(noTransaction, r);
    QVERIFY(!built.request);
    QVERIFY(!built.refusal.isEmpty());
}

void TestPockytProtocol::refundRequest()
{
    const PockytProtocol protocol(account());
    const PockytProtocol::Built built = protocol.buildRefundRequest(request());
    QVERIFY(built.request);
    const HttpRequest &r = *built.request;
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.purpose, HttpRequest::Purpose::Refund);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://mapi.yuansferdev.com/app-data-search/v3/refund")));
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.headers, (QList<HttpHeader> {{"Accept", "application/json"}}));
    // The signature written out by hand: names in ASCII order, '&' + md5(token), md5 of it all.
    const QByteArray sign =
        md5Hex("currency=USD&merchantNo=200043&refundAmount=12.50&refundReference=" + refundUuid.toLatin1()
               + "&settleCurrency=USD&storeNo=300014&transactionNo=297553638300708562&" + md5Hex("testtoken"));
    QCOMPARE(r.body,
             "merchantNo=200043&storeNo=300014&transactionNo=297553638300708562&refundAmount=12.50&currency=USD"
             "&settleCurrency=USD&refundReference="
                 + refundUuid.toLatin1() + "&verifySign=" + sign);
}

void TestPockytProtocol::refundRequestEncodesAndFallsBackToReference()
{
    PockytAccount a = account();
    a.storeNo = QStringLiteral("300 014");
    const PockytProtocol protocol(a);
    RefundRequest r = request(1);
    r.sale.transactionId.clear();
    r.sale.reference = QStringLiteral("A&B+C=D");
    const PockytProtocol::Built built = protocol.buildRefundRequest(r);
    QVERIFY(built.request);
    const QByteArray sign =
        md5Hex("currency=USD&merchantNo=200043&reference=A&B+C=D&refundAmount=0.01&refundReference="
               + refundUuid.toLatin1() + "&settleCurrency=USD&storeNo=300 014&" + md5Hex("testtoken"));
    QCOMPARE(built.request->body,
             "merchantNo=200043&storeNo=300%20014&reference=A%26B%2BC%3DD&refundAmount=0.01&currency=USD"
             "&settleCurrency=USD&refundReference="
                 + refundUuid.toLatin1() + "&verifySign=" + sign);
}

void TestPockytProtocol::refundRequestJpy()
{
    const PockytProtocol protocol(account());
    RefundRequest r = request();
    r.sale.amount = Money(5000, currency(u"JPY"));
    r.refund.amount = Money(1234, currency(u"JPY"));
    const PockytProtocol::Built built = protocol.buildRefundRequest(r);
    QVERIFY(built.request);
    QVERIFY(built.request->body.contains("&refundAmount=1234&currency=JPY&"));
}

void TestPockytProtocol::refundRequestRefusals_data()
{
    QTest::addColumn<RefundRequest>("input");
    QTest::addColumn<QString>("refusal");

    RefundRequest zero = request(0);
    QTest::newRow("zero") << zero << QStringLiteral("The refund amount must be more than zero.");
    RefundRequest negative = request(-5);
    QTest::newRow("negative") << negative << QStringLiteral("The refund amount must be more than zero.");
    RefundRequest otherCurrency = request();
    otherCurrency.refund.amount = Money(1250, currency(u"EUR"));
    QTest::newRow("currency") << otherCurrency
                              << QStringLiteral("The refund is in EUR but the payment was in USD; a refund must be in "
                                                "the payment's currency.");
    RefundRequest kwd = request();
    kwd.sale.amount = Money(25000, currency(u"KWD"));
    kwd.refund.amount = Money(1250, currency(u"KWD"));
    QTest::newRow("three decimals") << kwd
                                    << QStringLiteral("Pockyt takes amounts with at most 2 decimals, and KWD has 3, "
                                                      "so RefundDesk cannot refund this payment through Pockyt.");
    RefundRequest noId = request();
    noId.refund.refundId = QUuid();
    QTest::newRow("no refund id") << noId << QStringLiteral("The refund has no id yet, so it cannot be sent.");
    RefundRequest unknownSale = request();
    unknownSale.sale.transactionId.clear();
    unknownSale.sale.reference.clear();
    QTest::newRow("no sale id") << unknownSale
                                << QStringLiteral("RefundDesk knows neither the Pockyt transaction number nor the "
                                                  "reference of this payment; look the sale up first.");
}

void TestPockytProtocol::refundRequestRefusals()
{
    QFETCH(RefundRequest, input);
    QFETCH(QString, refusal);
    const PockytProtocol protocol(account());
    const PockytProtocol::Built built = protocol.buildRefundRequest(input);
    QVERIFY(!built.request);
    QCOMPARE(built.refusal, refusal);
}

void TestPockytProtocol::parseQuery_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<qint64>("amountMinor");
    QTest::addColumn<bool>("refundable");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfter");

    const QString unusable = QStringLiteral("Pockyt's answer to the payment query could not be used. ");
    QTest::newRow("amount string") << answered(200, queryAnswer("\"19.99\"")) << GatewayOutcome::Ok << qint64(1999)
                                   << true << QString() << 0;
    QTest::newRow("amount number") << answered(200, queryAnswer("19.99")) << GatewayOutcome::Ok << qint64(1999) << true
                                   << QString() << 0;
    QTest::newRow("0.1") << answered(200, queryAnswer("0.1")) << GatewayOutcome::Ok << qint64(10) << true << QString()
                         << 0;
    QTest::newRow("whole") << answered(200, queryAnswer("\"1234\"")) << GatewayOutcome::Ok << qint64(123400) << true
                           << QString() << 0;
    QTest::newRow("padded") << answered(200, queryAnswer("49.990")) << GatewayOutcome::Ok << qint64(4999) << true
                            << QString() << 0;
    QTest::newRow("exponent") << answered(200, queryAnswer("1e2")) << GatewayOutcome::OutcomeUnknown << qint64(0)
                              << false
                              << unusable
            + QStringLiteral("Pockyt's amount cannot be used: The amount \"1e2\" uses scientific notation.")
                              << 0;
    QTest::newRow("three decimals") << answered(200, queryAnswer("49.995")) << GatewayOutcome::OutcomeUnknown
                                    << qint64(0) << false
                                    << unusable
            + QStringLiteral("Pockyt's amount cannot be used: USD has 2 decimal places; \"49.995\" has more.")
                                    << 0;
    QTest::newRow("negative") << answered(200, queryAnswer("\"-1.00\"")) << GatewayOutcome::OutcomeUnknown << qint64(0)
                              << false << unusable + QStringLiteral("Pockyt's amount \"-1.00\" is negative.") << 0;
    QTest::newRow("amount bool") << answered(200, queryAnswer("true")) << GatewayOutcome::OutcomeUnknown << qint64(0)
                                 << false << unusable + QStringLiteral("Pockyt's answer has no amount.") << 0;
    QTest::newRow("pending") << answered(200, queryAnswer("\"10.00\"", "[]", "\"pending\"")) << GatewayOutcome::Ok
                             << qint64(1000) << false << QString() << 0;
    QTest::newRow("closed") << answered(200, queryAnswer("\"10.00\"", "[]", "\"closed\"")) << GatewayOutcome::Ok
                            << qint64(1000) << false << QString() << 0;
    QTest::newRow("a refund transaction")
        << answered(200, queryAnswer("\"10.00\"", "[]", "\"success\"", ",\"transactionType\":\"refund\""))
        << GatewayOutcome::Ok << qint64(1000) << false << QString() << 0;
    QTest::newRow("a payment transaction")
        << answered(200, queryAnswer("\"10.00\"", "[]", "\"success\"", ",\"transactionType\":\"payment\""))
        << GatewayOutcome::Ok << qint64(1000) << true << QString() << 0;
    QTest::newRow("ret_code number") << answered(200, QByteArray(queryAnswer("\"1.00\"")).replace("\"000100\"", "100"))
                                     << GatewayOutcome::Ok << qint64(100) << true << QString() << 0;
    QTest::newRow("refundInfo null") << answered(200, queryAnswer("\"1.00\"", "null")) << GatewayOutcome::Ok
                                     << qint64(100) << true << QString() << 0;
    QTest::newRow("refundInfo object") << answered(200, queryAnswer("\"1.00\"", "{}")) << GatewayOutcome::OutcomeUnknown
                                       << qint64(0) << false << unusable + QStringLiteral("refundInfo is not a list.")
                                       << 0;
    QTest::newRow("unknown currency") << answered(
        200, QByteArray(queryAnswer("\"1.00\"")).replace("\"USD\",\"settle", "\"XXX\",\"settle"))
                                      << GatewayOutcome::OutcomeUnknown << qint64(0) << false
                                      << unusable + QStringLiteral("The currency \"XXX\" is unknown.") << 0;
    QTest::newRow("no result") << answered(200, R"({"ret_code":"000100","ret_msg":"query success"})")
                               << GatewayOutcome::OutcomeUnknown << qint64(0) << false
                               << unusable + QStringLiteral("The answer has no result.") << 0;
    QTest::newRow("result array") << answered(200, R"({"ret_code":"000100","result":[]})")
                                  << GatewayOutcome::OutcomeUnknown << qint64(0) << false
                                  << unusable + QStringLiteral("The answer has no result.") << 0;

    QTest::newRow("000021") << answered(200, errorAnswer("000021", "no related info")) << GatewayOutcome::NotFound
                            << qint64(0) << false
                            << QStringLiteral("Pockyt has no payment with that number for this store (000021: no "
                                              "related info). Check the number on the receipt.")
                            << 0;
    QTest::newRow("000030") << answered(200, errorAnswer("000030", "access denied")) << GatewayOutcome::AuthFailed
                            << qint64(0) << false
                            << QStringLiteral("Pockyt refused RefundDesk's signature (000030: access denied). Check "
                                              "the merchant number, store number and API token in the settings.")
                            << 0;
    QTest::newRow("000000") << answered(200, errorAnswer("000000", "system error")) << GatewayOutcome::NotExecuted
                            << qint64(0) << false
                            << QStringLiteral("Pockyt reported an error of its own (000000: system error). Try again "
                                              "in a moment.")
                            << 0;
    QTest::newRow("000080") << answered(200, errorAnswer("000080", "")) << GatewayOutcome::NotExecuted << qint64(0)
                            << false
                            << QStringLiteral("Pockyt reported an error of its own (000080). Try again in a moment.")
                            << 0;
    QTest::newRow("000022") << answered(200, errorAnswer("000022", "parameters don't match"))
                            << GatewayOutcome::Declined << qint64(0) << false
                            << QStringLiteral("Pockyt says the payment does not belong to this merchant and store "
                                              "(000022: parameters don't match). Check the number on the receipt and "
                                              "the store number in the settings.")
                            << 0;
    QTest::newRow("000020") << answered(200, errorAnswer("000020", "parameter null")) << GatewayOutcome::Declined
                            << qint64(0) << false
                            << QStringLiteral("Pockyt refused the payment query (000020: parameter null).") << 0;
    QTest::newRow("000023") << answered(200, errorAnswer("000023", "bad value")) << GatewayOutcome::Declined
                            << qint64(0) << false
                            << QStringLiteral("Pockyt refused the payment query (000023: bad value).") << 0;

    QTest::newRow("success on HTTP 400") << answered(400, queryAnswer("\"1.00\"")) << GatewayOutcome::OutcomeUnknown
                                         << qint64(0) << false
                                         << QStringLiteral("HTTP 400 from the gateway. Pockyt's answer said success at "
                                                           "the same time; try again.")
                                         << 0;
    QTest::newRow("not sent") << failed(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted << qint64(0)
                              << false << QStringLiteral("the network said no") << 0;
    QTest::newRow("lost") << failed(HttpResult::Outcome::OutcomeUnknown) << GatewayOutcome::NotExecuted << qint64(0)
                          << false << QStringLiteral("the network said no") << 0;
    QTest::newRow("cancelled") << failed(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled << qint64(0)
                               << false << QStringLiteral("The payment query was cancelled.") << 0;
    QTest::newRow("500") << answered(500, "<html>oops</html>") << GatewayOutcome::NotExecuted << qint64(0) << false
                         << QStringLiteral("HTTP 500 from the gateway.") << 0;
    QTest::newRow("429") << answered(429, "", {{"Retry-After", "30"}}) << GatewayOutcome::NotExecuted << qint64(0)
                         << false << QStringLiteral("HTTP 429 from the gateway.") << 30;
    QTest::newRow("429 without Retry-After") << answered(429, "") << GatewayOutcome::NotExecuted << qint64(0) << false
                                             << QStringLiteral("HTTP 429 from the gateway.") << 60;
    QTest::newRow("401") << answered(401, "") << GatewayOutcome::AuthFailed << qint64(0) << false
                         << QStringLiteral("HTTP 401 from the gateway.") << 0;
    QTest::newRow("html") << answered(200, "<html><body>Welcome</body></html>") << GatewayOutcome::OutcomeUnknown
                          << qint64(0) << false
                          << QStringLiteral("Pockyt's answer to the payment query could not be read (not JSON: "
                                            "unexpected '<' at byte 0). Try again; if this persists, check the gateway "
                                            "address in the settings.")
                          << 0;
    QTest::newRow("empty") << answered(200, "") << GatewayOutcome::OutcomeUnknown << qint64(0) << false
                           << QStringLiteral("Pockyt's answer to the payment query could not be read (not JSON: the "
                                             "text is empty). Try again; if this persists, check the gateway address "
                                             "in the settings.")
                           << 0;
    QTest::newRow("ret_code bool") << answered(200, R"({"ret_code":true})") << GatewayOutcome::OutcomeUnknown
                                   << qint64(0) << false
                                   << QStringLiteral("Pockyt's answer to the payment query could not be read (the "
                                                     "answer has no ret_code). Try again; if this persists, check the "
                                                     "gateway address in the settings.")
                                   << 0;
}

void TestPockytProtocol::parseQuery()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(qint64, amountMinor);
    QFETCH(bool, refundable);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);

    const LookupResult result = PockytProtocol::parseQueryAnswer(http);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.message, message);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    if (outcome == GatewayOutcome::Ok) {
        QCOMPARE(result.sale.gateway, GatewayId::Pockyt);
        QCOMPARE(result.sale.transactionId, QStringLiteral("297553638300708562"));
        QCOMPARE(result.sale.reference, QStringLiteral("POS-PK-1001"));
        QCOMPARE(result.sale.amount, Money(amountMinor, currency(u"USD")));
        QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
        QCOMPARE(result.refundedAtGateway, std::optional(Money::zero(currency(u"USD"))));
    }
}

void TestPockytProtocol::parseQueryRefundInfo()
{
    const QByteArray info = R"([{"refundTransactionId":"300000000000000001","refundReference":")"
        + refundUuid.toLatin1()
        + R"(","refundAmount":"5.00","currency":"USD","settleCurrency":"USD"},)"
          R"({"refundTransactionNo":"300000000000000002","refundReference":"other","refundAmount":2.5},)"
          R"({"refundTransactionId":"300000000000000003","refundAmount":"1.00","status":"failed"}])";
    const LookupResult result = PockytProtocol::parseQueryAnswer(answered(200, queryAnswer("\"25.00\"", info)));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.refunds.size(), 3);
    QCOMPARE(result.refunds[0].gatewayRefundId, QStringLiteral("300000000000000001"));
    QCOMPARE(result.refunds[0].ourReference, refundUuid);
    QCOMPARE(result.refunds[0].amount, std::optional(Money(500, currency(u"USD"))));
    QCOMPARE(result.refunds[1].gatewayRefundId, QStringLiteral("300000000000000002"));
    QCOMPARE(result.refunds[1].ourReference, QStringLiteral("other"));
    QCOMPARE(result.refunds[1].amount, std::optional(Money(250, currency(u"USD"))));
    QCOMPARE(result.refunds[2].ourReference, QString());
    // The failed refund does not count.
    QCOMPARE(result.refundedAtGateway, std::optional(Money(750, currency(u"USD"))));

    const QByteArray otherCurrency = R"([{"refundReference":"x","refundAmount":"5.00","currency":"CNY"}])";
    const LookupResult mixed = PockytProtocol::parseQueryAnswer(answered(200, queryAnswer("\"25.00\"", otherCurrency)));
    QCOMPARE(mixed.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(mixed.message,
             QStringLiteral("Pockyt's answer to the payment query could not be used. A refund is listed "
                            "in CNY, the payment is in USD."));
    const QByteArray badAmount = R"([{"refundReference":"x","refundAmount":"5.001"}])";
    const LookupResult bad = PockytProtocol::parseQueryAnswer(answered(200, queryAnswer("\"25.00\"", badAmount)));
    QCOMPARE(bad.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(bad.refunds.size(), 0);
}

void TestPockytProtocol::parseRefund_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("gatewayRefundId");
    QTest::addColumn<QString>("gatewayCode");
    QTest::addColumn<int>("retryAfter");

    const auto ok = GatewayOutcome::Ok;
    const auto unknown = GatewayOutcome::OutcomeUnknown;
    const QString id = QStringLiteral("300000000000000001");
    const QString success = QStringLiteral("000100");
    QTest::newRow("success") << answered(200, refundAnswer()) << ok << RefundStatus::Succeeded << id << success << 0;
    QTest::newRow("amount as number") << answered(200, refundAnswer("12.5")) << ok << RefundStatus::Succeeded << id
                                      << success << 0;
    QTest::newRow("pending") << answered(200, refundAnswer("\"12.50\"", "\"pending\"")) << ok << RefundStatus::Pending
                             << id << success << 0;
    QTest::newRow("dealing") << answered(200, refundAnswer("\"12.50\"", "\"dealing\"")) << ok << RefundStatus::Pending
                             << id << success << 0;
    QTest::newRow("init") << answered(200, refundAnswer("\"12.50\"", "\"init\"")) << ok << RefundStatus::Pending << id
                          << success << 0;
    QTest::newRow("failed") << answered(200, refundAnswer("\"12.50\"", "\"failed\"")) << ok << RefundStatus::Failed
                            << id << success << 0;
    QTest::newRow("unknown status") << answered(200, refundAnswer("\"12.50\"", "\"refunding\"")) << ok
                                    << RefundStatus::NeedsReview << id << success << 0;
    QTest::newRow("other amount") << answered(200, refundAnswer("\"12.49\"")) << ok << RefundStatus::NeedsReview << id
                                  << success << 0;
    QTest::newRow("amount with 3 decimals")
        << answered(200, refundAnswer("\"12.505\"")) << ok << RefundStatus::NeedsReview << id << success << 0;
    QTest::newRow("amount exponent") << answered(200, refundAnswer("1.25e1")) << ok << RefundStatus::NeedsReview << id
                                     << success << 0;
    QTest::newRow("upper-case reference")
        << answered(200, refundAnswer("\"12.50\"", "\"success\"", refundUuid.toUpper().toLatin1())) << ok
        << RefundStatus::Succeeded << id << success << 0;
    QTest::newRow("another refund's answer")
        << answered(200, refundAnswer("\"12.50\"", "\"success\"", "00000000-0000-4000-8000-000000000000")) << unknown
        << RefundStatus::Submitting << QString() << success << 0;
    QTest::newRow("no status") << answered(200, refundAnswer("\"12.50\"", "null")) << unknown
                               << RefundStatus::Submitting << QString() << success << 0;
    QTest::newRow("no result") << answered(200, R"({"ret_code":"000100"})") << unknown << RefundStatus::Submitting
                               << QString() << success << 0;

    QTest::newRow("000000") << answered(200, errorAnswer("000000")) << unknown << RefundStatus::Submitting << QString()
                            << QStringLiteral("000000") << 0;
    QTest::newRow("000080") << answered(200, errorAnswer("000080")) << unknown << RefundStatus::Submitting << QString()
                            << QStringLiteral("000080") << 0;
    QTest::newRow("000020") << answered(200, errorAnswer("000020")) << GatewayOutcome::Declined
                            << RefundStatus::Submitting << QString() << QStringLiteral("000020") << 0;
    QTest::newRow("000021") << answered(200, errorAnswer("000021")) << GatewayOutcome::NotFound
                            << RefundStatus::Submitting << QString() << QStringLiteral("000021") << 0;
    QTest::newRow("000022") << answered(200, errorAnswer("000022")) << GatewayOutcome::Declined
                            << RefundStatus::Submitting << QString() << QStringLiteral("000022") << 0;
    QTest::newRow("000023") << answered(200, errorAnswer("000023")) << GatewayOutcome::Declined
                            << RefundStatus::Submitting << QString() << QStringLiteral("000023") << 0;
    QTest::newRow("000030") << answered(200, errorAnswer("000030")) << GatewayOutcome::AuthFailed
                            << RefundStatus::Submitting << QString() << QStringLiteral("000030") << 0;
    QTest::newRow("000040") << answered(200, errorAnswer("000040")) << GatewayOutcome::Declined
                            << RefundStatus::Submitting << QString() << QStringLiteral("000040") << 0;
    QTest::newRow("000040 as number") << answered(200, R"({"ret_code":40,"ret_msg":"x"})") << GatewayOutcome::Declined
                                      << RefundStatus::Submitting << QString() << QStringLiteral("000040") << 0;
    QTest::newRow("unknown code") << answered(200, errorAnswer("000099")) << unknown << RefundStatus::Submitting
                                  << QString() << QStringLiteral("000099") << 0;
    QTest::newRow("error code on HTTP 400") << answered(400, errorAnswer("000023")) << GatewayOutcome::Declined
                                            << RefundStatus::Submitting << QString() << QStringLiteral("000023") << 0;

    QTest::newRow("not sent") << failed(HttpResult::Outcome::NotSent) << GatewayOutcome::NotExecuted
                              << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("lost") << failed(HttpResult::Outcome::OutcomeUnknown) << unknown << RefundStatus::Submitting
                          << QString() << QString() << 0;
    QTest::newRow("cancelled") << failed(HttpResult::Outcome::Cancelled) << GatewayOutcome::Cancelled
                               << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("500 html") << answered(500, "<html>Internal Server Error</html>") << unknown
                              << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("503 with a success body")
        << answered(503, refundAnswer()) << unknown << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("302") << answered(302, "", {{"Location", "https://elsewhere.example/"}}) << unknown
                         << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("429") << answered(429, "", {{"retry-after", " 120 "}}) << GatewayOutcome::NotExecuted
                         << RefundStatus::Submitting << QString() << QString() << 120;
    QTest::newRow("429 with a date") << answered(429, "", {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}})
                                     << GatewayOutcome::NotExecuted << RefundStatus::Submitting << QString()
                                     << QString() << 60;
    QTest::newRow("401 without body") << answered(401, "") << GatewayOutcome::AuthFailed << RefundStatus::Submitting
                                      << QString() << QString() << 0;
    QTest::newRow("400 without body") << answered(400, "") << unknown << RefundStatus::Submitting << QString()
                                      << QString() << 0;
    QTest::newRow("success on HTTP 400") << answered(400, refundAnswer()) << unknown << RefundStatus::Submitting
                                         << QString() << QStringLiteral("000100") << 0;
    QTest::newRow("not JSON") << answered(200, "ok") << unknown << RefundStatus::Submitting << QString() << QString()
                              << 0;
    QTest::newRow("empty") << answered(200, "") << unknown << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("cut short") << answered(200, refundAnswer().left(60)) << unknown << RefundStatus::Submitting
                               << QString() << QString() << 0;
    QTest::newRow("array") << answered(200, "[]") << unknown << RefundStatus::Submitting << QString() << QString() << 0;
    QTest::newRow("ret_code object") << answered(200, R"({"ret_code":{}})") << unknown << RefundStatus::Submitting
                                     << QString() << QString() << 0;
    QTest::newRow("ret_code fraction") << answered(200, R"({"ret_code":100.0})") << unknown << RefundStatus::Submitting
                                       << QString() << QString() << 0;
}

void TestPockytProtocol::parseRefund()
{
    QFETCH(HttpResult, http);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, gatewayRefundId);
    QFETCH(QString, gatewayCode);
    QFETCH(int, retryAfter);

    const RefundResult result = PockytProtocol::parseRefundAnswer(http, refund());
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.status, status);
    QCOMPARE(result.gatewayRefundId, gatewayRefundId);
    QCOMPARE(result.gatewayCode, gatewayCode);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(!result.message.isEmpty());
}

void TestPockytProtocol::parseRefundMessages()
{
    const Refund r = refund();
    QCOMPARE(
        PockytProtocol::parseRefundAnswer(answered(200, errorAnswer("000040", "transaction status error")), r).message,
        QStringLiteral("Pockyt refused the refund: the payment cannot be refunded in its current state, or the "
                       "amount is more than what is left to refund (000040: transaction status error). Nothing "
                       "was refunded."));
    QCOMPARE(PockytProtocol::parseRefundAnswer(answered(200, errorAnswer("000000", "system error")), r).message,
             QStringLiteral("Pockyt reported an error of its own while handling the refund (000000: system error). The "
                            "refund may or may not have gone through; RefundDesk will check with Pockyt before doing "
                            "anything else."));
    QCOMPARE(PockytProtocol::parseRefundAnswer(answered(200, refundAnswer("\"12.49\"")), r).message,
             QStringLiteral("Pockyt refunded USD 12.49, RefundDesk asked for USD 12.50. Check the refund in Pockyt's "
                            "dashboard."));
    QCOMPARE(PockytProtocol::parseRefundAnswer(answered(200, "<html/>"), r).message,
             QStringLiteral("Pockyt's answer to the refund could not be read (not JSON: unexpected '<' at byte 0). The "
                            "refund may or may not have gone through; RefundDesk will check with Pockyt before doing "
                            "anything else."));
    QCOMPARE(PockytProtocol::parseRefundAnswer(answered(200, refundAnswer()), r).message,
             QStringLiteral("Pockyt made the refund."));
    // What the HTTP job says about a lost answer is passed on unchanged.
    QCOMPARE(PockytProtocol::parseRefundAnswer(failed(HttpResult::Outcome::OutcomeUnknown), r).message,
             QStringLiteral("the network said no"));
}

void TestPockytProtocol::check_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<bool>("lostAnswer");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QString>("gatewayRefundId");
    QTest::addColumn<QString>("message");

    const QByteArray ours = refundUuid.toLatin1();
    const QByteArray found = R"([{"refundTransactionId":"300000000000000001","refundReference":")" + ours
        + R"(","refundAmount":"12.50","currency":"USD"}])";
    const QByteArray upperCase = R"([{"refundTransactionId":"300000000000000001","refundReference":")"
        + refundUuid.toUpper().toLatin1() + R"(","refundAmount":"12.50"}])";
    const QByteArray others = R"([{"refundTransactionId":"300000000000000009","refundReference":"another",)"
                              R"("refundAmount":"12.50"}])";
    const QByteArray twice = R"([{"refundTransactionId":"300000000000000001","refundReference":")" + ours
        + R"(","refundAmount":"12.50"},{"refundTransactionId":"300000000000000002","refundReference":")" + ours
        + R"(","refundAmount":"12.50"}])";
    const QByteArray otherAmount =
        R"([{"refundTransactionId":"300000000000000001","refundReference":")" + ours + R"(","refundAmount":"1.00"}])";
    const QByteArray pendingEntry = R"([{"refundTransactionId":"300000000000000001","refundReference":")" + ours
        + R"(","refundAmount":"12.50","status":"pending"}])";
    const QByteArray strangeEntry = R"([{"refundTransactionId":"300000000000000001","refundReference":")" + ours
        + R"(","refundAmount":"12.50","status":"weird"}])";
    const QString id = QStringLiteral("300000000000000001");
    const QString listed = QStringLiteral("Pockyt lists the refund on the payment.");
    const QString notMade = QStringLiteral("Pockyt lists no refund with RefundDesk's reference %1 on the payment: the "
                                           "refund was not made.")
                                .arg(refundUuid);

    for (const bool lost : {true, false}) {
        const char *mode = lost ? "lost answer: " : "status: ";
        const auto row = [mode](const char *name) -> QTestData & {
            return QTest::addRow("%s%s", mode, name);
        };
        row("found") << answered(200, queryAnswer("\"25.00\"", found)) << lost << GatewayOutcome::Ok
                     << RefundStatus::Succeeded << id << listed;
        row("found in upper case") << answered(200, queryAnswer("\"25.00\"", upperCase)) << lost << GatewayOutcome::Ok
                                   << RefundStatus::Succeeded << id << listed;
        row("entry pending") << answered(200, queryAnswer("\"25.00\"", pendingEntry)) << lost << GatewayOutcome::Ok
                             << RefundStatus::Pending << id << listed;
        row("entry status unknown") << answered(200, queryAnswer("\"25.00\"", strangeEntry)) << lost
                                    << GatewayOutcome::Ok << RefundStatus::NeedsReview << id
                                    << QStringLiteral("Pockyt lists the refund with the status \"weird\", which "
                                                      "RefundDesk does not know. Check the refund in Pockyt's "
                                                      "dashboard.");
        row("executed twice") << answered(200, queryAnswer("\"25.00\"", twice)) << lost << GatewayOutcome::Ok
                              << RefundStatus::NeedsReview << id
                              << QStringLiteral("Pockyt lists 2 refunds with RefundDesk's reference %1 on the payment: "
                                                "it was carried out more than once. Check the payment in Pockyt's "
                                                "dashboard.")
                                     .arg(refundUuid);
        row("other amount") << answered(200, queryAnswer("\"25.00\"", otherAmount)) << lost << GatewayOutcome::Ok
                            << RefundStatus::NeedsReview << id
                            << QStringLiteral("Pockyt refunded USD 1.00, RefundDesk asked for USD 12.50. Check the "
                                              "refund in Pockyt's dashboard.");
    }
    QTest::newRow("lost answer: absent") << answered(200, queryAnswer("\"25.00\"", others)) << true
                                         << GatewayOutcome::NotExecuted << RefundStatus::Submitting << QString()
                                         << notMade;
    QTest::newRow("lost answer: no refunds")
        << answered(200, queryAnswer("\"25.00\"")) << true << GatewayOutcome::NotExecuted << RefundStatus::Submitting
        << QString() << notMade;
    QTest::newRow("status: absent") << answered(200, queryAnswer("\"25.00\"", others)) << false << GatewayOutcome::Ok
                                    << RefundStatus::Pending << QString()
                                    << QStringLiteral("Pockyt does not list the refund on the payment yet.");

    // Anything but a clean answer leaves a lost answer unknown, never "not executed".
    const QString couldNot = QStringLiteral("RefundDesk could not yet check with Pockyt whether the refund was made: ");
    QTest::newRow("lost answer: 500") << answered(500, "") << true << GatewayOutcome::OutcomeUnknown
                                      << RefundStatus::Submitting << QString()
                                      << couldNot + QStringLiteral("HTTP 500 from the gateway.");
    QTest::newRow("lost answer: not sent")
        << failed(HttpResult::Outcome::NotSent) << true << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting
        << QString() << couldNot + QStringLiteral("the network said no");
    QTest::newRow("lost answer: cancelled")
        << failed(HttpResult::Outcome::Cancelled) << true << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting
        << QString() << couldNot + QStringLiteral("The payment query was cancelled.");
    QTest::newRow("lost answer: 000021") << answered(200, errorAnswer("000021", "no related info")) << true
                                         << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << QString()
                                         << couldNot
            + QStringLiteral("Pockyt has no payment with that number for this store (000021: no related info). Check "
                             "the number on the receipt.");
    QTest::newRow("lost answer: unreadable")
        << answered(200, "{") << true << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << QString()
        << couldNot
            + QStringLiteral("Pockyt's answer to the payment query could not be read (not JSON: unexpected end at "
                             "byte 1). Try again; if this persists, check the gateway address in the settings.");
    QTest::newRow("lost answer: bad refundInfo amount")
        << answered(200, queryAnswer("\"25.00\"", R"([{"refundReference":"x","refundAmount":"1e1"}])")) << true
        << GatewayOutcome::OutcomeUnknown << RefundStatus::Submitting << QString()
        << couldNot
            + QStringLiteral("Pockyt's answer to the payment query could not be used. Pockyt's refundAmount cannot be "
                             "used: The amount \"1e1\" uses scientific notation.");
    QTest::newRow("status: 000030") << answered(200, errorAnswer("000030", "access denied")) << false
                                    << GatewayOutcome::AuthFailed << RefundStatus::Submitting << QString()
                                    << QStringLiteral(
                                           "RefundDesk could not ask Pockyt about the refund: Pockyt refused "
                                           "RefundDesk's signature (000030: access denied). Check the "
                                           "merchant number, store number and API token in the settings.");
}

void TestPockytProtocol::check()
{
    QFETCH(HttpResult, http);
    QFETCH(bool, lostAnswer);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(RefundStatus, status);
    QFETCH(QString, gatewayRefundId);
    QFETCH(QString, message);

    const RefundResult result = PockytProtocol::parseRefundCheck(
        http, refund(), lostAnswer ? PockytProtocol::Check::LostAnswer : PockytProtocol::Check::Status);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.status, status);
    QCOMPARE(result.gatewayRefundId, gatewayRefundId);
    QCOMPARE(result.message, message);
}

void TestPockytProtocol::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("status"); // -1: unknown

    QTest::newRow("success") << QStringLiteral("success") << static_cast<int>(RefundStatus::Succeeded);
    QTest::newRow("SUCCESS") << QStringLiteral("SUCCESS") << static_cast<int>(RefundStatus::Succeeded);
    QTest::newRow("init") << QStringLiteral("init") << static_cast<int>(RefundStatus::Pending);
    QTest::newRow("dealing") << QStringLiteral("dealing") << static_cast<int>(RefundStatus::Pending);
    QTest::newRow("pending") << QStringLiteral("pending") << static_cast<int>(RefundStatus::Pending);
    QTest::newRow("failed") << QStringLiteral("failed") << static_cast<int>(RefundStatus::Failed);
    QTest::newRow("closed") << QStringLiteral("closed") << static_cast<int>(RefundStatus::Failed);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("refunded") << QStringLiteral("refunded") << -1;
}

void TestPockytProtocol::statusWords()
{
    QFETCH(QString, word);
    QFETCH(int, status);
    const std::optional<RefundStatus> mapped = PockytProtocol::refundStatusFromPockyt(word);
    QCOMPARE(mapped ? static_cast<int>(*mapped) : -1, status);
}

void TestPockytProtocol::ipn_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<WebhookEvent::Verdict>("verdict");
    QTest::addColumn<QByteArray>("answerBody");
    QTest::addColumn<QString>("message");

    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("refund") << ipnBody(refundIpnFields()) << form << WebhookEvent::Verdict::Accepted
                            << QByteArray("success") << QString();
    QTest::newRow("refund, charset") << ipnBody(refundIpnFields())
                                     << QByteArray("Application/X-WWW-Form-Urlencoded; charset=UTF-8")
                                     << WebhookEvent::Verdict::Accepted << QByteArray("success") << QString();
    QTest::newRow("wrong token") << ipnBody(refundIpnFields(), QStringLiteral("othertoken")) << form
                                 << WebhookEvent::Verdict::BadSignature << QByteArray()
                                 << QStringLiteral("The Pockyt notification's verifySign does not match: it was not "
                                                   "sent by Pockyt for this store, or the API token in the settings is "
                                                   "wrong.");
    QByteArray tampered = ipnBody(refundIpnFields());
    tampered.replace("refundAmount=12.50", "refundAmount=99.50");
    QTest::newRow("tampered") << tampered << form << WebhookEvent::Verdict::BadSignature << QByteArray()
                              << QStringLiteral("The Pockyt notification's verifySign does not match: it was not sent "
                                                "by Pockyt for this store, or the API token in the settings is wrong.");
    QByteArray unsigned_ = ipnBody(refundIpnFields());
    unsigned_.truncate(unsigned_.indexOf("&verifySign="));
    QTest::newRow("unsigned") << unsigned_ << form << WebhookEvent::Verdict::BadSignature << QByteArray()
                              << QStringLiteral("The Pockyt notification's verifySign does not match: it was not sent "
                                                "by Pockyt for this store, or the API token in the settings is wrong.");
    QTest::newRow("signed twice") << ipnBody(refundIpnFields()) + "&verifySign=00" << form
                                  << WebhookEvent::Verdict::Malformed << QByteArray()
                                  << QStringLiteral("The Pockyt notification carries the field verifySign twice.");
    QList<std::pair<QString, QString>> payment = {
        {QStringLiteral("transactionNo"), QStringLiteral("297553638300708562")},
        {QStringLiteral("reference"), QStringLiteral("POS-PK-1001")},
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("amount"), QStringLiteral("25.00")},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("settleCurrency"), QStringLiteral("USD")},
        {QStringLiteral("time"), QStringLiteral("20240925101500")}};
    QTest::newRow("payment") << ipnBody(payment) << form << WebhookEvent::Verdict::Ignored << QByteArray("success")
                             << QStringLiteral("A Pockyt notification about a payment, not a refund.");
    payment.append({QStringLiteral("transactionType"), QStringLiteral("payment")});
    QTest::newRow("payment with type") << ipnBody(payment) << form << WebhookEvent::Verdict::Ignored
                                       << QByteArray("success")
                                       << QStringLiteral("A Pockyt notification about a payment, not a refund.");
    QTest::newRow("json") << QByteArray(R"({"transactionNo":"1"})") << QByteArray("application/json")
                          << WebhookEvent::Verdict::Malformed << QByteArray()
                          << QStringLiteral("A Pockyt notification must be a form (application/x-www-form-urlencoded), "
                                            "not application/json.");
    QTest::newRow("broken escape") << QByteArray("transactionNo=1%G0&verifySign=x") << form
                                   << WebhookEvent::Verdict::Malformed << QByteArray()
                                   << QStringLiteral("The Pockyt notification is not a readable form.");
    QTest::newRow("not UTF-8") << QByteArray("transactionNo=%FF&verifySign=x") << form
                               << WebhookEvent::Verdict::Malformed << QByteArray()
                               << QStringLiteral("The Pockyt notification is not a readable form.");
    QTest::newRow("empty") << QByteArray() << form << WebhookEvent::Verdict::BadSignature << QByteArray()
                           << QStringLiteral("The Pockyt notification's verifySign does not match: it was not sent by "
                                             "Pockyt for this store, or the API token in the settings is wrong.");

    auto noStatus = refundIpnFields();
    noStatus.removeIf([](const auto &f) { return f.first == u"status"; });
    QTest::newRow("no status") << ipnBody(noStatus) << form << WebhookEvent::Verdict::Malformed << QByteArray()
                               << QStringLiteral("The Pockyt notification has no transactionNo or status.");
    auto badAmount = refundIpnFields();
    badAmount[5].second = QStringLiteral("12.505");
    QTest::newRow("amount with 3 decimals")
        << ipnBody(badAmount) << form << WebhookEvent::Verdict::Malformed << QByteArray()
        << QStringLiteral("The Pockyt notification's amount cannot be used: USD "
                          "has 2 decimal places; \"12.505\" has more.");
    auto badCurrency = refundIpnFields();
    badCurrency[6].second = QStringLiteral("usd");
    QTest::newRow("unknown currency") << ipnBody(badCurrency) << form << WebhookEvent::Verdict::Malformed
                                      << QByteArray()
                                      << QStringLiteral("The Pockyt notification's currency \"usd\" is unknown.");
    auto anonymous = refundIpnFields();
    anonymous.removeIf([](const auto &f) {
        return f.first == u"refundReference" || f.first == u"refundAmount" || f.first == u"amount";
    });
    QTest::newRow("neither reference nor amount")
        << ipnBody(anonymous) << form << WebhookEvent::Verdict::Malformed << QByteArray()
        << QStringLiteral("The Pockyt notification names neither the refund nor its amount.");
    auto strange = refundIpnFields();
    strange[3].second = QStringLiteral("reversed");
    QTest::newRow("unknown status") << ipnBody(strange) << form << WebhookEvent::Verdict::Accepted
                                    << QByteArray("success")
                                    << QStringLiteral("Pockyt reports the refund with the status \"reversed\", which "
                                                      "RefundDesk does not know.");
}

void TestPockytProtocol::ipn()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(WebhookEvent::Verdict, verdict);
    QFETCH(QByteArray, answerBody);
    QFETCH(QString, message);

    const PockytProtocol protocol(account());
    WebhookRequest request;
    request.body = body;
    request.contentType = contentType;
    const WebhookEvent event = protocol.parseIpn(request);
    QCOMPARE(event.verdict, verdict);
    QCOMPARE(event.answerBody, answerBody);
    QCOMPARE(event.message, message);
}

void TestPockytProtocol::ipnRefundEvent()
{
    const PockytProtocol protocol(account());
    WebhookRequest request;
    request.body = ipnBody(refundIpnFields());
    request.contentType = "application/x-www-form-urlencoded";
    WebhookEvent event = protocol.parseIpn(request);
    QCOMPARE(event.verdict, WebhookEvent::Verdict::Accepted);
    QCOMPARE(event.refundId, QUuid::fromString(refundUuid));
    QCOMPARE(event.ourReference, refundUuid);
    QCOMPARE(event.gatewayRefundId, QStringLiteral("300000000000000001"));
    QCOMPARE(event.transactionId, QStringLiteral("297553638300708562"));
    QCOMPARE(event.status, RefundStatus::Succeeded);
    QCOMPARE(event.gatewayCode, QStringLiteral("success"));
    QCOMPARE(event.amount, std::optional(Money(1250, currency(u"USD"))));

    // Without refundReference and refundAmount: matched by transactionNo and amount.
    auto fields = refundIpnFields();
    fields.removeIf([](const auto &f) { return f.first == u"refundReference" || f.first == u"refundAmount"; });
    fields[3].second = QStringLiteral("pending");
    fields[4].second = QStringLiteral("3.5");
    request.body = ipnBody(fields);
    event = protocol.parseIpn(request);
    QCOMPARE(event.verdict, WebhookEvent::Verdict::Accepted);
    QVERIFY(event.refundId.isNull());
    QCOMPARE(event.ourReference, QString());
    QCOMPARE(event.status, RefundStatus::Pending);
    QCOMPARE(event.amount, std::optional(Money(350, currency(u"USD"))));

    // A '+' in a form value is a space; signatures are over the decoded values.
    fields = refundIpnFields();
    fields[1].second = QStringLiteral("POS PK+1001");
    QByteArray body = ipnBody(fields);
    body.replace("POS%20PK%2B1001", "POS+PK%2B1001");
    request.body = body;
    QCOMPARE(protocol.parseIpn(request).verdict, WebhookEvent::Verdict::Accepted);
}

QTEST_GUILESS_MAIN(TestPockytProtocol)
#include "tst_pockytprotocol.moc"
