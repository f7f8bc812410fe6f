#include "FormUrlEncoded.h"

#include <QStringDecoder>
#include <QUrl>

namespace RefundDesk {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QString> decodeComponent(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            bytes += c;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return decoded;
}

} // namespace

QByteArray FormUrlEncoded::encode(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

std::optional<FormUrlEncoded::Fields> FormUrlEncoded::decode(QByteArrayView body)
{
    Fields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView segment = body.sliced(start, end - start);
        if (!segment.isEmpty()) {
            const qsizetype equals = segment.indexOf('=');
            const auto name = decodeComponent(equals < 0 ? segment : segment.first(equals));
            const auto value = decodeComponent(equals < 0 ? QByteArrayView() : segment.sliced(equals + 1));
            if (!name || !value)
                return std::nullopt;
            fields.append({*name, *value});
        }
        start = end + 1;
    }
    return fields;
}

} // namespace RefundDesk
