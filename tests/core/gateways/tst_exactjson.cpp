#include "gateways/ExactJson.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <QRandomGenerator>
#include <QTest>

using RefundDesk::Currency;
using RefundDesk::ExactJson;
using RefundDesk::ExactJsonResult;
using RefundDesk::Money;

Q_DECLARE_METATYPE(ExactJson::Type)

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

Currency currency(const char *code)
{
    const std::optional<Currency> c = Currency::fromCode(QString::fromLatin1(code));
    if (!c) {
        qFatal("unknown currency in test");
    }
    return *c;
}

} // namespace

class TestExactJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void sizeLimit();
    void garbage();
    void accessors();
    void gatewayAnswer();
    void buildAndWrite();
    void moneyAsNumber_data();
    void moneyAsNumber();
    void numberLiteral_data();
    void numberLiteral();
    void stringRoundTrip_data();
    void stringRoundTrip();
};

void TestExactJson::valid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ExactJson::Type>("type");
    QTest::addColumn<QString>("scalar");
    QTest::addColumn<QByteArray>("written");

    using T = ExactJson::Type;
    QTest::newRow("19.99") << QByteArray("19.99") << T::Number << QStringLiteral("19.99") << QByteArray("19.99");
    QTest::newRow("0.1") << QByteArray("0.1") << T::Number << QStringLiteral("0.1") << QByteArray("0.1");
    QTest::newRow("1e2") << QByteArray("1e2") << T::Number << QStringLiteral("1e2") << QByteArray("1e2");
    QTest::newRow("-0") << QByteArray("-0") << T::Number << QStringLiteral("-0") << QByteArray("-0");
    QTest::newRow("1E+2") << QByteArray("1E+2") << T::Number << QStringLiteral("1E+2") << QByteArray("1E+2");
    QTest::newRow("-1.50e-3") << QByteArray("-1.50e-3") << T::Number << QStringLiteral("-1.50e-3")
                              << QByteArray("-1.50e-3");
    QTest::newRow("49.990 keeps its zero")
        << QByteArray("49.990") << T::Number << QStringLiteral("49.990") << QByteArray("49.990");
    QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890") << T::Number
                                    << QStringLiteral("123456789012345678901234567890")
                                    << QByteArray("123456789012345678901234567890");
    QTest::newRow("true") << QByteArray("true") << T::Bool << QStringLiteral("true") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << T::Bool << QStringLiteral("false") << QByteArray("false");
    QTest::newRow("null") << QByteArray("null") << T::Null << QString() << QByteArray("null");
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\b\f\n\r\t")") << T::String
                             << QStringLiteral("a\"b\\c/d\b\f\n\r\t") << QByteArray(R"("a\"b\\c/d\b\f\n\r\t")");
    QTest::newRow("\\u00e9") << QByteArray(R"("caf\u00e9")") << T::String << QStringLiteral("caf\u00e9")
                             << QByteArray("\"caf\xc3\xa9\"");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << T::String
                                    << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("upper-case hex escape")
        << QByteArray(R"("\u00C4")") << T::String << QStringLiteral("\u00c4") << QByteArray("\"\xc3\x84\"");
    QTest::newRow("raw UTF-8") << QByteArray("\"\xe2\x82\xac 5\"") << T::String << QStringLiteral("\u20ac 5")
                               << QByteArray("\"\xe2\x82\xac 5\"");
    QTest::newRow("escaped control") << QByteArray(R"("\u0001")") << T::String << QStringLiteral("\u0001")
                                     << QByteArray(R"("\u0001")");
    QTest::newRow("empty string") << QByteArray(R"("")") << T::String << QString() << QByteArray(R"("")");
    QTest::newRow("object") << QByteArray(R"( { "a" : 1 , "b" : [ 1 , 2 , { "c" : null } ] } )") << T::Object
                            << QString() << QByteArray(R"({"a":1,"b":[1,2,{"c":null}]})");
    QTest::newRow("empty containers") << QByteArray("[{},[],\"\"]") << T::Array << QString()
                                      << QByteArray("[{},[],\"\"]");
    QTest::newRow("all white space") << QByteArray(" \t\r\n[ ]\n") << T::Array << QString() << QByteArray("[]");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << T::Object << QString() << QByteArray("{}");
    QTest::newRow("64 levels deep") << nested(64) << T::Array << QString() << nested(64);
    QTest::newRow("same key in different objects") << QByteArray(R"([{"amount":1},{"amount":2}])") << T::Array
                                                   << QString() << QByteArray(R"([{"amount":1},{"amount":2}])");
}

void TestExactJson::valid()
{
    QFETCH(QByteArray, input);
    QFETCH(ExactJson::Type, type);
    QFETCH(QString, scalar);
    QFETCH(QByteArray, written);

    const ExactJsonResult result = ExactJson::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.message(), QString());
    QCOMPARE(result.value().type(), type);
    QCOMPARE(result.value().scalarText(), scalar);
    QCOMPARE(result.value().toJson(), written);
    // What the writer produced parses back to the same value.
    const ExactJsonResult again = ExactJson::parse(written);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QVERIFY(again.value() == result.value());
}

void TestExactJson::invalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &input, const char *message) {
        QTest::newRow(name) << input << QString::fromUtf8(message);
    };
    row("empty", QByteArray(), "not JSON: the text is empty");
    row("only white space", QByteArray(" \n\t "), "not JSON: the text is empty");
    row("HTML error page", QByteArray("<html><body>502 Bad Gateway</body></html>"),
        "not JSON: unexpected '<' at byte 0");
    row("trailing garbage", QByteArray("{} x"), "not JSON: unexpected 'x' at byte 3");
    row("two values", QByteArray("1 2"), "not JSON: unexpected '2' at byte 2");
    row("trailing comma in array", QByteArray("[1,]"), "not JSON: unexpected ']' at byte 3");
    row("trailing comma in object", QByteArray(R"({"a":1,})"), "not JSON: unexpected '}' at byte 7");
    row("missing colon", QByteArray(R"({"a" 1})"), "not JSON: unexpected '1' at byte 5");
    row("unquoted key", QByteArray("{a:1}"), "not JSON: unexpected 'a' at byte 1");
    row("single quotes", QByteArray("'x'"), "not JSON: unexpected ''' at byte 0");
    row("unclosed array", QByteArray("["), "not JSON: unexpected end at byte 1");
    row("unclosed object", QByteArray(R"({"a":1)"), "not JSON: unexpected end at byte 6");
    row("missing value", QByteArray(R"({"a":})"), "not JSON: unexpected '}' at byte 5");
    row("leading zero", QByteArray("01"), "not JSON: unexpected '1' at byte 1");
    row("leading zero, negative", QByteArray("-01.5"), "not JSON: unexpected '1' at byte 2");
    row("dot without digits", QByteArray("1."), "not JSON: unexpected end at byte 2");
    row("dot then letter", QByteArray("1.x"), "not JSON: unexpected 'x' at byte 2");
    row("leading dot", QByteArray(".5"), "not JSON: unexpected '.' at byte 0");
    row("plus sign", QByteArray("+1"), "not JSON: unexpected '+' at byte 0");
    row("bare minus", QByteArray("-"), "not JSON: unexpected end at byte 1");
    row("exponent without digits", QByteArray("1e"), "not JSON: unexpected end at byte 2");
    row("exponent sign without digits", QByteArray("1e+"), "not JSON: unexpected end at byte 3");
    row("two dots", QByteArray("1.5.2"), "not JSON: unexpected '.' at byte 3");
    row("comma decimal", QByteArray("[19,99.]"), "not JSON: unexpected ']' at byte 7");
    row("NaN", QByteArray("NaN"), "not JSON: unexpected 'N' at byte 0");
    row("Infinity", QByteArray("-Infinity"), "not JSON: unexpected 'I' at byte 1");
    row("hex number", QByteArray("0x10"), "not JSON: unexpected 'x' at byte 1");
    row("truncated true", QByteArray("tru"), "not JSON: unexpected end at byte 3");
    row("misspelt true", QByteArray("trUe"), "not JSON: unexpected 'U' at byte 2");
    row("True", QByteArray("True"), "not JSON: unexpected 'T' at byte 0");
    row("nulls", QByteArray("nulls"), "not JSON: unexpected 's' at byte 4");
    row("unterminated string", QByteArray("\"abc"), "not JSON: unterminated string at byte 4");
    row("raw newline in string", QByteArray("\"a\nb\""), "not JSON: control character 0x0A inside a string at byte 2");
    row("raw NUL in string", QByteArray("\"a\0b\"", 5), "not JSON: control character 0x00 inside a string at byte 2");
    row("unknown escape", QByteArray(R"("\x")"), "not JSON: unexpected 'x' at byte 2");
    row("escape at end", QByteArray("\"\\"), "not JSON: unexpected end at byte 2");
    row("bad hex in \\u", QByteArray(R"("\u12G4")"), "not JSON: unexpected 'G' at byte 5");
    row("short \\u", QByteArray(R"("\u12")"), "not JSON: unexpected '\"' at byte 5");
    row("lone high surrogate", QByteArray(R"("\ud800")"),
        "not JSON: a high surrogate \\uD800 without its low half at byte 1");
    row("lone low surrogate", QByteArray(R"("\udc00")"), "not JSON: a lone low surrogate \\uDC00 at byte 1");
    row("high surrogate then letter", QByteArray(R"("\ud800\u0041")"),
        "not JSON: \\u0041 at byte 7 is not the low half of a surrogate pair");
    row("duplicate key", QByteArray(R"({"amount":"1.00","amount":"100.00"})"),
        "not JSON: duplicate key \"amount\" at byte 17");
    row("duplicate key written differently", QByteArray(R"({"a":1,"\u0061":2})"),
        "not JSON: duplicate key \"a\" at byte 7");
    row("duplicate key nested", QByteArray(R"({"result":{"status":"success","status":"failed"}})"),
        "not JSON: duplicate key \"status\" at byte 30");
    row("65 levels deep", nested(65), "not JSON: nested more than 64 levels deep at byte 64");
    row("65 objects deep", QByteArray(R"({"a":)").repeated(64) + "{}" + QByteArray("}").repeated(64),
        "not JSON: nested more than 64 levels deep at byte 320");
    row("invalid UTF-8 byte in string", QByteArray("\"\xff\""), "not JSON: invalid UTF-8 at byte 1");
    row("overlong slash", QByteArray("\"\xc0\xaf\""), "not JSON: invalid UTF-8 at byte 1");
    row("overlong three bytes", QByteArray("\"\xe0\x80\xaf\""), "not JSON: invalid UTF-8 at byte 1");
    row("UTF-8 surrogate", QByteArray("\"a\xed\xa0\x80\""), "not JSON: invalid UTF-8 at byte 2");
    row("beyond U+10FFFF", QByteArray("\"\xf4\x90\x80\x80\""), "not JSON: invalid UTF-8 at byte 1");
    row("truncated sequence", QByteArray("\"\xe2\x82\""), "not JSON: invalid UTF-8 at byte 1");
    row("sequence cut by end", QByteArray("\"\xe2\x82"), "not JSON: invalid UTF-8 at byte 1");
    row("lone continuation byte", QByteArray("\"\x80\""), "not JSON: invalid UTF-8 at byte 1");
    row("invalid byte outside string", QByteArray("\xff"), "not JSON: unexpected byte 0xFF at byte 0");
    row("NUL byte", QByteArray("\0", 1), "not JSON: unexpected byte 0x00 at byte 0");
    row("NUL after value", QByteArray("{}\0", 3), "not JSON: unexpected byte 0x00 at byte 2");
    row("form-encoded answer", QByteArray("ret_code=000100&ret_msg=ok"), "not JSON: unexpected 'r' at byte 0");
    row("plain success", QByteArray("success"), "not JSON: unexpected 's' at byte 0");
}

void TestExactJson::invalid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const ExactJsonResult result = ExactJson::parse(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.message(), message);
    QCOMPARE(result.value().type(), ExactJson::Type::Null);
}

void TestExactJson::sizeLimit()
{
    // Exactly 1 MiB is accepted, one byte more is not.
    QByteArray atLimit = "\"" + QByteArray(1024 * 1024 - 2, 'a') + "\"";
    QCOMPARE(atLimit.size(), 1024 * 1024);
    const ExactJsonResult ok = ExactJson::parse(atLimit);
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    QCOMPARE(ok.value().scalarText().size(), 1024 * 1024 - 2);

    const QByteArray overLimit = atLimit + ' ';
    const ExactJsonResult tooLarge = ExactJson::parse(overLimit);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.message(),
             QStringLiteral("not JSON: the text is 1048577 bytes long, more than the limit of 1 MiB"));

    // Many keys in one object stay fast (duplicate detection is not quadratic).
    QByteArray manyKeys = "{";
    for (int i = 0; i < 60000; ++i) {
        manyKeys += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    }
    manyKeys += "\"end\":0}";
    const ExactJsonResult wide = ExactJson::parse(manyKeys);
    QVERIFY2(wide.ok(), qPrintable(wide.message()));
    QCOMPARE(wide.value().members().size(), 60001);
    QCOMPARE(wide.value().text(u"k59999"), QStringLiteral("59999"));
}

void TestExactJson::garbage()
{
    // 100 KB of random bytes, a fixed seed so a failure can be reproduced.
    QRandomGenerator random(20240531);
    QByteArray bytes(100 * 1024, Qt::Uninitialized);
    for (char &c : bytes) {
        c = static_cast<char>(random.bounded(256));
    }
    bytes[0] = '['; // get past the first byte so the parser has to work
    const ExactJsonResult result = ExactJson::parse(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().startsWith(QStringLiteral("not JSON: ")), qPrintable(result.message()));

    // 100 KB of opening brackets stops at the depth limit, not the stack's.
    const ExactJsonResult deep = ExactJson::parse(QByteArray(100 * 1024, '['));
    QCOMPARE(deep.message(), QStringLiteral("not JSON: nested more than 64 levels deep at byte 64"));

    const ExactJsonResult strings = ExactJson::parse(QByteArray("[\"\\u").repeated(25 * 1024));
    QCOMPARE(strings.message(), QStringLiteral("not JSON: unexpected '[' at byte 4"));
}

void TestExactJson::accessors()
{
    const ExactJsonResult result = ExactJson::parse(R"({"code":"00","n":32,"ok":true,"list":[1,"x"],"none":null})");
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const ExactJson &root = result.value();
    QVERIFY(root.isObject());
    QCOMPARE(root.members().size(), 5);
    QCOMPARE(root.members().at(0).first, QStringLiteral("code"));
    QCOMPARE(root.text(u"code"), QStringLiteral("00"));
    QCOMPARE(root.text(u"n"), QStringLiteral("32"));
    QCOMPARE(root.text(u"ok"), QStringLiteral("true"));
    QVERIFY(root.member(u"ok")->boolean());
    QCOMPARE(root.text(u"missing"), QString());
    QCOMPARE(root.member(u"missing"), nullptr);
    QVERIFY(root.member(u"none")->isNull());
    QCOMPARE(root.text(u"list"), QString());
    QCOMPARE(root.member(u"list")->elements().size(), 2);
    QVERIFY(root.member(u"list")->elements().at(0).isNumber());
    QVERIFY(root.member(u"list")->elements().at(1).isString());
    // A key is not looked up in something that is not an object.
    QCOMPARE(root.member(u"list")->member(u"code"), nullptr);
    QVERIFY(!ExactJson::parse("false").value().boolean());
}

void TestExactJson::gatewayAnswer()
{
    // Pockyt's tran-query answer (GATEWAYS.md §1): numbers stay text, nothing passes a double.
    const QByteArray answer = R"({"ret_code":"000100","ret_msg":"query success","result":{
        "transactionNo":"297553638300708562","reference":"seq_1","amount":19.99,"currency":"USD",
        "settleCurrency":"USD","status":"success","transactionType":"payment",
        "refundInfo":[{"refundTransactionId":"297553638301","refundReference":"r-1","refundAmount":0.1,
        "currency":"USD","settleCurrency":"USD"}]}})";
    const ExactJsonResult result = ExactJson::parse(answer);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const ExactJson *inner = result.value().member(u"result");
    QVERIFY(inner);
    QCOMPARE(inner->text(u"amount"), QStringLiteral("19.99"));
    QCOMPARE(inner->text(u"transactionNo"), QStringLiteral("297553638300708562"));
    const RefundDesk::MoneyResult amount = Money::fromDecimalString(inner->text(u"amount"), currency("USD"));
    QVERIFY(amount.ok());
    QCOMPARE(amount.value().minorUnits(), 1999);
    const ExactJson &refund = inner->member(u"refundInfo")->elements().at(0);
    QCOMPARE(refund.text(u"refundAmount"), QStringLiteral("0.1"));
}

void TestExactJson::buildAndWrite()
{
    // SecPaid's refund body (GATEWAYS.md §3): refund_amount is a JSON number written exactly.
    ExactJson body =
        ExactJson::object({{QStringLiteral("pay_id"), ExactJson::fromInteger(12345)},
                           {QStringLiteral("refund_amount"), ExactJson::fromMoney(Money(4999, currency("EUR")))},
                           {QStringLiteral("isFullRefund"), ExactJson::fromBool(true)}});
    QCOMPARE(body.toJson(), QByteArray(R"({"pay_id":12345,"refund_amount":49.99,"isFullRefund":true})"));

    body.insert(QStringLiteral("isFullRefund"), ExactJson::fromBool(false));
    body.insert(QStringLiteral("note"), ExactJson::fromString(QStringLiteral("Stra\u00dfe \"7\"\n")));
    QCOMPARE(body.toJson(),
             QByteArray("{\"pay_id\":12345,\"refund_amount\":49.99,\"isFullRefund\":false,"
                        "\"note\":\"Stra\xc3\x9f"
                        "e \\\"7\\\"\\n\"}"));

    ExactJson list = ExactJson::array();
    list.append(ExactJson());
    list.append(ExactJson::fromInteger(-9223372036854775807LL - 1));
    list.append(ExactJson::object());
    QCOMPARE(list.toJson(), QByteArray("[null,-9223372036854775808,{}]"));

    // insert() and append() leave values of other types alone.
    ExactJson text = ExactJson::fromString(QStringLiteral("x"));
    text.insert(QStringLiteral("a"), ExactJson());
    text.append(ExactJson());
    QCOMPARE(text.toJson(), QByteArray("\"x\""));

    // An object built with a repeated key keeps one member, the last value.
    const ExactJson repeated = ExactJson::object(
        {{QStringLiteral("a"), ExactJson::fromInteger(1)}, {QStringLiteral("a"), ExactJson::fromInteger(2)}});
    QCOMPARE(repeated.toJson(), QByteArray(R"({"a":2})"));
}

void TestExactJson::moneyAsNumber_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currencyCode");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("49.99 EUR") << qint64(4999) << QStringLiteral("EUR") << QByteArray("49.99");
    QTest::newRow("19.99 EUR") << qint64(1999) << QStringLiteral("EUR") << QByteArray("19.99");
    QTest::newRow("0.10 EUR") << qint64(10) << QStringLiteral("EUR") << QByteArray("0.10");
    QTest::newRow("0.01 EUR") << qint64(1) << QStringLiteral("EUR") << QByteArray("0.01");
    QTest::newRow("1234 JPY") << qint64(1234) << QStringLiteral("JPY") << QByteArray("1234");
    QTest::newRow("1.005 KWD") << qint64(1005) << QStringLiteral("KWD") << QByteArray("1.005");
    QTest::newRow("-0.05 EUR") << qint64(-5) << QStringLiteral("EUR") << QByteArray("-0.05");
}

void TestExactJson::moneyAsNumber()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currencyCode);
    QFETCH(QByteArray, json);

    const Currency c = *Currency::fromCode(currencyCode);
    const ExactJson number = ExactJson::fromMoney(Money(minorUnits, c));
    QVERIFY(number.isNumber());
    QCOMPARE(number.toJson(), json);
    // And back: the literal converts to the same minor units.
    const ExactJsonResult parsed = ExactJson::parse(json);
    QVERIFY(parsed.ok());
    QCOMPARE(Money::fromDecimalString(parsed.value().scalarText(), c).value().minorUnits(), minorUnits);
}

void TestExactJson::numberLiteral_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<bool>("valid");

    QTest::newRow("49.99") << QStringLiteral("49.99") << true;
    QTest::newRow("-0") << QStringLiteral("-0") << true;
    QTest::newRow("1E+2") << QStringLiteral("1E+2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading zero") << QStringLiteral("012") << false;
    QTest::newRow("comma") << QStringLiteral("49,99") << false;
    QTest::newRow("trailing space") << QStringLiteral("1 ") << false;
    QTest::newRow("NaN") << QStringLiteral("NaN") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662") << false;
    QTest::newRow("plus") << QStringLiteral("+1") << false;
}

void TestExactJson::numberLiteral()
{
    QFETCH(QString, literal);
    QFETCH(bool, valid);

    const std::optional<ExactJson> number = ExactJson::fromNumberLiteral(literal);
    QCOMPARE(number.has_value(), valid);
    if (valid) {
        QCOMPARE(number->toJson(), literal.toLatin1());
    }
}

void TestExactJson::stringRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << QStringLiteral("refund r-1");
    QTest::newRow("quotes and backslashes") << QStringLiteral("a\"b\\c");
    QTest::newRow("every control character") << [] {
        QString s;
        for (char16_t c = 0; c < 0x20; ++c) {
            s += QChar(c);
        }
        return s;
    }();
    QTest::newRow("non-BMP") << QString::fromUtf8("\xf0\x9f\x92\xb6 \xe4\xb8\xad");
    QTest::newRow("DEL and slash") << QStringLiteral("\u007f/");
}

void TestExactJson::stringRoundTrip()
{
    QFETCH(QString, text);

    const QByteArray json = ExactJson::fromString(text).toJson();
    const ExactJsonResult parsed = ExactJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed.value().scalarText(), text);
}

QTEST_GUILESS_MAIN(TestExactJson)
#include "tst_exactjson.moc"
