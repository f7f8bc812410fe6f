#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace RefundDesk {

// What the sandbox needs of one HTTP request, copied out of QHttpServerRequest: Qt reuses
// that object for the next request on the connection, and a delayed answer outlives it.
class SandboxRequest
{
public:
    static SandboxRequest fromHttp(const QHttpServerRequest &request);
    // For tests and the in-process demo; headers names are matched case-insensitively.
    SandboxRequest(QString method, QString path, QUrlQuery query, QList<std::pair<QByteArray, QByteArray>> headers,
                   QByteArray body, QHostAddress remoteAddress);

    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QUrlQuery &query() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }

    // The value of a header (first occurrence), empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The media type of Content-Type without parameters, lower case: "application/json".
    QByteArray mediaType() const;
    // True when the client asked to close the connection after the answer.
    bool wantsClose() const;

private:
    QString m_method;
    QString m_path;
    QUrlQuery m_query;
    QList<std::pair<QByteArray, QByteArray>> m_headers; // names in lower case
    QByteArray m_body;
    QHostAddress m_remoteAddress;
};

} // namespace RefundDesk
