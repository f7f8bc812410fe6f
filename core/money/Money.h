#pragma once

#include "Currency.h"

#include <QLocale>
#include <QString>

namespace RefundDesk {

class MoneyResult;

// An amount of money: a signed 64-bit count of the currency's minor units.
// No floating point is ever involved. Arithmetic is checked: it refuses to mix
// currencies and to overflow, and says so in a MoneyResult.
class Money
{
public:
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    { }

    static Money zero(Currency currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    MoneyResult plus(const Money &other) const;
    MoneyResult minus(const Money &other) const;
    MoneyResult negated() const;
    // Comparison of amounts in one currency; currencies must match (asserted).
    int compare(const Money &other) const;

    // "1234.50" / "1234" (JPY) / "-0.05": the currency's exact decimals, '.' as the
    // decimal point, no grouping. What gateways that take decimal strings want.
    QString toDecimalString() const;
    // For people, in the locale's currency format: "$1,234.50" (USD, en_US), "1.234,50 €"
    // (EUR, de_DE). The locale's symbol is used only for the locale's own currency, else
    // the ISO code: "EUR 1,234.50" in en_US. Negative amounts get the locale's minus sign
    // in front ("-$5.00"), never accounting parentheses.
    QString toDisplayString(const QLocale &locale) const;
    // The number alone in the locale's digits, grouping and decimal point, with all of
    // the currency's decimals: "1.234,50" (de_DE), "12,34,567.00" (en_IN), "1,234" (JPY).
    // parse() accepts whatever this returns for a non-negative amount.
    QString toLocalizedNumber(const QLocale &locale) const;

    // Parses what a person typed, in their locale: "12,50" (de_DE), "1,234.56"
    // (en_US), "12.5" -> 1250 minor units. Refuses empty text, signs, exponents,
    // more decimals than the currency has, misplaced grouping separators, any
    // other character and amounts too large for 64 bits; each with its own message.
    // Surrounding white space is ignored; ".5" and "12." are accepted; grouping is optional,
    // but when present it must be by three from the decimal point or exactly as the locale
    // groups (en_IN "1,00,000"). Where the locale groups with a no-break space, a plain
    // space and either no-break space are accepted; for U+2019 (de_CH) also "'". ASCII
    // digits are always accepted, the locale's own digits too (ar_EG).
    static MoneyResult parse(QStringView text, Currency currency, const QLocale &locale);

    // Parses a gateway's decimal text ("19.99", "0.1", "1234", "49.990"): plain
    // ASCII digits with an optional '.' and optional leading '-', no grouping and
    // no exponent; digits beyond the currency's exponent must be zero. No white
    // space is trimmed. "1." and ".5" are read as 1 and 0.5.
    static MoneyResult fromDecimalString(QStringView text, Currency currency);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor;
    Currency m_currency;
};

// The outcome of parsing or arithmetic: either a Money, or an error code with a
// message a person can act on. (A value, as DESIGN.md's conventions ask.)
class MoneyResult
{
public:
    enum class Error {
        None,
        Empty, // nothing but white space
        Sign, // '+', '-' or the locale's signs
        Exponent, // 1e3
        TooManyDecimals, // 12.345 for EUR, 12.5 for JPY
        MisplacedGrouping, // 1,23.45, 12,50 or 1,,234 (en_US); a separator after the decimal point
        InvalidCharacter, // anything else: letters, symbols, spaces, a second decimal point
        NoDigits, // "." or ","
        TooLarge, // beyond 64-bit minor units
        CurrencyMismatch, // EUR + USD
        Overflow, // arithmetic past 64 bits
    };

    static MoneyResult success(Money value) { return MoneyResult(Error::None, QString(), value); }
    static MoneyResult failure(Error error, const QString &message, Currency currency)
    {
        return MoneyResult(error, message, Money::zero(currency));
    }

    bool ok() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // Empty on success; otherwise a sentence for the user ("EUR has 2 decimal places; ...").
    const QString &message() const { return m_message; }
    // The amount on success; zero in the requested currency on failure.
    const Money &value() const { return m_value; }

private:
    MoneyResult(Error error, QString message, Money value)
        : m_error(error)
        , m_message(std::move(message))
        , m_value(value)
    { }

    Error m_error;
    QString m_message;
    Money m_value;
};

} // namespace RefundDesk
