#include "SandboxRequest.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace RefundDesk {

SandboxRequest::SandboxRequest(QString method, QString path, QUrlQuery query,
                               QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body,
                               QHostAddress remoteAddress)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_remoteAddress(std::move(remoteAddress))
{
    m_headers.reserve(headers.size());
    for (auto &[name, value] : headers)
        m_headers.append({name.toLower(), value.trimmed()});
}

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    const auto methodEnum = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *methodName = methodEnum.valueToKey(static_cast<int>(request.method()));
    const QString method = methodName ? QString::fromLatin1(methodName).toUpper() : QStringLiteral("UNKNOWN");

    QList<std::pair<QByteArray, QByteArray>> headers;
    const auto requestHeaders = request.headers();
    for (const auto &header : requestHeaders)
        headers.append({header.first, header.second});

    return SandboxRequest(method, request.url().path(), request.query(), std::move(headers), request.body(),
                          request.remoteAddress());
}

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    const QByteArray wanted = name.toByteArray().toLower();
    for (const auto &[headerName, value] : m_headers) {
        if (headerName == wanted)
            return value;
    }
    return {};
}

QByteArray SandboxRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool SandboxRequest::wantsClose() const
{
    return header("connection").toLower().contains("close");
}

} // namespace RefundDesk
