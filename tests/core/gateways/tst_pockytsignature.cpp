#include "gateways/pockyt/PockytSignature.h"

#include <QTest>

#include <algorithm>

using RefundDesk::md5Hex;
using RefundDesk::pockytSignatureMatches;
using RefundDesk::pockytVerifySign;

using Parameters = QList<std::pair<QString, QString>>;

namespace {

Parameters vectorParameters()
{
    return {{QStringLiteral("merchantNo"), QStringLiteral("200043")},
            {QStringLiteral("storeNo"), QStringLiteral("300014")},
            {QStringLiteral("transactionNo"), QStringLiteral("297553638300708562")}};
}

const QString vectorSign = QStringLiteral("989f36dde59b1e1cc91c86ff40491e88");

} // namespace

class TestPockytSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void md5_data();
    void md5();
    void verifySign_data();
    void verifySign();
    void matches_data();
    void matches();
};

void TestPockytSignature::md5_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");

    // RFC 1321's test suite.
    QTest::newRow("empty") << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("a") << QByteArray("a") << QByteArray("0cc175b9c0f1b6a831c399e269772661");
    QTest::newRow("abc") << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("message digest") << QByteArray("message digest") << QByteArray("f96b697d7cb7938d525a2f31aaf161d0");
    QTest::newRow("testtoken") << QByteArray("testtoken") << QByteArray("582846f37273cf8f4b0cc17d67c34c47");
}

void TestPockytSignature::md5()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(md5Hex(input), hex);
}

void TestPockytSignature::verifySign_data()
{
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("sign");

    QTest::newRow("GATEWAYS.md vector") << vectorParameters() << QStringLiteral("testtoken") << vectorSign;

    Parameters shuffled = vectorParameters();
    std::reverse(shuffled.begin(), shuffled.end());
    QTest::newRow("order of the input does not matter") << shuffled << QStringLiteral("testtoken") << vectorSign;

    Parameters withEmpty = vectorParameters();
    withEmpty.append({QStringLiteral("reference"), QString()});
    withEmpty.prepend({QStringLiteral("amount"), QString()});
    QTest::newRow("empty values are dropped") << withEmpty << QStringLiteral("testtoken") << vectorSign;

    Parameters withSign = vectorParameters();
    withSign.append({QStringLiteral("verifySign"), QStringLiteral("0123456789abcdef0123456789abcdef")});
    QTest::newRow("verifySign itself is not signed") << withSign << QStringLiteral("testtoken") << vectorSign;

    // Expected values below come from md5sum over the documented signing string.
    // ASCII order puts upper case before lower case: "Zeta=2&alpha=1&" + md5hex(token).
    QTest::newRow("ASCII order, upper case first")
        << Parameters {{QStringLiteral("alpha"), QStringLiteral("1")}, {QStringLiteral("Zeta"), QStringLiteral("2")}}
        << QStringLiteral("testtoken") << QStringLiteral("41ea13b92fc9b54a7cce131e3d66e3a8");

    QTest::newRow("another token") << vectorParameters() << QStringLiteral("othertoken")
                                   << QStringLiteral("9e9d6d57efed355f40a852d9d1b9a6cc");

    // A refund request's parameters, as the adapter will sign them.
    QTest::newRow("refund request")
        << Parameters {{QStringLiteral("merchantNo"), QStringLiteral("200043")},
                       {QStringLiteral("storeNo"), QStringLiteral("300014")},
                       {QStringLiteral("transactionNo"), QStringLiteral("297553638300708562")},
                       {QStringLiteral("refundAmount"), QStringLiteral("0.50")},
                       {QStringLiteral("currency"), QStringLiteral("USD")},
                       {QStringLiteral("settleCurrency"), QStringLiteral("USD")},
                       {QStringLiteral("refundReference"), QStringLiteral("9b2f1c3e-5d1a-4c7b-8f7e-2a6d9c1b0e44")},
                       {QStringLiteral("amount"), QStringLiteral("1.00")}}
        << QStringLiteral("testtoken") << QStringLiteral("5c84db0a017d2d666e9f2baeea5992e3");
}

void TestPockytSignature::verifySign()
{
    QFETCH(Parameters, parameters);
    QFETCH(QString, token);
    QFETCH(QString, sign);

    const QString computed = pockytVerifySign(parameters, token);
    QCOMPARE(computed, sign);
    QCOMPARE(computed.size(), 32);
}

void TestPockytSignature::matches_data()
{
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<bool>("matches");

    const auto with = [](const QString &sign) {
        Parameters p = vectorParameters();
        p.append({QStringLiteral("verifySign"), sign});
        return p;
    };
    QTest::newRow("the vector") << with(vectorSign) << true;
    QTest::newRow("upper-case hex") << with(vectorSign.toUpper()) << true;
    QTest::newRow("one digit off") << with(QStringLiteral("989f36dde59b1e1cc91c86ff40491e89")) << false;
    QTest::newRow("truncated") << with(vectorSign.left(31)) << false;
    QTest::newRow("longer") << with(vectorSign + u'0') << false;
    QTest::newRow("empty") << with(QString()) << false;
    QTest::newRow("missing") << vectorParameters() << false;

    Parameters twice = with(vectorSign);
    twice.append({QStringLiteral("verifySign"), vectorSign});
    QTest::newRow("two verifySign fields") << twice << false;

    Parameters tampered = with(vectorSign);
    tampered[2].second = QStringLiteral("297553638300708563");
    QTest::newRow("tampered transactionNo") << tampered << false;

    Parameters added = with(vectorSign);
    added.append({QStringLiteral("amount"), QStringLiteral("1.00")});
    QTest::newRow("added field") << added << false;
}

void TestPockytSignature::matches()
{
    QFETCH(Parameters, parameters);
    QFETCH(bool, matches);
    QCOMPARE(pockytSignatureMatches(parameters, u"testtoken"), matches);
}

QTEST_GUILESS_MAIN(TestPockytSignature)
#include "tst_pockytsignature.moc"
