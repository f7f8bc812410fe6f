#include "receipts/EmailAddress.h"

#include <QTest>

using namespace RefundDesk;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::newRow("plain") << QStringLiteral("anna@example.com") << true << QStringLiteral("anna@example.com");
        QTest::newRow("trimmed") << QStringLiteral("  anna@example.com \n") << true
                                 << QStringLiteral("anna@example.com");
        QTest::newRow("plus and dots") << QStringLiteral("a.b+receipts@mail.example.co.uk") << true
                                       << QStringLiteral("a.b+receipts@mail.example.co.uk");
        QTest::newRow("idn domain") << QStringLiteral("kunde@müller.de") << true
                                    << QStringLiteral("kunde@xn--mller-kva.de");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("no at") << QStringLiteral("anna.example.com") << false << QString();
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false << QString();
        QTest::newRow("no domain dot") << QStringLiteral("anna@localhost") << false << QString();
        QTest::newRow("double dot") << QStringLiteral("an..na@example.com") << false << QString();
        QTest::newRow("leading dot") << QStringLiteral(".anna@example.com") << false << QString();
        QTest::newRow("space") << QStringLiteral("an na@example.com") << false << QString();
        QTest::newRow("header injection")
            << QStringLiteral("anna@example.com\r\nBcc: x@evil.example") << false << QString();
        QTest::newRow("angle brackets") << QStringLiteral("<anna@example.com>") << false << QString();
        QTest::newRow("comma list") << QStringLiteral("a@example.com,b@example.com") << false << QString();
        QTest::newRow("label dash") << QStringLiteral("anna@-example.com") << false << QString();
        QTest::newRow("empty label") << QStringLiteral("anna@example..com") << false << QString();
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        const EmailAddress::Checked checked = EmailAddress::check(text);
        QCOMPARE(checked.ok, ok);
        QCOMPARE(checked.address, address);
        QCOMPARE(checked.message.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
