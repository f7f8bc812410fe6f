#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace RefundDesk {

// One HTTP answer of the sandbox: status, content type, extra headers and body bytes.
// Written to the socket by SandboxServer as raw HTTP/1.1, so it can also be held back
// (delay-after) or cut short (malformed).
class SandboxResponse
{
public:
    SandboxResponse(int status, QByteArray contentType, QByteArray body);

    static SandboxResponse json(int status, const QJsonObject &object);
    // JSON text built elsewhere (e.g. by ExactJson::toJson, to keep numbers exact).
    static SandboxResponse jsonText(int status, QByteArray text);
    static SandboxResponse plainText(int status, QByteArray text);

    SandboxResponse &withHeader(QByteArray name, QByteArray value);

    int status() const { return m_status; }
    const QByteArray &contentType() const { return m_contentType; }
    const QByteArray &body() const { return m_body; }
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    // The same answer with only the first half of its body: what a client sees when a
    // proxy or a crashing server cuts the answer (the "malformed" fault).
    SandboxResponse truncated() const;

    // Status line, headers (Content-Type, Content-Length, Connection) and body.
    QByteArray toHttp(bool closeConnection) const;

    static QByteArray reasonPhrase(int status);

private:
    int m_status;
    QByteArray m_contentType;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace RefundDesk
