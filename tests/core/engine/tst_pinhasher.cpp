#include "engine/PinHasher.h"

#include <QTest>

using namespace RefundDesk;

class TestPinHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedFormNamesItsParameters()
    {
        const QString stored = PinHasher::hash(QStringLiteral("2222"));
        const QStringList parts = stored.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QVERIFY(parts.at(1).toInt() >= 600000);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!stored.contains(QStringLiteral("2222")));
    }

    void verifies()
    {
        const QString stored = PinHasher::hash(QStringLiteral("1111"), 1000);
        QVERIFY(PinHasher::verify(QStringLiteral("1111"), stored));
        QVERIFY(!PinHasher::verify(QStringLiteral("1112"), stored));
        QVERIFY(!PinHasher::verify(QString(), stored));
    }

    void saltDiffersPerHash()
    {
        QVERIFY(PinHasher::hash(QStringLiteral("1111"), 1000) != PinHasher::hash(QStringLiteral("1111"), 1000));
    }

    void knownVector()
    {
        // RFC 7914 §11 test vector for PBKDF2-HMAC-SHA256: P="passwd", S="salt", c=1, dkLen=64;
        // its first 32 bytes are 55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc.
        const QString stored =
            QStringLiteral("pbkdf2-sha256$1$%1$%2")
                .arg(QString::fromLatin1(QByteArray("salt").toBase64()),
                     QString::fromLatin1(QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f9418521"
                                                             "6dde0465e68b9d57c20dacbc")
                                             .toBase64()));
        QVERIFY(PinHasher::verify(QStringLiteral("passwd"), stored));
        QVERIFY(!PinHasher::verify(QStringLiteral("passwe"), stored));
    }

    void malformedStoredValues_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("1111");
        QTest::newRow("wrong scheme") << QStringLiteral("md5$1$c2FsdA==$AAAA");
        QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$c2FsdA==$AAAA");
        QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$1$c2FsdA==$AAAA");
    }

    void malformedStoredValues()
    {
        QFETCH(QString, stored);
        QVERIFY(!PinHasher::verify(QStringLiteral("1111"), stored));
    }

    void newPinRules()
    {
        QVERIFY(PinHasher::checkNewPin(QStringLiteral("1234")).isEmpty());
        QVERIFY(!PinHasher::checkNewPin(QStringLiteral("123")).isEmpty());
        QVERIFY(!PinHasher::checkNewPin(QStringLiteral("12a4")).isEmpty());
        QVERIFY(!PinHasher::checkNewPin(QStringLiteral("1234567890123")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
