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
    // Every answer waits its turn behind the ones before it: a connection's answers must
    // leave in the order of its requests.
    Pending pending {socket, makeResponder(request, socket), request.url().path(), std::nullopt, 0, {}, {}};
    const auto known = [&](int status, const QByteArray &body, const QString &summary) {
        pending.status = status;
        pending.body = body;
        pending.summary = summary;
    };
    const std::optional<GatewayId> gatewayId = gatewayForPath(pending.path);
    Gateway *gateway = gatewayId ? m_engine.gateway(*gatewayId) : nullptr;
    if (!gateway || !gateway->acceptsWebhooks()) {
        known(kNotFound, QByteArrayLiteral("not found"), tr("no webhook here"));
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        known(kMethodNotAllowed, QByteArrayLiteral("POST only"), tr("not a POST"));
    } else {
        const QString remote = request.remoteAddress().toString();
        bool declaredOk = false;
        const qint64 declared = headerValue(request, QByteArrayLiteral("content-length")).toLongLong(&declaredOk);
        if ((declaredOk && declared > kMaxBodyBytes) || request.body().size() > kMaxBodyBytes) {
            m_engine.recordRefusedWebhook(
                *gatewayId, QStringLiteral("too large"),
                QStringLiteral("from=%1 bytes=%2").arg(remote).arg(std::max<qint64>(declared, request.body().size())));
            known(kPayloadTooLarge, QByteArrayLiteral("too large"), tr("body over 64 KiB"));
        } else {
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
                known(kUnauthorized, QByteArrayLiteral("bad signature"), event.message);
                break;
            case WebhookEvent::Verdict::Malformed:
                m_engine.recordRefusedWebhook(*gatewayId, QStringLiteral("malformed"),
                                              QStringLiteral("from=%1 %2").arg(remote, event.message));
                known(kBadRequest, QByteArrayLiteral("malformed"), event.message);
                break;
            case WebhookEvent::Verdict::Ignored:
                known(kOk, event.answerBody, tr("not about a refund"));
                break;
            case WebhookEvent::Verdict::Accepted:
                pending.toApply.emplace(*gatewayId, event);
                break;
            }
        }
    }
    m_pending.push_back(std::move(pending));
    if (m_pending.size() == 1) {
        // After the other connections' requests of this pass of the event loop were read.
        QMetaObject::invokeMethod(this, &WebhookReceiver::answerPending, Qt::QueuedConnection);
    }
    return true;
}

void WebhookReceiver::answerPending()
{
    std::vector<Pending> batch;
    batch.swap(m_pending);
    QList<std::pair<GatewayId, WebhookEvent>> events;
    for (const Pending &pending : batch) {
        if (pending.toApply)
            events.append(*pending.toApply);
    }
    // Stored first, answered after: a gateway that hears "success" will not send it again.
    const QList<RefundEngine::EventResult> results =
        events.isEmpty() ? QList<RefundEngine::EventResult>() : m_engine.applyWebhookEvents(events);
    qsizetype next = 0;
    for (Pending &pending : batch) {
        if (pending.toApply) {
            const RefundEngine::EventResult &applied = results.at(next++);
            switch (applied.status) {
            case RefundEngine::EventResult::Status::Applied:
            case RefundEngine::EventResult::Status::Unchanged:
            case RefundEngine::EventResult::Status::UnknownRefund:
                pending.status = kOk;
                pending.body = pending.toApply->second.answerBody;
                pending.summary = applied.message.isEmpty() ? refundStatusKey(applied.refund.status) : applied.message;
                break;
            case RefundEngine::EventResult::Status::Failed:
                pending.status = kServiceUnavailable;
                pending.body = QByteArrayLiteral("try again");
                pending.summary = applied.message;
                break;
            }
        }
        // A client that hung up meanwhile gets nothing; what it sent is stored all the same.
        if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState) {
            pending.responder.write(pending.body, QByteArrayLiteral("text/plain"),
                                    static_cast<QHttpServerResponder::StatusCode>(pending.status));
            // Out now, not when the event loop next looks at the socket.
            pending.socket->flush();
        }
        Q_EMIT handled(pending.path, pending.status, pending.summary);
    }
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, kNotFound, QByteArrayLiteral("not found"), tr("no webhook here"));
}

} // namespace RefundDesk
