#include "money/Currency.h"
#include "money/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using RefundDesk::Currency;
using RefundDesk::Money;
using RefundDesk::MoneyResult;
using Error = RefundDesk::MoneyResult::Error;

Q_DECLARE_METATYPE(RefundDesk::MoneyResult::Error)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Currency currencyOf(const QString &code)
{
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        qFatal("test table names an unknown currency");
    }
    return *currency;
}

// A locale the test relies on; fails loudly instead of silently falling back to "C".
QLocale localeOf(const QString &name)
{
    const QLocale locale(name);
    if (locale.name() != name) {
        qFatal("Qt has no data for a locale the test needs");
    }
    return locale;
}

QString describe(const MoneyResult &result)
{
    return QStringLiteral("error %1, minor units %2, message \"%3\"")
        .arg(static_cast<int>(result.error()))
        .arg(result.value().minorUnits())
        .arg(result.message());
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyTable_data();
    void currencyTable();
    void unknownCurrency_data();
    void unknownCurrency();
    void currencyIdentity();

    void parse_data();
    void parse();
    void localizedNumberParsesBack_data();
    void localizedNumberParsesBack();

    void fromDecimalString_data();
    void fromDecimalString();

    void plusMinus_data();
    void plusMinus();
    void negated_data();
    void negated();
    void compare_data();
    void compare();

    void toDecimalString_data();
    void toDecimalString();
    void toLocalizedNumber_data();
    void toLocalizedNumber();
    void toDisplayString_data();
    void toDisplayString();

private:
    static void addParseOk(const QString &locale, const QString &currency, const QString &text, qint64 minorUnits);
    static void addParseError(const QString &locale, const QString &currency, const QString &text, Error error,
                              const QString &messagePart);
    static void addDecimalOk(const QString &currency, const QString &text, qint64 minorUnits);
    static void addDecimalError(const QString &currency, const QString &text, Error error, const QString &messagePart);
};

void TestMoney::currencyTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<qint64>("minorPerMajor");

    const struct
    {
        const char *code;
        int exponent;
    } rows[] = {
        {"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"CNY", 2}, {"MYR", 2}, {"SGD", 2}, {"JPY", 0}, {"KWD", 3},
        {"AUD", 2}, {"CAD", 2}, {"CHF", 2}, {"HKD", 2}, {"BHD", 3}, {"KRW", 0}, {"INR", 2}, {"THB", 2},
        {"IDR", 2}, {"PHP", 2}, {"VND", 0}, {"NZD", 2}, {"SEK", 2}, {"NOK", 2}, {"DKK", 2}, {"PLN", 2},
        {"CZK", 2}, {"HUF", 2}, {"TWD", 2}, {"AED", 2}, {"SAR", 2}, {"ZAR", 2}, {"BRL", 2}, {"MXN", 2},
        {"TND", 3}, {"JOD", 3}, {"OMR", 3}, {"ISK", 0}, {"CLP", 0}, {"UGX", 0}, {"EGP", 2},
    };
    for (const auto &row : rows) {
        const qint64 perMajor = row.exponent == 0 ? 1 : (row.exponent == 2 ? 100 : 1000);
        QTest::newRow(row.code) << QString::fromLatin1(row.code) << row.exponent << perMajor;
    }
}

void TestMoney::currencyTable()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QFETCH(qint64, minorPerMajor);

    const std::optional<Currency> currency = Currency::fromCode(code);
    QVERIFY(currency.has_value());
    QCOMPARE(currency->code(), code);
    QCOMPARE(currency->exponent(), exponent);
    QCOMPARE(currency->minorPerMajor(), minorPerMajor);
}

void TestMoney::unknownCurrency_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("XYZ") << QStringLiteral("XYZ");
    QTest::newRow("lower case eur") << QStringLiteral("eur");
    QTest::newRow("mixed case Eur") << QStringLiteral("Eur");
    QTest::newRow("empty") << QString();
    QTest::newRow("two letters") << QStringLiteral("EU");
    QTest::newRow("four letters") << QStringLiteral("EURO");
    QTest::newRow("leading space") << QStringLiteral(" EUR");
    QTest::newRow("numeric code 978") << QStringLiteral("978");
    QTest::newRow("before the first code") << QStringLiteral("AAA");
    QTest::newRow("after the last code") << QStringLiteral("ZZZ");
    QTest::newRow("between two codes") << QStringLiteral("EUS");
    QTest::newRow("Cyrillic E") << QString::fromUtf8("\xD0\x95UR");
}

void TestMoney::unknownCurrency()
{
    QFETCH(QString, code);
    QVERIFY(!Currency::fromCode(code).has_value());
}

void TestMoney::currencyIdentity()
{
    QVERIFY(currencyOf(QStringLiteral("EUR")) == currencyOf(QStringLiteral("EUR")));
    QVERIFY(currencyOf(QStringLiteral("EUR")) != currencyOf(QStringLiteral("USD")));
    QVERIFY(Money(100, currencyOf(QStringLiteral("EUR"))) != Money(100, currencyOf(QStringLiteral("USD"))));
    QVERIFY(Money(100, currencyOf(QStringLiteral("EUR"))) == Money(100, currencyOf(QStringLiteral("EUR"))));
}

void TestMoney::addParseOk(const QString &locale, const QString &currency, const QString &text, qint64 minorUnits)
{
    QTest::addRow("%s %s \"%s\"", qPrintable(locale), qPrintable(currency), qPrintable(text))
        << locale << currency << text << Error::None << minorUnits << QString();
}

void TestMoney::addParseError(const QString &locale, const QString &currency, const QString &text, Error error,
                              const QString &messagePart)
{
    QTest::addRow("%s %s \"%s\"", qPrintable(locale), qPrintable(currency), qPrintable(text))
        << locale << currency << text << error << qint64(0) << messagePart;
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qint64>("minorUnits");
    // On failure the message must contain this (the currency, the character, ...).
    QTest::addColumn<QString>("messagePart");

    const QString us = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    const QString fr = QStringLiteral("fr_FR");
    const QString ch = QStringLiteral("de_CH");
    const QString jp = QStringLiteral("ja_JP");
    const QString in = QStringLiteral("en_IN");
    const QString my = QStringLiteral("ms_MY");
    const QString eg = QStringLiteral("ar_EG");
    const QString es = QStringLiteral("es_ES");
    const QString se = QStringLiteral("sv_SE");
    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");
    const QString jpy = QStringLiteral("JPY");
    const QString kwd = QStringLiteral("KWD");
    const QString sign = QStringLiteral("without a sign");
    const QString exponent = QStringLiteral("Scientific notation");
    const QString tooLarge = QStringLiteral("This amount is too large.");

    // en_US: '.' decimal point, ',' groups.
    addParseOk(us, usd, QStringLiteral("12.5"), 1250);
    addParseOk(us, usd, QStringLiteral("1,234.56"), 123456);
    addParseOk(us, usd, QStringLiteral("1234.56"), 123456);
    addParseOk(us, usd, QStringLiteral("1,234.5"), 123450);
    addParseOk(us, usd, QStringLiteral("1,234,567.89"), 123456789);
    addParseOk(us, usd, QStringLiteral(".5"), 50);
    addParseOk(us, usd, QStringLiteral("12."), 1200);
    addParseOk(us, usd, QStringLiteral("  7.25\t"), 725);
    addParseOk(us, usd, QStringLiteral("0"), 0);
    addParseOk(us, usd, QStringLiteral("007.10"), 710);
    addParseError(us, usd, QStringLiteral("12,50"), Error::MisplacedGrouping, QStringLiteral("separator ','"));
    addParseError(us, usd, QStringLiteral("1,23.45"), Error::MisplacedGrouping, QStringLiteral("separator ','"));
    addParseError(us, usd, QStringLiteral(",123"), Error::MisplacedGrouping, QStringLiteral("wrong place"));
    addParseError(us, usd, QStringLiteral("1,234,"), Error::MisplacedGrouping, QStringLiteral("wrong place"));
    addParseError(us, usd, QStringLiteral("1,234,.50"), Error::MisplacedGrouping, QStringLiteral("wrong place"));
    addParseError(us, usd, QStringLiteral("1,,234"), Error::MisplacedGrouping, QStringLiteral("wrong place"));
    addParseError(us, usd, QStringLiteral("1.234,5"), Error::MisplacedGrouping, QStringLiteral("decimal point is '.'"));
    addParseError(us, usd, QStringLiteral("1234,567.00"), Error::MisplacedGrouping, QStringLiteral("','"));
    addParseError(us, eur, QStringLiteral("12.345"), Error::TooManyDecimals,
                  QStringLiteral("EUR has 2 decimal places; this amount has 3."));
    addParseError(us, usd, QStringLiteral("-5"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("+5"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("5-"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("5+"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("1-2"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("\u22125"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("- 5"), Error::Sign, sign);
    addParseError(us, usd, QStringLiteral("1e3"), Error::Exponent, exponent);
    addParseError(us, usd, QStringLiteral("1E3"), Error::Exponent, exponent);
    addParseError(us, usd, QStringLiteral("1.5e2"), Error::Exponent, exponent);
    addParseError(us, usd, QStringLiteral("1e-3"), Error::Exponent, exponent);
    addParseError(us, usd, QStringLiteral("2.E+4"), Error::Exponent, exponent);
    addParseError(us, usd, QString(), Error::Empty, QStringLiteral("Enter an amount."));
    addParseError(us, usd, QStringLiteral("   "), Error::Empty, QStringLiteral("Enter an amount."));
    addParseError(us, usd, QStringLiteral("12a"), Error::InvalidCharacter, QStringLiteral("'a'"));
    addParseError(us, usd, QStringLiteral("e5"), Error::InvalidCharacter, QStringLiteral("'e'"));
    addParseError(us, usd, QStringLiteral("12e"), Error::InvalidCharacter, QStringLiteral("'e'"));
    addParseError(us, usd, QStringLiteral("$12"), Error::InvalidCharacter, QStringLiteral("'$'"));
    addParseError(us, usd, QStringLiteral("12 50"), Error::InvalidCharacter, QStringLiteral("space"));
    addParseError(us, usd, QStringLiteral("12_50"), Error::InvalidCharacter, QStringLiteral("'_'"));
    addParseError(us, usd, QStringLiteral("\uFF11\uFF12"), Error::InvalidCharacter, QStringLiteral("'\uFF11'"));
    addParseError(us, usd, QStringLiteral("1.2.3"), Error::InvalidCharacter, QStringLiteral("'.' appears more"));
    addParseError(us, usd, QStringLiteral("."), Error::NoDigits, QStringLiteral("digit"));
    addParseError(us, usd, QStringLiteral(","), Error::NoDigits, QStringLiteral("digit"));
    addParseError(us, usd, QStringLiteral("99999999999999999999"), Error::TooLarge, tooLarge);
    addParseOk(us, eur, QStringLiteral("92233720368547758.07"), kMax);
    addParseError(us, eur, QStringLiteral("92233720368547758.08"), Error::TooLarge, tooLarge);
    addParseOk(us, jpy, QStringLiteral("9223372036854775807"), kMax);
    addParseOk(us, jpy, QStringLiteral("9,223,372,036,854,775,807"), kMax);
    addParseError(us, jpy, QStringLiteral("9223372036854775808"), Error::TooLarge, tooLarge);
    addParseOk(us, jpy, QStringLiteral("1,000"), 1000);
    addParseOk(us, jpy, QStringLiteral("10."), 10);
    addParseError(us, jpy, QStringLiteral("10.5"), Error::TooManyDecimals,
                  QStringLiteral("JPY has no decimal places."));
    addParseError(us, jpy, QStringLiteral("10.0"), Error::TooManyDecimals, QStringLiteral("JPY"));
    addParseOk(us, kwd, QStringLiteral("1.234"), 1234);
    addParseOk(us, kwd, QStringLiteral("1,234.567"), 1234567);
    addParseError(us, kwd, QStringLiteral("1.2345"), Error::TooManyDecimals,
                  QStringLiteral("KWD has 3 decimal places; this amount has 4."));

    // de_DE: ',' decimal point, '.' groups.
    addParseOk(de, eur, QStringLiteral("12,50"), 1250);
    addParseOk(de, eur, QStringLiteral("1.234,56"), 123456);
    addParseOk(de, eur, QStringLiteral("1234,56"), 123456);
    addParseOk(de, eur, QStringLiteral("1.234.567,89"), 123456789);
    addParseOk(de, eur, QStringLiteral("1.000"), 100000);
    addParseOk(de, eur, QStringLiteral(",5"), 50);
    addParseError(de, eur, QStringLiteral("12.50"), Error::MisplacedGrouping,
                  QStringLiteral("The thousands separator '.' is in the wrong place; the decimal point is ','."));
    addParseError(de, eur, QStringLiteral("1,234.56"), Error::MisplacedGrouping, QStringLiteral("'.'"));
    addParseError(de, eur, QStringLiteral("12,345"), Error::TooManyDecimals, QStringLiteral("EUR has 2"));
    addParseError(de, eur, QStringLiteral("1,5e2"), Error::Exponent, exponent);
    addParseError(de, eur, QStringLiteral("12\u20AC"), Error::InvalidCharacter, QStringLiteral("'\u20AC'"));
    addParseError(de, eur, QStringLiteral("5,-"), Error::Sign, sign);
    addParseError(de, eur, QStringLiteral("1,2,3"), Error::InvalidCharacter, QStringLiteral("','"));

    // fr_FR groups with U+202F; a typed space or U+00A0 is accepted too.
    addParseOk(fr, eur, QStringLiteral("1\u202F234,56"), 123456);
    addParseOk(fr, eur, QStringLiteral("1\u00A0234,56"), 123456);
    addParseOk(fr, eur, QStringLiteral("1 234,56"), 123456);
    addParseOk(fr, eur, QStringLiteral("1 234\u202F567,89"), 123456789);
    addParseOk(fr, eur, QStringLiteral("0,99"), 99);
    addParseOk(fr, eur, QStringLiteral("\u00A012,50\u202F"), 1250);
    addParseError(fr, eur, QStringLiteral("12 50"), Error::MisplacedGrouping, QStringLiteral("(a space)"));
    addParseError(fr, eur, QStringLiteral("1  234"), Error::MisplacedGrouping, QStringLiteral("(a space)"));
    addParseError(fr, eur, QStringLiteral("12.50"), Error::InvalidCharacter,
                  QStringLiteral("'.' is not allowed in an amount; the decimal point is ','."));
    addParseError(fr, eur, QStringLiteral("1 234,567"), Error::TooManyDecimals, QStringLiteral("EUR"));

    // de_CH groups with U+2019 (typed as an ASCII apostrophe too), '.' decimal point.
    addParseOk(ch, QStringLiteral("CHF"), QStringLiteral("1\u2019234.50"), 123450);
    addParseOk(ch, QStringLiteral("CHF"), QStringLiteral("1'234.50"), 123450);
    addParseOk(ch, QStringLiteral("CHF"), QStringLiteral("12.05"), 1205);
    addParseError(ch, QStringLiteral("CHF"), QStringLiteral("1\u201923.45"), Error::MisplacedGrouping,
                  QStringLiteral("'\u2019'"));
    addParseError(ch, QStringLiteral("CHF"), QStringLiteral("1,234.50"), Error::InvalidCharacter,
                  QStringLiteral("','"));

    // ja_JP: yen without decimals.
    addParseOk(jp, jpy, QStringLiteral("1,000"), 1000);
    addParseOk(jp, jpy, QStringLiteral("12,345,678"), 12345678);
    addParseOk(jp, jpy, QStringLiteral("500"), 500);
    addParseError(jp, jpy, QStringLiteral("10.5"), Error::TooManyDecimals,
                  QStringLiteral("JPY has no decimal places."));
    addParseError(jp, jpy, QStringLiteral("\uFFE5500"), Error::InvalidCharacter, QStringLiteral("'\uFFE5'"));

    // en_IN groups lakhs and crores as the locale prints them; thousands grouping is accepted too.
    addParseOk(in, QStringLiteral("INR"), QStringLiteral("1,00,000"), 10000000);
    addParseOk(in, QStringLiteral("INR"), QStringLiteral("12,34,567.50"), 123456750);
    addParseOk(in, QStringLiteral("INR"), QStringLiteral("1,23,45,678"), 1234567800);
    addParseOk(in, QStringLiteral("INR"), QStringLiteral("1,234,567.50"), 123456750);
    addParseError(in, QStringLiteral("INR"), QStringLiteral("1,00,00"), Error::MisplacedGrouping,
                  QStringLiteral("','"));
    addParseError(in, QStringLiteral("INR"), QStringLiteral("12,34,567,890"), Error::MisplacedGrouping,
                  QStringLiteral("','"));

    // ms_MY.
    addParseOk(my, QStringLiteral("MYR"), QStringLiteral("10.50"), 1050);
    addParseOk(my, QStringLiteral("MYR"), QStringLiteral("1,050.00"), 105000);
    addParseError(my, QStringLiteral("MYR"), QStringLiteral("RM10"), Error::InvalidCharacter, QStringLiteral("'R'"));

    // ar_EG: Arabic-Indic digits, U+066B decimal point, U+066C groups; ASCII digits too.
    addParseOk(eg, QStringLiteral("EGP"), QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666"), 123456);
    addParseOk(eg, QStringLiteral("EGP"), QStringLiteral("12\u066B50"), 1250);
    addParseError(eg, QStringLiteral("EGP"), QStringLiteral("\u0661\u0662\u066B\u0663\u0664\u0665"),
                  Error::TooManyDecimals, QStringLiteral("EGP"));
    addParseError(eg, QStringLiteral("EGP"), QStringLiteral("\u061C-\u0665"), Error::Sign, sign);

    // es_ES: Qt prints 1234567 as "1234.567" (minimum grouping digits); that form is accepted.
    addParseOk(es, eur, QStringLiteral("1234.567,00"), 123456700);
    addParseOk(es, eur, QStringLiteral("1.234,00"), 123400);
    addParseError(es, eur, QStringLiteral("12.34,00"), Error::MisplacedGrouping, QStringLiteral("'.'"));

    // sv_SE: U+00A0 groups, U+2212 is the locale's minus sign.
    addParseOk(se, QStringLiteral("SEK"), QStringLiteral("1 234,50"), 123450);
    addParseError(se, QStringLiteral("SEK"), QStringLiteral("\u22125"), Error::Sign, sign);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(Error, error);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, messagePart);

    const MoneyResult result = Money::parse(text, currencyOf(currency), localeOf(locale));
    QVERIFY2(result.error() == error, qPrintable(describe(result)));
    QCOMPARE(result.value(), Money(minorUnits, currencyOf(currency)));
    if (error == Error::None) {
        QVERIFY(result.ok());
        QVERIFY(result.message().isEmpty());
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
    }
}

void TestMoney::localizedNumberParsesBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");

    const char *locales[] = {"en_US", "de_DE", "fr_FR", "de_CH", "ja_JP", "en_IN", "ms_MY",
                             "ar_EG", "es_ES", "sv_SE", "pl_PL", "fa_IR", "hi_IN", "nl_NL"};
    const char *currencies[] = {"EUR", "JPY", "KWD"};
    const qint64 amounts[] = {0, 5, 123456, 100000000, 1234567890123, kMax};
    for (const char *locale : locales) {
        for (const char *currency : currencies) {
            for (const qint64 amount : amounts) {
                QTest::addRow("%s %s %lld", locale, currency, static_cast<long long>(amount))
                    << QString::fromLatin1(locale) << QString::fromLatin1(currency) << amount;
            }
        }
    }
}

void TestMoney::localizedNumberParsesBack()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);

    const Money money(minorUnits, currencyOf(currency));
    const QString shown = money.toLocalizedNumber(localeOf(locale));
    const MoneyResult result = Money::parse(shown, money.currency(), localeOf(locale));
    QVERIFY2(result.ok(), qPrintable(shown + QStringLiteral(": ") + describe(result)));
    QCOMPARE(result.value(), money);
}

void TestMoney::addDecimalOk(const QString &currency, const QString &text, qint64 minorUnits)
{
    QTest::addRow("%s \"%s\"", qPrintable(currency), qPrintable(text))
        << currency << text << Error::None << minorUnits << QString();
}

void TestMoney::addDecimalError(const QString &currency, const QString &text, Error error, const QString &messagePart)
{
    QTest::addRow("%s \"%s\"", qPrintable(currency), qPrintable(text))
        << currency << text << error << qint64(0) << messagePart;
}

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("messagePart");

    const QString eur = QStringLiteral("EUR");
    addDecimalOk(eur, QStringLiteral("19.99"), 1999);
    addDecimalOk(eur, QStringLiteral("0.1"), 10);
    addDecimalOk(eur, QStringLiteral("0.29"), 29);
    addDecimalOk(eur, QStringLiteral("4.35"), 435);
    addDecimalOk(eur, QStringLiteral("49.990"), 4999);
    addDecimalOk(eur, QStringLiteral("1234"), 123400);
    addDecimalOk(eur, QStringLiteral("-0.05"), -5);
    addDecimalOk(eur, QStringLiteral("00.10"), 10);
    addDecimalOk(eur, QStringLiteral("1."), 100);
    addDecimalOk(eur, QStringLiteral(".5"), 50);
    addDecimalOk(eur, QStringLiteral("-0"), 0);
    addDecimalOk(eur, QStringLiteral("92233720368547758.07"), kMax);
    addDecimalOk(eur, QStringLiteral("-92233720368547758.08"), kMin);
    addDecimalOk(QStringLiteral("JPY"), QStringLiteral("10.00"), 10);
    addDecimalOk(QStringLiteral("JPY"), QStringLiteral("-9223372036854775808"), kMin);
    addDecimalOk(QStringLiteral("KWD"), QStringLiteral("1.234"), 1234);
    addDecimalOk(QStringLiteral("KWD"), QStringLiteral("0.0010"), 1);
    addDecimalError(eur, QStringLiteral("1e2"), Error::Exponent, QStringLiteral("\"1e2\""));
    addDecimalError(eur, QStringLiteral("1.5E-2"), Error::Exponent, QStringLiteral("scientific"));
    addDecimalError(eur, QStringLiteral("49.995"), Error::TooManyDecimals,
                    QStringLiteral("EUR has 2 decimal places; \"49.995\" has more."));
    addDecimalError(eur, QStringLiteral("1.005"), Error::TooManyDecimals, QStringLiteral("EUR"));
    addDecimalError(QStringLiteral("JPY"), QStringLiteral("10.5"), Error::TooManyDecimals,
                    QStringLiteral("JPY has no decimal places"));
    addDecimalError(eur, QString(), Error::Empty, QStringLiteral("empty"));
    addDecimalError(eur, QStringLiteral("."), Error::NoDigits, QStringLiteral("no digits"));
    addDecimalError(eur, QStringLiteral("-"), Error::NoDigits, QStringLiteral("no digits"));
    addDecimalError(eur, QStringLiteral("1,000"), Error::InvalidCharacter, QStringLiteral("','"));
    addDecimalError(eur, QStringLiteral(" 1"), Error::InvalidCharacter, QStringLiteral("' '"));
    addDecimalError(eur, QStringLiteral("\u0661\u0662"), Error::InvalidCharacter, QStringLiteral("'\u0661'"));
    addDecimalError(eur, QStringLiteral("1.2.3"), Error::InvalidCharacter, QStringLiteral("more than one '.'"));
    addDecimalError(eur, QStringLiteral("+1"), Error::Sign, QStringLiteral("sign"));
    addDecimalError(eur, QStringLiteral("1-"), Error::Sign, QStringLiteral("sign"));
    addDecimalError(eur, QStringLiteral("--1"), Error::Sign, QStringLiteral("sign"));
    addDecimalError(eur, QStringLiteral("92233720368547758.08"), Error::TooLarge, QStringLiteral("too large"));
    addDecimalError(eur, QStringLiteral("-92233720368547758.09"), Error::TooLarge, QStringLiteral("too large"));
    addDecimalError(QStringLiteral("JPY"), QStringLiteral("99999999999999999999"), Error::TooLarge,
                    QStringLiteral("too large"));
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(Error, error);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, messagePart);

    const MoneyResult result = Money::fromDecimalString(text, currencyOf(currency));
    QVERIFY2(result.error() == error, qPrintable(describe(result)));
    QCOMPARE(result.value(), Money(minorUnits, currencyOf(currency)));
    if (error == Error::None) {
        QVERIFY(result.message().isEmpty());
    } else {
        QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
    }
}

void TestMoney::plusMinus_data()
{
    QTest::addColumn<bool>("plus");
    QTest::addColumn<QString>("leftCurrency");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<QString>("rightCurrency");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("messagePart");

    const QString eur = QStringLiteral("EUR");
    QTest::newRow("plus") << true << eur << qint64(1999) << eur << qint64(1) << Error::None << qint64(2000)
                          << QString();
    QTest::newRow("plus negative") << true << eur << qint64(100) << eur << qint64(-250) << Error::None << qint64(-150)
                                   << QString();
    QTest::newRow("plus to max") << true << eur << kMax - 1 << eur << qint64(1) << Error::None << kMax << QString();
    QTest::newRow("plus overflow") << true << eur << kMax << eur << qint64(1) << Error::Overflow << qint64(0)
                                   << QStringLiteral("too large");
    QTest::newRow("plus underflow") << true << eur << kMin << eur << qint64(-1) << Error::Overflow << qint64(0)
                                    << QStringLiteral("too large");
    QTest::newRow("plus EUR USD") << true << eur << qint64(100) << QStringLiteral("USD") << qint64(100)
                                  << Error::CurrencyMismatch << qint64(0) << QStringLiteral("EUR and USD");
    QTest::newRow("minus") << false << eur << qint64(100) << eur << qint64(250) << Error::None << qint64(-150)
                           << QString();
    QTest::newRow("minus to min") << false << eur << kMin + 1 << eur << qint64(1) << Error::None << kMin << QString();
    QTest::newRow("minus underflow") << false << eur << kMin << eur << qint64(1) << Error::Overflow << qint64(0)
                                     << QStringLiteral("too large");
    QTest::newRow("minus min from zero") << false << eur << qint64(0) << eur << kMin << Error::Overflow << qint64(0)
                                         << QStringLiteral("too large");
    QTest::newRow("minus JPY KWD") << false << QStringLiteral("JPY") << qint64(5) << QStringLiteral("KWD") << qint64(5)
                                   << Error::CurrencyMismatch << qint64(0) << QStringLiteral("KWD");
}

void TestMoney::plusMinus()
{
    QFETCH(bool, plus);
    QFETCH(QString, leftCurrency);
    QFETCH(qint64, left);
    QFETCH(QString, rightCurrency);
    QFETCH(qint64, right);
    QFETCH(Error, error);
    QFETCH(qint64, expected);
    QFETCH(QString, messagePart);

    const Money a(left, currencyOf(leftCurrency));
    const Money b(right, currencyOf(rightCurrency));
    const MoneyResult result = plus ? a.plus(b) : a.minus(b);
    QVERIFY2(result.error() == error, qPrintable(describe(result)));
    QCOMPARE(result.value(), Money(expected, currencyOf(leftCurrency)));
    QCOMPARE(result.message().isEmpty(), error == Error::None);
    QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
}

void TestMoney::negated_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("positive") << qint64(5) << Error::None << qint64(-5);
    QTest::newRow("negative") << qint64(-5) << Error::None << qint64(5);
    QTest::newRow("zero") << qint64(0) << Error::None << qint64(0);
    QTest::newRow("max") << kMax << Error::None << -kMax;
    QTest::newRow("min") << kMin << Error::Overflow << qint64(0);
}

void TestMoney::negated()
{
    QFETCH(qint64, amount);
    QFETCH(Error, error);
    QFETCH(qint64, expected);

    const MoneyResult result = Money(amount, currencyOf(QStringLiteral("EUR"))).negated();
    QVERIFY2(result.error() == error, qPrintable(describe(result)));
    QCOMPARE(result.value().minorUnits(), expected);
    QCOMPARE(result.message().isEmpty(), error == Error::None);
}

void TestMoney::compare_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<int>("expected");

    QTest::newRow("less") << qint64(1999) << qint64(2000) << -1;
    QTest::newRow("equal") << qint64(2000) << qint64(2000) << 0;
    QTest::newRow("greater") << qint64(1) << qint64(-1) << 1;
    QTest::newRow("extremes") << kMin << kMax << -1;
}

void TestMoney::compare()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(int, expected);

    const Currency eur = currencyOf(QStringLiteral("EUR"));
    QCOMPARE(Money(left, eur).compare(Money(right, eur)), expected);
    QCOMPARE(Money(right, eur).compare(Money(left, eur)), -expected);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("EUR 1234.50") << QStringLiteral("EUR") << qint64(123450) << QStringLiteral("1234.50");
    QTest::newRow("EUR -0.05") << QStringLiteral("EUR") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("EUR 0.00") << QStringLiteral("EUR") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("EUR 1.00") << QStringLiteral("EUR") << qint64(100) << QStringLiteral("1.00");
    QTest::newRow("EUR min") << QStringLiteral("EUR") << kMin << QStringLiteral("-92233720368547758.08");
    QTest::newRow("JPY 1234") << QStringLiteral("JPY") << qint64(1234) << QStringLiteral("1234");
    QTest::newRow("JPY min") << QStringLiteral("JPY") << kMin << QStringLiteral("-9223372036854775808");
    QTest::newRow("KWD 1.234") << QStringLiteral("KWD") << qint64(1234) << QStringLiteral("1.234");
    QTest::newRow("KWD -0.001") << QStringLiteral("KWD") << qint64(-1) << QStringLiteral("-0.001");
}

void TestMoney::toDecimalString()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);

    const Money money(minorUnits, currencyOf(currency));
    QCOMPARE(money.toDecimalString(), expected);
    const MoneyResult back = Money::fromDecimalString(expected, money.currency());
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QCOMPARE(back.value(), money);
}

void TestMoney::toLocalizedNumber_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US EUR") << QStringLiteral("en_US") << QStringLiteral("EUR") << qint64(123450)
                               << QStringLiteral("1,234.50");
    QTest::newRow("en_US USD zero") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(0)
                                    << QStringLiteral("0.00");
    QTest::newRow("en_US KWD") << QStringLiteral("en_US") << QStringLiteral("KWD") << qint64(1234567)
                               << QStringLiteral("1,234.567");
    QTest::newRow("en_US JPY min") << QStringLiteral("en_US") << QStringLiteral("JPY") << kMin
                                   << QStringLiteral("-9,223,372,036,854,775,808");
    QTest::newRow("de_DE EUR") << QStringLiteral("de_DE") << QStringLiteral("EUR") << qint64(123450)
                               << QStringLiteral("1.234,50");
    QTest::newRow("de_DE EUR negative") << QStringLiteral("de_DE") << QStringLiteral("EUR") << qint64(-5)
                                        << QStringLiteral("-0,05");
    QTest::newRow("fr_FR EUR") << QStringLiteral("fr_FR") << QStringLiteral("EUR") << qint64(123456789)
                               << QStringLiteral("1\u202F234\u202F567,89");
    QTest::newRow("de_CH CHF") << QStringLiteral("de_CH") << QStringLiteral("CHF") << qint64(123450)
                               << QStringLiteral("1\u2019234.50");
    QTest::newRow("ja_JP JPY") << QStringLiteral("ja_JP") << QStringLiteral("JPY") << qint64(1234567)
                               << QStringLiteral("1,234,567");
    QTest::newRow("en_IN INR") << QStringLiteral("en_IN") << QStringLiteral("INR") << qint64(123456750)
                               << QStringLiteral("12,34,567.50");
    QTest::newRow("ar_EG EGP") << QStringLiteral("ar_EG") << QStringLiteral("EGP") << qint64(123456)
                               << QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666");
    QTest::newRow("es_ES EUR") << QStringLiteral("es_ES") << QStringLiteral("EUR") << qint64(123400)
                               << QStringLiteral("1234,00");
}

void TestMoney::toLocalizedNumber()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);

    QCOMPARE(Money(minorUnits, currencyOf(currency)).toLocalizedNumber(localeOf(locale)), expected);
}

void TestMoney::toDisplayString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US USD") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(123450)
                               << QStringLiteral("$1,234.50");
    QTest::newRow("en_US USD negative") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(-500)
                                        << QStringLiteral("-$5.00");
    QTest::newRow("en_US EUR") << QStringLiteral("en_US") << QStringLiteral("EUR") << qint64(123450)
                               << QStringLiteral("EUR\u00A01,234.50");
    QTest::newRow("en_US KWD") << QStringLiteral("en_US") << QStringLiteral("KWD") << qint64(1234)
                               << QStringLiteral("KWD\u00A01.234");
    QTest::newRow("de_DE EUR") << QStringLiteral("de_DE") << QStringLiteral("EUR") << qint64(123450)
                               << QStringLiteral("1.234,50\u00A0\u20AC");
    QTest::newRow("de_DE EUR negative") << QStringLiteral("de_DE") << QStringLiteral("EUR") << qint64(-5)
                                        << QStringLiteral("-0,05\u00A0\u20AC");
    QTest::newRow("de_DE USD") << QStringLiteral("de_DE") << QStringLiteral("USD") << qint64(199)
                               << QStringLiteral("1,99\u00A0USD");
    QTest::newRow("fr_FR EUR") << QStringLiteral("fr_FR") << QStringLiteral("EUR") << qint64(123456)
                               << QStringLiteral("1\u202F234,56\u00A0\u20AC");
    QTest::newRow("de_CH CHF") << QStringLiteral("de_CH") << QStringLiteral("CHF") << qint64(123450)
                               << QStringLiteral("1\u2019234.50\u00A0CHF");
    QTest::newRow("nl_NL EUR") << QStringLiteral("nl_NL") << QStringLiteral("EUR") << qint64(199)
                               << QStringLiteral("\u20AC\u00A01,99");
    QTest::newRow("ja_JP JPY") << QStringLiteral("ja_JP") << QStringLiteral("JPY") << qint64(1234)
                               << QStringLiteral("\uFFE51,234");
    QTest::newRow("ja_JP EUR") << QStringLiteral("ja_JP") << QStringLiteral("EUR") << qint64(100)
                               << QStringLiteral("EUR\u00A01.00");
    QTest::newRow("ms_MY MYR") << QStringLiteral("ms_MY") << QStringLiteral("MYR") << qint64(1050)
                               << QStringLiteral("RM10.50");
    QTest::newRow("en_IN INR") << QStringLiteral("en_IN") << QStringLiteral("INR") << qint64(123456750)
                               << QStringLiteral("\u20B912,34,567.50");
    QTest::newRow("ar_EG EGP") << QStringLiteral("ar_EG") << QStringLiteral("EGP") << qint64(1250)
                               << QStringLiteral("\u0661\u0662\u066B\u0665\u0660\u00A0\u062C.\u0645.\u200F");
}

void TestMoney::toDisplayString()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);

    QCOMPARE(Money(minorUnits, currencyOf(currency)).toDisplayString(localeOf(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
