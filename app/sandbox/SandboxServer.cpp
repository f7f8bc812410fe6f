#include "SandboxServer.h"

#include "SandboxLog.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace RefundDesk {

namespace {

RsaKey merchantKeyOf(const SandboxSeed &seed, const RsaKey &generated, QString *error)
{
    QString why;
    RsaKey key = RsaKey::fromPem(
        seed.payNetMerchant.publicKeyPem.isEmpty() ? generated.publicKeyPem() : seed.payNetMerchant.publicKeyPem, &why);
    if (key.isNull())
        *error = QStringLiteral("the PayNet merchant public key is unusable: %1").arg(why);
    return key;
}

} // namespace

SandboxServer::SandboxServer(SandboxSeed seed, SandboxSettings settings, RsaKey payNetKey, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_generatedMerchantKey(seed.payNetMerchant.publicKeyPem.isEmpty() ? RsaKey::generate() : RsaKey())
    , m_state(std::move(seed), std::move(settings))
    , m_webhooks(m_state)
    , m_pockyt(m_state, m_webhooks)
    , m_pw(m_state)
    , m_secPaid(m_state)
    , m_payNet(m_state, m_webhooks, merchantKeyOf(m_state.seed(), m_generatedMerchantKey, &m_merchantKeyError),
               payNetKey.isNull() ? RsaKey::generate() : payNetKey)
    , m_admin(*this)
{ }

bool SandboxServer::listenOnLoopback(quint16 port, QString *error)
{
    if (!m_merchantKeyError.isEmpty()) {
        *error = m_merchantKeyError;
        return false;
    }
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void SandboxServer::resetToSeed()
{
    m_state.reset();
    m_faults.clear();
    for (GatewaySimulator *simulator :
         std::initializer_list<GatewaySimulator *> {&m_pockyt, &m_pw, &m_secPaid, &m_payNet})
        simulator->reset();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(SandboxRequest::fromHttp(request), socket);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(socket, SandboxResponse::plainText(404, "no such route\n"), SandboxRequest::fromHttp(request).wantsClose());
}

void SandboxServer::serve(const SandboxRequest &request, QTcpSocket *socket)
{
    const bool closeConnection = request.wantsClose();
    const QString &path = request.path();
    if (path == u"/_admin" || path.startsWith(u"/_admin/")) {
        respond(socket, m_admin.handle(request), closeConnection);
        return;
    }

    GatewaySimulator *simulator = nullptr;
    QString operation;
    bool pathKnown = false;
    for (GatewaySimulator *candidate :
         std::initializer_list<GatewaySimulator *> {&m_pockyt, &m_pw, &m_secPaid, &m_payNet}) {
        for (const GatewaySimulator::Route &route : candidate->routes()) {
            if (route.path != path)
                continue;
            pathKnown = true;
            if (route.method == request.method()) {
                simulator = candidate;
                operation = route.operation;
            }
        }
    }
    if (!simulator) {
        qCInfo(lcSandbox).noquote() << request.method() << path << "-> no such route";
        respond(socket,
                pathKnown ? SandboxResponse::plainText(405, "method not allowed\n")
                          : SandboxResponse::plainText(404, "no such route\n"),
                closeConnection);
        return;
    }

    const QString route = request.method() + u' ' + path;
    m_state.countRequest(route);
    const std::optional<FaultPlan::Fault> fault = m_faults.take(simulator->gateway(), operation);
    const QString faultNote = fault ? QStringLiteral(" [fault %1]").arg(FaultPlan::modeText(*fault)) : QString();

    if (fault && FaultPlan::strikesBeforeExecution(fault->mode)) {
        qCInfo(lcSandbox).noquote() << route << "-> not executed" << faultNote;
        switch (fault->mode) {
        case FaultPlan::Mode::Http500:
            respond(socket,
                    SandboxResponse(500, QByteArrayLiteral("text/html"),
                                    "<html><body><h1>500 Internal Server Error</h1></body></html>\n"),
                    closeConnection);
            return;
        case FaultPlan::Mode::Reset:
            resetConnection(socket);
            return;
        default: // RateLimit
            respond(socket,
                    SandboxResponse::plainText(429, "Too Many Requests\n")
                        .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(fault->parameter)),
                    closeConnection);
            return;
        }
    }

    const SandboxResponse response = simulator->execute(operation, request);
    qCInfo(lcSandbox).noquote() << route << "->" << response.status() << faultNote;
    if (!fault) {
        respond(socket, response, closeConnection);
        return;
    }
    switch (fault->mode) {
    case FaultPlan::Mode::DropAfter:
        resetConnection(socket);
        return;
    case FaultPlan::Mode::DelayAfter: {
        const QPointer<QTcpSocket> guarded(socket);
        // A precise timer: a coarse one may fire up to 5% early, and "answer after 5000 ms"
        // must never come sooner.
        QTimer::singleShot(fault->parameter, Qt::PreciseTimer, this, [this, guarded, response, closeConnection] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                respond(guarded, response, closeConnection);
        });
        return;
    }
    default: // Malformed
        respond(socket, response.truncated(), closeConnection);
        return;
    }
}

void SandboxServer::respond(QTcpSocket *socket, const SandboxResponse &response, bool closeConnection)
{
    socket->write(response.toHttp(closeConnection));
    if (closeConnection)
        socket->disconnectFromHost();
}

void SandboxServer::resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // A zero linger time turns the close into a TCP reset, as a crashing server would cause.
    const linger resetOnClose {1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose,
                 sizeof(resetOnClose));
#endif
    socket->abort();
}

} // namespace RefundDesk
