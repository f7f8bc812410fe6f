#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
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

private:
    friend class ExactJsonParser;
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
