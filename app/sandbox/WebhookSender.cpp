#include "WebhookSender.h"

#include "SandboxLog.h"
#include "SandboxState.h"
#include "gateways/OneShotUploadDevice.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace RefundDesk {

namespace {
constexpr int kReceiverTimeoutMs = 10000;
constexpr qsizetype kRecordedAnswerChars = 200;
} // namespace

WebhookSender::WebhookSender(SandboxState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

void WebhookSender::send(const Notification &notification)
{
    SandboxState::Delivery delivery;
    delivery.gateway = notification.gateway;
    delivery.refundId = notification.refundId;
    delivery.url = notification.url.toString();
    const int number = m_state.addDelivery(delivery).number;
    attempt(notification, number, m_state.generation());
}

void WebhookSender::attempt(const Notification &notification, int deliveryNumber, quint64 generation)
{
    QNetworkRequest request(notification.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, notification.contentType);
    for (const auto &[name, value] : notification.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(kReceiverTimeoutMs);
    // Read-once body: Qt 6.4 would otherwise repeat a POST whose connection closed before
    // the answer (PLATFORM.md), and one attempt would reach the receiver twice.
    request.setHeader(QNetworkRequest::ContentLengthHeader, notification.body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotUploadDevice(notification.body);
    QNetworkReply *reply = m_network.post(request, body);
    body->setParent(reply);

    connect(reply, &QNetworkReply::finished, this, [this, reply, notification, deliveryNumber, generation] {
        reply->deleteLater();
        if (generation != m_state.generation())
            return; // a reset happened meanwhile: that delivery belongs to a forgotten world
        SandboxState::Delivery *delivery = m_state.findDelivery(deliveryNumber);
        if (!delivery)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        ++delivery->attempts;
        delivery->lastHttpStatus = status;
        delivery->lastAnswer = reply->error() == QNetworkReply::NoError || status != 0
            ? QString::fromUtf8(answer.left(kRecordedAnswerChars))
            : reply->errorString();
        const bool is2xx = status >= 200 && status < 300;
        const bool accepted =
            notification.acceptance == Acceptance::BodyIsSuccess ? is2xx && answer == "success" : is2xx;
        qCInfo(lcSandbox).noquote() << "webhook" << notification.gateway << "to" << notification.url.toString()
                                    << "attempt" << delivery->attempts << "->" << status
                                    << (accepted ? "accepted" : "not accepted");
        if (accepted) {
            delivery->delivered = true;
            return;
        }
        if (delivery->attempts >= SandboxSettings::kWebhookAttempts) {
            delivery->gaveUp = true;
            return;
        }
        QTimer::singleShot(m_state.settings().webhookRetryMs, this, [this, notification, deliveryNumber, generation] {
            if (generation == m_state.generation())
                attempt(notification, deliveryNumber, generation);
        });
    });
}

} // namespace RefundDesk
