#pragma once

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace RefundDesk {

// The real refundctl against a real refund-sandbox: writes a configuration with all four
// gateways pointed at the sandbox (its own SQLite ledger in a temporary folder unless
// Options name another ledger), runs
// refundctl commands as processes, and starts `refundctl serve` on a free loopback port.
// Short timeouts keep the fault tests quick: every gateway request gives up after 1 s.
class RefundctlHarness
{
public:
    struct Options
    {
        QString pwApiKey = QStringLiteral("4d41d21a935f5bba9dee7c7be4a7ca04"); // the seed's pw-partial account
        bool pwPartialRefunds = true;
        int syncIntervalSeconds = 1;
        int payNetEnquiryMinAgeSeconds = 0;
        QString extraStore; // more [store] lines
        QString registerId = QStringLiteral("R1");
        // [ledger] url; empty: a SQLite ledger in the harness's temporary folder (ledgerPath()).
        QString ledgerUrl;
        QString auditKey; // [ledger] audit_key; a PostgreSQL ledger needs one
    };

    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const;
        QJsonArray jsonArray() const;
        QString describe() const; // for failure messages
    };

    explicit RefundctlHarness(SandboxProcess &sandbox);
    RefundctlHarness(SandboxProcess &sandbox, Options options);
    ~RefundctlHarness();

    static QString executable();
    // Writes the configuration (asks the sandbox for PayNet's webhook key). False, with
    // lastError(), on failure.
    bool setUp();
    const QString &lastError() const { return m_lastError; }
    QString configPath() const;
    QString ledgerPath() const;

    Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000);
    // A refundctl process already started (for tests that kill it).
    std::unique_ptr<QProcess> start(const QStringList &arguments);

    // refundctl serve on webhookPort(); the sandbox is told to send its webhooks there.
    bool startServe();
    void stopServe();
    quint16 webhookPort() const { return m_webhookPort; }
    QByteArray serveLog();

    // The refund's status in the ledger, through `refundctl status --json` ("" when unknown).
    QString statusOf(const QString &refundId);
    // Polls statusOf until it is status or timeoutMs pass.
    bool waitForStatus(const QString &refundId, const QString &status, int timeoutMs);

    // The sandbox's executed refunds whose refund id (dashes ignored) is refundId.
    int executedAtSandbox(const QString &refundId);
    // The sandbox's executed refunds of one sale of one gateway (SecPaid refunds carry no id of ours).
    int executedForSale(const QString &gateway, const QString &sale);

private:
    SandboxProcess &m_sandbox;
    Options m_options;
    QTemporaryDir m_dir;
    quint16 m_webhookPort = 0;
    QProcess m_serve;
    QByteArray m_serveLog;
    QString m_lastError;
};

} // namespace RefundDesk
