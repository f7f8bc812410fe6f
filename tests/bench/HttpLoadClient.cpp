#include "HttpLoadClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>

namespace RefundDesk::Bench {

struct HttpLoadClient::Connection
{
    QTcpSocket socket;
    QByteArray buffer;
    bool busy = false;
};

HttpLoadClient::HttpLoadClient(QHostAddress host, quint16 port, int connections, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    for (int i = 0; i < connections; ++i)
        m_connections.append(new Connection);
}

HttpLoadClient::~HttpLoadClient()
{
    qDeleteAll(m_connections);
}

bool HttpLoadClient::connectAll(int timeoutMs)
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket.state() == QAbstractSocket::ConnectedState)
            continue;
        connection->socket.connectToHost(m_host, m_port);
        if (!connection->socket.waitForConnected(timeoutMs))
            return false;
        connection->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&connection->socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(*connection); });
        connect(&connection->socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (connection->busy) {
                m_failed = true;
                if (m_result.firstProblem.isEmpty())
                    m_result.firstProblem = QByteArrayLiteral("the server closed a connection");
            }
        });
    }
    return true;
}

HttpLoadClient::Result HttpLoadClient::run(const QList<QByteArray> &requests, const QByteArray &expectedBody)
{
    m_requests = &requests;
    m_expectedBody = expectedBody;
    m_next = 0;
    m_result = Result();
    m_failed = false;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    for (Connection *connection : std::as_const(m_connections))
        sendNext(*connection);
    while (m_result.answered < requests.size() && !m_failed)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    m_result.nanoseconds = timer.nsecsElapsed();
    m_requests = nullptr;
    return m_result;
}

void HttpLoadClient::sendNext(Connection &connection)
{
    if (m_next >= m_requests->size()) {
        connection.busy = false;
        return;
    }
    connection.busy = true;
    connection.socket.write(m_requests->at(m_next++));
}

void HttpLoadClient::onReadyRead(Connection &connection)
{
    connection.buffer += connection.socket.readAll();
    // Several answers never arrive at once: one request is outstanding per connection.
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !connection.busy)
        return;
    const QByteArray header = connection.buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : header.split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    if (connection.buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = connection.buffer.mid(headerEnd + 4, length);
    connection.buffer.remove(0, headerEnd + 4 + length);
    ++m_result.answered;
    const bool ok = header.startsWith("HTTP/1.1 200") && (m_expectedBody.isEmpty() || body == m_expectedBody);
    if (ok)
        ++m_result.ok;
    else if (m_result.firstProblem.isEmpty())
        m_result.firstProblem = header.left(header.indexOf('\r')) + ' ' + body;
    sendNext(connection);
}

} // namespace RefundDesk::Bench
