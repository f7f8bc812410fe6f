#include "EngineFixture.h"
#include "TestHttpClient.h"
#include "webhooks/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace RefundDesk;

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_fx;
    std::unique_ptr<WebhookReceiver> m_receiver;
    TestHttpClient m_http;
    Refund m_refund;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(path));
    }

    WebhookEvent event(RefundStatus status) const
    {
        WebhookEvent accepted;
        accepted.verdict = WebhookEvent::Verdict::Accepted;
        accepted.ourReference = m_refund.refundId.toString(QUuid::WithoutBraces);
        accepted.gatewayRefundId = QStringLiteral("RT-1");
        accepted.status = status;
        accepted.answerBody = QByteArrayLiteral("success");
        return accepted;
    }

    TestHttpClient::Reply post(const QString &path, const QByteArray &body)
    {
        return m_http.post(url(path), QByteArrayLiteral("application/x-www-form-urlencoded"), body);
    }

    static QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    }

    // The status codes of the complete answers in what a connection received, in order.
    static QList<int> answerStatuses(const QByteArray &received)
    {
        QList<int> statuses;
        qsizetype at = 0;
        while (at < received.size()) {
            const qsizetype headEnd = received.indexOf("\r\n\r\n", at);
            if (headEnd < 0)
                break;
            const QByteArray head = received.mid(at, headEnd - at).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const qsizetype lengthEnd = head.indexOf("\r\n", lengthAt);
            const qsizetype length = lengthAt < 0
                ? 0
                : head.mid(lengthAt + 15, lengthEnd < 0 ? -1 : lengthEnd - lengthAt - 15).trimmed().toLongLong();
            if (headEnd + 4 + length > received.size())
                break;
            statuses.append(head.mid(9, 3).toInt());
            at = headEnd + 4 + length;
        }
        return statuses;
    }

    // Connects, sends what, and waits for that many complete answers.
    QList<int> exchange(QTcpSocket &socket, const QByteArray &what, int answers)
    {
        QByteArray received;
        if (socket.state() != QAbstractSocket::ConnectedState) {
            socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
            if (!socket.waitForConnected(5000))
                return {};
        }
        socket.write(what);
        QDeadlineTimer deadline(10000);
        while (answerStatuses(received).size() < answers && !deadline.hasExpired()) {
            QTest::qWait(5); // the receiver lives on this thread: let it run
            received += socket.readAll();
        }
        return answerStatuses(received);
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(m_fx->open(&error), qPrintable(error));
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("297553638300708562"), 2500);
        m_refund = m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("cleo"));
        m_receiver = std::make_unique<WebhookReceiver>(*m_fx->engine);
        m_receiver->setPathPrefix(QStringLiteral("/refunddesk/"));
        QVERIFY2(m_receiver->listenOn(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        m_http.setTimeoutMs(5000);
    }
    void cleanup()
    {
        m_receiver.reset();
        m_fx.reset();
    }

    void eventIsStoredThenAnswered()
    {
        m_fx->pockyt.webhookEvents.insert("succeeded", event(RefundStatus::Succeeded));
        QSignalSpy handled(m_receiver.get(), &WebhookReceiver::handled);
        const auto reply = post(QStringLiteral("/refunddesk/webhooks/pockyt"), "succeeded");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArrayLiteral("success"));
        const Refund stored = m_fx->ledger->refund(m_refund.refundId).value();
        QCOMPARE(stored.status, RefundStatus::Succeeded);
        QCOMPARE(stored.gatewayRefundId, QStringLiteral("RT-1"));
        QCOMPARE(handled.count(), 1);
        QCOMPARE(m_fx->pockyt.webhooks.constFirst().body, QByteArrayLiteral("succeeded"));
        QCOMPARE(m_fx->pockyt.webhooks.constFirst().contentType,
                 QByteArrayLiteral("application/x-www-form-urlencoded"));
    }

    void duplicatesAndLateEventsChangeNothing()
    {
        m_fx->pockyt.webhookEvents.insert("succeeded", event(RefundStatus::Succeeded));
        m_fx->pockyt.webhookEvents.insert("pending", event(RefundStatus::Pending));
        QCOMPARE(post(QStringLiteral("/webhooks/pockyt"), "succeeded").status, 200);
        const qsizetype events = m_fx->ledger->eventsForRefund(m_refund.refundId).value().size();
        QCOMPARE(post(QStringLiteral("/webhooks/pockyt"), "succeeded").body, QByteArrayLiteral("success"));
        QCOMPARE(post(QStringLiteral("/webhooks/pockyt"), "pending").body, QByteArrayLiteral("success"));
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Succeeded);
        QCOMPARE(m_fx->ledger->eventsForRefund(m_refund.refundId).value().size(), events);
    }

    void badSignatureIsRefusedAndAudited()
    {
        WebhookEvent forged;
        forged.verdict = WebhookEvent::Verdict::BadSignature;
        forged.message = QStringLiteral("verifySign does not match");
        m_fx->pockyt.webhookEvents.insert("forged", forged);
        const auto reply = post(QStringLiteral("/webhooks/pockyt"), "forged");
        QCOMPARE(reply.status, 401);
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Pending);
        const AuditEntry last = m_fx->ledger->auditEntries(0, 100).value().constLast();
        QCOMPARE(last.action, QStringLiteral("webhook.refused"));
        QCOMPARE(last.subject, QStringLiteral("bad signature"));
        QVERIFY(last.detail.contains(QStringLiteral("verifySign does not match")));
    }

    void bodiesOver64KiBAreRefused_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("64 KiB") << 64 * 1024 << 400; // read, and malformed for the fake
        QTest::newRow("64 KiB + 1") << 64 * 1024 + 1 << 413;
        QTest::newRow("1 MiB") << 1024 * 1024 << 413;
    }

    void bodiesOver64KiBAreRefused()
    {
        QFETCH(int, size);
        QFETCH(int, status);
        const auto reply = post(QStringLiteral("/webhooks/pockyt"), QByteArray(size, 'a'));
        QCOMPARE(reply.status, status);
        QCOMPARE(m_fx->pockyt.webhooks.size(), status == 413 ? 0 : 1);
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Pending);
    }

    void onlyThePostRoutes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << QByteArrayLiteral("POST") << QStringLiteral("/webhooks/other") << 404;
        QTest::newRow("other prefix") << QByteArrayLiteral("POST") << QStringLiteral("/x/webhooks/pockyt") << 404;
        QTest::newRow("no adapter for PW") << QByteArrayLiteral("POST") << QStringLiteral("/webhooks/pwv3") << 404;
        QTest::newRow("GET") << QByteArrayLiteral("GET") << QStringLiteral("/webhooks/pockyt") << 405;
    }

    void onlyThePostRoutes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto reply = m_http.send(method, url(path), QByteArrayLiteral("text/plain"),
                                       method == "GET" ? QByteArray() : QByteArrayLiteral("x"));
        QCOMPARE(reply.status, status);
        QVERIFY(m_fx->pockyt.webhooks.isEmpty());
    }

    void connectionsSendingAtOnceAreStoredTogether()
    {
        // Gateways deliver on several connections at once; what arrived together is stored
        // with one commit, and every one is answered after it.
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("297553638300708563"), 9000);
        QList<Refund> refunds;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 4; ++i) {
            refunds.append(m_fx->addRefund(sale, 1000 + i, RefundStatus::Pending, QStringLiteral("cleo")));
            WebhookEvent succeeded = event(RefundStatus::Succeeded);
            succeeded.ourReference = refunds.constLast().refundId.toString(QUuid::WithoutBraces);
            succeeded.gatewayRefundId = QStringLiteral("RT-TOGETHER-%1").arg(i);
            m_fx->pockyt.webhookEvents.insert(QByteArray("together-") + QByteArray::number(i), succeeded);
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, m_receiver->port());
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        QSignalSpy handled(m_receiver.get(), &WebhookReceiver::handled);
        for (int i = 0; i < 4; ++i) {
            sockets.at(size_t(i))->write(rawRequest("POST", "/webhooks/pockyt", "together-" + QByteArray::number(i)));
            sockets.at(size_t(i))->flush();
        }
        for (int i = 0; i < 4; ++i)
            QCOMPARE(exchange(*sockets.at(size_t(i)), QByteArray(), 1), QList<int>({200}));
        QCOMPARE(handled.count(), 4);
        for (int i = 0; i < 4; ++i) {
            const Refund stored = m_fx->ledger->refund(refunds.at(i).refundId).value();
            QCOMPARE(stored.status, RefundStatus::Succeeded);
            QCOMPARE(stored.gatewayRefundId, QStringLiteral("RT-TOGETHER-%1").arg(i));
        }
    }

    void answersLeaveInTheOrderOfTheRequests()
    {
        // HTTP/1.1 pipelining: answers on one connection in the order its requests came,
        // though the first waits for the ledger and the others are known at once.
        m_fx->pockyt.webhookEvents.insert("succeeded", event(RefundStatus::Succeeded));
        QTcpSocket socket;
        const QByteArray requests = rawRequest("POST", "/webhooks/pockyt", "succeeded")
            + rawRequest("GET", "/webhooks/pockyt", QByteArray()) + rawRequest("POST", "/nowhere", "x");
        QCOMPARE(exchange(socket, requests, 3), QList<int>({200, 405, 404}));
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Succeeded);
    }

    void clientThatHangsUpBeforeTheCommitLosesNothing()
    {
        // The gateway gives up on its connection while the receiver is still reading and
        // storing: the event is stored all the same (the gateway will resend it, and the
        // resend is a duplicate that changes nothing), and the receiver goes on answering.
        m_fx->pockyt.webhookEvents.insert("succeeded", event(RefundStatus::Succeeded));
        QTcpSocket gateway;
        m_fx->pockyt.onWebhook = [&gateway](const WebhookRequest &) {
            gateway.abort();
        };
        QSignalSpy handled(m_receiver.get(), &WebhookReceiver::handled);
        gateway.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(gateway.waitForConnected(5000));
        gateway.write(rawRequest("POST", "/webhooks/pockyt", "succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, 10000);
        QCOMPARE(handled.at(0).at(1).toInt(), 200);
        QCOMPARE(gateway.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Succeeded);
        const qsizetype events = m_fx->ledger->eventsForRefund(m_refund.refundId).value().size();

        m_fx->pockyt.onWebhook = nullptr;
        const auto resent = post(QStringLiteral("/webhooks/pockyt"), "succeeded");
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.body, QByteArrayLiteral("success"));
        QCOMPARE(m_fx->ledger->refund(m_refund.refundId).value().status, RefundStatus::Succeeded);
        QCOMPARE(m_fx->ledger->eventsForRefund(m_refund.refundId).value().size(), events);
    }

    void unknownRefundIsAcknowledged()
    {
        WebhookEvent stranger = event(RefundStatus::Succeeded);
        stranger.ourReference = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_fx->pockyt.webhookEvents.insert("stranger", stranger);
        const auto reply = post(QStringLiteral("/webhooks/pockyt"), "stranger");
        QCOMPARE(reply.status, 200); // nothing to apply; resending would not help
        QCOMPARE(m_fx->auditActions().constLast(), QStringLiteral("webhook.unknown_refund"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
