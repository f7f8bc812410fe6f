#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace RefundDesk {

// A raw HTTP header: name and value as they go on the wire.
using HttpHeader = std::pair<QByteArray, QByteArray>;

// One request to a gateway, as an adapter builds it. A plain value so that building a
// request can be tested without a network.
struct HttpRequest
{
    enum class Method { Get, Post };
    // What the request does, so messages can say what a lost answer means: a lost Refund
    // answer may hide a refund that went through, a lost Query answer hides nothing.
    enum class Purpose { Query, Refund };

    Method method = Method::Get;
    Purpose purpose = Purpose::Query;
    // https:// only; plain http:// is accepted for loopback hosts (the sandbox).
    QUrl url;
    // Extra headers (Accept, Authorization, token, ...). Content-Type and Content-Length
    // come from contentType and body.
    QList<HttpHeader> headers;
    QByteArray contentType; // POST only, e.g. "application/json"
    QByteArray body; // POST only

    // Sets a header, replacing any of the same name (names compare case-insensitively).
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.removeIf([&name](const HttpHeader &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        headers.append(HttpHeader(name, value));
    }

    static HttpRequest get(const QUrl &url, Purpose purpose = Purpose::Query)
    {
        HttpRequest request;
        request.method = Method::Get;
        request.purpose = purpose;
        request.url = url;
        return request;
    }

    static HttpRequest post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                            Purpose purpose = Purpose::Query)
    {
        HttpRequest request;
        request.method = Method::Post;
        request.purpose = purpose;
        request.url = url;
        request.contentType = contentType;
        request.body = body;
        return request;
    }
};

} // namespace RefundDesk
