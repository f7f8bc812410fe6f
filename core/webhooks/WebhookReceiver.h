#pragma once

#include "domain/GatewayId.h"
#include "gateways/GatewayResult.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

#include <optional>
#include <vector>

namespace RefundDesk {

class RefundEngine;

// Receives the gateways' refund notifications (DESIGN.md step 4) and hands them to the
// engine: Pockyt's IPN at POST <prefix>/webhooks/pockyt and PayNet's "Update Refund Status"
// at POST <prefix>/webhooks/paynet.
//
// - The prefix is the path of the configured public_url (e.g. "/refunddesk"); the same
//   routes without it are accepted too, so a reverse proxy may strip it or pass it on.
// - Bodies over 64 KiB are refused with 413 before anything looks at them.
// - The raw body and headers go to the gateway adapter's verifyWebhook(): a bad signature
//   is answered 401 and written to the audit chain, and nothing of it is applied.
// - A verified event is applied through the engine (statuses only move forward, so
//   duplicates and late events change nothing) and only then answered: 2xx with the
//   gateway's expected body (Pockyt: "success"); 503 when the ledger could not store it,
//   so the gateway sends it again.
// - Group commit: the requests read in one pass of the event loop (one from each
//   connection that had one) are applied together, with one durable ledger commit
//   (RefundEngine::applyWebhookEvents), and each is answered after that commit, in the
//   order they came. A gateway never hears "success" for an event the ledger has not
//   stored on disk; when the commit fails, every one of them is answered 503.
// Lives on the engine thread, like the engine.
class WebhookReceiver : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;

    explicit WebhookReceiver(RefundEngine &engine, QObject *parent = nullptr);

    // The path of the public URL the gateways are given ("" or "/refunddesk").
    void setPathPrefix(const QString &prefix);
    // Listens on host:port (port 0: any free port). False (and error says why) on failure.
    bool listenOn(const QString &host, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // The gateway a path belongs to, or none.
    std::optional<GatewayId> gatewayForPath(const QString &path) const;

Q_SIGNALS:
    // After each request was answered: for logs and tests.
    void handled(const QString &path, int httpStatus, const QString &summary);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request waiting for its answer until the batch it belongs to is stored.
    struct Pending
    {
        QPointer<QTcpSocket> socket; // gone when the client hung up meanwhile
        QHttpServerResponder responder;
        QString path;
        std::optional<std::pair<GatewayId, WebhookEvent>> toApply; // else the answer is known
        int status = 0;
        QByteArray body;
        QString summary;
    };

    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QByteArray &body,
                const QString &summary);
    // Applies the waiting events together and answers every waiting request in order.
    void answerPending();

    RefundEngine &m_engine;
    QString m_prefix;
    quint16 m_port = 0;
    std::vector<Pending> m_pending;
};

} // namespace RefundDesk
