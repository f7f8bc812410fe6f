#include "Money.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>

#include <limits>
#include <optional>
#include <vector>

namespace RefundDesk {

namespace {

using Digits = std::vector<int>;

// |value| without overflow, also for the most negative qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString fromCodePoint(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

char32_t firstCodePoint(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return codePoints.isEmpty() ? U'\0' : static_cast<char32_t>(codePoints.first());
}

// Builds minor units from the digits before and after the decimal point. The caller
// guarantees fraction.size() <= exponent; missing fraction digits are zeros.
std::optional<qint64> toMinorUnits(const Digits &integer, const Digits &fraction, int exponent, bool negative)
{
    quint64 value = 0;
    const auto push = [&value](int digit) {
        return !__builtin_mul_overflow(value, quint64(10), &value)
            && !__builtin_add_overflow(value, static_cast<quint64>(digit), &value);
    };
    for (const int digit : integer) {
        if (!push(digit)) {
            return std::nullopt;
        }
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(exponent); ++i) {
        if (!push(i < fraction.size() ? fraction[i] : 0)) {
            return std::nullopt;
        }
    }
    constexpr quint64 maxPositive = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (!negative) {
        return value <= maxPositive ? std::optional<qint64>(static_cast<qint64>(value)) : std::nullopt;
    }
    if (value > maxPositive + 1) {
        return std::nullopt;
    }
    return value == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -static_cast<qint64>(value);
}

// The amount's magnitude in the locale's digits, grouping and decimal point. The integer
// part goes through QLocale so it groups exactly as the locale does (en_IN "12,34,567").
QString localizedMagnitude(quint64 minorUnits, const Currency &currency, const QLocale &locale)
{
    const auto perMajor = static_cast<quint64>(currency.minorPerMajor());
    QString text = locale.toString(minorUnits / perMajor);
    if (currency.exponent() == 0) {
        return text;
    }
    text += locale.decimalPoint();
    const QString fraction = QString::number(minorUnits % perMajor).rightJustified(currency.exponent(), u'0');
    const char32_t zero = firstCodePoint(locale.zeroDigit());
    for (const QChar digit : fraction) {
        text += fromCodePoint(zero + static_cast<char32_t>(digit.unicode() - u'0'));
    }
    return text;
}

bool isBidiMark(char32_t c)
{
    return c == U'\u200E' || c == U'\u200F' || c == U'\u061C';
}

// What a typed amount may contain in one locale, and how to read it.
class TypedAmountSyntax
{
public:
    explicit TypedAmountSyntax(const QLocale &locale)
        : m_zero(firstCodePoint(locale.zeroDigit()))
        , m_decimalPoint(firstCodePoint(locale.decimalPoint()))
        , m_group(firstCodePoint(locale.groupSeparator()))
    {
        m_groupForms.push_back(m_group);
        // People type the key they have: a plain space for the no-break spaces some
        // locales group with, an ASCII apostrophe for the Swiss U+2019.
        if (m_group == U'\u00A0' || m_group == U'\u202F') {
            m_groupForms.append({U' ', U'\u00A0', U'\u202F'});
        } else if (m_group == U'\u2019') {
            m_groupForms.push_back(U'\'');
        }
        m_signs = {U'+', U'-', U'\u2212', U'\u2013', U'\uFE62', U'\uFE63', U'\uFF0B', U'\uFF0D'};
        for (const QString &sign : {locale.positiveSign(), locale.negativeSign()}) {
            for (const uint c : sign.toUcs4()) {
                if (!isBidiMark(c)) {
                    m_signs.push_back(c);
                }
            }
        }
    }

    int digitValue(char32_t c) const
    {
        if (c >= U'0' && c <= U'9') {
            return static_cast<int>(c - U'0');
        }
        if (m_zero != U'0' && c >= m_zero && c <= m_zero + 9) {
            return static_cast<int>(c - m_zero);
        }
        return -1;
    }
    bool isDecimalPoint(char32_t c) const { return c == m_decimalPoint; }
    bool isGroupSeparator(char32_t c) const { return m_groupForms.contains(c); }
    bool isSign(char32_t c) const { return m_signs.contains(c); }
    char32_t decimalPoint() const { return m_decimalPoint; }
    char32_t groupSeparator() const { return m_group; }

private:
    char32_t m_zero;
    char32_t m_decimalPoint;
    char32_t m_group;
    QList<char32_t> m_groupForms;
    QList<char32_t> m_signs;
};

// "1e3", "1.5E-2": an 'e' right after a digit or the decimal point, followed by digits
// with an optional sign.
bool startsExponent(const QList<uint> &codePoints, qsizetype at, const TypedAmountSyntax &syntax)
{
    const char32_t c = codePoints[at];
    if ((c != U'e' && c != U'E') || at == 0) {
        return false;
    }
    const char32_t before = codePoints[at - 1];
    if (syntax.digitValue(before) < 0 && !syntax.isDecimalPoint(before)) {
        return false;
    }
    qsizetype next = at + 1;
    if (next < codePoints.size() && syntax.isSign(codePoints[next])) {
        ++next;
    }
    return next < codePoints.size() && syntax.digitValue(codePoints[next]) >= 0;
}

QString invalidCharacterMessage(char32_t c, const TypedAmountSyntax &syntax)
{
    if (QChar::isSpace(c)) {
        return QCoreApplication::translate("RefundDesk::Money", "A space is not allowed inside an amount.");
    }
    const QString character = fromCodePoint(c);
    if (c == U'.' || c == U',') {
        return QCoreApplication::translate("RefundDesk::Money",
                                           "'%1' is not allowed in an amount; the decimal point is '%2'.")
            .arg(character, fromCodePoint(syntax.decimalPoint()));
    }
    if (QChar::category(c) == QChar::Symbol_Currency) {
        return QCoreApplication::translate("RefundDesk::Money",
                                           "'%1' is not allowed in an amount; type the number without a "
                                           "currency symbol.")
            .arg(character);
    }
    return QCoreApplication::translate("RefundDesk::Money", "'%1' is not allowed in an amount.").arg(character);
}

QString misplacedGroupingMessage(const TypedAmountSyntax &syntax)
{
    const QString decimalPoint = fromCodePoint(syntax.decimalPoint());
    if (QChar::isSpace(syntax.groupSeparator())) {
        return QCoreApplication::translate("RefundDesk::Money",
                                           "The thousands separator (a space) is in the wrong place; the decimal "
                                           "point is '%1'.")
            .arg(decimalPoint);
    }
    return QCoreApplication::translate("RefundDesk::Money",
                                       "The thousands separator '%1' is in the wrong place; the decimal point is '%2'.")
        .arg(fromCodePoint(syntax.groupSeparator()), decimalPoint);
}

QString tooManyDecimalsMessage(const Currency &currency, std::size_t typedDecimals)
{
    if (currency.exponent() == 0) {
        return QCoreApplication::translate("RefundDesk::Money", "%1 has no decimal places.").arg(currency.code());
    }
    // Exponents in the table are 2 or 3 and the amount has more, so the plural is safe.
    return QCoreApplication::translate("RefundDesk::Money", "%1 has %2 decimal places; this amount has %3.")
        .arg(currency.code())
        .arg(currency.exponent())
        .arg(typedDecimals);
}

// True when the typed integer part is grouped exactly as the locale groups that number.
bool groupingMatchesLocale(const std::vector<qsizetype> &runs, const Digits &integer, const TypedAmountSyntax &syntax,
                           const QLocale &locale)
{
    quint64 value = 0;
    for (const int digit : integer) {
        if (__builtin_mul_overflow(value, quint64(10), &value)
            || __builtin_add_overflow(value, static_cast<quint64>(digit), &value)) {
            return false;
        }
    }
    QString typed;
    std::size_t next = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i > 0) {
            typed += u',';
        }
        for (qsizetype k = 0; k < runs[i]; ++k) {
            typed += QChar(static_cast<char16_t>(u'0' + integer[next++]));
        }
    }
    QString canonical;
    for (const uint c : locale.toString(value).toUcs4()) {
        if (const int digit = syntax.digitValue(c); digit >= 0) {
            canonical += QChar(static_cast<char16_t>(u'0' + digit));
        } else if (c == syntax.groupSeparator()) {
            canonical += u',';
        } else {
            canonical += fromCodePoint(c);
        }
    }
    return typed == canonical;
}

// Separators must group the integer digits by three from the decimal point ("1,234,567"),
// or exactly as the locale itself groups that number (en_IN "12,34,567", es_ES "1234.567"),
// so that whatever toLocalizedNumber() shows can be typed back.
bool groupingIsValid(const std::vector<qsizetype> &runs, const Digits &integer, const TypedAmountSyntax &syntax,
                     const QLocale &locale)
{
    for (const qsizetype run : runs) {
        if (run == 0) {
            return false; // leading, trailing or doubled separator
        }
    }
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if ((i == 0 && runs[i] > 3) || (i > 0 && runs[i] != 3)) {
            return groupingMatchesLocale(runs, integer, syntax, locale);
        }
    }
    return true;
}

MoneyResult fail(MoneyResult::Error error, const QString &message, const Currency &currency)
{
    return MoneyResult::failure(error, message, currency);
}

} // namespace

MoneyResult Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return fail(MoneyResult::Error::CurrencyMismatch,
                    QCoreApplication::translate("RefundDesk::Money", "Amounts in %1 and %2 cannot be added.")
                        .arg(m_currency.code(), other.m_currency.code()),
                    m_currency);
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return fail(MoneyResult::Error::Overflow,
                    QCoreApplication::translate("RefundDesk::Money", "The sum is too large."), m_currency);
    }
    return MoneyResult::success(Money(sum, m_currency));
}

MoneyResult Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return fail(MoneyResult::Error::CurrencyMismatch,
                    QCoreApplication::translate("RefundDesk::Money", "An amount in %2 cannot be subtracted from %1.")
                        .arg(m_currency.code(), other.m_currency.code()),
                    m_currency);
    }
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference)) {
        return fail(MoneyResult::Error::Overflow,
                    QCoreApplication::translate("RefundDesk::Money", "The difference is too large."), m_currency);
    }
    return MoneyResult::success(Money(difference, m_currency));
}

MoneyResult Money::negated() const
{
    qint64 negative = 0;
    if (__builtin_sub_overflow(qint64(0), m_minor, &negative)) {
        return fail(MoneyResult::Error::Overflow,
                    QCoreApplication::translate("RefundDesk::Money", "The amount is too large to negate."), m_currency);
    }
    return MoneyResult::success(Money(negative, m_currency));
}

int Money::compare(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

QString Money::toDecimalString() const
{
    const quint64 absolute = magnitude(m_minor);
    const auto perMajor = static_cast<quint64>(m_currency.minorPerMajor());
    QString text = QString::number(absolute / perMajor);
    if (m_currency.exponent() > 0) {
        text += u'.';
        text += QString::number(absolute % perMajor).rightJustified(m_currency.exponent(), u'0');
    }
    if (m_minor < 0) {
        text.prepend(u'-');
    }
    return text;
}

QString Money::toLocalizedNumber(const QLocale &locale) const
{
    const QString number = localizedMagnitude(magnitude(m_minor), m_currency, locale);
    return m_minor < 0 ? locale.negativeSign() + number : number;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const QString code = m_currency.code();
    const bool localCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == code
        && !locale.currencySymbol(QLocale::CurrencySymbol).isEmpty();
    const QString symbol = localCurrency ? locale.currencySymbol(QLocale::CurrencySymbol) : code;

    // QLocale knows where the symbol and the spaces go but formats fractions only through
    // double; so format the integer 1 and put the exact number in place of its digit.
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
    const QString one = locale.toString(qlonglong(1));
    QString number = localizedMagnitude(magnitude(m_minor), m_currency, locale);
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    const qsizetype at = pattern.indexOf(one);
    if (at < 0) {
        // No locale in Qt's data lacks the digit; should one appear, stay readable.
        return sign + number + QChar(u'\u00A0') + symbol;
    }
    // Qt glues a foreign ISO code to the digits ("EUR1.00" in en_US); CLDR's currency
    // spacing puts a no-break space between letters and digits.
    if (!localCurrency) {
        if (at > 0 && pattern.at(at - 1).isLetter()) {
            number.prepend(QChar(u'\u00A0'));
        }
        if (at + one.size() < pattern.size() && pattern.at(at + one.size()).isLetter()) {
            number.append(QChar(u'\u00A0'));
        }
    }
    // Negative amounts take the locale's minus sign in front of the positive form, not the
    // accounting parentheses Qt 6.4 uses for en_US ("($5.00)"), which read like a note.
    return sign + QString(pattern).replace(at, one.size(), number);
}

MoneyResult Money::parse(QStringView text, Currency currency, const QLocale &locale)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(MoneyResult::Error::Empty, QCoreApplication::translate("RefundDesk::Money", "Enter an amount."),
                    currency);
    }

    enum class Token { Digit, DecimalPoint, GroupSeparator };
    struct Item
    {
        Token token;
        int digit;
    };
    const TypedAmountSyntax syntax(locale);
    const QList<uint> codePoints = trimmed.toUcs4();
    std::vector<Item> items;
    bool hasExponent = false;
    bool hasSign = false;
    bool hasDecimalPoint = false;
    QString invalidMessage;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (const int digit = syntax.digitValue(c); digit >= 0) {
            items.push_back({Token::Digit, digit});
        } else if (syntax.isDecimalPoint(c)) {
            if (hasDecimalPoint && invalidMessage.isEmpty()) {
                invalidMessage =
                    QCoreApplication::translate("RefundDesk::Money", "The decimal point '%1' appears more than once.")
                        .arg(fromCodePoint(c));
            }
            hasDecimalPoint = true;
            items.push_back({Token::DecimalPoint, 0});
        } else if (syntax.isGroupSeparator(c)) {
            items.push_back({Token::GroupSeparator, 0});
        } else if (startsExponent(codePoints, i, syntax)) {
            hasExponent = true;
        } else if (syntax.isSign(c)) {
            hasSign = true;
        } else if (invalidMessage.isEmpty()) {
            invalidMessage = invalidCharacterMessage(c, syntax);
        }
    }

    // The most telling problem wins: "1e-3" is about the exponent, "-5x" about the sign.
    if (hasExponent) {
        return fail(MoneyResult::Error::Exponent,
                    QCoreApplication::translate("RefundDesk::Money",
                                                "Scientific notation such as 1e3 is not accepted; type the amount "
                                                "in full."),
                    currency);
    }
    if (hasSign) {
        return fail(MoneyResult::Error::Sign,
                    QCoreApplication::translate("RefundDesk::Money",
                                                "Enter the amount without a sign: refunds are always positive."),
                    currency);
    }
    if (!invalidMessage.isEmpty()) {
        return fail(MoneyResult::Error::InvalidCharacter, invalidMessage, currency);
    }

    Digits integer;
    Digits fraction;
    std::vector<qsizetype> runs {0}; // digits between group separators, before the decimal point
    bool afterDecimalPoint = false;
    bool separatorAfterDecimalPoint = false;
    for (const Item &item : items) {
        switch (item.token) {
        case Token::Digit:
            if (afterDecimalPoint) {
                fraction.push_back(item.digit);
            } else {
                integer.push_back(item.digit);
                ++runs.back();
            }
            break;
        case Token::DecimalPoint:
            afterDecimalPoint = true;
            break;
        case Token::GroupSeparator:
            if (afterDecimalPoint) {
                separatorAfterDecimalPoint = true;
            } else {
                runs.push_back(0);
            }
            break;
        }
    }
    if (integer.empty() && fraction.empty()) {
        return fail(MoneyResult::Error::NoDigits,
                    QCoreApplication::translate("RefundDesk::Money", "Enter at least one digit."), currency);
    }
    if (separatorAfterDecimalPoint || (runs.size() > 1 && !groupingIsValid(runs, integer, syntax, locale))) {
        return fail(MoneyResult::Error::MisplacedGrouping, misplacedGroupingMessage(syntax), currency);
    }
    if (fraction.size() > static_cast<std::size_t>(currency.exponent())) {
        return fail(MoneyResult::Error::TooManyDecimals, tooManyDecimalsMessage(currency, fraction.size()), currency);
    }
    const std::optional<qint64> minorUnits = toMinorUnits(integer, fraction, currency.exponent(), false);
    if (!minorUnits) {
        return fail(MoneyResult::Error::TooLarge,
                    QCoreApplication::translate("RefundDesk::Money", "This amount is too large."), currency);
    }
    return MoneyResult::success(Money(*minorUnits, currency));
}

MoneyResult Money::fromDecimalString(QStringView text, Currency currency)
{
    // Gateway text can be anything; quote a bounded piece of it.
    const QString quoted = text.left(40).toString();
    if (text.isEmpty()) {
        return fail(MoneyResult::Error::Empty,
                    QCoreApplication::translate("RefundDesk::Money", "The amount text is empty."), currency);
    }
    const bool negative = text.front() == u'-';
    Digits integer;
    Digits fraction;
    bool hasDecimalPoint = false;
    bool hasExponent = false;
    bool hasSign = false;
    bool hasSecondDecimalPoint = false;
    QString invalidCharacter;
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            (hasDecimalPoint ? fraction : integer).push_back(c.unicode() - u'0');
        } else if (c == u'.' && !hasDecimalPoint) {
            hasDecimalPoint = true;
        } else if (c == u'.') {
            hasSecondDecimalPoint = true;
        } else if (c == u'e' || c == u'E') {
            hasExponent = true;
        } else if (c == u'-' || c == u'+') {
            hasSign = true;
        } else if (invalidCharacter.isEmpty()) {
            invalidCharacter = c;
        }
    }
    if (hasExponent) {
        return fail(
            MoneyResult::Error::Exponent,
            QCoreApplication::translate("RefundDesk::Money", "The amount \"%1\" uses scientific notation.").arg(quoted),
            currency);
    }
    if (hasSign) {
        return fail(
            MoneyResult::Error::Sign,
            QCoreApplication::translate("RefundDesk::Money", "The amount \"%1\" has a sign other than one leading '-'.")
                .arg(quoted),
            currency);
    }
    if (hasSecondDecimalPoint) {
        return fail(
            MoneyResult::Error::InvalidCharacter,
            QCoreApplication::translate("RefundDesk::Money", "The amount \"%1\" has more than one '.'.").arg(quoted),
            currency);
    }
    if (!invalidCharacter.isEmpty()) {
        return fail(
            MoneyResult::Error::InvalidCharacter,
            QCoreApplication::translate("RefundDesk::Money", "'%1' is not allowed in the decimal amount \"%2\".")
                .arg(invalidCharacter, quoted),
            currency);
    }
    if (integer.empty() && fraction.empty()) {
        return fail(MoneyResult::Error::NoDigits,
                    QCoreApplication::translate("RefundDesk::Money", "The amount \"%1\" has no digits.").arg(quoted),
                    currency);
    }
    // Gateways pad ("49.990"); trailing zeros beyond the currency's decimals change nothing.
    const auto exponent = static_cast<std::size_t>(currency.exponent());
    while (fraction.size() > exponent && fraction.back() == 0) {
        fraction.pop_back();
    }
    if (fraction.size() > exponent) {
        const QString message = exponent == 0
            ? QCoreApplication::translate("RefundDesk::Money", "%1 has no decimal places; \"%2\" has a fraction.")
                  .arg(currency.code(), quoted)
            : QCoreApplication::translate("RefundDesk::Money", "%1 has %2 decimal places; \"%3\" has more.")
                  .arg(currency.code())
                  .arg(exponent)
                  .arg(quoted);
        return fail(MoneyResult::Error::TooManyDecimals, message, currency);
    }
    const std::optional<qint64> minorUnits = toMinorUnits(integer, fraction, currency.exponent(), negative);
    if (!minorUnits) {
        return fail(MoneyResult::Error::TooLarge,
                    QCoreApplication::translate("RefundDesk::Money", "The amount \"%1\" is too large.").arg(quoted),
                    currency);
    }
    return MoneyResult::success(Money(*minorUnits, currency));
}

} // namespace RefundDesk
