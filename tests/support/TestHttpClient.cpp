#include "TestHttpClient.h"

#include "gateways/OneShotUploadDevice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace RefundDesk {

QByteArray TestHttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject TestHttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestHttpClient::Reply TestHttpClient::get(const QUrl &url, const Headers &headers)
{
    return send(QByteArrayLiteral("GET"), url, {}, {}, headers);
}

TestHttpClient::Reply TestHttpClient::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                                           const Headers &headers)
{
    return send(QByteArrayLiteral("POST"), url, contentType, body, headers);
}

TestHttpClient::Reply TestHttpClient::postJson(const QUrl &url, const QJsonObject &body, const Headers &headers)
{
    return post(url, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                headers);
}

TestHttpClient::Reply TestHttpClient::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields,
                                               const Headers &headers)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return post(url, QByteArrayLiteral("application/x-www-form-urlencoded"), body, headers);
}

TestHttpClient::Reply TestHttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &contentType,
                                           const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network.get(request);
    } else {
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotUploadDevice(body);
        reply = m_network.sendCustomRequest(request, method, device);
        device->setParent(reply);
    }

    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return result;
}

} // namespace RefundDesk
