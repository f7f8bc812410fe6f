#pragma once

#include "money/Money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <utility>

namespace RefundDesk {

class ExactJsonResult;

// A parsed JSON value that keeps every number exactly as it was written ("19.99",
// "1e2", "32"), so money never passes through a double (GATEWAYS.md, general rules).
// QJsonDocument cannot do that: it stores numbers as double.
class ExactJson
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    // Strict RFC 8259 parse of UTF-8 bytes, with a nesting limit of 64 and an
    // input limit of 1 MiB. Never throws, never crashes on any input (fuzzed).
    // Also refuses invalid UTF-8, lone surrogates and an object with the same key twice
    // (two "amount" members would leave it open which one counts). A leading byte order
    // mark is skipped, as RFC 8259 allows.
    static ExactJsonResult parse(QByteArrayView utf8);

    ExactJson() = default;
    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }

    // The member named key of an object; nullptr when absent or when this is not an object.
    const ExactJson *member(QStringView key) const;
    // The object's members in document order.
    const QList<std::pair<QString, ExactJson>> &members() const { return m_members; }
    // The array's elements.
    const QList<ExactJson> &elements() const { return m_elements; }

    // A string's decoded text, a number's literal text ("49.99", "-1e2"), "true"/"false"
    // for booleans; empty for null, arrays and objects. Lets parsers accept
    // "code": "00" and "code": 32 alike.
    QString scalarText() const;
    bool boolean() const { return m_type == Type::Bool && m_text == u"true"; }

    // Convenience for gateway answers: member(key)->scalarText(), or an empty string.
    QString text(QStringView key) const;

    // Building values, for request bodies and the sandbox's answers.
    static ExactJson fromBool(bool value);
    static ExactJson fromString(QString text);
    static ExactJson fromInteger(qint64 value);
    // The amount as a JSON number with the currency's exact decimals: 49.99, 1234 (JPY),
    // -0.05. What SecPaid's "refund_amount" needs; no double is involved.
    static ExactJson fromMoney(const Money &amount) { return fromValidLiteral(amount.toDecimalString()); }
    // A number from its literal text; nullopt unless the text is an RFC 8259 number.
    static std::optional<ExactJson> fromNumberLiteral(QStringView literal);
    static ExactJson array(QList<ExactJson> elements = {});
    // An object; a key given twice keeps its last value (as insert() does).
    static ExactJson object(const QList<std::pair<QString, ExactJson>> &members = {});

    // Adds a member to an object, or replaces the value of the member with that key.
    // Does nothing unless this is an object.
    void insert(const QString &key, ExactJson value);
    // Appends an element to an array. Does nothing unless this is an array.
    void append(ExactJson value);

    // Compact UTF-8 JSON; numbers are written exactly as their literal text.
    QByteArray toJson() const;

    friend bool operator==(const ExactJson &a, const ExactJson &b);

private:
    friend class ExactJsonParser;
    ExactJson(Type type, QString text)
        : m_type(type)
        , m_text(std::move(text))
    { }
    // For literals produced by code that always writes valid numbers (Money).
    static ExactJson fromValidLiteral(QString literal);
    void writeTo(QByteArray &out) const;

    Type m_type = Type::Null;
    QString m_text; // string contents, number literal or "true"/"false"
    QList<ExactJson> m_elements;
    QList<std::pair<QString, ExactJson>> m_members;
};

class ExactJsonResult
{
public:
    bool ok() const { return m_message.isEmpty(); }
    // Why the text is not JSON, with the byte offset: "not JSON: unexpected '<' at byte 0".
    const QString &message() const { return m_message; }
    const ExactJson &value() const { return m_value; }

    static ExactJsonResult success(ExactJson value)
    {
        ExactJsonResult r;
        r.m_value = std::move(value);
        return r;
    }
    static ExactJsonResult failure(QString message)
    {
        ExactJsonResult r;
        r.m_message = std::move(message);
        return r;
    }

private:
    QString m_message;
    ExactJson m_value;
};

} // namespace RefundDesk
