#include "gateways/GatewayHttpJob.h"
#include "gateways/OneShotUploadDevice.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using RefundDesk::GatewayHttpJob;
using RefundDesk::HttpRequest;
using RefundDesk::HttpResult;
using RefundDesk::SecretMasker;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(HttpResult::Outcome)
Q_DECLARE_METATYPE(HttpResult::LocalReason)
Q_DECLARE_METATYPE(HttpRequest::Purpose)

namespace {

const QString refundMayHaveGoneThrough = QStringLiteral(
    "The refund may or may not have gone through; RefundDesk will check with the gateway before doing anything else.");

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return QByteArray();
    }
};

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                        const QByteArray &extraHeaders = QByteArray())
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nContent-Type: application/json\r\n" + extraHeaders + "\r\n" + body;
}

// A raw HTTP/1.1 server on loopback that counts connections and complete requests and
// does whatever the test tells it with each request. Raw on purpose: it must see
// exactly what Qt puts on the wire, re-sends included.
class RawServer
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const ReceivedRequest &request)>;

    explicit RawServer(std::unique_ptr<QTcpServer> server = std::make_unique<QTcpServer>())
        : m_server(std::move(server))
    {
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket, buffer] { onData(socket, *buffer); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server->listen(QHostAddress::LocalHost)) {
            qFatal("cannot listen on loopback");
        }
    }

    QUrl url(const QString &path, const QString &scheme = QStringLiteral("http")) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server->serverPort());
        u.setPath(path);
        return u;
    }

    Handler handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(200, "OK", R"({"ok":true})"));
    };
    int connections = 0;
    QList<ReceivedRequest> requests;

private:
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        while (true) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                    contentLength = value.toLongLong();
                }
            }
            if (buffer.size() < headerEnd + 4 + contentLength) {
                return;
            }
            request.body = buffer.mid(headerEnd + 4, contentLength);
            buffer.remove(0, headerEnd + 4 + contentLength);
            requests.append(request);
            handler(socket, request);
            if (socket->state() != QAbstractSocket::ConnectedState) {
                return;
            }
        }
    }

    std::unique_ptr<QTcpServer> m_server;
};

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        qFatal("cannot listen on loopback");
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

HttpRequest refundPost(const QUrl &url)
{
    HttpRequest request =
        HttpRequest::post(url, "application/json", R"({"pay_id":12345,"refund_amount":49.99,"isFullRefund":true})",
                          HttpRequest::Purpose::Refund);
    request.setHeader("Accept", "application/json");
    request.setHeader("token", "secret-api-token");
    return request;
}

// Runs a job to its end and returns the one result it emitted.
HttpResult run(GatewayHttpJob &job, std::chrono::milliseconds limit = 10s)
{
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    if (!spy.wait(static_cast<int>(limit.count()))) {
        qWarning("job did not finish");
        return HttpResult();
    }
    return spy.at(0).at(0).value<HttpResult>();
}

// A self-signed certificate for 127.0.0.1, made with OpenSSL so the test needs no files.
std::pair<QSslCertificate, QSslKey> selfSignedCertificate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1,
                               0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());

    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long certLength = BIO_get_mem_data(certBio, &data);
    const QSslCertificate certificate(QByteArray(data, static_cast<qsizetype>(certLength)), QSsl::Pem);
    const long keyLength = BIO_get_mem_data(keyBio, &data);
    const QSslKey sslKey(QByteArray(data, static_cast<qsizetype>(keyLength)), QSsl::Rsa, QSsl::Pem);
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(cert);
    EVP_PKEY_free(key);
    return {certificate, sslKey};
}

} // namespace

class TestHttpJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postAnswered();
    void getAnswered();
    void closedAfterRequestIsSentOnlyOnce();
    void neverAnswers();
    void connectionRefused();
    void serverError();
    void bodyThatIsNotJson();
    void slowAnswerKeepsTimerAlive();
    void answerCutShort();
    void cancelBeforeStart();
    void cancelBeforeSending();
    void cancelAfterSending();
    void abortedReplyStillAsksForTheBody_data();
    void abortedReplyStillAsksForTheBody();
    void cancelGet();
    void insecureUrl_data();
    void insecureUrl();
    void postIsNeverRedirected_data();
    void postIsNeverRedirected();
    void getFollowsSafeRedirect();
    void untrustedCertificate();
    void auditMasksSecrets();
    void userMessages_data();
    void userMessages();
    void masker_data();
    void masker();
};

void TestHttpJob::postAnswered()
{
    RawServer server;
    server.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(200, "OK", R"({"ResponseCode":1,"Result":"True"})", "X-Request-Id: abc\r\n"));
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/api/v2/refundPayment"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.reasonPhrase, QByteArray("OK"));
    QCOMPARE(result.body, QByteArray(R"({"ResponseCode":1,"Result":"True"})"));
    QCOMPARE(result.header("x-request-id"), QByteArray("abc"));
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.userMessage, QString());
    QCOMPARE(result.localReason, HttpResult::LocalReason::None);
    QVERIFY(result.isSuccess());
    QVERIFY(result.bytesWereSent);
    QVERIFY(!result.mayHaveTakenEffectUnconfirmed());
    QVERIFY(job.isFinished());

    QCOMPARE(server.requests.size(), 1);
    const ReceivedRequest &received = server.requests.at(0);
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QByteArray("/api/v2/refundPayment"));
    QCOMPARE(received.body, QByteArray(R"({"pay_id":12345,"refund_amount":49.99,"isFullRefund":true})"));
    QCOMPARE(received.header("Content-Length"), QByteArray("58"));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(received.header("token"), QByteArray("secret-api-token"));
    QCOMPARE(received.header("Accept"), QByteArray("application/json"));
}

void TestHttpJob::getAnswered()
{
    RawServer server;
    QNetworkAccessManager manager;
    QUrl url = server.url(QStringLiteral("/v1/bw/refund"));
    url.setQuery(QStringLiteral("refundId=3f1c9a52-7b1e-4f5a-9c0d-2e8b6a4d1f70"));
    HttpRequest request = HttpRequest::get(url);
    request.setHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig");
    GatewayHttpJob job(&manager, request);
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).method, QByteArray("GET"));
    QCOMPARE(server.requests.at(0).path, QByteArray("/v1/bw/refund?refundId=3f1c9a52-7b1e-4f5a-9c0d-2e8b6a4d1f70"));
    QCOMPARE(server.requests.at(0).header("Authorization"), QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig"));
}

// PLATFORM.md: Qt 6.4 re-sends a POST whose connection closes before the answer. A
// refund sent twice is a double refund; the job must let it reach the server once.
void TestHttpJob::closedAfterRequestIsSentOnlyOnce()
{
    RawServer server;
    server.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->close();
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/pw/v3/payment/refund"))));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    QVERIFY(spy.wait(10000));
    // Give a re-send every chance to arrive.
    QTest::qWait(2000);

    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.connections, 1);
    QCOMPARE(spy.size(), 1);
    const HttpResult result = spy.at(0).at(0).value<HttpResult>();
    QCOMPARE(result.outcome, HttpResult::Outcome::OutcomeUnknown);
    QCOMPARE(result.error, QNetworkReply::ContentReSendError);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.bytesWereSent);
    QVERIFY(result.mayHaveTakenEffectUnconfirmed());
    QCOMPARE(result.userMessage,
             QStringLiteral("The connection to the gateway broke before it answered. ") + refundMayHaveGoneThrough);
}

void TestHttpJob::neverAnswers()
{
    RawServer server;
    server.handler = [](QTcpSocket *, const ReceivedRequest &) {
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    job.setTimeout(300ms);
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = run(job);
    const qint64 elapsed = clock.elapsed();

    QVERIFY2(elapsed >= 300 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(result.outcome, HttpResult::Outcome::OutcomeUnknown);
    QCOMPARE(result.localReason, HttpResult::LocalReason::Timeout);
    QVERIFY(result.timedOut());
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    QVERIFY(result.bytesWereSent);
    QCOMPARE(result.userMessage,
             QStringLiteral("The gateway did not answer within 1 second. ") + refundMayHaveGoneThrough);
    QTest::qWait(500);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpJob::connectionRefused()
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(closedPort());
    url.setPath(QStringLiteral("/refund"));
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(url));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::NotSent);
    QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
    QVERIFY(!result.bytesWereSent);
    QVERIFY(!result.mayHaveTakenEffectUnconfirmed());
    QCOMPARE(
        result.userMessage,
        QStringLiteral("The gateway's server 127.0.0.1 refused the connection. Nothing was sent; try again later."));
}

void TestHttpJob::serverError()
{
    RawServer server;
    server.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(500, "Internal Server Error", R"({"ret_code":"000000","ret_msg":"system error"})"));
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/app-data-search/v3/refund"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(result.error, QNetworkReply::InternalServerError);
    QCOMPARE(result.body, QByteArray(R"({"ret_code":"000000","ret_msg":"system error"})"));
    QVERIFY(result.isServerError());
    QVERIFY(!result.isSuccess());
    QVERIFY(result.mayHaveTakenEffectUnconfirmed());
    QVERIFY(result.bytesWereSent);
    QCOMPARE(result.userMessage,
             QStringLiteral("The gateway reported an error of its own (HTTP 500 Internal Server Error). ")
                 + refundMayHaveGoneThrough);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpJob::bodyThatIsNotJson()
{
    const QByteArray html = "<html><body><h1>502 Bad Gateway</h1>\0\xff</body></html>";
    RawServer server;
    server.handler = [html](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(200, "OK", html));
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, html);
}

void TestHttpJob::slowAnswerKeepsTimerAlive()
{
    // The headers come at once, then the body dribbles in over about a second in 100 ms
    // steps; the 500 ms timeout restarts on each piece.
    const QByteArray body = QByteArray(R"({"padding":")") + QByteArray(86, 'x') + QByteArray(R"("})");
    RawServer server;
    server.handler = [body](QTcpSocket *socket, const ReceivedRequest &) {
        const QByteArray full = httpResponse(200, "OK", body);
        const qsizetype headerSize = full.size() - body.size();
        socket->write(full.left(headerSize));
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(headerSize);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, full, offset] {
            socket->write(full.mid(*offset, 10));
            *offset += 10;
            if (*offset >= full.size()) {
                timer->stop();
            }
        });
        timer->start(100);
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    job.setTimeout(500ms);
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.body, body);
    QVERIFY2(clock.elapsed() > 800, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpJob::answerCutShort()
{
    RawServer server;
    server.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        // Promises 100 bytes, sends 10, hangs up: the refund's answer is lost.
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"code\":\"0");
        socket->flush();
        socket->disconnectFromHost();
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::OutcomeUnknown);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.mayHaveTakenEffectUnconfirmed());
    QCOMPARE(result.userMessage,
             QStringLiteral("The gateway's answer was cut off (HTTP 200). ") + refundMayHaveGoneThrough);
    QTest::qWait(500);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpJob::cancelBeforeStart()
{
    RawServer server;
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.cancel();
    job.start();
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(1000));
    const HttpResult result = spy.at(0).at(0).value<HttpResult>();
    QCOMPARE(result.outcome, HttpResult::Outcome::Cancelled);
    QVERIFY(!result.bytesWereSent);
    QCOMPARE(result.userMessage, QStringLiteral("The request was cancelled before it was sent."));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(server.requests.size(), 0);
    QCOMPARE(server.connections, 0);
}

void TestHttpJob::cancelBeforeSending()
{
    RawServer server;
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    job.cancel();
    QCOMPARE(spy.size(), 1);
    const HttpResult result = spy.at(0).at(0).value<HttpResult>();
    QCOMPARE(result.outcome, HttpResult::Outcome::Cancelled);
    QCOMPARE(result.localReason, HttpResult::LocalReason::Cancelled);
    QVERIFY(!result.bytesWereSent);
    QCOMPARE(result.userMessage, QStringLiteral("The request was cancelled before it was sent."));
    job.cancel();
    QTest::qWait(500);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(server.requests.size(), 0);
}

// Why GatewayHttpJob seals the body: Qt 6.4 starts a reply's queued operation even when
// the reply was aborted before the event loop ran, and then reads the body and sends it.
// The reply is kept alive here so that this happens every time, not only on a busy machine.
void TestHttpJob::abortedReplyStillAsksForTheBody_data()
{
    QTest::addColumn<bool>("sealed");
    QTest::newRow("sealed: nothing reaches the server") << true;
    QTest::newRow("not sealed: Qt sends the body after abort()") << false;
}

void TestHttpJob::abortedReplyStillAsksForTheBody()
{
    QFETCH(bool, sealed);
    RawServer server;
    QNetworkAccessManager manager;
    const QByteArray body = R"({"pay_id":12345,"refund_amount":49.99})";
    QNetworkRequest request(server.url(QStringLiteral("/refund")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *upload = new RefundDesk::OneShotUploadDevice(body, &manager);
    QNetworkReply *reply = manager.post(request, upload);
    reply->abort();
    if (sealed) {
        QCOMPARE(upload->seal(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.connections > 0, 5000);
    QTest::qWait(300);
    if (sealed) {
        QCOMPARE(upload->bytesHandedOut(), 0);
        QCOMPARE(server.requests.size(), 0);
    } else {
        QCOMPARE(upload->bytesHandedOut(), body.size());
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).body, body);
    }
    delete reply;
}

void TestHttpJob::cancelAfterSending()
{
    RawServer server;
    server.handler = [](QTcpSocket *, const ReceivedRequest &) {
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    QTRY_COMPARE(server.requests.size(), 1);
    QCOMPARE(spy.size(), 0);
    job.cancel();
    QCOMPARE(spy.size(), 1);
    const HttpResult result = spy.at(0).at(0).value<HttpResult>();
    // Honest: the refund reached the gateway, so this is not a plain "cancelled".
    QCOMPARE(result.outcome, HttpResult::Outcome::OutcomeUnknown);
    QCOMPARE(result.localReason, HttpResult::LocalReason::Cancelled);
    QVERIFY(result.bytesWereSent);
    QCOMPARE(result.userMessage,
             QStringLiteral("The request was cancelled after it had been sent. ") + refundMayHaveGoneThrough);
}

void TestHttpJob::cancelGet()
{
    RawServer server;
    server.handler = [](QTcpSocket *, const ReceivedRequest &) {
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, HttpRequest::get(server.url(QStringLiteral("/status"))));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    QTRY_COMPARE(server.requests.size(), 1);
    job.cancel();
    QCOMPARE(spy.size(), 1);
    // A query changes nothing at the gateway: cancelling it is just cancelled.
    QCOMPARE(spy.at(0).at(0).value<HttpResult>().outcome, HttpResult::Outcome::Cancelled);
}

void TestHttpJob::insecureUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("http to a real host")
        << QUrl(QStringLiteral("http://mapi.yuansfer.com/app-data-search/v3/refund"))
        << QStringLiteral("The gateway address http://mapi.yuansfer.com/app-data-search/v3/refund does not start "
                          "with https://. RefundDesk only talks to payment gateways over an encrypted connection. "
                          "Nothing was sent.");
    QTest::newRow("http to a private address")
        << QUrl(QStringLiteral("http://192.168.1.10:8080/refund"))
        << QStringLiteral("The gateway address http://192.168.1.10:8080/refund does not start with https://. "
                          "RefundDesk only talks to payment gateways over an encrypted connection. Nothing was sent.");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/refund"))
                         << QStringLiteral("The gateway address ftp://127.0.0.1/refund does not start with "
                                           "https://. RefundDesk only talks to payment gateways over an encrypted "
                                           "connection. Nothing was sent.");
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///refund"))
                             << QStringLiteral("The gateway address https:///refund does not start with https://. "
                                               "RefundDesk only talks to payment gateways over an encrypted "
                                               "connection. Nothing was sent.");
}

void TestHttpJob::insecureUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, message);

    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(url));
    QSignalSpy spy(&job, &GatewayHttpJob::finished);
    job.start();
    QCOMPARE(spy.size(), 0); // always from the event loop, never inside start()
    QVERIFY(spy.wait(1000));
    const HttpResult result = spy.at(0).at(0).value<HttpResult>();
    QCOMPARE(result.outcome, HttpResult::Outcome::NotSent);
    QCOMPARE(result.localReason, HttpResult::LocalReason::InsecureUrl);
    QVERIFY(!result.bytesWereSent);
    QCOMPARE(result.userMessage, message);
}

void TestHttpJob::postIsNeverRedirected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("301") << 301 << QByteArray("Moved Permanently");
    QTest::newRow("302") << 302 << QByteArray("Found");
    QTest::newRow("303") << 303 << QByteArray("See Other");
    // For 307 and 308 Qt wants to send the body again and cannot (ContentReSendError).
    QTest::newRow("307") << 307 << QByteArray("Temporary Redirect");
    QTest::newRow("308") << 308 << QByteArray("Permanent Redirect");
}

void TestHttpJob::postIsNeverRedirected()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);

    RawServer elsewhere;
    const QUrl target = elsewhere.url(QStringLiteral("/elsewhere"));
    RawServer server;
    server.handler = [&](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(status, reason, QByteArray(), "Location: " + target.toEncoded() + "\r\n"));
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.isRedirect());
    QVERIFY(!result.isSuccess());
    QCOMPARE(result.header("Location"), target.toEncoded());
    QCOMPARE(result.userMessage,
             QStringLiteral("The gateway sent RefundDesk to another address (HTTP %1 %2, %3). RefundDesk does not "
                            "follow that for payment requests; check the gateway address in the settings.")
                 .arg(QString::number(status), QString::fromLatin1(reason), target.toString()));
    QTest::qWait(300);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).path, QByteArray("/refund"));
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestHttpJob::getFollowsSafeRedirect()
{
    RawServer target;
    target.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(200, "OK", R"({"status":"CLEARED"})"));
    };
    RawServer server;
    const QUrl newUrl = target.url(QStringLiteral("/new"));
    server.handler = [newUrl](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(302, "Found", QByteArray(), "Location: " + newUrl.toEncoded() + "\r\n"));
    };
    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, HttpRequest::get(server.url(QStringLiteral("/old"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, QByteArray(R"({"status":"CLEARED"})"));
    QCOMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.at(0).path, QByteArray("/new"));
    // Qt 6.4 sometimes sends the first GET twice on one connection when it follows a
    // redirect; harmless for a query, and the reason POST never follows one.
    QVERIFY(!server.requests.isEmpty());
    for (const ReceivedRequest &request : server.requests) {
        QCOMPARE(request.path, QByteArray("/old"));
    }
}

void TestHttpJob::untrustedCertificate()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    const auto [certificate, key] = selfSignedCertificate();
    QVERIFY(!certificate.isNull());
    QVERIFY(!key.isNull());
    auto sslServer = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    sslServer->setSslConfiguration(configuration);
    RawServer server(std::move(sslServer));

    QNetworkAccessManager manager;
    GatewayHttpJob job(&manager, refundPost(server.url(QStringLiteral("/refund"), QStringLiteral("https"))));
    const HttpResult result = run(job);

    QCOMPARE(result.outcome, HttpResult::Outcome::NotSent);
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!result.bytesWereSent);
    QVERIFY2(result.errorDetail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(result.errorDetail));
    QCOMPARE(result.userMessage,
             QStringLiteral("The gateway's server 127.0.0.1 could not prove its identity (its TLS certificate was not "
                            "accepted). Nothing was sent."));
    QTest::qWait(300);
    QCOMPARE(server.requests.size(), 0);
}

void TestHttpJob::auditMasksSecrets()
{
    RawServer server;
    server.handler = [](QTcpSocket *socket, const ReceivedRequest &) {
        socket->write(httpResponse(200, "OK", R"({"code":"00","apiKey":"k-123456","status":"APPROVED"})"));
    };
    QNetworkAccessManager manager;
    HttpRequest request = HttpRequest::post(
        server.url(QStringLiteral("/pw/v3/payment/refund")), "application/x-www-form-urlencoded",
        "apiKey=k-123456&transactionId=529-1438673740-2&referenceNo=r1", HttpRequest::Purpose::Refund);
    request.setHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
    GatewayHttpJob job(&manager, request);
    QList<std::pair<QString, QByteArray>> audit;
    SecretMasker masker;
    masker.addSecret(QStringLiteral("k-123456"));
    job.setAuditSink(
        [&audit](const QString &direction, const QByteArray &text) {
            audit.append({direction, text});
        },
        masker);
    const HttpResult result = run(job);
    QCOMPARE(result.outcome, HttpResult::Outcome::Answered);

    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).first, QStringLiteral("request"));
    QCOMPARE(audit.at(0).second,
             "POST " + server.url(QStringLiteral("/pw/v3/payment/refund")).toEncoded()
                 + "\nAuthorization: ****\nContent-Type: application/x-www-form-urlencoded\n\n"
                   "apiKey=****&transactionId=529-1438673740-2&referenceNo=r1");
    QCOMPARE(audit.at(1).first, QStringLiteral("response"));
    QVERIFY(audit.at(1).second.startsWith("HTTP 200 OK\n"));
    QVERIFY(audit.at(1).second.endsWith(R"({"code":"00","apiKey":"****","status":"APPROVED"})"));
    for (const auto &entry : audit) {
        QVERIFY(!entry.second.contains("k-123456"));
        QVERIFY(!entry.second.contains("eyJ"));
    }
    // The request itself went out unmasked.
    QCOMPARE(server.requests.at(0).body, QByteArray("apiKey=k-123456&transactionId=529-1438673740-2&referenceNo=r1"));
}

void TestHttpJob::userMessages_data()
{
    QTest::addColumn<HttpResult::Outcome>("outcome");
    QTest::addColumn<HttpResult::LocalReason>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<HttpRequest::Purpose>("purpose");
    QTest::addColumn<QString>("message");

    using O = HttpResult::Outcome;
    using R = HttpResult::LocalReason;
    using P = HttpRequest::Purpose;
    const QString queryRetry = QStringLiteral("Nothing was changed by this request; try again in a moment.");
    QTest::newRow("200") << O::Answered << R::None << 200 << QNetworkReply::NoError << P::Refund << QString();
    QTest::newRow("401") << O::Answered << R::None << 401 << QNetworkReply::AuthenticationRequiredError << P::Refund
                         << QStringLiteral("The gateway refused RefundDesk's credentials (HTTP 401 Reason). Check the "
                                           "API key or certificate in the settings.");
    QTest::newRow("404") << O::Answered << R::None << 404 << QNetworkReply::ContentNotFoundError << P::Query
                         << QStringLiteral("The gateway does not know the address https://gw.example/v1/x (HTTP 404 "
                                           "Reason). Check the gateway address in the settings.");
    QTest::newRow("429") << O::Answered << R::None << 429 << QNetworkReply::UnknownContentError << P::Query
                         << QStringLiteral("The gateway is receiving too many requests (HTTP 429 Reason). Try again "
                                           "in a minute.");
    QTest::newRow("422") << O::Answered << R::None << 422 << QNetworkReply::UnknownContentError << P::Refund
                         << QStringLiteral("The gateway refused the request (HTTP 422 Reason).");
    QTest::newRow("503 query") << O::Answered << R::None << 503 << QNetworkReply::ServiceUnavailableError << P::Query
                               << QStringLiteral("The gateway reported an error of its own (HTTP 503 Reason). ")
            + queryRetry;
    QTest::newRow("DNS") << O::NotSent << R::None << 0 << QNetworkReply::HostNotFoundError << P::Refund
                         << QStringLiteral("RefundDesk could not find the gateway's server gw.example. Check the "
                                           "internet connection and the gateway address. Nothing was sent.");
    QTest::newRow("proxy") << O::NotSent << R::None << 0 << QNetworkReply::ProxyNotFoundError << P::Refund
                           << QStringLiteral("RefundDesk could not reach the gateway through the network proxy. "
                                             "Nothing was sent.");
    QTest::newRow("other, not sent") << O::NotSent << R::None << 0 << QNetworkReply::TemporaryNetworkFailureError
                                     << P::Refund
                                     << QStringLiteral("RefundDesk could not reach the gateway's server gw.example "
                                                       "(detail). Nothing was sent.");
    QTest::newRow("timeout before sending")
        << O::NotSent << R::Timeout << 0 << QNetworkReply::OperationCanceledError << P::Refund
        << QStringLiteral("RefundDesk could not reach the gateway's server gw.example within 15 seconds. Nothing was "
                          "sent.");
    QTest::newRow("timeout after sending, refund")
        << O::OutcomeUnknown << R::Timeout << 0 << QNetworkReply::OperationCanceledError << P::Refund
        << QStringLiteral("The gateway did not answer within 15 seconds. ") + refundMayHaveGoneThrough;
    QTest::newRow("timeout after sending, query")
        << O::OutcomeUnknown << R::Timeout << 0 << QNetworkReply::OperationCanceledError << P::Query
        << QStringLiteral("The gateway did not answer within 15 seconds. ") + queryRetry;
    QTest::newRow("connection reset") << O::OutcomeUnknown << R::None << 0 << QNetworkReply::RemoteHostClosedError
                                      << P::Refund
                                      << QStringLiteral("The connection to the gateway broke before it answered. ")
            + refundMayHaveGoneThrough;
    QTest::newRow("too large") << O::OutcomeUnknown << R::AnswerTooLarge << 200 << QNetworkReply::OperationCanceledError
                               << P::Refund
                               << QStringLiteral("The gateway's answer was too large to be read. ")
            + refundMayHaveGoneThrough;
    QTest::newRow("cancelled") << O::Cancelled << R::Cancelled << 0 << QNetworkReply::OperationCanceledError
                               << P::Refund << QStringLiteral("The request was cancelled before it was sent.");
}

void TestHttpJob::userMessages()
{
    QFETCH(HttpResult::Outcome, outcome);
    QFETCH(HttpResult::LocalReason, reason);
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(HttpRequest::Purpose, purpose);
    QFETCH(QString, message);

    HttpResult result;
    result.outcome = outcome;
    result.localReason = reason;
    result.httpStatus = status;
    result.reasonPhrase = status > 0 ? QByteArray("Reason") : QByteArray();
    result.error = error;
    result.errorDetail = QStringLiteral("detail");
    HttpRequest request = HttpRequest::get(QUrl(QStringLiteral("https://gw.example/v1/x?id=1")), purpose);
    QCOMPARE(GatewayHttpJob::userMessage(result, request, GatewayHttpJob::defaultTimeout), message);
}

void TestHttpJob::masker_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("masked");

    QTest::newRow("configured secret anywhere") << QByteArray("x s3cr3t! y s3cr3t!") << QByteArray("x **** y ****");
    QTest::newRow("percent-encoded secret") << QByteArray("a=s3cr3t%21") << QByteArray("a=****");
    QTest::newRow("header lines") << QByteArray("Authorization: Bearer abc\r\ntoken:xyz\nAccept: text/plain")
                                  << QByteArray("Authorization: ****\r\ntoken:****\nAccept: text/plain");
    QTest::newRow("JSON members") << QByteArray(R"({"token": "a\"b", "apiKey":123, "verifySign":"ff","x":"y"})")
                                  << QByteArray(R"({"token": "****", "apiKey":"****", "verifySign":"****","x":"y"})");
    QTest::newRow("form fields") << QByteArray("merchantNo=1&verifySign=abcdef&APIKEY=k")
                                 << QByteArray("merchantNo=1&verifySign=****&APIKEY=****");
    QTest::newRow("query string") << QByteArray("GET /x?token=abc&id=2") << QByteArray("GET /x?token=****&id=2");
    QTest::newRow("similar names are kept")
        << QByteArray("refundToken=1&tokens=2") << QByteArray("refundToken=1&tokens=2");
    QTest::newRow("JWT in text") << QByteArray("jwt eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.AbC_-1 end")
                                 << QByteArray("jwt **** end");
    QTest::newRow("extra name") << QByteArray(R"({"merchantSecret":"m"})")
                                << QByteArray(R"({"merchantSecret":"****"})");
}

void TestHttpJob::masker()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, masked);

    SecretMasker m;
    m.addSecret(QStringLiteral("s3cr3t!"));
    m.addSecret(QString());
    m.addSensitiveName(QStringLiteral("merchantSecret"));
    QCOMPARE(m.mask(text), masked);
}

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
