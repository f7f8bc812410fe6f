#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace RefundDesk;

namespace {

const QString kPwRoute = QStringLiteral("POST /pw/v3/payment/refund");
const QByteArray kSecPaidToken = QByteArrayLiteral("secpaid-sandbox-token-main");

} // namespace

// Each fault mode, seen from the client and from what the sandbox really executed.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void http500BeforeExecuting();
    void resetBeforeExecuting();
    void rateLimitBeforeExecuting();
    void dropAfterExecuting();
    void delayAfterExecuting();
    void malformedAfterExecuting();
    void countStrikesSeveralRequests();
    void faultsStrikeOnlyTheirOperation();
    void faultListAndClear();
    void badFaultsAreRefused_data();
    void badFaultsAreRefused();
    void faultsFromTheCommandLine();

private:
    // A full PW refund of 529-1438673740-2 (120.00 EUR): refundable exactly once.
    TestHttpClient::Reply pwRefund(SandboxProcess &sandbox, const QString &referenceNo = QStringLiteral("rd-f"));
    int executedRefunds() { return static_cast<int>(m_sandbox.state().value(u"refunds").toArray().size()); }

    SandboxProcess m_sandbox;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxFaults::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
}

TestHttpClient::Reply TestSandboxFaults::pwRefund(SandboxProcess &sandbox, const QString &referenceNo)
{
    return sandbox.http().postForm(sandbox.url(QStringLiteral("/pw/v3/payment/refund")),
                                   {{QStringLiteral("apiKey"), QStringLiteral("8c0b6e3f2a9d4e51b7c3a0f96d2e1b58")},
                                    {QStringLiteral("transactionId"), QStringLiteral("529-1438673740-2")},
                                    {QStringLiteral("referenceNo"), referenceNo}});
}

void TestSandboxFaults::http500BeforeExecuting()
{
    QVERIFY2(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("http500")),
             qPrintable(m_sandbox.lastError()));
    const auto reply = pwRefund(m_sandbox);
    QCOMPARE(reply.status, 500);
    QCOMPARE(executedRefunds(), 0);
    QCOMPARE(m_sandbox.requestCount(kPwRoute), 1);
    // The fault is spent: the next request goes through.
    QCOMPARE(pwRefund(m_sandbox).json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(executedRefunds(), 1);
}

void TestSandboxFaults::resetBeforeExecuting()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("reset")));
    const auto reply = pwRefund(m_sandbox);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(m_sandbox.requestCount(kPwRoute), 1); // received once, not re-sent behind our back
    QCOMPARE(executedRefunds(), 0);
}

void TestSandboxFaults::rateLimitBeforeExecuting()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), QStringLiteral("rate-limit:42")));
    const auto reply = m_sandbox.http().post(
        m_sandbox.url(QStringLiteral("/api/v2/refundPayment")), QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":1}"), {{QByteArrayLiteral("token"), kSecPaidToken}});
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("retry-after"), QByteArrayLiteral("42"));
    QCOMPARE(executedRefunds(), 0);
}

void TestSandboxFaults::dropAfterExecuting()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("drop-after")));
    const auto reply = pwRefund(m_sandbox);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(m_sandbox.requestCount(kPwRoute), 1);
    // Executed once although the client got no answer: what the lost-answer rules are for.
    const QJsonArray refunds = m_sandbox.state().value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().toObject().value(u"refund_id").toString(), QStringLiteral("rd-f"));
    // PW's lost-answer rule: asking again says "Already refunded".
    QCOMPARE(pwRefund(m_sandbox).json().value(u"code"), QJsonValue(32));
}

void TestSandboxFaults::delayAfterExecuting()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("delay-after:800")));
    const auto reply = pwRefund(m_sandbox);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QVERIFY2(reply.elapsedMs >= 750, qPrintable(QString::number(reply.elapsedMs)));
    QCOMPARE(executedRefunds(), 1);

    // A client that gives up first leaves the refund executed all the same.
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("delay-after:3000")));
    TestHttpClient impatient;
    impatient.setTimeoutMs(300);
    const auto status =
        impatient.postForm(m_sandbox.url(QStringLiteral("/pw/v3/payment/status")),
                           {{QStringLiteral("apiKey"), QStringLiteral("8c0b6e3f2a9d4e51b7c3a0f96d2e1b58")},
                            {QStringLiteral("referenceNo"), QStringLiteral("rd-f")}});
    QCOMPARE(status.status, 0);
    QCOMPARE(status.error, QNetworkReply::OperationCanceledError);
}

void TestSandboxFaults::malformedAfterExecuting()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("secpaid"), QStringLiteral("refund"), QStringLiteral("malformed")));
    const auto reply = m_sandbox.http().post(
        m_sandbox.url(QStringLiteral("/api/v2/refundPayment")), QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"pay_id\":12345,\"refund_amount\":1}"), {{QByteArrayLiteral("token"), kSecPaidToken}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(executedRefunds(), 1);
}

void TestSandboxFaults::countStrikesSeveralRequests()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("refund"), QStringLiteral("http500"), 2));
    QCOMPARE(pwRefund(m_sandbox).status, 500);
    QCOMPARE(pwRefund(m_sandbox).status, 500);
    QCOMPARE(pwRefund(m_sandbox).json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(m_sandbox.requestCount(kPwRoute), 3);
    QCOMPARE(executedRefunds(), 1);
}

void TestSandboxFaults::faultsStrikeOnlyTheirOperation()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("pwv3"), QStringLiteral("status"), QStringLiteral("http500")));
    QVERIFY(m_sandbox.addFault(QStringLiteral("pockyt"), QStringLiteral("refund"), QStringLiteral("http500")));
    QCOMPARE(pwRefund(m_sandbox).json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(m_sandbox.state().value(u"faults").toArray().size(), 2);
}

void TestSandboxFaults::faultListAndClear()
{
    QVERIFY(
        m_sandbox.addFault(QStringLiteral("paynet"), QStringLiteral("query"), QStringLiteral("delay-after:100"), 3));
    const auto listed = m_sandbox.http().get(m_sandbox.url(QStringLiteral("/_admin/faults")));
    const QJsonArray faults = listed.json().value(u"faults").toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.first().toObject().value(u"gateway").toString(), QStringLiteral("paynet"));
    QCOMPARE(faults.first().toObject().value(u"operation").toString(), QStringLiteral("query"));
    QCOMPARE(faults.first().toObject().value(u"mode").toString(), QStringLiteral("delay-after:100"));
    QCOMPARE(faults.first().toObject().value(u"remaining").toInt(), 3);
    QVERIFY(m_sandbox.clearFaults());
    QCOMPARE(m_sandbox.state().value(u"faults").toArray().size(), 0);
}

void TestSandboxFaults::badFaultsAreRefused_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("count");
    QTest::newRow("unknown gateway") << QStringLiteral("stripe") << QStringLiteral("refund") << QStringLiteral("reset")
                                     << 1;
    QTest::newRow("PW has no query") << QStringLiteral("pwv3") << QStringLiteral("query") << QStringLiteral("reset")
                                     << 1;
    QTest::newRow("unknown mode") << QStringLiteral("pwv3") << QStringLiteral("refund") << QStringLiteral("explode")
                                  << 1;
    QTest::newRow("delay without ms") << QStringLiteral("pwv3") << QStringLiteral("refund")
                                      << QStringLiteral("delay-after") << 1;
    QTest::newRow("rate limit of 0 s") << QStringLiteral("pwv3") << QStringLiteral("refund")
                                       << QStringLiteral("rate-limit:0") << 1;
    QTest::newRow("reset with a parameter")
        << QStringLiteral("pwv3") << QStringLiteral("refund") << QStringLiteral("reset:5") << 1;
    QTest::newRow("count 0") << QStringLiteral("pwv3") << QStringLiteral("refund") << QStringLiteral("reset") << 0;
}

void TestSandboxFaults::badFaultsAreRefused()
{
    QFETCH(QString, gateway);
    QFETCH(QString, operation);
    QFETCH(QString, mode);
    QFETCH(int, count);
    QVERIFY(!m_sandbox.addFault(gateway, operation, mode, count));
    QVERIFY(m_sandbox.lastError().contains(QStringLiteral("-> 400")));
    QCOMPARE(m_sandbox.state().value(u"faults").toArray().size(), 0);
}

void TestSandboxFaults::faultsFromTheCommandLine()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("pwv3:refund:http500:2"),
                            QStringLiteral("--fault"), QStringLiteral("pwv3:refund:rate-limit:7")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
    QCOMPARE(pwRefund(sandbox).status, 500);
    QCOMPARE(pwRefund(sandbox).status, 500);
    const auto limited = pwRefund(sandbox);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArrayLiteral("7"));
    QCOMPARE(pwRefund(sandbox).status, 200);

    QProcess bad;
    bad.start(SandboxProcess::executablePath(), {QStringLiteral("--fault"), QStringLiteral("pwv3:refund:delay-after")});
    QVERIFY(bad.waitForFinished(15000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("delay-after"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
