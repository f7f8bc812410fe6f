#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <utility>

namespace RefundDesk {

// Blocking HTTP for tests: sends one request with QNetworkAccessManager and waits (event
// loop) for the answer or the timeout. Bodies go out through OneShotUploadDevice, so a request the
// server drops is never re-sent by Qt and the server sees exactly what the test sent.
class TestHttpClient
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Reply
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0; // 0: no HTTP answer at all
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const;
        // The body as a JSON object; empty when it is not one.
        QJsonObject json() const;
    };

    Reply get(const QUrl &url, const Headers &headers = {});
    Reply post(const QUrl &url, const QByteArray &contentType, const QByteArray &body, const Headers &headers = {});
    Reply postJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    // application/x-www-form-urlencoded from name/value pairs, percent-encoded.
    Reply postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields, const Headers &headers = {});
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &contentType, const QByteArray &body,
               const Headers &headers = {});

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs = 15000;
};

} // namespace RefundDesk
