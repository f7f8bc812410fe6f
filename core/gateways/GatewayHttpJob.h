#pragma once

#include "HttpRequest.h"
#include "HttpResult.h"
#include "SecretMasker.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace RefundDesk {

class OneShotUploadDevice;

// The one HTTP job every gateway adapter sends its requests through (DESIGN.md): one
// request, one finished() signal, and an HttpResult that says honestly whether the
// request may have reached the gateway.
// - POST bodies are sent at most once: Qt 6.4 would otherwise re-send a POST whose
//   connection closed before the answer (PLATFORM.md).
// - A timeout that restarts on upload and download progress; the request is aborted
//   when it passes.
// - TLS certificates are always verified (TLS 1.2 or later); nothing is ever ignored.
// - GET follows redirects only to equally safe addresses; POST never follows one.
// - Plain http:// only for loopback addresses (the sandbox).
// Usage: create, connect finished(), start(); delete it (deleteLater) in the slot.
class GatewayHttpJob : public QObject
{
    Q_OBJECT

public:
    // direction is "request" or "response"; the text is already masked.
    using AuditSink = std::function<void(const QString &direction, const QByteArray &maskedText)>;

    static constexpr std::chrono::milliseconds defaultTimeout {15000};
    // Gateway answers are small; anything larger is not read (and is OutcomeUnknown).
    static constexpr qint64 maxAnswerBytes = 4 * 1024 * 1024;

    GatewayHttpJob(QNetworkAccessManager *manager, HttpRequest request, QObject *parent = nullptr);
    ~GatewayHttpJob() override;

    // Set before start().
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Receives the request when it is sent and the response (or what went wrong) when
    // it ends, both with secrets masked by masker.
    void setAuditSink(AuditSink sink, SecretMasker masker = SecretMasker());

    const HttpRequest &request() const { return m_request; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

    // Sends the request. finished() always comes later, from the event loop, exactly once.
    void start();
    // Stops waiting. finished() then reports Cancelled when nothing was sent, and
    // OutcomeUnknown when the request may already have reached the gateway. Before
    // start(), finished(Cancelled) follows from the event loop and start() does nothing.
    void cancel();

    // The sentence people see for a result of this request: one place for every
    // network error and HTTP status (empty for an answered 2xx).
    static QString userMessage(const HttpResult &result, const HttpRequest &request, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void finished(const RefundDesk::HttpResult &result);

private:
    void onReplyFinished();
    void onProgress();
    void onTimeout();
    void stopLocally(HttpResult::LocalReason reason);
    bool requestMayHaveLeft(QNetworkReply::NetworkError error) const;
    void finish(HttpResult result);
    void audit(const QString &direction, const QByteArray &text) const;

    QNetworkAccessManager *m_manager;
    HttpRequest m_request;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    AuditSink m_auditSink;
    SecretMasker m_masker;
    QPointer<QNetworkReply> m_reply;
    OneShotUploadDevice *m_upload = nullptr;
    QTimer m_timer;
    QStringList m_sslErrors;
    HttpResult::LocalReason m_localReason = HttpResult::LocalReason::None;
    bool m_sawSendEvidence = false; // for requests without a body: Qt said it wrote them
    bool m_started = false;
    bool m_finished = false;
};

} // namespace RefundDesk
