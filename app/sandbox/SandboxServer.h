#pragma once

#include "FaultPlan.h"
#include "PayNetSimulator.h"
#include "PockytSimulator.h"
#include "PwV3Simulator.h"
#include "SandboxAdminApi.h"
#include "SandboxSeed.h"
#include "SandboxSettings.h"
#include "SandboxState.h"
#include "SecPaidSimulator.h"
#include "WebhookSender.h"
#include "gateways/paynet/Jwt.h"

#include <QAbstractHttpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace RefundDesk {

class SandboxRequest;
class SandboxResponse;

// refund-sandbox: the four gateways on one loopback port, routed by path as GATEWAYS.md
// gives them (Pockyt /app-data-search/v3/..., PW /pw/v3/..., SecPaid /api/v2/..., PayNet
// /v1/bw/...), plus the admin API under /_admin. It answers on the raw socket so it can
// also reset the connection, answer late or answer garbage when a fault is armed.
// The demo mode and tests can run it in-process:
//     SandboxServer server(SandboxSeed::loadDefault().seed(), SandboxSettings());
//     if (!server.listenOnLoopback(0, &error)) ...;  server.baseUrl()
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // payNetKey: the sandbox's own PayNet private key, which signs webhooks; a fresh one is
    // generated when it is null.
    SandboxServer(SandboxSeed seed, SandboxSettings settings, RsaKey payNetKey = RsaKey(), QObject *parent = nullptr);

    // Listens on 127.0.0.1:port (0: any free port). False, with *error, when the seed's
    // PayNet merchant public key is unusable or the port cannot be bound.
    bool listenOnLoopback(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    SandboxState &state() { return m_state; }
    FaultPlan &faults() { return m_faults; }
    SecPaidSimulator &secPaid() { return m_secPaid; }
    PayNetSimulator &payNet() { return m_payNet; }
    // PEM of the public key that verifies the sandbox's PayNet webhooks.
    QByteArray payNetPublicKeyPem() const { return m_payNet.ownPublicKeyPem(); }
    // When neither the seed nor the caller names the PayNet merchant's public key, the sandbox
    // generates a merchant key pair at start (a demo key for this run; no key pair is kept in
    // the repository): its PEM private key, for whoever signs the requests. Empty otherwise.
    QByteArray generatedMerchantKeyPem() const { return m_generatedMerchantKey.privateKeyPem(); }

    // Back to the seeded state: refunds, request counts, deliveries, faults, used JWT ids
    // and rate-limit clocks forgotten; pending settlements and resends cancelled. Settings stay.
    void resetToSeed();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serve(const SandboxRequest &request, QTcpSocket *socket);
    void respond(QTcpSocket *socket, const SandboxResponse &response, bool closeConnection);
    static void resetConnection(QTcpSocket *socket);

    QString m_merchantKeyError;
    RsaKey m_generatedMerchantKey; // before m_payNet, which is built with it
    SandboxState m_state;
    FaultPlan m_faults;
    WebhookSender m_webhooks;
    PockytSimulator m_pockyt;
    PwV3Simulator m_pw;
    SecPaidSimulator m_secPaid;
    PayNetSimulator m_payNet;
    SandboxAdminApi m_admin;
    quint16 m_port = 0;
};

} // namespace RefundDesk
