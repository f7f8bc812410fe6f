#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace RefundDesk;

namespace {

using Params = QList<std::pair<QString, QString>>;

const QString kPartialKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04");
const QString kFullOnlyKey = QStringLiteral("8c0b6e3f2a9d4e51b7c3a0f96d2e1b58");
const QString kVisa = QStringLiteral("529-1438673740-1"); // 49.99 EUR, partial account
const QString kCard = QStringLiteral("529-1438673740-2"); // 120.00 EUR, full-only account
const QString kSofort = QStringLiteral("529-1438673740-3"); // partial account
const QString kDeclined = QStringLiteral("529-1438673740-4"); // partial account

Params refundParams(const QString &apiKey, const QString &transactionId, const QString &referenceNo)
{
    return {{QStringLiteral("apiKey"), apiKey},
            {QStringLiteral("transactionId"), transactionId},
            {QStringLiteral("referenceNo"), referenceNo}};
}

Params partial(Params params, const QString &amount, const QString &currency = QStringLiteral("EUR"))
{
    if (!amount.isEmpty())
        params.append({QStringLiteral("amount"), amount});
    if (!currency.isEmpty())
        params.append({QStringLiteral("currency"), currency});
    return params;
}

} // namespace

class TestSandboxPwV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fullRefundSendsNoAmount();
    void partialRefundsOnAnEnabledAccount();
    void askingAgainAnswersAlreadyRefunded();
    void jsonBodyWithNumberAmount();
    void statusReportsRefundedAmount();
    void statusOfUnknownReference();
    void invalidApiKey();
    void declines_data();
    void declines();

private:
    TestHttpClient::Reply refund(const Params &params);
    TestHttpClient::Reply status(const QString &apiKey, const QString &referenceNo);

    SandboxProcess m_sandbox;
};

void TestSandboxPwV3::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxPwV3::init()
{
    QVERIFY2(m_sandbox.reset(), qPrintable(m_sandbox.lastError()));
}

TestHttpClient::Reply TestSandboxPwV3::refund(const Params &params)
{
    return m_sandbox.http().postForm(m_sandbox.url(QStringLiteral("/pw/v3/payment/refund")), params);
}

TestHttpClient::Reply TestSandboxPwV3::status(const QString &apiKey, const QString &referenceNo)
{
    return m_sandbox.http().postForm(
        m_sandbox.url(QStringLiteral("/pw/v3/payment/status")),
        {{QStringLiteral("apiKey"), apiKey}, {QStringLiteral("referenceNo"), referenceNo}});
}

void TestSandboxPwV3::fullRefundSendsNoAmount()
{
    const auto reply = refund(refundParams(kFullOnlyKey, kCard, QStringLiteral("rd-full")));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    // Exactly the documented APPROVED answer: "code" is the string "00", amount a string of cents.
    QCOMPARE(json.value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("APPROVED"));
    QCOMPARE(json.value(u"message").toString(), QStringLiteral("Approved"));
    QCOMPARE(json.value(u"transactionId").toString(), kCard);
    QCOMPARE(json.value(u"referenceNo").toString(), QStringLiteral("rd-full"));
    QCOMPARE(json.value(u"amount"), QJsonValue(QStringLiteral("12000")));
    QCOMPARE(json.value(u"currency").toString(), QStringLiteral("EUR"));
    QVERIFY(json.value(u"date").isDouble());
    QVERIFY(std::abs(json.value(u"date").toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(json.value(u"isLive"), QJsonValue(false));

    const QJsonArray refunds = m_sandbox.state().value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().toObject().value(u"refund_id").toString(), QStringLiteral("rd-full"));
    QCOMPARE(refunds.first().toObject().value(u"amount_minor").toInteger(), 12000);
}

void TestSandboxPwV3::partialRefundsOnAnEnabledAccount()
{
    const auto first =
        refund(partial(refundParams(kPartialKey, kVisa, QStringLiteral("rd-p1")), QStringLiteral("1000")));
    QCOMPARE(first.json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(first.json().value(u"amount"), QJsonValue(QStringLiteral("1000")));
    // The rest, as a full refund without amount: 49.99 - 10.00.
    const auto rest = refund(refundParams(kPartialKey, kVisa, QStringLiteral("rd-p2")));
    QCOMPARE(rest.json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(rest.json().value(u"amount"), QJsonValue(QStringLiteral("3999")));
    const auto more = refund(refundParams(kPartialKey, kVisa, QStringLiteral("rd-p3")));
    QCOMPARE(more.json().value(u"code"), QJsonValue(32));
    QCOMPARE(more.json().value(u"message").toString(), QStringLiteral("Already refunded"));
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 2);
}

void TestSandboxPwV3::askingAgainAnswersAlreadyRefunded()
{
    // GATEWAYS.md §2, lost answer: asking again for the same referenceNo never refunds twice.
    const Params params = partial(refundParams(kPartialKey, kVisa, QStringLiteral("rd-again")), QStringLiteral("500"));
    QCOMPARE(refund(params).json().value(u"code"), QJsonValue(QStringLiteral("00")));
    const auto again = refund(params);
    QCOMPARE(again.status, 200);
    const QJsonObject json = again.json();
    QCOMPARE(json.value(u"code"), QJsonValue(32));
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("DECLINED"));
    QCOMPARE(json.value(u"message").toString(), QStringLiteral("Already refunded"));
    QCOMPARE(json.value(u"transactionId").toString(), kVisa);
    QCOMPARE(json.value(u"referenceNo").toString(), QStringLiteral("rd-again"));
    QCOMPARE(json.value(u"amount"), QJsonValue(QStringLiteral("500")));
    QCOMPARE(json.value(u"currency").toString(), QStringLiteral("EUR"));
    QVERIFY(json.value(u"date").isDouble());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 1);
}

void TestSandboxPwV3::jsonBodyWithNumberAmount()
{
    const auto reply = m_sandbox.http().post(m_sandbox.url(QStringLiteral("/pw/v3/payment/refund")),
                                             QByteArrayLiteral("application/json"),
                                             QByteArrayLiteral("{\"apiKey\":\"4d41d21a935f5bba9dee7c7be4a7ca04\","
                                                               "\"transactionId\":\"529-1438673740-1\","
                                                               "\"referenceNo\":\"rd-json\",\"amount\":1999,"
                                                               "\"currency\":\"EUR\"}"));
    QCOMPARE(reply.json().value(u"code"), QJsonValue(QStringLiteral("00")));
    QCOMPARE(reply.json().value(u"amount"), QJsonValue(QStringLiteral("1999")));
}

void TestSandboxPwV3::statusReportsRefundedAmount()
{
    QCOMPARE(refund(partial(refundParams(kPartialKey, kVisa, QStringLiteral("rd-s1")), QStringLiteral("1234")))
                 .json()
                 .value(u"code"),
             QJsonValue(QStringLiteral("00")));
    for (const QString &referenceNo : {QStringLiteral("rd-s1"), QStringLiteral("1-1438673740-0001-01")}) {
        const auto reply = status(kPartialKey, referenceNo);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"code"), QJsonValue(QStringLiteral("00")));
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("APPROVED"));
        QCOMPARE(json.value(u"transactionId").toString(), kVisa);
        QCOMPARE(json.value(u"referenceNo").toString(), referenceNo);
        QCOMPARE(json.value(u"amount"), QJsonValue(QStringLiteral("4999")));
        QCOMPARE(json.value(u"currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(u"paymentMethod").toString(), QStringLiteral("VISA"));
        QCOMPARE(json.value(u"refundedAmount"), QJsonValue(QStringLiteral("1234")));
        QVERIFY(json.value(u"date").isDouble());
    }
}

void TestSandboxPwV3::statusOfUnknownReference()
{
    const QJsonObject json = status(kPartialKey, QStringLiteral("never-sent")).json();
    QCOMPARE(json.value(u"code"), QJsonValue(11));
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("DECLINED"));
    // Another account's payment is unknown too.
    QCOMPARE(status(kFullOnlyKey, QStringLiteral("1-1438673740-0001-01")).json().value(u"code"), QJsonValue(11));
}

void TestSandboxPwV3::invalidApiKey()
{
    for (const QString &key : {QStringLiteral("wrong"), QString()}) {
        const auto reply = refund(refundParams(key, kCard, QStringLiteral("rd-k")));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(u"code"), QJsonValue(401));
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("DECLINED"));
        QCOMPARE(reply.json().value(u"message").toString(), QStringLiteral("Invalid apiKey"));
        QCOMPARE(status(key, QStringLiteral("x")).status, 401);
    }
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

void TestSandboxPwV3::declines_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<int>("code");

    QTest::newRow("no transactionId") << Params {{QStringLiteral("apiKey"), kPartialKey},
                                                 {QStringLiteral("referenceNo"), QStringLiteral("r")}}
                                      << 10;
    QTest::newRow("no referenceNo") << Params {{QStringLiteral("apiKey"), kPartialKey},
                                               {QStringLiteral("transactionId"), kVisa}}
                                    << 10;
    QTest::newRow("unknown transaction") << refundParams(kPartialKey, QStringLiteral("529-0-0"), QStringLiteral("r"))
                                         << 11;
    QTest::newRow("another account's transaction") << refundParams(kPartialKey, kCard, QStringLiteral("r")) << 11;
    for (const char *amount : {"0", "-5", "12.34", "1e3", "abc", "0100"}) {
        QTest::addRow("amount %s", amount)
            << partial(refundParams(kPartialKey, kVisa, QStringLiteral("r")), QLatin1String(amount)) << 12;
    }
    QTest::newRow("currency mismatch") << partial(refundParams(kPartialKey, kVisa, QStringLiteral("r")),
                                                  QStringLiteral("100"), QStringLiteral("USD"))
                                       << 13;
    QTest::newRow("amount without currency")
        << partial(refundParams(kPartialKey, kVisa, QStringLiteral("r")), QStringLiteral("100"), QString()) << 14;
    QTest::newRow("currency without amount")
        << partial(refundParams(kPartialKey, kVisa, QStringLiteral("r")), QString(), QStringLiteral("EUR")) << 14;
    QTest::newRow("partial on a full-only account")
        << partial(refundParams(kFullOnlyKey, kCard, QStringLiteral("r")), QStringLiteral("100")) << 30;
    QTest::newRow("full amount sent on a full-only account")
        << partial(refundParams(kFullOnlyKey, kCard, QStringLiteral("r")), QStringLiteral("12000")) << 30;
    QTest::newRow("SOFORT is not refundable") << refundParams(kPartialKey, kSofort, QStringLiteral("r")) << 31;
    QTest::newRow("over the remainder") << partial(refundParams(kPartialKey, kVisa, QStringLiteral("r")),
                                                   QStringLiteral("5000"))
                                        << 33;
    QTest::newRow("declined payment") << refundParams(kPartialKey, kDeclined, QStringLiteral("r")) << 34;
}

void TestSandboxPwV3::declines()
{
    QFETCH(Params, params);
    QFETCH(int, code);

    const auto reply = refund(params);
    QCOMPARE(reply.status, 200);
    // Declines carry a numeric code, as in the documented DECLINED example.
    QCOMPARE(reply.json().value(u"code"), QJsonValue(code));
    QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("DECLINED"));
    QVERIFY(!reply.json().value(u"message").toString().isEmpty());
    QCOMPARE(m_sandbox.state().value(u"refunds").toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxPwV3)
#include "tst_sandbox_pwv3.moc"
