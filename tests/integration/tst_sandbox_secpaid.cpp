#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace RefundDesk;

namespace {

const QByteArray kToken = QByteArrayLiteral("secpaid-sandbox-token-main");
const QByteArray kSuccess = QByteArrayLiteral(
    "{\"ResponseCode\":1,\"ResponseMsg\":\"Refund request has been sent successfully, You will get update within 5-10 "
    "days\",\"Result\":\"True\",\"ServerTime\":\"CEST\"}");

QByteArray errorBody(const QString &message)
{
    return QStringLiteral("{\"ResponseCode\":0,\"ResponseMsg\":\"%1\",\"Result\":\"False\",\"ServerTime\":\"CEST\"}")
        .arg(message)
        .toUtf8();
}

} // namespace

class TestSandboxSecPaid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refundRequestIsPending();
    void refundAmountIsReadExactly_data();
    void refundAmountIsReadExactly();
    void documentedErrors_data();
    void documentedErrors();
    void secondRequestIsRefused();
    void invalidToken();
    void approvalShowsInTransactions();
    void rejectionShowsInTransactions();
    void transactionsNeedSinceAndLimit();

private:
    TestHttpClient::Reply refund(const QByteArray &body, const QByteArray &token = kToken);
    TestHttpClient::Reply transactions(const QByteArray &body);

    SandboxProcess m_sandbox;
};

void TestSandboxSecPaid::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxSecPaid::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
}

TestHttpClient::Reply TestSandboxSecPaid::refund(const QByteArray &body, const QByteArray &token)
{
    return m_sandbox.http().post(m_sandbox.url(QStringLiteral("/api/v2/refundPayment")),
                                 QByteArrayLiteral("application/json"), body, {{QByteArrayLiteral("token"), token}});
}

TestHttpClient::Reply TestSandboxSecPaid::transactions(const QByteArray &body)
{
    return m_sandbox.http().post(m_sandbox.url(QStringLiteral("/api/v2/getPayInTransactions")),
                                 QByteArrayLiteral("application/json"), body, {{QByteArrayLiteral("token"), kToken}});
}

void TestSandboxSecPaid::refundRequestIsPending()
{
    const auto reply =
        refund(QByteArrayLiteral("{\"pay_id\": 12345, \"refund_amount\": 49.99, \"isFullRefund\": true}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, kSuccess);
    const QJsonArray refunds = m_sandbox.state().value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 1);
    const QJsonObject executed = refunds.first().toObject();
    QCOMPARE(executed.value(u"gateway").toString(), QStringLiteral("secpaid"));
    QCOMPARE(executed.value(u"sale").toString(), QStringLiteral("12345"));
    QCOMPARE(executed.value(u"amount_minor").toInteger(), 4999);
    QCOMPARE(executed.value(u"status").toString(), QStringLiteral("Pending"));
}

void TestSandboxSecPaid::refundAmountIsReadExactly_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<qint64>("minor");
    // 19.99 through a double and *100 truncates to 1998 (GATEWAYS.md, general rules).
    QTest::newRow("19.99") << QByteArrayLiteral("19.99") << qint64(1999);
    QTest::newRow("0.29") << QByteArrayLiteral("0.29") << qint64(29);
    QTest::newRow("20") << QByteArrayLiteral("20") << qint64(2000);
    QTest::newRow("20.0") << QByteArrayLiteral("20.0") << qint64(2000);
    QTest::newRow("49.990") << QByteArrayLiteral("49.990") << qint64(4999);
}

void TestSandboxSecPaid::refundAmountIsReadExactly()
{
    QFETCH(QByteArray, amount);
    QFETCH(qint64, minor);
    QCOMPARE(refund("{\"pay_id\":12345,\"refund_amount\":" + amount + "}").body, kSuccess);
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().first().toObject().value(u"amount_minor").toInteger(),
             minor);
}

void TestSandboxSecPaid::documentedErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("no pay_id") << QByteArrayLiteral("{\"refund_amount\":10}") << QStringLiteral("Please enter pay_id");
    QTest::newRow("null pay_id") << QByteArrayLiteral("{\"pay_id\":null,\"refund_amount\":10}")
                                 << QStringLiteral("Please enter pay_id");
    QTest::newRow("no refund_amount") << QByteArrayLiteral("{\"pay_id\":12345}")
                                      << QStringLiteral("Please enter refund_amount");
    QTest::newRow("full refund without refund_amount") << QByteArrayLiteral("{\"pay_id\":12345,\"isFullRefund\":true}")
                                                       << QStringLiteral("Please enter refund_amount");
    QTest::newRow("unknown link") << QByteArrayLiteral("{\"pay_id\":99999,\"refund_amount\":10}")
                                  << QStringLiteral("Invalid link ID");
    QTest::newRow("another user's link") << QByteArrayLiteral("{\"pay_id\":12349,\"refund_amount\":10}")
                                         << QStringLiteral("Invalid link ID");
    QTest::newRow("pay_id as text") << QByteArrayLiteral("{\"pay_id\":\"12345\",\"refund_amount\":10}")
                                    << QStringLiteral("Invalid link ID");
    QTest::newRow("cancelled link") << QByteArrayLiteral("{\"pay_id\":12347,\"refund_amount\":10}")
                                    << QStringLiteral("Link is cancelled");
    QTest::newRow("disputed") << QByteArrayLiteral("{\"pay_id\":12348,\"refund_amount\":10}")
                              << QStringLiteral("Refund blocked by dispute");
    QTest::newRow("zero") << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":0}")
                          << QStringLiteral("Invalid refund amount");
    QTest::newRow("negative") << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":-1}")
                              << QStringLiteral("Invalid refund amount");
    QTest::newRow("more than the payment")
        << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":50.00}") << QStringLiteral("Invalid refund amount");
    QTest::newRow("three decimals") << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":20.001}")
                                    << QStringLiteral("Invalid refund amount");
    QTest::newRow("exponent") << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":2e1}")
                              << QStringLiteral("Invalid refund amount");
    QTest::newRow("amount as text") << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":\"20.00\"}")
                                    << QStringLiteral("Invalid refund amount");
    QTest::newRow("full refund of less than the payment")
        << QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":20.00,\"isFullRefund\":true}")
        << QStringLiteral("Invalid refund amount");
}

void TestSandboxSecPaid::documentedErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto reply = refund(body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, errorBody(message));
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

void TestSandboxSecPaid::secondRequestIsRefused()
{
    QCOMPARE(refund(QByteArrayLiteral("{\"pay_id\":12346,\"refund_amount\":5.00}")).body, kSuccess);
    QCOMPARE(refund(QByteArrayLiteral("{\"pay_id\":12346,\"refund_amount\":5.00}")).body,
             errorBody(QStringLiteral("Refund already requested")));
    // Even after a rejection: one refund request per payment.
    QVERIFY2(m_sandbox.secPaidReview(12346, false), qPrintable(m_sandbox.lastError()));
    QCOMPARE(refund(QByteArrayLiteral("{\"pay_id\":12346,\"refund_amount\":5.00}")).body,
             errorBody(QStringLiteral("Refund already requested")));
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 1);
}

void TestSandboxSecPaid::invalidToken()
{
    for (const QByteArray &token : {QByteArrayLiteral("wrong"), QByteArray()}) {
        const auto reply = refund(QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":1}"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body, errorBody(QStringLiteral("Invalid token")));
    }
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

void TestSandboxSecPaid::approvalShowsInTransactions()
{
    QCOMPARE(refund(QByteArrayLiteral("{\"pay_id\":12350,\"refund_amount\":19.99}")).body, kSuccess);
    const QByteArray query = QByteArrayLiteral("{\"since\":\"2000-01-01\",\"limit\":10,\"pay_id\":12350}");

    auto reply = transactions(query);
    QCOMPARE(reply.status, 200);
    // Amounts are JSON numbers written exactly: the refund negative.
    QVERIFY2(reply.body.contains("\"amount\":-19.99,"), reply.body.constData());
    QVERIFY2(reply.body.contains("\"amount\":99.90,"), reply.body.constData());
    QJsonObject json = reply.json();
    QCOMPARE(json.value(u"ResponseCode").toInt(), 1);
    QJsonArray entries = json.value(u"data").toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject refundEntry = entries.at(0).toObject(); // newest first
    const QJsonObject payment = entries.at(1).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}-pi-"))
                .match(refundEntry.value(u"transaction_id").toString())
                .hasMatch());
    QCOMPARE(refundEntry.value(u"status").toString(), QStringLiteral("Pending"));
    QCOMPARE(refundEntry.value(u"is_refund").toBool(), true);
    QCOMPARE(refundEntry.value(u"transaction_type").toString(), QStringLiteral("Refund"));
    QCOMPARE(refundEntry.value(u"pay_id").toInteger(), 12350);
    QCOMPARE(payment.value(u"transaction_id").toString().right(9), QStringLiteral("-pi-12350"));
    QCOMPARE(payment.value(u"status").toString(), QStringLiteral("Success"));
    QCOMPARE(payment.value(u"is_refund").toBool(), false);
    QCOMPARE(payment.value(u"transaction_type").toString(), QStringLiteral("Payment"));

    QVERIFY2(m_sandbox.secPaidReview(12350, true), qPrintable(m_sandbox.lastError()));
    entries = transactions(query).json().value(u"data").toArray();
    QCOMPARE(entries.at(0).toObject().value(u"status").toString(), QStringLiteral("Success"));
    // Decided once only.
    QVERIFY(!m_sandbox.secPaidReview(12350, false));
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().first().toObject().value(u"status").toString(),
             QStringLiteral("Success"));

    // limit counts entries, newest first.
    entries = transactions(QByteArrayLiteral("{\"since\":\"2000-01-01\",\"limit\":1,\"pay_id\":12350}"))
                  .json()
                  .value(u"data")
                  .toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"is_refund").toBool(), true);
}

void TestSandboxSecPaid::rejectionShowsInTransactions()
{
    QCOMPARE(refund(QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":10}")).body, kSuccess);
    QVERIFY2(m_sandbox.secPaidReview(12345, false), qPrintable(m_sandbox.lastError()));
    const QJsonArray entries = transactions(QByteArrayLiteral("{\"since\":\"2000-01-01T00:00:00Z\",\"limit\":5,"
                                                              "\"pay_id\":12345}"))
                                   .json()
                                   .value(u"data")
                                   .toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"status").toString(), QStringLiteral("Rejected"));
    const QJsonObject state = m_sandbox.state();
    QCOMPARE(state.value(u"refunds").toArray().first().toObject().value(u"released").toBool(), true);
}

void TestSandboxSecPaid::transactionsNeedSinceAndLimit()
{
    QCOMPARE(transactions(QByteArrayLiteral("{\"limit\":5}")).body, errorBody(QStringLiteral("Please enter since")));
    QCOMPARE(transactions(QByteArrayLiteral("{\"since\":\"2000-01-01\"}")).body,
             errorBody(QStringLiteral("Please enter limit")));
    QCOMPARE(transactions(QByteArrayLiteral("{\"since\":\"yesterday\",\"limit\":5}")).body,
             errorBody(QStringLiteral("Invalid since")));
    QCOMPARE(transactions(QByteArrayLiteral("{\"since\":\"2000-01-01\",\"limit\":0}")).body,
             errorBody(QStringLiteral("Invalid limit")));
    QCOMPARE(transactions(QByteArrayLiteral("{\"since\":\"2000-01-01\",\"limit\":5,\"pay_id\":12349}")).body,
             errorBody(QStringLiteral("Invalid link ID")));
    // Without pay_id: every paid link of this account (12345, 12346, 12348, 12350), not
    // the cancelled one nor the other account's.
    const QJsonArray entries =
        transactions(QByteArrayLiteral("{\"since\":\"2000-01-01\",\"limit\":100}")).json().value(u"data").toArray();
    QCOMPARE(entries.size(), 4);
}

QTEST_GUILESS_MAIN(TestSandboxSecPaid)
#include "tst_sandbox_secpaid.moc"
