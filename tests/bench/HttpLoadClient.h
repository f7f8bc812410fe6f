#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpSocket;

namespace RefundDesk::Bench {

// Sends ready-made HTTP/1.1 requests over several keep-alive connections at once, each
// connection sending its next request as soon as the previous answer is complete, and counts
// the answers. Plain sockets and a minimal response parser (status line, Content-Length), so
// the client costs little of the machine the server under test shares.
class HttpLoadClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        qint64 nanoseconds = 0;
        int answered = 0;
        int ok = 0; // status 200 and, when expectedBody is set, exactly that body
        QByteArray firstProblem; // the first answer that was not ok
    };

    HttpLoadClient(QHostAddress host, quint16 port, int connections, QObject *parent = nullptr);
    ~HttpLoadClient() override;

    // Opens the connections (once); false when one cannot connect.
    bool connectAll(int timeoutMs = 5000);
    // Sends every request, returns when all are answered or a connection failed.
    Result run(const QList<QByteArray> &requests, const QByteArray &expectedBody = {});

private:
    struct Connection;
    void sendNext(Connection &connection);
    void onReadyRead(Connection &connection);

    QHostAddress m_host;
    quint16 m_port;
    QList<Connection *> m_connections;
    const QList<QByteArray> *m_requests = nullptr;
    QByteArray m_expectedBody;
    qsizetype m_next = 0;
    Result m_result;
    bool m_failed = false;
};

} // namespace RefundDesk::Bench
