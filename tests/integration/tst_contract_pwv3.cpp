// PwV3Gateway against the real refund-sandbox: lookups by referenceNo, full and partial
// refunds, local refusals that send nothing, the documented declines, every fault mode
// with the lost-answer rule (which never sends the refund again).
// What the sandbox really executed is read from /_admin/state, never taken on trust.

#include "GatewayJobRunner.h"
#include "SandboxProcess.h"
#include "gateways/pwv3/PwV3Gateway.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace RefundDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)

namespace {

const QString refundRoute = QStringLiteral("POST /pw/v3/payment/refund");
const QString statusRoute = QStringLiteral("POST /pw/v3/payment/status");
const QString partialKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04");
const QString fullOnlyKey = QStringLiteral("8c0b6e3f2a9d4e51b7c3a0f96d2e1b58");
const QString visaReference = QStringLiteral("1-1438673740-0001-01"); // 49.99 EUR, partial account
const QString cardReference = QStringLiteral("1-1438673740-0002-01"); // 120.00 EUR, full-only account
const QString sofortReference = QStringLiteral("1-1438673740-0003-01"); // 15.50 EUR, partial account
const QString declinedReference = QStringLiteral("1-1438673740-0004-01"); // 30.00 EUR PAYPAL, DECLINED

Currency eur()
{
    return *Currency::fromCode(u"EUR");
}

SaleRef byReference(const QString &referenceNo)
{
    return SaleRef {GatewayId::PwV3, SaleIdKind::Reference, referenceNo};
}

Refund newRefund(const Sale &sale, qint64 minor, std::optional<qint64> refundedBefore, bool full = false)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.gateway = GatewayId::PwV3;
    refund.transactionId = sale.transactionId;
    refund.amount = Money(minor, eur());
    refund.fullRefund = full;
    refund.status = RefundStatus::Submitting;
    if (refundedBefore)
        refund.gatewayRefundedBefore = Money(*refundedBefore, eur());
    return refund;
}

QString referenceNo(const Refund &refund)
{
    return refund.refundId.toString(QUuid::Id128);
}

} // namespace

class TestContractPwV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lookupByReference();
    void lookupByTransactionIdIsRefused();
    void lookupAnswers_data();
    void lookupAnswers();
    void wrongApiKey();
    void fullRefundSendsNoAmount();
    void partialRefunds();
    void partialRefusedLocally();
    void partialDeclinedWhenTheSettingsAreWrong();
    void methodRefusedLocally();
    void methodDeclinedByTheGateway();
    void declinedPayment();
    void refundFaults_data();
    void refundFaults();
    void lostAnswerWhileTheStatusCallFails();
    void lostAnswerWithoutTheFigureFromBefore();
    void lookupFaults_data();
    void lookupFaults();
    void auditTrailHidesTheApiKey();

private:
    PwV3Gateway gateway(const QString &apiKey, bool partialRefunds);
    bool lookup(PwV3Gateway &pw, const SaleRef &ref, LookupResult &result);
    Sale sale(const QString &apiKey, const QString &referenceNo);
    RefundResult refund(PwV3Gateway &pw, const Sale &sale, const Refund &refund);
    RefundResult resolve(PwV3Gateway &pw, const Sale &sale, const Refund &refund);
    QJsonArray executedRefunds() { return m_sandbox.state().value(u"refunds").toArray(); }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
};

void TestContractPwV3::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestContractPwV3::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
}

PwV3Gateway TestContractPwV3::gateway(const QString &apiKey, bool partialRefunds)
{
    PwV3Account account;
    account.baseUrl = m_sandbox.url(QString());
    account.apiKey = apiKey;
    account.partialRefunds = partialRefunds;
    GatewayContext context;
    context.network = &m_network;
    context.timeout = 2000ms;
    return PwV3Gateway(account, context);
}

bool TestContractPwV3::lookup(PwV3Gateway &pw, const SaleRef &ref, LookupResult &result)
{
    return GatewayJobRunner::run(pw.lookup(ref), result);
}

Sale TestContractPwV3::sale(const QString &apiKey, const QString &referenceNo)
{
    PwV3Gateway pw = gateway(apiKey, true);
    LookupResult result;
    if (!lookup(pw, byReference(referenceNo), result) || result.outcome != GatewayOutcome::Ok)
        qFatal("cannot look up %s: %s", qPrintable(referenceNo), qPrintable(result.message));
    return result.sale;
}

RefundResult TestContractPwV3::refund(PwV3Gateway &pw, const Sale &sale, const Refund &refund)
{
    RefundResult result;
    if (!GatewayJobRunner::run(pw.refund(RefundRequest {sale, refund}), result))
        qFatal("the refund job did not finish exactly once");
    return result;
}

RefundResult TestContractPwV3::resolve(PwV3Gateway &pw, const Sale &sale, const Refund &refund)
{
    RefundResult result;
    if (!GatewayJobRunner::run(pw.resolveLostAnswer(refund, sale), result))
        qFatal("the lost-answer job did not finish exactly once");
    return result;
}

void TestContractPwV3::lookupByReference()
{
    PwV3Gateway pw = gateway(partialKey, true);
    LookupResult result;
    QVERIFY(lookup(pw, byReference(visaReference), result));
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.message, QString());
    QCOMPARE(result.sale.gateway, GatewayId::PwV3);
    QCOMPARE(result.sale.transactionId, QStringLiteral("529-1438673740-1"));
    QCOMPARE(result.sale.reference, visaReference);
    QCOMPARE(result.sale.amount, Money(4999, eur()));
    QCOMPARE(result.sale.method, QStringLiteral("VISA"));
    QCOMPARE(result.sale.gatewayStatus, QStringLiteral("APPROVED"));
    QVERIFY(result.sale.gatewaySaysRefundable);
    QVERIFY(result.sale.paidAt.isValid());
    QVERIFY(result.sale.paidAt < QDateTime::currentDateTimeUtc().addDays(-2));
    QCOMPARE(result.refundedAtGateway, std::optional(Money::zero(eur())));
    QCOMPARE(m_sandbox.requestCount(statusRoute), 1);
}

void TestContractPwV3::lookupByTransactionIdIsRefused()
{
    PwV3Gateway pw = gateway(partialKey, true);
    LookupResult result;
    QVERIFY(
        lookup(pw, SaleRef {GatewayId::PwV3, SaleIdKind::TransactionId, QStringLiteral("529-1438673740-1")}, result));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QCOMPARE(result.message,
             QStringLiteral("PW v3 can only find a payment by its reference number (referenceNo), not "
                            "by its transaction id. Scan the receipt's reference or type the "
                            "reference number."));
    QCOMPARE(m_sandbox.requestCount(statusRoute), 0);
}

void TestContractPwV3::lookupAnswers_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<bool>("refundable");

    QTest::newRow("declined payment") << partialKey << declinedReference << GatewayOutcome::Ok << false;
    QTest::newRow("unknown reference") << partialKey << QStringLiteral("no-such-reference") << GatewayOutcome::NotFound
                                       << false;
    QTest::newRow("another account's payment") << partialKey << cardReference << GatewayOutcome::NotFound << false;
}

void TestContractPwV3::lookupAnswers()
{
    QFETCH(QString, apiKey);
    QFETCH(QString, reference);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(bool, refundable);

    PwV3Gateway pw = gateway(apiKey, true);
    LookupResult result;
    QVERIFY(lookup(pw, byReference(reference), result));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.sale.gatewaySaysRefundable, refundable);
    QCOMPARE(result.message.isEmpty(), outcome == GatewayOutcome::Ok);
}

void TestContractPwV3::wrongApiKey()
{
    PwV3Gateway pw = gateway(QStringLiteral("00000000000000000000000000000000"), true);
    LookupResult looked;
    QVERIFY(lookup(pw, byReference(visaReference), looked));
    QCOMPARE(looked.outcome, GatewayOutcome::AuthFailed);
    QCOMPARE(looked.message,
             QStringLiteral("PW v3 refused RefundDesk's API key (code 401: Invalid apiKey). Check the "
                            "API key in the settings."));

    const Sale paid = sale(partialKey, visaReference);
    const RefundResult result = refund(pw, paid, newRefund(paid, 4999, 0, true));
    QCOMPARE(result.outcome, GatewayOutcome::AuthFailed);
    QCOMPARE(result.gatewayCode, QStringLiteral("401"));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPwV3::fullRefundSendsNoAmount()
{
    PwV3Gateway pw = gateway(fullOnlyKey, false);
    const Sale paid = sale(fullOnlyKey, cardReference);
    QCOMPARE(paid.method, QStringLiteral("CREDITCARD"));
    const Refund full = newRefund(paid, 12000, 0, true);
    const RefundResult result = refund(pw, paid, full);
    QCOMPARE(result.outcome, GatewayOutcome::Ok);
    QCOMPARE(result.status, RefundStatus::Succeeded);
    QCOMPARE(result.gatewayCode, QStringLiteral("00"));
    QCOMPARE(result.message, QStringLiteral("PW v3 approved the refund."));
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);

    const QJsonArray executed = executedRefunds();
    QCOMPARE(executed.size(), 1);
    QCOMPARE(executed.first().toObject().value(u"refund_id").toString(), referenceNo(full));
    QCOMPARE(executed.first().toObject().value(u"sale").toString(), QStringLiteral("529-1438673740-2"));
    QCOMPARE(executed.first().toObject().value(u"amount_minor").toInteger(), 12000);

    LookupResult after;
    QVERIFY(lookup(pw, byReference(cardReference), after));
    QCOMPARE(after.refundedAtGateway, std::optional(Money(12000, eur())));

    // The lost-answer rule and polling confirm it from the refunded total alone.
    const RefundResult resolved = resolve(pw, paid, full);
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Succeeded);
    RefundResult status;
    QVERIFY(GatewayJobRunner::run(pw.status(full, paid), status));
    QCOMPARE(status.outcome, GatewayOutcome::Ok);
    QCOMPARE(status.status, RefundStatus::Succeeded);

    // A second full refund: "Already refunded", nothing executed.
    const RefundResult again = refund(pw, paid, newRefund(paid, 12000, 12000, true));
    QCOMPARE(again.outcome, GatewayOutcome::Declined);
    QCOMPARE(again.gatewayCode, QStringLiteral("32"));
    QCOMPARE(again.message,
             QStringLiteral("PW v3 says this payment is already refunded (code 32: Already refunded). "
                            "Nothing more was refunded."));
    QCOMPARE(executedRefunds().size(), 1);
    QCOMPARE(m_sandbox.requestCount(refundRoute), 2);
}

void TestContractPwV3::partialRefunds()
{
    PwV3Gateway pw = gateway(partialKey, true);
    const Sale paid = sale(partialKey, visaReference);
    const Refund first = newRefund(paid, 1000, 0);
    const Refund second = newRefund(paid, 1500, 1000);
    QCOMPARE(refund(pw, paid, first).status, RefundStatus::Succeeded);
    QCOMPARE(refund(pw, paid, second).status, RefundStatus::Succeeded);

    // 24.99 are left: 25.00 is more (the sandbox's code 33).
    const RefundResult over = refund(pw, paid, newRefund(paid, 2500, 2500));
    QCOMPARE(over.outcome, GatewayOutcome::Declined);
    QCOMPARE(over.gatewayCode, QStringLiteral("33"));
    QVERIFY(over.message.endsWith(QStringLiteral("Nothing was refunded.")));

    const QJsonArray executed = executedRefunds();
    QCOMPARE(executed.size(), 2);
    QCOMPARE(executed.at(0).toObject().value(u"amount_minor").toInteger(), 1000);
    QCOMPARE(executed.at(1).toObject().value(u"amount_minor").toInteger(), 1500);
    QCOMPARE(executed.at(1).toObject().value(u"refund_id").toString(), referenceNo(second));

    // The latest refund is confirmed: the total rose by exactly its amount.
    RefundResult resolved = resolve(pw, paid, second);
    QCOMPARE(resolved.outcome, GatewayOutcome::Ok);
    QCOMPARE(resolved.status, RefundStatus::Succeeded);
    // For the first, a later refund moved the total too: it cannot be told apart, and a
    // person decides (needs_review) rather than RefundDesk guessing.
    resolved = resolve(pw, paid, first);
    QCOMPARE(resolved.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(resolved.message,
             QStringLiteral("PW v3's refunded total for the payment went from EUR 0.00 to EUR 25.00, "
                            "which does not match this refund of EUR 10.00. Check the payment in "
                            "PW's back office."));
    QCOMPARE(m_sandbox.requestCount(refundRoute), 3);
}

void TestContractPwV3::partialRefusedLocally()
{
    PwV3Gateway pw = gateway(fullOnlyKey, false);
    QVERIFY(!pw.capabilities().partialRefunds);
    const Sale paid = sale(fullOnlyKey, cardReference);
    const RefundResult result = refund(pw, paid, newRefund(paid, 1000, 0));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QCOMPARE(result.message,
             QStringLiteral("This PW v3 account cannot make partial refunds (PW enables them per "
                            "account; see partial_refunds in the settings). Refund the full amount, or "
                            "refund the customer another way."));
    QCOMPARE(m_sandbox.requestCount(refundRoute), 0);
}

void TestContractPwV3::partialDeclinedWhenTheSettingsAreWrong()
{
    // The settings claim partial refunds, the account has none: PW says no (code 30).
    PwV3Gateway pw = gateway(fullOnlyKey, true);
    const Sale paid = sale(fullOnlyKey, cardReference);
    const RefundResult result = refund(pw, paid, newRefund(paid, 1000, 0));
    QCOMPARE(result.outcome, GatewayOutcome::Declined);
    QCOMPARE(result.gatewayCode, QStringLiteral("30"));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPwV3::methodRefusedLocally()
{
    PwV3Gateway pw = gateway(partialKey, true);
    const Sale paid = sale(partialKey, sofortReference);
    QCOMPARE(paid.method, QStringLiteral("SOFORT"));
    const RefundResult result = refund(pw, paid, newRefund(paid, 1550, 0, true));
    QCOMPARE(result.outcome, GatewayOutcome::Refused);
    QCOMPARE(result.message,
             QStringLiteral("PW v3 cannot refund payments made with SOFORT; only CREDITCARD, VISA, "
                            "GIFTCARD, IDEAL, CUP, PAYPAL can be refunded. Refund the customer another "
                            "way."));
    QCOMPARE(m_sandbox.requestCount(refundRoute), 0);
}

void TestContractPwV3::methodDeclinedByTheGateway()
{
    // Should RefundDesk's record of the method be wrong, PW's own answer still stops it.
    PwV3Gateway pw = gateway(partialKey, true);
    Sale paid = sale(partialKey, sofortReference);
    paid.method = QStringLiteral("VISA");
    const RefundResult result = refund(pw, paid, newRefund(paid, 1550, 0, true));
    QCOMPARE(result.outcome, GatewayOutcome::Declined);
    QCOMPARE(result.gatewayCode, QStringLiteral("31"));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPwV3::declinedPayment()
{
    PwV3Gateway pw = gateway(partialKey, true);
    Sale paid = sale(partialKey, declinedReference);
    QVERIFY(!paid.gatewaySaysRefundable);
    const RefundResult result = refund(pw, paid, newRefund(paid, 3000, 0, true));
    QCOMPARE(result.outcome, GatewayOutcome::Declined);
    QCOMPARE(result.gatewayCode, QStringLiteral("34"));
    QCOMPARE(executedRefunds().size(), 0);
}

void TestContractPwV3::refundFaults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("full");
    QTest::addColumn<GatewayOutcome>("outcome");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("executed");
    QTest::addColumn<GatewayOutcome>("resolved");

    for (const bool full : {true, false}) {
        const char *kind = full ? "full, " : "partial, ";
        const auto row = [kind](const char *name) -> QTestData & {
            return QTest::addRow("%s%s", kind, name);
        };
        // Before executing: nothing happened, and the lost-answer rule shows that.
        row("http500") << QStringLiteral("http500") << full << GatewayOutcome::OutcomeUnknown << 0 << 0
                       << GatewayOutcome::NotExecuted;
        row("reset") << QStringLiteral("reset") << full << GatewayOutcome::OutcomeUnknown << 0 << 0
                     << GatewayOutcome::NotExecuted;
        row("rate-limit") << QStringLiteral("rate-limit:30") << full << GatewayOutcome::NotExecuted << 30 << 0
                          << GatewayOutcome::NotExecuted;
        // After executing: never "failed"; the refunded total shows the one refund.
        row("drop-after") << QStringLiteral("drop-after") << full << GatewayOutcome::OutcomeUnknown << 0 << 1
                          << GatewayOutcome::Ok;
        row("delay-after beyond the timeout") << QStringLiteral("delay-after:3500") << full
                                              << GatewayOutcome::OutcomeUnknown << 0 << 1 << GatewayOutcome::Ok;
        row("malformed") << QStringLiteral("malformed") << full << GatewayOutcome::OutcomeUnknown << 0 << 1
                         << GatewayOutcome::Ok;
    }
}

void TestContractPwV3::refundFaults()
{
    QFETCH(QString, mode);
    QFETCH(bool, full);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(int, retryAfter);
    QFETCH(int, executed);
    QFETCH(GatewayOutcome, resolved);

    PwV3Gateway pw = gateway(partialKey, true);
    const Sale paid = sale(partialKey, visaReference);
    const Refund attempt = newRefund(paid, full ? 4999 : 1234, 0, full);
    QVERIFY2(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), mode),
             qPrintable(m_sandbox.lastError()));
    const RefundResult result = refund(pw, paid, attempt);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), executed);

    const RefundResult check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, resolved);
    if (resolved == GatewayOutcome::Ok) {
        QCOMPARE(check.status, RefundStatus::Succeeded);
        QCOMPARE(executedRefunds().first().toObject().value(u"refund_id").toString(), referenceNo(attempt));
    } else {
        QCOMPARE(check.message,
                 QStringLiteral("PW v3's refunded total for the payment is unchanged (EUR 0.00): the "
                                "refund was not made."));
    }
    // The rule only asked (the status call): the refund was sent once, executed at most once.
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(m_sandbox.requestCount(statusRoute), 2);
    QCOMPARE(executedRefunds().size(), executed);
}

void TestContractPwV3::lostAnswerWhileTheStatusCallFails()
{
    PwV3Gateway pw = gateway(partialKey, true);
    const Sale paid = sale(partialKey, visaReference);
    const Refund attempt = newRefund(paid, 700, 0);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("drop-after")));
    QCOMPARE(refund(pw, paid, attempt).outcome, GatewayOutcome::OutcomeUnknown);

    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("http500")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("rate-limit:9")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("malformed")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("delay-after:3500")));
    RefundResult check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(check.retryAfterSeconds, 9);
    check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    QVERIFY(check.message.startsWith(
        QStringLiteral("RefundDesk could not yet check with PW v3 whether the refund was made: ")));

    check = resolve(pw, paid, attempt);
    QCOMPARE(check.outcome, GatewayOutcome::Ok);
    QCOMPARE(check.status, RefundStatus::Succeeded);
    QCOMPARE(m_sandbox.requestCount(refundRoute), 1);
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractPwV3::lostAnswerWithoutTheFigureFromBefore()
{
    PwV3Gateway pw = gateway(partialKey, true);
    const Sale paid = sale(partialKey, visaReference);

    // Nothing refunded at all: not executed, even without the figure from before.
    const Refund lost = newRefund(paid, 700, std::nullopt);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("http500")));
    QCOMPARE(refund(pw, paid, lost).outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(resolve(pw, paid, lost).outcome, GatewayOutcome::NotExecuted);

    // Something refunded: without the figure RefundDesk cannot tell whose it is.
    const Refund executed = newRefund(paid, 700, std::nullopt);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("drop-after")));
    QCOMPARE(refund(pw, paid, executed).outcome, GatewayOutcome::OutcomeUnknown);
    const RefundResult check = resolve(pw, paid, executed);
    QCOMPARE(check.outcome, GatewayOutcome::OutcomeUnknown);
    QCOMPARE(check.message,
             QStringLiteral("PW v3 shows EUR 7.00 refunded on the payment, and RefundDesk did not record "
                            "how much that was before this refund, so it cannot tell whether this "
                            "refund of EUR 7.00 was made. Check the payment in PW's back office."));
    QCOMPARE(executedRefunds().size(), 1);
}

void TestContractPwV3::lookupFaults_data()
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

void TestContractPwV3::lookupFaults()
{
    QFETCH(QString, mode);
    QFETCH(GatewayOutcome, outcome);
    QFETCH(int, retryAfter);

    PwV3Gateway pw = gateway(partialKey, true);
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), mode));
    LookupResult result;
    QVERIFY(lookup(pw, byReference(visaReference), result));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.retryAfterSeconds, retryAfter);
    QVERIFY(!result.message.isEmpty());
}

void TestContractPwV3::auditTrailHidesTheApiKey()
{
    PwV3Account account;
    account.baseUrl = m_sandbox.url(QString());
    account.apiKey = fullOnlyKey;
    QList<std::pair<QString, QByteArray>> audit;
    GatewayContext context;
    context.network = &m_network;
    context.auditSink = [&audit](const QString &direction, const QByteArray &text) {
        audit.append({direction, text});
    };
    PwV3Gateway pw(account, context);

    const Sale paid = sale(fullOnlyKey, cardReference);
    const Refund full = newRefund(paid, 12000, 0, true);
    QCOMPARE(refund(pw, paid, full).status, RefundStatus::Succeeded);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).first, QStringLiteral("request"));
    QVERIFY(audit.at(0).second.contains("apiKey=****"));
    QVERIFY(audit.at(0).second.contains("referenceNo=" + referenceNo(full).toLatin1()));
    QVERIFY(!audit.at(0).second.contains("amount="));
    QCOMPARE(audit.at(1).first, QStringLiteral("response"));
    QVERIFY(audit.at(1).second.contains("APPROVED"));
    for (const auto &[direction, text] : audit)
        QVERIFY2(!text.contains(fullOnlyKey.toLatin1()), text.constData());
}

QTEST_GUILESS_MAIN(TestContractPwV3)
#include "tst_contract_pwv3.moc"
