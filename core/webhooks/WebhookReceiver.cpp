#include "WebhookReceiver.h"

#include "engine/RefundEngine.h"
#include "gateways/Gateway.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace RefundDesk {

namespace {

constexpr int kOk = 200;
constexpr int kBadRequest = 400;
constexpr int kUnauthorized = 401;
constexpr int kNotFound = 404;
constexpr int kMethodNotAllowed = 405;
constexpr int kPayloadTooLarge = 413;
constexpr int kServiceUnavailable = 503;

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

WebhookReceiver::WebhookReceiver(RefundEngine &engine, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_engine(engine)
{ }

void WebhookReceiver::setPathPrefix(const QString &prefix)
{
    m_prefix = prefix;
    while (m_prefix.endsWith(u'/'))
        m_prefix.chop(1);
}

bool WebhookReceiver::listenOn(const QString &host, quint16 port, QString *error)
{
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host)) {
        *error = tr("The webhook address %1 is not an IP address.").arg(host);
        return false;
    }
    m_port = listen(address, port);
    if (m_port == 0) {
        *error = tr("Cannot listen for webhooks on %1:%2 (in use, or not allowed).").arg(host).arg(port);
        return false;
    }
    return true;
}

std::optional<GatewayId> WebhookReceiver::gatewayForPath(const QString &path) const
{
    QString rest = path;
    if (!m_prefix.isEmpty() && rest.startsWith(m_prefix + u'/'))
        rest = rest.mid(m_prefix.size());
    if (rest == u"/webhooks/pockyt")
        return GatewayId::Pockyt;
    if (rest == u"/webhooks/paynet")
        return GatewayId::PayNet;
    return std::nullopt;
}

void WebhookReceiver::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QByteArray &body,
                             const QString &summary)
{
    makeResponder(request, socket)
        .write(body, QByteArrayLiteral("text/plain"), static_cast<QHttpServerResponder::StatusCode>(status));
    Q_EMIT handled(request.url().path(), status, summary);
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const std::optional<GatewayId> gatewayId = gatewayForPath(path);
    Gateway *gateway = gatewayId ? m_engine.gateway(*gatewayId) : nullptr;
    if (!gateway || !gateway->acceptsWebhooks()) {
        answer(request, socket, kNotFound, QByteArrayLiteral("not found"), tr("no webhook here"));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(request, socket, kMethodNotAllowed, QByteArrayLiteral("POST only"), tr("not a POST"));
        return true;
    }
    const QString remote = request.remoteAddress().toString();
    bool declaredOk = false;
    const qint64 declared = headerValue(request, QByteArrayLiteral("content-length")).toLongLong(&declaredOk);
    if ((declaredOk && declared > kMaxBodyBytes) || request.body().size() > kMaxBodyBytes) {
        m_engine.recordRefusedWebhook(
            *gatewayId, QStringLiteral("too large"),
            QStringLiteral("from=%1 bytes=%2").arg(remote).arg(std::max<qint64>(declared, request.body().size())));
        answer(request, socket, kPayloadTooLarge, QByteArrayLiteral("too large"), tr("body over 64 KiB"));
        return true;
    }

    WebhookRequest incoming;
    incoming.body = request.body();
    const auto headers = request.headers();
    for (const auto &header : headers)
        incoming.headers.append({header.first.toLower(), header.second});
    incoming.contentType = headerValue(request, QByteArrayLiteral("content-type"));
    const WebhookEvent event = gateway->verifyWebhook(incoming);

    switch (event.verdict) {
    case WebhookEvent::Verdict::BadSignature:
        m_engine.recordRefusedWebhook(*gatewayId, QStringLiteral("bad signature"),
                                      QStringLiteral("from=%1 %2").arg(remote, event.message));
        answer(request, socket, kUnauthorized, QByteArrayLiteral("bad signature"), event.message);
        return true;
    case WebhookEvent::Verdict::Malformed:
        m_engine.recordRefusedWebhook(*gatewayId, QStringLiteral("malformed"),
                                      QStringLiteral("from=%1 %2").arg(remote, event.message));
        answer(request, socket, kBadRequest, QByteArrayLiteral("malformed"), event.message);
        return true;
    case WebhookEvent::Verdict::Ignored:
        answer(request, socket, kOk, event.answerBody, tr("not about a refund"));
        return true;
    case WebhookEvent::Verdict::Accepted:
        break;
    }

    // Stored first, answered after: a gateway that hears "success" will not send it again.
    const RefundEngine::EventResult applied = m_engine.applyWebhookEvent(*gatewayId, event);
    switch (applied.status) {
    case RefundEngine::EventResult::Status::Applied:
    case RefundEngine::EventResult::Status::Unchanged:
    case RefundEngine::EventResult::Status::UnknownRefund:
        answer(request, socket, kOk, event.answerBody,
               applied.message.isEmpty() ? refundStatusKey(applied.refund.status) : applied.message);
        return true;
    case RefundEngine::EventResult::Status::Failed:
        break;
    }
    answer(request, socket, kServiceUnavailable, QByteArrayLiteral("try again"), applied.message);
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, kNotFound, QByteArrayLiteral("not found"), tr("no webhook here"));
}

} // namespace RefundDesk
