#include "gateways/FormUrlEncoded.h"
#include "gateways/HttpResult.h"
#include "gateways/RetryAfter.h"

#include <QTest>

using RefundDesk::FormUrlEncoded;
using Fields = FormUrlEncoded::Fields;

Q_DECLARE_METATYPE(FormUrlEncoded::Fields)

class TestFormUrlEncoded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void roundTrip();
    void retryAfter_data();
    void retryAfter();
};

void TestFormUrlEncoded::encode_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("none") << Fields() << QByteArray();
    QTest::newRow("plain") << Fields {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QString()}}
                           << QByteArray("a=1&b=");
    QTest::newRow("reserved") << Fields {{QStringLiteral("x y"), QStringLiteral("A&B+C=D/%")}}
                              << QByteArray("x%20y=A%26B%2BC%3DD%2F%25");
    QTest::newRow("unreserved kept") << Fields {{QStringLiteral("k"), QStringLiteral("aZ09-._~")}}
                                     << QByteArray("k=aZ09-._~");
    QTest::newRow("utf-8") << Fields {{QStringLiteral("name"), QStringLiteral("M\u00fcller \u20ac")}}
                           << QByteArray("name=M%C3%BCller%20%E2%82%AC");
}

void TestFormUrlEncoded::encode()
{
    QFETCH(Fields, fields);
    QFETCH(QByteArray, body);
    QCOMPARE(FormUrlEncoded::encode(fields), body);
}

void TestFormUrlEncoded::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Fields>("fields");

    QTest::newRow("empty") << QByteArray() << true << Fields();
    QTest::newRow("pairs") << QByteArray("a=1&b=2") << true
                           << Fields {{QStringLiteral("a"), QStringLiteral("1")},
                                      {QStringLiteral("b"), QStringLiteral("2")}};
    QTest::newRow("plus is space") << QByteArray("a=x+y%2Bz") << true
                                   << Fields {{QStringLiteral("a"), QStringLiteral("x y+z")}};
    QTest::newRow("no value") << QByteArray("flag&a=") << true
                              << Fields {{QStringLiteral("flag"), QString()}, {QStringLiteral("a"), QString()}};
    QTest::newRow("empty segments") << QByteArray("&&a=1&") << true
                                    << Fields {{QStringLiteral("a"), QStringLiteral("1")}};
    QTest::newRow("equals in value") << QByteArray("a=b=c") << true
                                     << Fields {{QStringLiteral("a"), QStringLiteral("b=c")}};
    QTest::newRow("order and repeats kept") << QByteArray("b=1&a=2&b=3") << true
                                            << Fields {{QStringLiteral("b"), QStringLiteral("1")},
                                                       {QStringLiteral("a"), QStringLiteral("2")},
                                                       {QStringLiteral("b"), QStringLiteral("3")}};
    QTest::newRow("utf-8") << QByteArray("n=M%C3%BCller") << true
                           << Fields {{QStringLiteral("n"), QStringLiteral("M\u00fcller")}};
    QTest::newRow("short escape") << QByteArray("a=%4") << false << Fields();
    QTest::newRow("escape at end") << QByteArray("a=%") << false << Fields();
    QTest::newRow("bad hex") << QByteArray("a=%zz") << false << Fields();
    QTest::newRow("bad utf-8") << QByteArray("a=%C3") << false << Fields();
    QTest::newRow("raw bad utf-8") << QByteArray("a=\xff") << false << Fields();
}

void TestFormUrlEncoded::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(Fields, fields);
    const std::optional<Fields> decoded = FormUrlEncoded::decode(body);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, fields);
}

void TestFormUrlEncoded::roundTrip()
{
    const Fields fields = {{QStringLiteral("refundReference"), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301")},
                           {QStringLiteral("odd name&="), QStringLiteral(" +%&=\u00e9")}};
    QCOMPARE(FormUrlEncoded::decode(FormUrlEncoded::encode(fields)), std::optional(fields));
}

void TestFormUrlEncoded::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");

    QTest::newRow("seconds") << QByteArray("30") << 30;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("absent") << QByteArray() << 60;
    QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 60;
    QTest::newRow("negative") << QByteArray("-1") << 60;
    QTest::newRow("more than a day") << QByteArray("999999") << 86400;
    QTest::newRow("absurd") << QByteArray("99999999999999999999") << 60;
}

void TestFormUrlEncoded::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    RefundDesk::HttpResult result;
    result.outcome = RefundDesk::HttpResult::Outcome::Answered;
    result.httpStatus = 429;
    if (!header.isNull())
        result.headers.append({QByteArrayLiteral("Retry-After"), header});
    QCOMPARE(RefundDesk::retryAfterSeconds(result), seconds);
}

QTEST_GUILESS_MAIN(TestFormUrlEncoded)
#include "tst_formurlencoded.moc"
