#include "SandboxResponse.h"

#include <QJsonDocument>

namespace RefundDesk {

SandboxResponse::SandboxResponse(int status, QByteArray contentType, QByteArray body)
    : m_status(status)
    , m_contentType(std::move(contentType))
    , m_body(std::move(body))
{ }

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    return SandboxResponse(status, QByteArrayLiteral("application/json"),
                           QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxResponse::jsonText(int status, QByteArray text)
{
    return SandboxResponse(status, QByteArrayLiteral("application/json"), std::move(text));
}

SandboxResponse SandboxResponse::plainText(int status, QByteArray text)
{
    return SandboxResponse(status, QByteArrayLiteral("text/plain; charset=utf-8"), std::move(text));
}

SandboxResponse &SandboxResponse::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

SandboxResponse SandboxResponse::truncated() const
{
    SandboxResponse cut = *this;
    cut.m_body.truncate(m_body.size() / 2);
    return cut;
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray SandboxResponse::toHttp(bool closeConnection) const
{
    QByteArray http;
    http += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    http += "Content-Type: " + m_contentType + "\r\n";
    http += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    for (const auto &[name, value] : m_headers)
        http += name + ": " + value + "\r\n";
    http +=
        closeConnection ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    http += "\r\n";
    http += m_body;
    return http;
}

} // namespace RefundDesk
