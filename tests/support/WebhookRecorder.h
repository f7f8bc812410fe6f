#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace RefundDesk {

// A loopback HTTP receiver for webhook tests: records every request and answers with a
// script (the first request gets the first answer, and so on; the last answer repeats).
//
//     WebhookRecorder ipn;
//     ipn.setAnswers({{200, "fail"}, {200, "fail"}, {200, "success"}});
//     QVERIFY(ipn.listen());  ...  QVERIFY(ipn.waitForRequests(3, 10000));
class WebhookRecorder : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Received
    {
        QByteArray method;
        QString path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    explicit WebhookRecorder(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/webhook")) const;
    // Status and body of each answer; the default is one 200 "success".
    void setAnswers(QList<std::pair<int, QByteArray>> answers);
    const QList<Received> &received() const { return m_received; }
    // Runs the event loop until count requests arrived; false on timeout.
    bool waitForRequests(int count, int timeoutMs);

Q_SIGNALS:
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<std::pair<int, QByteArray>> m_answers = {{200, QByteArrayLiteral("success")}};
    QList<Received> m_received;
    quint16 m_port = 0;
};

} // namespace RefundDesk
