#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <utility>

namespace RefundDesk {

class SandboxState;

// Delivers the sandbox's notifications (Pockyt IPN, PayNet "Update Refund Status") and
// resends each until the receiver accepts it or SandboxSettings::kWebhookAttempts
// deliveries were made, SandboxSettings::webhookRetryMs apart. Every attempt is recorded in
// SandboxState, so GET /_admin/state shows how many deliveries a receiver got.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    enum class Acceptance {
        BodyIsSuccess, // Pockyt: HTTP 2xx and the body is exactly "success"
        Any2xx, // PayNet: any 2xx answer
    };

    struct Notification
    {
        QString gateway;
        QString refundId;
        QUrl url;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        Acceptance acceptance = Acceptance::Any2xx;
    };

    explicit WebhookSender(SandboxState &state, QObject *parent = nullptr);

    void send(const Notification &notification);

private:
    void attempt(const Notification &notification, int deliveryNumber, quint64 generation);

    SandboxState &m_state;
    QNetworkAccessManager m_network;
};

} // namespace RefundDesk
