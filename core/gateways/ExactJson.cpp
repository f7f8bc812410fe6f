#include "ExactJson.h"

#include <QCoreApplication>
#include <QSet>

namespace RefundDesk {

namespace {

constexpr qsizetype maxInputBytes = 1024 * 1024;
constexpr int maxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c)) {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return c - 'A' + 10;
}

QString hexByte(uint value, int width = 2)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

// Scans an RFC 8259 number at the start of text. Returns true when one is there; end is
// then its length, and otherwise the offset of the byte that broke the grammar.
bool scanNumber(QByteArrayView text, qsizetype &end)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digits = [&] {
        const qsizetype first = i;
        while (i < n && isDigit(text[i])) {
            ++i;
        }
        return i > first;
    };
    bool ok = true;
    if (i < n && text[i] == '-') {
        ++i;
    }
    if (i < n && text[i] == '0') {
        ++i;
    } else {
        ok = digits();
    }
    if (ok && i < n && text[i] == '.') {
        ++i;
        ok = digits();
    }
    if (ok && i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            ++i;
        }
        ok = digits();
    }
    end = i;
    return ok;
}

void writeString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

// The recursive-descent parser behind ExactJson::parse. Every failure records the first
// problem with its byte offset and unwinds; nothing is thrown.
class ExactJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ExactJsonParser)

public:
    explicit ExactJsonParser(QByteArrayView input)
        : m_in(input)
    { }

    ExactJsonResult run()
    {
        if (m_in.size() > maxInputBytes) {
            return ExactJsonResult::failure(
                tr("not JSON: the text is %1 bytes long, more than the limit of 1 MiB").arg(m_in.size()));
        }
        // RFC 8259 lets a parser ignore a byte order mark; some servers send one.
        if (m_in.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        skipWhitespace();
        if (m_pos >= m_in.size()) {
            return ExactJsonResult::failure(tr("not JSON: the text is empty"));
        }
        ExactJson value;
        if (!parseValue(value, 0)) {
            return ExactJsonResult::failure(m_error);
        }
        skipWhitespace();
        if (m_pos < m_in.size()) {
            unexpected();
            return ExactJsonResult::failure(m_error);
        }
        return ExactJsonResult::success(std::move(value));
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    // "unexpected '<' at byte 0", "unexpected byte 0xFF at byte 7", "unexpected end at byte 12".
    bool unexpected()
    {
        const QString offset = QString::number(m_pos);
        if (m_pos >= m_in.size()) {
            return fail(tr("not JSON: unexpected end at byte %1").arg(offset));
        }
        const auto byte = static_cast<unsigned char>(m_in[m_pos]);
        if (byte >= 0x21 && byte <= 0x7E) {
            return fail(
                tr("not JSON: unexpected '%1' at byte %2").arg(QString(QChar(static_cast<char16_t>(byte))), offset));
        }
        return fail(tr("not JSON: unexpected byte 0x%1 at byte %2").arg(hexByte(byte), offset));
    }

    void skipWhitespace()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    bool parseValue(ExactJson &out, int depth)
    {
        if (m_pos >= m_in.size()) {
            return unexpected();
        }
        switch (m_in[m_pos]) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out.m_type = ExactJson::Type::String;
            return parseString(out.m_text);
        case 't':
            return parseWord("true", ExactJson::Type::Bool, out);
        case 'f':
            return parseWord("false", ExactJson::Type::Bool, out);
        case 'n':
            return parseWord("null", ExactJson::Type::Null, out);
        default:
            return parseNumber(out);
        }
    }

    bool parseWord(QByteArrayView word, ExactJson::Type type, ExactJson &out)
    {
        for (const char expected : word) {
            if (m_pos >= m_in.size() || m_in[m_pos] != expected) {
                return unexpected();
            }
            ++m_pos;
        }
        out.m_type = type;
        if (type == ExactJson::Type::Bool) {
            out.m_text = QString::fromLatin1(word);
        }
        return true;
    }

    bool parseNumber(ExactJson &out)
    {
        qsizetype length = 0;
        if (!scanNumber(m_in.sliced(m_pos), length)) {
            m_pos += length;
            return unexpected();
        }
        out.m_type = ExactJson::Type::Number;
        out.m_text = QString::fromLatin1(m_in.sliced(m_pos, length));
        m_pos += length;
        // "01" and "1.5.2" leave a digit or '.' right after a complete number.
        if (m_pos < m_in.size() && (isDigit(m_in[m_pos]) || m_in[m_pos] == '.')) {
            return unexpected();
        }
        return true;
    }

    // One code point from a \uXXXX escape (m_pos at the backslash), surrogate pairs joined.
    bool parseUnicodeEscape(char32_t &codePoint)
    {
        const auto readHex4 = [this](char32_t &unit) {
            // m_pos is at the backslash of "\uXXXX".
            if (m_pos + 1 >= m_in.size() || m_in[m_pos] != '\\' || m_in[m_pos + 1] != 'u') {
                return unexpected();
            }
            m_pos += 2;
            unit = 0;
            for (int i = 0; i < 4; ++i) {
                if (m_pos >= m_in.size() || !isHexDigit(m_in[m_pos])) {
                    return unexpected();
                }
                unit = unit * 16 + static_cast<char32_t>(hexValue(m_in[m_pos]));
                ++m_pos;
            }
            return true;
        };
        const qsizetype start = m_pos;
        char32_t high = 0;
        if (!readHex4(high)) {
            return false;
        }
        if (high >= 0xDC00 && high <= 0xDFFF) {
            return fail(
                tr("not JSON: a lone low surrogate \\u%1 at byte %2").arg(hexByte(high, 4), QString::number(start)));
        }
        if (high < 0xD800 || high > 0xDBFF) {
            codePoint = high;
            return true;
        }
        if (m_pos + 1 >= m_in.size() || m_in[m_pos] != '\\' || m_in[m_pos + 1] != 'u') {
            return fail(tr("not JSON: a high surrogate \\u%1 without its low half at byte %2")
                            .arg(hexByte(high, 4), QString::number(start)));
        }
        const qsizetype lowStart = m_pos;
        char32_t low = 0;
        if (!readHex4(low)) {
            return false;
        }
        if (low < 0xDC00 || low > 0xDFFF) {
            return fail(tr("not JSON: \\u%1 at byte %2 is not the low half of a surrogate pair")
                            .arg(hexByte(low, 4), QString::number(lowStart)));
        }
        codePoint = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
        return true;
    }

    // One code point of raw UTF-8 starting at m_pos; rejects overlong forms, encoded
    // surrogates, values above U+10FFFF and truncated sequences.
    bool decodeUtf8(char32_t &codePoint)
    {
        const qsizetype start = m_pos;
        const auto lead = static_cast<unsigned char>(m_in[m_pos]);
        int continuation = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
            codePoint = lead & 0x1Fu;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            codePoint = lead & 0x0Fu;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            codePoint = lead & 0x07u;
            minimum = 0x10000;
        } else {
            return fail(tr("not JSON: invalid UTF-8 at byte %1").arg(start));
        }
        ++m_pos;
        for (int i = 0; i < continuation; ++i) {
            if (m_pos >= m_in.size() || (static_cast<unsigned char>(m_in[m_pos]) & 0xC0u) != 0x80u) {
                return fail(tr("not JSON: invalid UTF-8 at byte %1").arg(start));
            }
            codePoint = (codePoint << 6) | (static_cast<unsigned char>(m_in[m_pos]) & 0x3Fu);
            ++m_pos;
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return fail(tr("not JSON: invalid UTF-8 at byte %1").arg(start));
        }
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        out.clear();
        while (true) {
            if (m_pos >= m_in.size()) {
                return fail(tr("not JSON: unterminated string at byte %1").arg(m_pos));
            }
            const char c = m_in[m_pos];
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (byte < 0x20) {
                return fail(tr("not JSON: control character 0x%1 inside a string at byte %2")
                                .arg(hexByte(byte), QString::number(m_pos)));
            }
            if (c == '\\') {
                if (!parseEscape(out)) {
                    return false;
                }
                continue;
            }
            if (byte < 0x80) {
                out += QChar(static_cast<char16_t>(byte));
                ++m_pos;
                continue;
            }
            char32_t codePoint = 0;
            if (!decodeUtf8(codePoint)) {
                return false;
            }
            out += QString::fromUcs4(&codePoint, 1);
        }
    }

    bool parseEscape(QString &out)
    {
        if (m_pos + 1 >= m_in.size()) {
            m_pos = m_in.size();
            return unexpected();
        }
        switch (m_in[m_pos + 1]) {
        case '"':
            out += u'"';
            break;
        case '\\':
            out += u'\\';
            break;
        case '/':
            out += u'/';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            char32_t codePoint = 0;
            if (!parseUnicodeEscape(codePoint)) {
                return false;
            }
            out += QString::fromUcs4(&codePoint, 1);
            return true;
        }
        default:
            ++m_pos;
            return unexpected();
        }
        m_pos += 2;
        return true;
    }

    bool enter(int depth)
    {
        if (depth > maxDepth) {
            return fail(tr("not JSON: nested more than %1 levels deep at byte %2")
                            .arg(QString::number(maxDepth), QString::number(m_pos)));
        }
        ++m_pos;
        skipWhitespace();
        return true;
    }

    bool parseArray(ExactJson &out, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        out.m_type = ExactJson::Type::Array;
        if (m_pos < m_in.size() && m_in[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            ExactJson element;
            if (!parseValue(element, depth)) {
                return false;
            }
            out.m_elements.append(std::move(element));
            skipWhitespace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return unexpected();
        }
    }

    // Duplicate keys are refused: with two "amount" members, different readers would
    // disagree about which one counts, and a forged answer could hide behind that.
    bool parseObject(ExactJson &out, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        out.m_type = ExactJson::Type::Object;
        QSet<QString> keys; // a linear search would make a 1 MiB object take minutes
        if (m_pos < m_in.size() && m_in[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (m_pos >= m_in.size() || m_in[m_pos] != '"') {
                return unexpected();
            }
            const qsizetype keyStart = m_pos;
            QString key;
            if (!parseString(key)) {
                return false;
            }
            if (keys.contains(key)) {
                return fail(tr("not JSON: duplicate key \"%1\" at byte %2").arg(key, QString::number(keyStart)));
            }
            keys.insert(key);
            skipWhitespace();
            if (m_pos >= m_in.size() || m_in[m_pos] != ':') {
                return unexpected();
            }
            ++m_pos;
            skipWhitespace();
            ExactJson value;
            if (!parseValue(value, depth)) {
                return false;
            }
            out.m_members.append({std::move(key), std::move(value)});
            skipWhitespace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return unexpected();
        }
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    QString m_error;
};

ExactJsonResult ExactJson::parse(QByteArrayView utf8)
{
    return ExactJsonParser(utf8).run();
}

const ExactJson *ExactJson::member(QStringView key) const
{
    if (m_type != Type::Object) {
        return nullptr;
    }
    for (const auto &[name, value] : m_members) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

QString ExactJson::scalarText() const
{
    switch (m_type) {
    case Type::String:
    case Type::Number:
    case Type::Bool:
        return m_text;
    case Type::Null:
    case Type::Array:
    case Type::Object:
        break;
    }
    return QString();
}

QString ExactJson::text(QStringView key) const
{
    const ExactJson *value = member(key);
    return value ? value->scalarText() : QString();
}

ExactJson ExactJson::fromBool(bool value)
{
    return ExactJson(Type::Bool, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ExactJson ExactJson::fromString(QString text)
{
    return ExactJson(Type::String, std::move(text));
}

ExactJson ExactJson::fromInteger(qint64 value)
{
    return ExactJson(Type::Number, QString::number(value));
}

std::optional<ExactJson> ExactJson::fromNumberLiteral(QStringView literal)
{
    const QByteArray latin1 = literal.toLatin1();
    // toLatin1() maps anything outside Latin-1 to '?', which is no part of a number.
    qsizetype length = 0;
    if (!scanNumber(latin1, length) || length != latin1.size()) {
        return std::nullopt;
    }
    return ExactJson(Type::Number, literal.toString());
}

ExactJson ExactJson::fromValidLiteral(QString literal)
{
    Q_ASSERT(fromNumberLiteral(literal).has_value());
    return ExactJson(Type::Number, std::move(literal));
}

ExactJson ExactJson::array(QList<ExactJson> elements)
{
    ExactJson value(Type::Array, QString());
    value.m_elements = std::move(elements);
    return value;
}

ExactJson ExactJson::object(const QList<std::pair<QString, ExactJson>> &members)
{
    ExactJson value(Type::Object, QString());
    for (const auto &[key, member] : members) {
        value.insert(key, member);
    }
    return value;
}

void ExactJson::insert(const QString &key, ExactJson value)
{
    if (m_type != Type::Object) {
        return;
    }
    for (auto &[name, existing] : m_members) {
        if (name == key) {
            existing = std::move(value);
            return;
        }
    }
    m_members.append({key, std::move(value)});
}

void ExactJson::append(ExactJson value)
{
    if (m_type == Type::Array) {
        m_elements.append(std::move(value));
    }
}

QByteArray ExactJson::toJson() const
{
    QByteArray out;
    writeTo(out);
    return out;
}

void ExactJson::writeTo(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null:
        out += "null";
        return;
    case Type::Bool:
    case Type::Number:
        out += m_text.toLatin1();
        return;
    case Type::String:
        writeString(out, m_text);
        return;
    case Type::Array: {
        out += '[';
        bool first = true;
        for (const ExactJson &element : m_elements) {
            if (!first) {
                out += ',';
            }
            first = false;
            element.writeTo(out);
        }
        out += ']';
        return;
    }
    case Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, value] : m_members) {
            if (!first) {
                out += ',';
            }
            first = false;
            writeString(out, key);
            out += ':';
            value.writeTo(out);
        }
        out += '}';
        return;
    }
    }
}

bool operator==(const ExactJson &a, const ExactJson &b)
{
    return a.m_type == b.m_type && a.m_text == b.m_text && a.m_elements == b.m_elements && a.m_members == b.m_members;
}

} // namespace RefundDesk
