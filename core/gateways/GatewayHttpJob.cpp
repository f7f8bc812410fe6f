#include "GatewayHttpJob.h"

#include "OneShotUploadDevice.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace RefundDesk {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Errors that can only happen before a connection to the server exists.
bool isPreConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// Errors Qt reports for a complete answer with that HTTP status.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

QByteArray methodName(HttpRequest::Method method)
{
    return method == HttpRequest::Method::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
}

QString durationText(std::chrono::milliseconds timeout)
{
    const auto seconds = (timeout.count() + 999) / 1000;
    if (seconds <= 1) {
        return GatewayHttpJob::tr("1 second");
    }
    return GatewayHttpJob::tr("%1 seconds").arg(seconds);
}

QString lostAnswerConsequence(HttpRequest::Purpose purpose)
{
    if (purpose == HttpRequest::Purpose::Refund) {
        return GatewayHttpJob::tr("The refund may or may not have gone through; RefundDesk will check with the "
                                  "gateway before doing anything else.");
    }
    return GatewayHttpJob::tr("Nothing was changed by this request; try again in a moment.");
}

QString answeredMessage(const HttpResult &result, const HttpRequest &request)
{
    const QString status = QString::number(result.httpStatus);
    const QString statusText = result.reasonPhrase.isEmpty()
        ? status
        : QStringLiteral("%1 %2").arg(status, QString::fromLatin1(result.reasonPhrase));
    if (result.isSuccess()) {
        return QString();
    }
    if (result.isRedirect()) {
        const QByteArray location = result.header("Location");
        return GatewayHttpJob::tr("The gateway sent RefundDesk to another address (HTTP %1%2). RefundDesk does not "
                                  "follow that for payment requests; check the gateway address in the settings.")
            .arg(statusText, location.isEmpty() ? QString() : QStringLiteral(", %1").arg(QString::fromUtf8(location)));
    }
    if (result.httpStatus == 401 || result.httpStatus == 403) {
        return GatewayHttpJob::tr("The gateway refused RefundDesk's credentials (HTTP %1). Check the API key "
                                  "or certificate in the settings.")
            .arg(statusText);
    }
    if (result.httpStatus == 404) {
        return GatewayHttpJob::tr("The gateway does not know the address %1 (HTTP %2). Check the gateway address "
                                  "in the settings.")
            .arg(request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), statusText);
    }
    if (result.httpStatus == 429) {
        return GatewayHttpJob::tr("The gateway is receiving too many requests (HTTP %1). Try again in a minute.")
            .arg(statusText);
    }
    if (result.isServerError()) {
        return GatewayHttpJob::tr("The gateway reported an error of its own (HTTP %1). %2")
            .arg(statusText, lostAnswerConsequence(request.purpose));
    }
    return GatewayHttpJob::tr("The gateway refused the request (HTTP %1).").arg(statusText);
}

QString notSentMessage(const HttpResult &result, const HttpRequest &request, std::chrono::milliseconds timeout)
{
    const QString host = request.url.host();
    switch (result.localReason) {
    case HttpResult::LocalReason::InsecureUrl:
        return GatewayHttpJob::tr("The gateway address %1 does not start with https://. RefundDesk only talks to "
                                  "payment gateways over an encrypted connection. Nothing was sent.")
            .arg(request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    case HttpResult::LocalReason::Timeout:
        return GatewayHttpJob::tr("RefundDesk could not reach the gateway's server %1 within %2. Nothing was sent.")
            .arg(host, durationText(timeout));
    case HttpResult::LocalReason::None:
    case HttpResult::LocalReason::Cancelled:
    case HttpResult::LocalReason::AnswerTooLarge:
        break;
    }
    switch (result.error) {
    case QNetworkReply::HostNotFoundError:
        return GatewayHttpJob::tr("RefundDesk could not find the gateway's server %1. Check the internet connection "
                                  "and the gateway address. Nothing was sent.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return GatewayHttpJob::tr("The gateway's server %1 refused the connection. Nothing was sent; try again later.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return GatewayHttpJob::tr("The gateway's server %1 could not prove its identity (its TLS certificate was not "
                                  "accepted). Nothing was sent.")
            .arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return GatewayHttpJob::tr("RefundDesk could not reach the gateway through the network proxy. Nothing was "
                                  "sent.");
    default:
        return GatewayHttpJob::tr("RefundDesk could not reach the gateway's server %1 (%2). Nothing was sent.")
            .arg(host, result.errorDetail);
    }
}

QString unknownOutcomeMessage(const HttpResult &result, const HttpRequest &request, std::chrono::milliseconds timeout)
{
    QString what;
    switch (result.localReason) {
    case HttpResult::LocalReason::Timeout:
        what = GatewayHttpJob::tr("The gateway did not answer within %1.").arg(durationText(timeout));
        break;
    case HttpResult::LocalReason::Cancelled:
        what = GatewayHttpJob::tr("The request was cancelled after it had been sent.");
        break;
    case HttpResult::LocalReason::AnswerTooLarge:
        what = GatewayHttpJob::tr("The gateway's answer was too large to be read.");
        break;
    case HttpResult::LocalReason::None:
    case HttpResult::LocalReason::InsecureUrl:
        what = result.httpStatus > 0
            ? GatewayHttpJob::tr("The gateway's answer was cut off (HTTP %1).").arg(result.httpStatus)
            : GatewayHttpJob::tr("The connection to the gateway broke before it answered.");
        break;
    }
    return QStringLiteral("%1 %2").arg(what, lostAnswerConsequence(request.purpose));
}

QByteArray describeHeaders(const QList<HttpHeader> &headers)
{
    QByteArray text;
    for (const auto &[name, value] : headers) {
        text += name + ": " + value + '\n';
    }
    return text;
}

} // namespace

GatewayHttpJob::GatewayHttpJob(QNetworkAccessManager *manager, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    // Never early: the message promises the gateway had the whole timeout to answer.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GatewayHttpJob::onTimeout);
}

GatewayHttpJob::~GatewayHttpJob()
{
    if (m_reply) {
        // No signal from a destructor: whoever deletes a running job gave up on it.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GatewayHttpJob::setAuditSink(AuditSink sink, SecretMasker masker)
{
    m_auditSink = std::move(sink);
    m_masker = std::move(masker);
}

void GatewayHttpJob::start()
{
    // A job cancelled before it started has already reported Cancelled.
    if (m_localReason == HttpResult::LocalReason::Cancelled) {
        return;
    }
    Q_ASSERT(!m_started);
    if (m_started) {
        return;
    }
    m_started = true;

    const QUrl &url = m_request.url;
    const QString scheme = url.scheme().toLower();
    const bool secure = scheme == u"https" || (scheme == u"http" && isLoopbackHost(url.host()));
    if (!url.isValid() || url.host().isEmpty() || !secure) {
        m_localReason = HttpResult::LocalReason::InsecureUrl;
        HttpResult result;
        result.outcome = HttpResult::Outcome::NotSent;
        result.localReason = m_localReason;
        result.error = QNetworkReply::ProtocolUnknownError;
        result.errorDetail = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        result.userMessage = userMessage(result, m_request, m_timeout);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    for (const auto &[name, value] : m_request.headers) {
        request.setRawHeader(name, value);
    }
    // HTTP/1.1 only: the at-most-once behaviour below is what was measured with it.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);

    QByteArray auditText = methodName(m_request.method) + ' ' + url.toEncoded() + '\n';
    if (m_request.method == HttpRequest::Method::Post) {
        // A redirected payment must not be sent on to another address: 3xx is an answer.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!m_request.contentType.isEmpty()) {
            request.setRawHeader("Content-Type", m_request.contentType);
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_upload = new OneShotUploadDevice(m_request.body, this);
        auditText +=
            describeHeaders(m_request.headers) + "Content-Type: " + m_request.contentType + "\n\n" + m_request.body;
        m_reply = m_manager->post(request, m_upload);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        auditText += describeHeaders(m_request.headers);
        m_reply = m_manager->get(request);
    }
    audit(QStringLiteral("request"), auditText);

    connect(m_reply, &QNetworkReply::finished, this, &GatewayHttpJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0) {
            m_sawSendEvidence = true;
        }
        onProgress();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_sawSendEvidence = true;
        if (received > maxAnswerBytes) {
            stopLocally(HttpResult::LocalReason::AnswerTooLarge);
            return;
        }
        onProgress();
    });
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_sawSendEvidence = true; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_sawSendEvidence = true; });
    // Never ignoreSslErrors(): the errors are kept for the message and Qt fails the handshake.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_sslErrors.append(error.errorString());
        }
    });
    m_timer.start(m_timeout);
}

void GatewayHttpJob::cancel()
{
    if (!m_started && m_localReason == HttpResult::LocalReason::None) {
        m_localReason = HttpResult::LocalReason::Cancelled;
        HttpResult result;
        result.outcome = HttpResult::Outcome::Cancelled;
        result.localReason = m_localReason;
        result.error = QNetworkReply::OperationCanceledError;
        result.userMessage = userMessage(result, m_request, m_timeout);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    if (m_reply && !m_finished) {
        stopLocally(HttpResult::LocalReason::Cancelled);
    }
}

void GatewayHttpJob::onProgress()
{
    if (m_reply && !m_finished) {
        m_timer.start(m_timeout);
    }
}

void GatewayHttpJob::onTimeout()
{
    if (m_reply && !m_finished) {
        stopLocally(HttpResult::LocalReason::Timeout);
    }
}

void GatewayHttpJob::stopLocally(HttpResult::LocalReason reason)
{
    if (m_localReason == HttpResult::LocalReason::None) {
        m_localReason = reason;
    }
    // abort() finishes the reply at once: onReplyFinished() runs before this returns.
    m_reply->abort();
}

bool GatewayHttpJob::requestMayHaveLeft(QNetworkReply::NetworkError error) const
{
    if (m_request.method == HttpRequest::Method::Post && !m_request.body.isEmpty()) {
        // Qt writes the headers together with the first body bytes, which it only gets
        // from our device: nothing handed out means nothing on the wire.
        return m_upload && m_upload->bytesHandedOut() > 0;
    }
    if (isPreConnectionError(error) && m_localReason == HttpResult::LocalReason::None) {
        return false;
    }
    if (m_localReason != HttpResult::LocalReason::None) {
        return m_sawSendEvidence;
    }
    // A broken connection or protocol error after connecting: the headers may be out.
    return true;
}

void GatewayHttpJob::onReplyFinished()
{
    if (m_finished || !m_reply) {
        return;
    }
    m_timer.stop();
    // Every end passes here, an abort() too, at once: from now on what requestMayHaveLeft()
    // answers must stay true, though an aborted reply can still start its queued operation
    // and ask for the body later (OneShotUploadDevice).
    if (m_upload) {
        m_upload->seal();
    }
    QNetworkReply *reply = m_reply;

    HttpResult result;
    result.localReason = m_localReason;
    result.error = reply->error();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    // An aborted reply is closed and has nothing left to read.
    if (reply->isOpen() && m_localReason != HttpResult::LocalReason::AnswerTooLarge) {
        result.body = reply->read(maxAnswerBytes + 1);
    }
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        result.headers.append({name, value});
    }
    result.errorDetail = reply->errorString();
    if (!m_sslErrors.isEmpty()) {
        result.errorDetail += QStringLiteral(" (") + m_sslErrors.join(QStringLiteral("; ")) + u')';
    }

    const bool mayHaveLeft = requestMayHaveLeft(result.error);
    switch (m_localReason) {
    case HttpResult::LocalReason::Cancelled:
        result.outcome = mayHaveLeft && m_request.method == HttpRequest::Method::Post
            ? HttpResult::Outcome::OutcomeUnknown
            : HttpResult::Outcome::Cancelled;
        break;
    case HttpResult::LocalReason::Timeout:
        result.outcome = mayHaveLeft ? HttpResult::Outcome::OutcomeUnknown : HttpResult::Outcome::NotSent;
        break;
    case HttpResult::LocalReason::AnswerTooLarge:
        result.outcome = HttpResult::Outcome::OutcomeUnknown;
        break;
    case HttpResult::LocalReason::InsecureUrl:
    case HttpResult::LocalReason::None:
        if (result.httpStatus > 0
            && (isHttpStatusError(result.error) || result.error == QNetworkReply::ContentReSendError)) {
            // With a status, ContentReSendError means Qt wanted to follow a 307/308 (or answer
            // an authentication challenge) by sending the body again: the gateway did answer.
            result.outcome = HttpResult::Outcome::Answered;
        } else if (result.error == QNetworkReply::ContentReSendError) {
            // Qt wanted to send the POST a second time and could not: the first one may
            // have been carried out.
            result.outcome = HttpResult::Outcome::OutcomeUnknown;
        } else {
            result.outcome = mayHaveLeft ? HttpResult::Outcome::OutcomeUnknown : HttpResult::Outcome::NotSent;
        }
        break;
    }
    if (result.outcome == HttpResult::Outcome::Answered && result.body.size() > maxAnswerBytes) {
        result.outcome = HttpResult::Outcome::OutcomeUnknown;
        result.localReason = HttpResult::LocalReason::AnswerTooLarge;
        result.body.clear();
    }
    result.bytesWereSent = result.outcome == HttpResult::Outcome::Answered || mayHaveLeft;
    result.userMessage = userMessage(result, m_request, m_timeout);

    if (result.httpStatus > 0) {
        audit(QStringLiteral("response"),
              "HTTP " + QByteArray::number(result.httpStatus) + ' ' + result.reasonPhrase + '\n'
                  + describeHeaders(result.headers) + '\n' + result.body);
    } else {
        audit(QStringLiteral("response"), "no answer: " + result.errorDetail.toUtf8());
    }

    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;
    finish(std::move(result));
}

void GatewayHttpJob::finish(HttpResult result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
}

void GatewayHttpJob::audit(const QString &direction, const QByteArray &text) const
{
    if (m_auditSink) {
        m_auditSink(direction, m_masker.mask(text));
    }
}

QString GatewayHttpJob::userMessage(const HttpResult &result, const HttpRequest &request,
                                    std::chrono::milliseconds timeout)
{
    switch (result.outcome) {
    case HttpResult::Outcome::Answered:
        return answeredMessage(result, request);
    case HttpResult::Outcome::NotSent:
        return notSentMessage(result, request, timeout);
    case HttpResult::Outcome::OutcomeUnknown:
        return unknownOutcomeMessage(result, request, timeout);
    case HttpResult::Outcome::Cancelled:
        break;
    }
    return tr("The request was cancelled before it was sent.");
}

} // namespace RefundDesk
