#include "RefundctlHarness.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>

namespace RefundDesk {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString compact(QString id)
{
    return id.remove(u'-').toLower();
}

} // namespace

QJsonObject RefundctlHarness::Run::json() const
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

QJsonArray RefundctlHarness::Run::jsonArray() const
{
    return QJsonDocument::fromJson(out.trimmed()).array();
}

QString RefundctlHarness::Run::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

RefundctlHarness::RefundctlHarness(SandboxProcess &sandbox)
    : RefundctlHarness(sandbox, Options())
{ }

RefundctlHarness::RefundctlHarness(SandboxProcess &sandbox, Options options)
    : m_sandbox(sandbox)
    , m_options(std::move(options))
{ }

RefundctlHarness::~RefundctlHarness()
{
    stopServe();
}

QString RefundctlHarness::executable()
{
    return QStringLiteral(REFUNDDESK_REFUNDCTL_EXECUTABLE);
}

QString RefundctlHarness::configPath() const
{
    return m_dir.filePath(QStringLiteral("refunddesk.ini"));
}

QString RefundctlHarness::ledgerPath() const
{
    return m_dir.filePath(QStringLiteral("ledger.db"));
}

bool RefundctlHarness::setUp()
{
    if (!m_dir.isValid()) {
        m_lastError = QStringLiteral("no temporary folder");
        return false;
    }
    const QByteArray payNetKey = m_sandbox.payNetPublicKeyPem();
    const QString keyPath = m_dir.filePath(QStringLiteral("paynet-webhooks.pem"));
    QFile keyFile(keyPath);
    if (payNetKey.isEmpty() || !keyFile.open(QIODevice::WriteOnly) || keyFile.write(payNetKey) != payNetKey.size()) {
        m_lastError = QStringLiteral("cannot write PayNet's webhook key: %1").arg(m_sandbox.lastError());
        return false;
    }
    keyFile.close();
    m_webhookPort = freePort();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox.port());
    const QString ini =
        QStringLiteral("[store]\nid=S1\nname=Test store\ncurrency=EUR\nlocale=en_US\nregister=%11\n%1\n"
                       "[ledger]\nurl=%2\n%12"
                       "[gateway.pockyt]\nbase_url=%3\nmerchant_no=200043\nstore_no=300014\napi_token=testtoken\n"
                       "settle_currency=USD\n"
                       "[gateway.pwv3]\nbase_url=%3\napi_key=%4\npartial_refunds=%5\n"
                       "[gateway.secpaid]\nbase_url=%3\ntoken=secpaid-sandbox-token-main\n"
                       "[gateway.paynet]\nbase_url=%3\nclient_id=sandbox-client-0001\nmerchant_id=M0000201861\n"
                       "key_name=sandbox-merchant-key-1\nprivate_key=%6\ngateway_public_key=%7\n"
                       "[webhooks]\nlisten=127.0.0.1:%8\npublic_url=http://127.0.0.1:%8/\n"
                       "[sync]\ninterval_seconds=%9\npaynet_enquiry_min_age_seconds=%10\n"
                       "[network]\ntimeout_seconds=1\n")
            .arg(m_options.extraStore,
                 m_options.ledgerUrl.isEmpty() ? QStringLiteral("sqlite:") + ledgerPath() : m_options.ledgerUrl, base,
                 m_options.pwApiKey, m_options.pwPartialRefunds ? QStringLiteral("true") : QStringLiteral("false"),
                 m_sandbox.merchantKeyPath(), keyPath)
            .arg(m_webhookPort)
            .arg(m_options.syncIntervalSeconds)
            .arg(m_options.payNetEnquiryMinAgeSeconds)
            .arg(m_options.registerId,
                 m_options.auditKey.isEmpty() ? QString() : QStringLiteral("audit_key=%1\n").arg(m_options.auditKey));
    QFile config(configPath());
    if (!config.open(QIODevice::WriteOnly) || config.write(ini.toUtf8()) < 0) {
        m_lastError = QStringLiteral("cannot write %1").arg(configPath());
        return false;
    }
    return true;
}

RefundctlHarness::Run RefundctlHarness::run(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    Run result;
    QProcess process;
    process.setProgram(executable());
    process.setArguments(arguments + QStringList {QStringLiteral("--config"), configPath()});
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::unique_ptr<QProcess> RefundctlHarness::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(executable());
    process->setArguments(arguments + QStringList {QStringLiteral("--config"), configPath()});
    process->start();
    return process;
}

bool RefundctlHarness::startServe()
{
    m_serve.setProgram(executable());
    m_serve.setArguments({QStringLiteral("serve"), QStringLiteral("--config"), configPath()});
    m_serve.setProcessChannelMode(QProcess::SeparateChannels);
    m_serve.start();
    if (!m_serve.waitForStarted(10000)) {
        m_lastError = m_serve.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_serveLog.contains("listening on")) {
        if (m_serve.state() != QProcess::Running || deadline.hasExpired()) {
            m_lastError = QStringLiteral("refundctl serve did not start: %1").arg(QString::fromUtf8(serveLog()));
            return false;
        }
        m_serve.waitForReadyRead(100);
        m_serveLog += m_serve.readAllStandardError();
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1/webhooks/").arg(m_webhookPort);
    if (!m_sandbox.configure(QJsonObject {{QStringLiteral("pockyt_ipn_url"), base + QStringLiteral("pockyt")},
                                          {QStringLiteral("paynet_webhook_url"), base + QStringLiteral("paynet")},
                                          {QStringLiteral("webhook_retry_ms"), 300}})) {
        m_lastError = m_sandbox.lastError();
        return false;
    }
    return true;
}

void RefundctlHarness::stopServe()
{
    if (m_serve.state() == QProcess::NotRunning)
        return;
    m_serve.terminate();
    if (!m_serve.waitForFinished(5000)) {
        m_serve.kill();
        m_serve.waitForFinished(5000);
    }
    m_serveLog += m_serve.readAllStandardError();
}

QByteArray RefundctlHarness::serveLog()
{
    // QProcess reads the pipe only when asked or from the event loop.
    while (m_serve.state() == QProcess::Running && m_serve.waitForReadyRead(50))
        m_serveLog += m_serve.readAllStandardError();
    m_serveLog += m_serve.readAllStandardError();
    return m_serveLog;
}

QString RefundctlHarness::statusOf(const QString &refundId)
{
    const Run status = run({QStringLiteral("status"), refundId, QStringLiteral("--json")});
    return status.json().value(QStringLiteral("status")).toString();
}

bool RefundctlHarness::waitForStatus(const QString &refundId, const QString &status, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (statusOf(refundId) != status) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

int RefundctlHarness::executedAtSandbox(const QString &refundId)
{
    int count = 0;
    const QJsonArray refunds = m_sandbox.state().value(QStringLiteral("refunds")).toArray();
    for (const QJsonValue &refund : refunds) {
        if (compact(refund.toObject().value(QStringLiteral("refund_id")).toString()) == compact(refundId))
            ++count;
    }
    return count;
}

int RefundctlHarness::executedForSale(const QString &gateway, const QString &sale)
{
    int count = 0;
    const QJsonArray refunds = m_sandbox.state().value(QStringLiteral("refunds")).toArray();
    for (const QJsonValue &refund : refunds) {
        const QJsonObject object = refund.toObject();
        if (object.value(QStringLiteral("gateway")).toString() == gateway
            && object.value(QStringLiteral("sale")).toString() == sale)
            ++count;
    }
    return count;
}

} // namespace RefundDesk
