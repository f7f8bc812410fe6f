// PockytGateway against the real refund-sandbox: lookups, full and partial refunds, the
// documented error answers, every fault mode with the lost-answer rule, and the IPN.
// What the sandbox really executed is read from /_admin/state, never taken on trust.

#include "GatewayJobRunner.h"
#include "SandboxProcess.h"
#include "WebhookRecorder.h"
#include "gateways/pockyt/PockytGateway.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace RefundDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)

namespace {

const QString refundRoute = QStringLiteral("POST /app-data-search/v3/refund");
const QString queryRoute = QStringLiteral("POST /app-data-search/v3/tran-query");
const QString usdSale = QStringLiteral("297553638300708562"); // 25.00 USD, success
const QString cnySale = QStringLiteral("297553638300708563"); // 128.80 CNY settled in USD
const QString pendingSale = QStringLiteral("297553638300708564"); // 10.00 USD, pending
const QString closedSale = QStringLiteral("297553638300708565"); // 45.50 CNY settled in CNY, closed
const QString otherStoreSale = QStringLiteral("297553638300708566"); // store 300015

Currency currency(const char16_t *code)
{
    return *Currency::fromCode(code);
}

SaleRef byTransactionNo(const QString &id)
{
    return SaleRef {GatewayId::Pockyt, SaleIdKind::TransactionId, id};
}

Refund newRefund(const Sale &sale, qint64 minor, bool full = false)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.gateway = GatewayId::Pockyt;
    refund.transactionId = sale.transactionId;
    refund.amount = Money(minor, sale.amount.currency());
    refund.fullRefund = full;
    refund.status = RefundStatus::Submitting;
    return refund;
}

QString refundReference(const Refund &refund)
{
    return refund.refundId.toString(QUuid::WithoutBraces);
}

} // namespace

class TestContractPockyt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lookupByTransactionNo();
    void lookupByReference();
    void lookupAnswers_data();
    void lookupAnswers();
    void lookupWithWrongToken();
    void lookupWithoutMerchantNo();
    void fullRefund();
    void partialRefunds();
    void refundInAnotherSettlementCurrency();
    void refundErrors_data();
    void refundErrors();
    void refundFaults_data();
    void refundFaults();
    void lostAnswerWhileTheQueryFails();
    void lookupFaults_data();
    void lookupFaults();
    void ipnFromTheSandbox();
    void auditTrailHidesTheSignature();

private:
    PockytGateway gateway(const QString &token = QStringLiteral("testtoken"),
                          const QString &settleCurrency = QStringLiteral("USD"),
                          const QString &merchantNo = QStringLiteral("200043"));
    bool lookup(PockytGateway &pockyt, const SaleRef &ref, LookupResult &result);
    Sale sale(const QString &transactionNo);
    RefundResult refund(PockytGateway &pockyt, const Sale &sale, const Refund &refund);
    RefundResult resolve(PockytGateway &pockyt, const Sale &sale, const Refund &refund);
    QJsonArray executedRefunds() { return m_sandbox.state().value(u"refunds").toArray(); }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
};

void TestContractPockyt::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestContractPockyt::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
    QVERIFY(m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), QString()}}));
}

PockytGateway TestContractPockyt::gateway(const QString &token, const QString &settleCurrency,
                                          const QString &merchantNo)
{
    PockytAccount account;
    account.baseUrl = m_sandbox.url(QString());
    account.merchantNo = merchantNo;
    account.storeNo = QStringLiteral("300014");
    account.apiToken = token;
    account.settleCurrency = settleCurrency;
    GatewayContext context;
    context.network = &m_network;
    context.timeout = 2000ms;
    return PockytGateway(account, context);
}

bool TestContractPockyt::lookup(PockytGateway &pockyt, const SaleRef &ref, LookupResult &result)
{
    return GatewayJobRunner::run(pockyt.lookup(ref), result);
}

Sale TestContractPockyt::sale(const QString &transactionNo)
{
    PockytGateway pockyt = gateway();
    LookupResult result;
    if (!lookup(pockyt, byTransactionNo(transactionNo), result) || result.outcome != GatewayOutcome::Ok)
        qFatal("cannot look up %s: %s", qPrintable(transactionNo), qPrintable(result.message));
    return result.sale;
}

RefundResult TestContractPockyt::refund(PockytGateway &pockyt, const Sale &sale, const Refund &refund)
{
    RefundResult result;
    if (!GatewayJobRunner::run(pockyt.refund(RefundRequest {sale, refund}), result))
        qFatal("the refund job did not finish exactly once");
    return result;
}

RefundResult TestContractPockyt::resolve(PockytGateway &pockyt, const Sale &sale, const Refund &refund)
{
    RefundResult result;
    if (!GatewayJobRunner::run(pockyt.resolveLostAnswer(refund, sale), result))
        qFatal("the lost-answer job did not finish exactly once");
    return result;
}

void TestContractPockyt::lookupByTransactionNo()
{
    PockytGateway pockyt = gateway();
    LookupResult result;
    QVERIFY(lookup(pockyt, byTransactionNo(usdSale), result));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.message, QString());
    QCOMPARE(result.sale.gateway, GatewayId::Pockyt);
    QCOMPARE(result.sale.transactionId, usdSale);
    QCOMPARE(result.sale.reference, QStringLiteral("POS-PK-1001"));
    QCOMPARE(result.sale.amount, Money(2500, currency(u"USD")));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("success"));
    QVERIFY(result.sale.gatewaySaysRefundable);
    QCOMPARE(result.refunds.size(), 0);
    QCOMPARE(result.refundedAtGateway, std::optional(Money::zero(currency(u"USD"))));
    QCOMPARE(m_sandbox.requestCount(queryRoute), 1);
}

void TestContractPockyt::lookupByReference()
{
    PockytGateway pockyt = gateway();
    LookupResult result;
    QVERIFY(lookup(pockyt, SaleRef {GatewayId::Pockyt, SaleIdKind::Reference, QStringLiteral("POS-PK-1002")}, result));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.sale.transactionId, cnySale);
    QCOMPARE(result.sale.amount, Money(12880, currency(u"CNY")));
}

void TestContractPockyt::lookupAnswers_data()
{
    QTest::addColumn<QString>("transactionNo");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<bool>("refundable");

    QTest::newRow("pending") << pendingSale << GatewayOutcome::Ok << false;
    QTest::newRow("closed") << closedSale << GatewayOutcome::Ok << false;
    QTest::newRow("000021 unknown") << QStringLiteral("111111111111111111") << GatewayOutcome::NotFound << false;
    QTest::newRow("000022 another store") << otherStoreSale << GatewayOutcome::Declined << false;
}

void TestContractPockyt::lookupAnswers()
{
    QFETCH(QString, transactionNo);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(bool, refundable);

    PockytGateway pockyt = gateway();
    LookupResult result;
    QVERIFY(lookup(pockyt, byTransactionNo(transactionNo), result));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
    QCOMPARE(result.message.isEmpty(), outcome == GatewayOutcome::Ok);
}

void TestContractPockyt::lookupWithWrongToken()
{
    PockytGateway pockyt = gateway(QStringLiteral("not-the-token"));
    LookupResult result;
    QVERIFY(lookup(pockyt, byTransactionNo(usdSale), result));
    QCOMPARE(result.outcome, GatewayOutcome::AuthFailed);
    QCOMPARE(result.message,
             QStringLiteral("Pockyt refused RefundDesk's signature (000030: access denied: verifySign "
                            "does not match). Check the merchant number, store number and API token "
                            "in the settings."));
}

void TestContractPockyt::lookupWithoutMerchantNo()
{
    // An empty merchant number counts as missing: Pockyt answers 000020.
    PockytGateway pockyt = gateway(QStringLiteral("testtoken"), QStringLiteral("USD"), QString());
    LookupResult result;
    QVERIFY(lookup(pockyt, byTransactionNo(usdSale), result));
    QCOMPARE(result.outcome, GatewayOutcome::Declined);
    QCOMPARE(result.message,
             QStringLiteral("Pockyt refused the payment query (000020: parameter merchantNo is null)."));
}

void TestContractPockyt::fullRefund()
{
    PockytGateway pockyt = gateway();
    const Sale paid = sale(usdSale);
    const Refund full = newRefund(paid, 2500, true);
    const RefundResult result = refund(pockyt, paid, full);
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.status, RefundStatus::Succeeded);
    QCOMPARE(result.gatewayCode, QStringLiteral("000100"));
    QCOMPARE(result.gatewayRefundId.size(), 18);

    const QJsonArray executed = executedRefunds();
    QCOMPARE(executed.size(), 1);
    const QJsonObject record = executed.first().toObject();
    QCOMPARE(record.value(u"refund_id").toString(), refundReference(full));
    QCOMPARE(record.value(u"gateway_refund_id").toString(), result.gatewayRefundId);
    QCOMPARE(record.value(u"amount_minor").toInteger(), 2500);
    QCOMPARE(record.value(u"currency").toString(), QStringLiteral("USD"));

    // The lookup now lists it, with our reference.
    LookupResult after;
    QVERIFY(lookup(pockyt, byTransactionNo(usdSale), after));
    QCOMPARE(after.refunds.size(), 1);
    QCOMPARE(after.refunds.first().ourReference, refundReference(full));
    QCOMPARE(after.refunds.first().gatewayRefundId, result.gatewayRefundId);
    QCOMPARE(after.refundedAtGateway, std::optional(Money(2500, currency(u"USD"))));

    // Polling and the lost-answer rule both find it, without sending anything again.
    RefundResult status;
    QVERIFY(GatewayJobRunner::run(pockyt.status(full, paid), status));
    QCOMPARE(status.outcome, GatewayOutcome::Ok);
    QCOMPARE(status.status, RefundStatus::Succeeded);
    QCOMPARE(status.gatewayRefundId, result.gatewayRefundId);
    const RefundResult resolved = resolve(pockyt, paid, full);
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Succeeded);
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractPockyt::partialRefunds()
{
    PockytGateway pockyt = gateway();
    const Sale paid = sale(usdSale);
    const Refund first = newRefund(paid, 1000);
    const Refund second = newRefund(paid, 1499);
    QCOMPARE(refund(pockyt, paid, first).status, RefundStatus::Succeeded);
    QCOMPARE(refund(pockyt, paid, second).status, RefundStatus::Succeeded);
    // One cent is left; two are more than that: 000040.
    const RefundResult over = refund(pockyt, paid, newRefund(paid, 2));
    QCOMPARE(over.outcome, GatewayOutcome::Declined);
    QCOMPARE(over.gatewayCode, QStringLiteral("000040"));
    QCOMPARE(over.message,
             QStringLiteral("Pockyt refused the refund: the payment cannot be refunded in its current "
                            "state, or the amount is more than what is left to refund (000040: "
                            "transaction status error: refundAmount exceeds the refundable 0.01). "
                            "Nothing was refunded."));
    QCOMPARE(refund(pockyt, paid, newRefund(paid, 1)).status, RefundStatus::Succeeded);

    const QJsonArray executed = executedRefunds();
    QCOMPARE(executed.size(), 3);
    QCOMPARE(executed.at(0).toObject().value(u"refund_id").toString(), refundReference(first));
    QCOMPARE(executed.at(0).toObject().value(u"amount").toString(), QStringLiteral("10.00"));
    QCOMPARE(executed.at(1).toObject().value(u"refund_id").toString(), refundReference(second));
    QCOMPARE(executed.at(1).toObject().value(u"amount").toString(), QStringLiteral("14.99"));

    // Each refund's lost-answer check finds its own entry.
    const RefundResult resolved = resolve(pockyt, paid, second);
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Succeeded);
    QCOMPARE(resolved.gatewayRefundId, executed.at(1).toObject().value(u"gateway_refund_id").toString());
}

void TestContractPockyt::refundInAnotherSettlementCurrency()
{
    PockytGateway pockyt = gateway();
    const Sale paid = sale(cnySale);
    const RefundResult result = refund(pockyt, paid, newRefund(paid, 1050));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.status, RefundStatus::Succeeded);
    QCOMPARE(executedRefunds().first().toObject().value(u"amount").toString(), QStringLiteral("10.50"));
    QCOMPARE(executedRefunds().first().toObject().value(u"currency").toString(), QStringLiteral("CNY"));
}

void TestContractPockyt::refundErrors_data()
{
    QTest::addColumn<QString>("transactionNo");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("settleCurrency");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<QString>("code");

    const QString token = QStringLiteral("testtoken");
    const QString usd = QStringLiteral("USD");
    QTest::newRow("000040 pending") << pendingSale << token << usd << GatewayOutcome::Declined
                                    << QStringLiteral("000040");
    QTest::newRow("000022 settles in CNY")
        << closedSale << token << usd << GatewayOutcome::Declined << QStringLiteral("000022");
    QTest::newRow("000040 closed") << closedSale << token << QStringLiteral("CNY") << GatewayOutcome::Declined
                                   << QStringLiteral("000040");
    QTest::newRow("000023 settleCurrency")
        << usdSale << token << QStringLiteral("ABC") << GatewayOutcome::Declined << QStringLiteral("000023");
    QTest::newRow("000030 signature") << usdSale << QStringLiteral("wrong") << usd << GatewayOutcome::AuthFailed
                                      << QStringLiteral("000030");
    QTest::newRow("000021 unknown payment")
        << QStringLiteral("111111111111111111") << token << usd << GatewayOutcome::NotFound << QStringLiteral("000021");
    QTest::newRow("000022 another store")
        << otherStoreSale << token << usd << GatewayOutcome::Declined << QStringLiteral("000022");
}

void TestContractPockyt::refundErrors()
{
    QFETCH(QString, transactionNo);
    QFETCH(QString, token);
    QFETCH(QString, settleCurrency);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(QString, code);

    PockytGateway pockyt = gateway(token, settleCurrency);
    Sale paid;
    paid.gateway = GatewayId::Pockyt;
    paid.transactionId = transactionNo;
    paid.amount = Money(4550, currency(transactionNo == closedSale ? u"CNY" : u"USD"));
    const RefundResult result = refund(pockyt, paid, newRefund(paid, 100));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.gatewayCode, code);
    QVERIFY(result.message.endsWith(QStringLiteral("Nothing was refunded."))
            || result.message.contains(QStringLiteral("Nothing was refunded;")));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPockyt::refundFaults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("executed");
    QTest::addColumn<GatewayOutcome>("resolved");

    // Before executing: nothing happened, and the lost-answer rule shows that.
    QTest::newRow("http500") << QStringLiteral("http500") << GatewayOutcome::OutcomeUnknown << 0 << 0
                             << GatewayOutcome::NotExecuted;
    // The request left this machine before the reset: RefundDesk cannot know it was not executed.
    QTest::newRow("reset") << QStringLiteral("reset") << GatewayOutcome::OutcomeUnknown << 0 << 0
                           << GatewayOutcome::NotExecuted;
    QTest::newRow("rate-limit") << QStringLiteral("rate-limit:30") << GatewayOutcome::NotExecuted << 30 << 0
                                << GatewayOutcome::NotExecuted;
    // After executing: never "failed"; the lost-answer rule finds the one refund.
    QTest::newRow("drop-after") << QStringLiteral("drop-after") << GatewayOutcome::OutcomeUnknown << 0 << 1
                                << GatewayOutcome::Ok;
    QTest::newRow("delay-after beyond the timeout")
        << QStringLiteral("delay-after:3500") << GatewayOutcome::OutcomeUnknown << 0 << 1 << GatewayOutcome::Ok;
    QTest::newRow("malformed") << QStringLiteral("malformed") << GatewayOutcome::OutcomeUnknown << 0 << 1
                               << GatewayOutcome::Ok;
}

void TestContractPockyt::refundFaults()
{
    QFETCH(QString, mode);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(int, retryAfter);
    QFETCH(int, executed);
    QFETCH(GatewayOutcome, resolved);

    PockytGateway pockyt = gateway();
    const Sale paid = sale(usdSale);
    const Refund attempt = newRefund(paid, 1234);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const RefundResult result = refund(pockyt, paid, attempt);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), executed);

    const RefundResult check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, resolved);
    if (resolved == GatewayOutcome::Ok) {
        QCOMPARE(check.status, RefundStatus::Succeeded);
        QCOMPARE(check.gatewayRefundId, executedRefunds().first().toObject().value(u"gateway_refund_id").toString());
    } else {
        QCOMPARE(check.message,
                 QStringLiteral("Pockyt lists no refund with RefundDesk's reference %1 on the payment: "
                                "the refund was not made.")
                     .arg(refundReference(attempt)));
    }
    // The rule only asked: the refund was sent once and executed at most once.
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), executed);
}

void TestContractPockyt::lostAnswerWhileTheQueryFails()
{
    PockytGateway pockyt = gateway();
    const Sale paid = sale(usdSale);
    const Refund attempt = newRefund(paid, 500);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("refund"), QStringLiteral("drop-after")));
    QCOMPARE(refund(pockyt, paid, attempt).outcome, GatewayOutcome::OutcomeUnknown);

    // Until the query answers cleanly, the outcome stays unknown, whatever went wrong.
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), QStringLiteral("http500")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), QStringLiteral("rate-limit:12")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), QStringLiteral("malformed")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), QStringLiteral("reset")));
    RefundResult check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(check.retryAfterSeconds, 12);
    check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    QVERIFY(check.message.startsWith(
        QStringLiteral("RefundDesk could not yet check with Pockyt whether the refund was made: ")));

    check = resolve(pockyt, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::Ok);
    QCOMPARE(check.status, RefundStatus::Succeeded);
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractPockyt::lookupFaults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("http500") << QStringLiteral("http500") << GatewayOutcome::NotExecuted << 0;
    QTest::newRow("reset") << QStringLiteral("reset") << GatewayOutcome::NotExecuted << 0;
    QTest::newRow("rate-limit") << QStringLiteral("rate-limit:30") << GatewayOutcome::NotExecuted << 30;
    QTest::newRow("drop-after") << QStringLiteral("drop-after") << GatewayOutcome::NotExecuted << 0;
    QTest::newRow("delay-after") << QStringLiteral("delay-after:3500") << GatewayOutcome::NotExecuted << 0;
    QTest::newRow("malformed") << QStringLiteral("malformed") << GatewayOutcome::OutcomeUnknown << 0;
}

void TestContractPockyt::lookupFaults()
{
    QFETCH(QString, mode);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(int, retryAfter);

    PockytGateway pockyt = gateway();
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("query"), mode));
    LookupResult result;
    QVERIFY(lookup(pockyt, byTransactionNo(usdSale), result));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(!result.message.isEmpty());
}

void TestContractPockyt::ipnFromTheSandbox()
{
    WebhookRecorder ipn;
    QVERIFY(ipn.listen());
    QVERIFY(m_sandbox.configure({{QStringLiteral("pockyt_ipn_url"), ipn.url().toString()}}));

    PockytGateway pockyt = gateway();
    const Sale paid = sale(usdSale);
    const Refund partial = newRefund(paid, 750);
    const RefundResult result = refund(pockyt, paid, partial);
    QCOMPARE(result.status, RefundStatus::Succeeded);
    QVERIFY(ipn.waitForRequests(1, 10000));

    const WebhookRecorder::Received &received = ipn.received().first();
    WebhookRequest request;
    request.body = received.body;
    request.contentType = received.header("content-type");
    for (const auto &[name, value] : received.headers)
        request.headers.append({name.toLower(), value});
    const WebhookEvent event = pockyt.verifyWebhook(request);
    QCOMPARE(event.verdict, WebhookEvent::Verdict::Accepted);
    QCOMPARE(event.refundId, partial.refundId);
    QCOMPARE(event.ourReference, refundReference(partial));
    QCOMPARE(event.gatewayRefundId, result.gatewayRefundId);
    QCOMPARE(event.transactionId, usdSale);
    QCOMPARE(event.status, RefundStatus::Succeeded);
    QCOMPARE(event.amount, std::optional(Money(750, currency(u"USD"))));
    QCOMPARE(event.answerBody, QByteArray("success"));

    // The same IPN checked with another store's token is refused.
    PockytGateway otherStore = gateway(QStringLiteral("testtoken-store-300015"));
    QCOMPARE(otherStore.verifyWebhook(request).verdict, WebhookEvent::Verdict::BadSignature);
    // And the sandbox took our "success": one delivery only.
    QTest::qWait(300);
    QCOMPARE(ipn.received().size(), 1);
}

void TestContractPockyt::auditTrailHidesTheSignature()
{
    PockytAccount account;
    account.baseUrl = m_sandbox.url(QString());
    account.merchantNo = QStringLiteral("200043");
    account.storeNo = QStringLiteral("300014");
    account.apiToken = QStringLiteral("testtoken");
    account.settleCurrency = QStringLiteral("USD");
    QList<std::pair<QString, QByteArray>> audit;
    GatewayContext context;
    context.network = &m_network;
    context.auditSink = [&audit](const QString &direction, const QByteArray &text) {
        audit.append({direction, text});
    };
    PockytGateway pockyt(account, context);

    const Sale paid = sale(usdSale);
    const Refund attempt = newRefund(paid, 100);
    QCOMPARE(refund(pockyt, paid, attempt).status, RefundStatus::Succeeded);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).first, QStringLiteral("request"));
    QVERIFY(audit.at(0).second.contains("refundReference=" + refundReference(attempt).toLatin1()));
    QVERIFY(audit.at(0).second.contains("verifySign=****"));
    QCOMPARE(audit.at(1).first, QStringLiteral("response"));
    QVERIFY(audit.at(1).second.contains("000100"));
    for (const auto &[direction, text] : audit)
        QVERIFY2(!text.contains("testtoken"), text.constData());
}

QTEST_GUILESS_MAIN(TestContractPockyt)
#include "tst_contract_pockyt.moc"
