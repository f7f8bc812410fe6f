#include "MoneyValidator.h"

#include <QTest>

using namespace RefundDesk;

class TestMoneyValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesInTheStoresLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("minor"); // -1: not an amount
        const int acceptable = QValidator::Acceptable;
        const int intermediate = QValidator::Intermediate;
        QTest::newRow("en_US grouping") << "en_US"
                                        << "USD"
                                        << "1,234.56" << acceptable << qint64(123456);
        QTest::newRow("de_DE grouping") << "de_DE"
                                        << "EUR"
                                        << "1.234,56" << acceptable << qint64(123456);
        QTest::newRow("de_DE without grouping") << "de_DE"
                                                << "EUR"
                                                << "12,5" << acceptable << qint64(1250);
        QTest::newRow("on the way to a grouping") << "en_US"
                                                  << "USD"
                                                  << "1,23" << intermediate << qint64(-1);
        QTest::newRow("empty") << "en_US"
                               << "USD"
                               << "" << intermediate << qint64(-1);
        QTest::newRow("third decimal stays visible") << "en_IE"
                                                     << "EUR"
                                                     << "12.345" << intermediate << qint64(-1);
        QTest::newRow("a sign") << "en_IE"
                                << "EUR"
                                << "-5" << intermediate << qint64(-1);
        QTest::newRow("a letter") << "en_IE"
                                  << "EUR"
                                  << "5a" << intermediate << qint64(-1);
        QTest::newRow("JPY has no decimals") << "ja_JP"
                                             << "JPY"
                                             << "12.5" << intermediate << qint64(-1);
        QTest::newRow("JPY whole") << "ja_JP"
                                   << "JPY"
                                   << "1,200" << acceptable << qint64(1200);
        QTest::newRow("longer than any amount") << "en_US"
                                                << "USD" << QString(33, u'1') << int(QValidator::Invalid) << qint64(-1);
    }

    void validatesInTheStoresLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, typed);
        QFETCH(int, state);
        QFETCH(qint64, minor);
        const MoneyValidator validator(*Currency::fromCode(currency), QLocale(locale));
        QString text = typed;
        int position = static_cast<int>(text.size());
        QCOMPARE(int(validator.validate(text, position)), state);
        const MoneyResult parsed = validator.parse(typed);
        QCOMPARE(parsed.ok(), minor >= 0);
        if (minor >= 0)
            QCOMPARE(parsed.value(), Money(minor, *Currency::fromCode(currency)));
        else
            QVERIFY(!parsed.message().isEmpty()); // the label next to the Refund button says why
    }

    void followsTheSalesCurrency()
    {
        MoneyValidator validator(*Currency::fromCode(u"EUR"), QLocale(QStringLiteral("en_IE")));
        QVERIFY(validator.parse(QStringLiteral("1.5")).ok());
        validator.setCurrency(*Currency::fromCode(u"JPY"));
        QVERIFY(!validator.parse(QStringLiteral("1.5")).ok());
        QCOMPARE(validator.parse(QStringLiteral("15")).value(), Money(15, *Currency::fromCode(u"JPY")));
    }
};

QTEST_MAIN(TestMoneyValidator)
#include "tst_moneyvalidator.moc"
