#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace RefundDesk {

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{ }

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    return QStringLiteral(REFUNDDESK_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::start(int timeoutMs)
{
    QStringList arguments {QStringLiteral("--port"), QStringLiteral("0")};
    arguments += m_extraArguments;
    m_merchantKeyPath.clear();
    const qsizetype keyOut = m_extraArguments.indexOf(QStringLiteral("--paynet-merchant-key-out"));
    if (keyOut >= 0 && keyOut + 1 < m_extraArguments.size()) {
        // A test with a seed of its own asks for the generated key itself.
        m_merchantKeyPath = m_extraArguments.at(keyOut + 1);
    } else if (!m_extraArguments.contains(QStringLiteral("--seed"))
               && !m_extraArguments.contains(QStringLiteral("--paynet-merchant-public-key"))) {
        m_merchantKeyPath = m_keyDir.filePath(QStringLiteral("paynet-merchant.pem"));
        arguments << QStringLiteral("--paynet-merchant-key-out") << m_merchantKeyPath;
    }
    m_process.setProgram(executablePath());
    m_process.setArguments(arguments);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_lastError = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }

    static const QRegularExpression line(QStringLiteral("^refund-sandbox listening on 127\\.0\\.0\\.1:(\\d+)\\n$"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()
            || !m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)))) {
            if (m_process.canReadLine())
                break;
            m_lastError =
                QStringLiteral("refund-sandbox did not say where it listens: %1").arg(QString::fromUtf8(log()));
            stop();
            return false;
        }
    }
    const QString first = QString::fromUtf8(m_process.readLine());
    const QRegularExpressionMatch match = line.match(first);
    if (!match.hasMatch()) {
        m_lastError = QStringLiteral("unexpected first line from refund-sandbox: \"%1\"").arg(first);
        stop();
        return false;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery), QUrl::StrictMode);
}

QByteArray SandboxProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

bool SandboxProcess::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const TestHttpClient::Reply reply =
        m_http.send(method, url(path), QByteArrayLiteral("application/json"),
                    method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray());
    if (reply.status == 200 && reply.json().value(QLatin1String("ok")).toBool())
        return true;
    m_lastError = QStringLiteral("%1 %2 -> %3 %4")
                      .arg(QString::fromLatin1(method), path)
                      .arg(reply.status)
                      .arg(QString::fromUtf8(reply.body));
    return false;
}

QJsonObject SandboxProcess::state()
{
    return m_http.get(url(QStringLiteral("/_admin/state"))).json();
}

int SandboxProcess::requestCount(const QString &route)
{
    return state().value(QLatin1String("requests")).toObject().value(route).toInt();
}

bool SandboxProcess::reset()
{
    return admin(QByteArrayLiteral("POST"), QStringLiteral("/_admin/reset"), {});
}

bool SandboxProcess::addFault(const QString &gateway, const QString &operation, const QString &mode, int count)
{
    return admin(QByteArrayLiteral("POST"), QStringLiteral("/_admin/faults"),
                 {{QStringLiteral("gateway"), gateway},
                  {QStringLiteral("operation"), operation},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("count"), count}});
}

bool SandboxProcess::clearFaults()
{
    return admin(QByteArrayLiteral("DELETE"), QStringLiteral("/_admin/faults"), {});
}

bool SandboxProcess::configure(const QJsonObject &settings)
{
    return admin(QByteArrayLiteral("POST"), QStringLiteral("/_admin/config"), settings);
}

bool SandboxProcess::secPaidReview(qint64 payId, bool approve)
{
    return admin(QByteArrayLiteral("POST"), QStringLiteral("/_admin/secpaid/review"),
                 {{QStringLiteral("pay_id"), payId},
                  {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("reject")}});
}

bool SandboxProcess::payNetSettle(const QString &refundId, const QString &substate)
{
    return admin(QByteArrayLiteral("POST"), QStringLiteral("/_admin/paynet/settle"),
                 {{QStringLiteral("refundId"), refundId}, {QStringLiteral("substate"), substate}});
}

bool SandboxProcess::waitForPayNetSettlements(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        int pending = 0;
        const QJsonArray refunds = state().value(QLatin1String("refunds")).toArray();
        for (const QJsonValue &value : refunds) {
            const QJsonObject refund = value.toObject();
            if (refund.value(QLatin1String("gateway")).toString() == u"paynet"
                && refund.value(QLatin1String("status")).toString() == u"PENDING") {
                ++pending;
            }
        }
        if (pending == 0) {
            return true;
        }
        if (deadline.hasExpired()) {
            m_lastError = QStringLiteral("%1 PayNet refund(s) still pending after %2 ms").arg(pending).arg(timeoutMs);
            return false;
        }
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

QByteArray SandboxProcess::payNetPublicKeyPem()
{
    const TestHttpClient::Reply reply = m_http.get(url(QStringLiteral("/_admin/paynet/public-key")));
    return reply.status == 200 ? reply.body : QByteArray();
}

} // namespace RefundDesk
