#include "WebhookRecorder.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTimer>

namespace RefundDesk {

QByteArray WebhookRecorder::Received::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

WebhookRecorder::WebhookRecorder(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool WebhookRecorder::listen()
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl WebhookRecorder::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path), QUrl::StrictMode);
}

void WebhookRecorder::setAnswers(QList<std::pair<int, QByteArray>> answers)
{
    m_answers = std::move(answers);
}

bool WebhookRecorder::waitForRequests(int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_received.size() < count) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)), &loop, &QEventLoop::quit);
        connect(this, &WebhookRecorder::requestReceived, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool WebhookRecorder::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Received received;
    received.method =
        QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method())))
            .toUpper();
    received.path = request.url().path();
    const auto headers = request.headers();
    for (const auto &header : headers)
        received.headers.append({header.first, header.second});
    received.body = request.body();
    const qsizetype index = std::min<qsizetype>(m_received.size(), m_answers.size() - 1);
    m_received.append(received);

    const auto &[status, body] = m_answers.at(index);
    makeResponder(request, socket)
        .write(body, QByteArrayLiteral("text/plain"), static_cast<QHttpServerResponder::StatusCode>(status));
    Q_EMIT requestReceived();
    return true;
}

void WebhookRecorder::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace RefundDesk
