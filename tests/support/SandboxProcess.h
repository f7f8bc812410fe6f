#pragma once

#include "TestHttpClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace RefundDesk {

// Runs the real refund-sandbox program for a test: start() launches it on --port 0 with
// any extra arguments, reads the "listening on 127.0.0.1:PORT" line and returns once it
// answers; stop() (or the destructor) ends it. The admin helpers call /_admin/... and
// return false (with lastError()) when the sandbox refuses.
//
//     SandboxProcess sandbox({"--paynet-settle-ms", "0"});
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
//     sandbox.http().postJson(sandbox.url("/api/v2/refundPayment"), ...);
//     QCOMPARE(sandbox.state()["refunds"].toArray().size(), 1);
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // The refund-sandbox built with these tests.
    static QString executablePath();
    // The PayNet merchant's private key the sandbox generated at start (--paynet-merchant-key-out),
    // for signing requests; empty when the arguments name the merchant's key (--seed or
    // --paynet-merchant-public-key), unless they also say where to write it
    // (--paynet-merchant-key-out FILE). No key pair is kept in the repository.
    QString merchantKeyPath() const { return m_merchantKeyPath; }

    bool start(int timeoutMs = 15000);
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT + pathAndQuery ("/v1/bw/rtp?checkoutId=...").
    QUrl url(const QString &pathAndQuery) const;
    // What the program wrote on stderr so far (its request log), for failure messages.
    QByteArray log();
    const QString &lastError() const { return m_lastError; }
    TestHttpClient &http() { return m_http; }

    // GET /_admin/state: "refunds", "sales", "requests", "webhooks", "faults", "settings".
    QJsonObject state();
    // How many requests the sandbox received on route, e.g. "POST /pw/v3/payment/refund".
    int requestCount(const QString &route);
    bool reset();
    // mode as in --fault: "http500", "reset", "rate-limit:30", "drop-after", "delay-after:500", "malformed".
    bool addFault(const QString &gateway, const QString &operation, const QString &mode, int count = 1);
    bool clearFaults();
    // Keys as in POST /_admin/config: pockyt_ipn_url, paynet_webhook_url, webhook_retry_ms, ...
    bool configure(const QJsonObject &settings);
    bool secPaidReview(qint64 payId, bool approve);
    bool payNetSettle(const QString &refundId, const QString &substate);
    // Waits until no PayNet refund is PENDING at the sandbox (it settles each one
    // --paynet-settle-ms after executing it). A test waits for that, not for a fixed time,
    // because a busy machine fires the sandbox's timer late.
    bool waitForPayNetSettlements(int timeoutMs = 10000);
    QByteArray payNetPublicKeyPem();

private:
    bool admin(const QByteArray &method, const QString &path, const QJsonObject &body);

    QStringList m_extraArguments;
    QTemporaryDir m_keyDir;
    QString m_merchantKeyPath;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_lastError;
    TestHttpClient m_http;
};

} // namespace RefundDesk
