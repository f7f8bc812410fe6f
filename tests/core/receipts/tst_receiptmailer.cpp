#include "PdfQrReader.h"
#include "ReceiptFixtures.h"
#include "SmtpTestServer.h"
#include "receipts/ReceiptDeliveryLog.h"
#include "receipts/ReceiptMailer.h"
#include "scan/ReceiptCode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using RefundDesk::TestSupport::pythonWithAiosmtpd;
using RefundDesk::TestSupport::SmtpTestServer;

namespace {

// The delivery log as the ledger would keep it, in memory.
class MemoryDeliveryLog : public ReceiptDeliveryLog
{
public:
    QList<ReceiptDelivery> deliveries;

    Result record(const ReceiptDelivery &delivery) override
    {
        deliveries.append(delivery);
        return {};
    }
};

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

class TestReceiptMailer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    QString m_python;
    QString m_cert;
    QString m_key;
    const QString m_user = QStringLiteral("store-s1");
    const QString m_password = QStringLiteral("pässwörd-1");

    SmtpConfig config(quint16 port, SmtpSecurity security = SmtpSecurity::StartTls) const
    {
        SmtpConfig smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        smtp.security = security;
        smtp.user = m_user;
        smtp.password = SecretValue(QStringLiteral("env:REFUNDDESK_TEST_SMTP_PASSWORD"));
        smtp.from = QStringLiteral("receipts@mueller-schuhe.example");
        smtp.caFile = m_cert;
        smtp.timeoutSeconds = 20;
        return smtp;
    }

    QStringList serverArguments(const QString &security, quint16 port = 0) const
    {
        return {QStringLiteral("--security"), security,   QStringLiteral("--cert"), m_cert,
                QStringLiteral("--key"),      m_key,      QStringLiteral("--user"), m_user,
                QStringLiteral("--password"), m_password, QStringLiteral("--port"), QString::number(port)};
    }

    static ReceiptEmailResult resultOf(const QSignalSpy &finished)
    {
        return finished.first().first().value<ReceiptEmailResult>();
    }

    // Checks one received receipt: envelope, headers, both bodies and the PDF, whose QR decodes.
    void
    checkReceived(const SmtpTestServer &server, int index, const QString &recipient,
                  const QString &from = QStringLiteral("\"Müller Schuhe, Berlin\" <receipts@mueller-schuhe.example>"))
    {
        const ReceiptModel model = TestFixtures::model();
        const QList<QJsonObject> messages = server.messages();
        QVERIFY(messages.size() > index);
        const QJsonObject message = messages.at(index);
        QCOMPARE(message.value(QStringLiteral("mail_from")).toString(),
                 QStringLiteral("receipts@mueller-schuhe.example"));
        QCOMPARE(message.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {recipient});
        QCOMPARE(message.value(QStringLiteral("to")).toString(), recipient);
        QCOMPARE(message.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Your refund of 12,50\u00A0€ from Müller Schuhe, Berlin"));
        QCOMPARE(message.value(QStringLiteral("from")).toString(), from);
        QVERIFY(message.value(QStringLiteral("message_id"))
                    .toString()
                    .endsWith(QStringLiteral("@mueller-schuhe.example>")));
        QCOMPARE(message.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/mixed"));
        QVERIFY(message.value(QStringLiteral("authenticated")).toBool());

        const QJsonArray parts = message.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0)[QStringLiteral("content_type")].toString(), QStringLiteral("text/plain"));
        const QString text = parts.at(0)[QStringLiteral("text")].toString();
        QVERIFY2(text.contains(QStringLiteral("Refund amount") + QString(52, u' ') + QStringLiteral("12,50\u00A0€")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("within 5-10 days")));
        QCOMPARE(parts.at(1)[QStringLiteral("content_type")].toString(), QStringLiteral("text/html"));
        QVERIFY(parts.at(1)[QStringLiteral("text")].toString().contains(
            QStringLiteral("<td style=\"padding: 2px 0;\">Größe passt nicht</td>")));
        const QString pdfName = QStringLiteral("refund-6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45.pdf");
        QCOMPARE(parts.at(2)[QStringLiteral("content_type")].toString(), QStringLiteral("application/pdf"));
        QCOMPARE(parts.at(2)[QStringLiteral("disposition")].toString(), QStringLiteral("attachment"));
        QCOMPARE(parts.at(2)[QStringLiteral("filename")].toString(), pdfName);

        const TestSupport::RenderedPdf rendered = TestSupport::renderPdf(server.attachment(index, pdfName));
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const ReceiptCode code = ReceiptCode::parse(rendered.qrText);
        QVERIFY2(code.isOk(), qPrintable(rendered.qrText));
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), model.refundIdText());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        qputenv("REFUNDDESK_TEST_SMTP_PASSWORD", m_password.toUtf8());
        m_python = pythonWithAiosmtpd();
        QVERIFY2(!m_python.isEmpty(), "no python3 that can import aiosmtpd: install python3-aiosmtpd");
        // A self-signed certificate for 127.0.0.1, which the client trusts through [smtp] ca_file.
        m_cert = m_certDir.filePath(QStringLiteral("cert.pem"));
        m_key = m_certDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    }

    void retryDelaysDouble_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("delay");
        QTest::newRow("second") << 2 << 5000;
        QTest::newRow("third") << 3 << 10000;
        QTest::newRow("fourth") << 4 << 20000;
        QTest::newRow("capped") << 6 << 60000;
        QTest::newRow("far") << 40 << 60000;
    }

    void retryDelaysDouble()
    {
        QFETCH(int, attempt);
        QFETCH(int, delay);
        QCOMPARE(EmailRetryPolicy().delayBeforeAttempt(attempt), delay);
    }

    void headerTextIsEncodedWhenNotAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("ascii") << QStringLiteral("Your refund") << QByteArray("Your refund");
        QTest::newRow("line break removed") << QStringLiteral("a\r\nBcc: x") << QByteArray("a Bcc: x");
        QTest::newRow("umlaut") << QStringLiteral("Müller") << QByteArray("=?UTF-8?B?TcO8bGxlcg==?=");
    }

    void headerTextIsEncodedWhenNotAscii()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(SmtpClient::encodeHeaderText(text), encoded);
    }

    void longHeaderTextIsSplitIntoShortEncodedWords()
    {
        const QString subject = QString(60, u'ü');
        const QByteArray encoded = SmtpClient::encodeHeaderText(subject);
        const QList<QByteArray> words = encoded.split(' ');
        QCOMPARE(words.size(), 3);
        QString decoded;
        for (const QByteArray &word : words) {
            QVERIFY(word.size() <= 75);
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            decoded += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        }
        QCOMPARE(decoded, subject);
    }

    void deliveredWithStartTlsAndAuth()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(m_python, serverArguments(QStringLiteral("starttls"))), qPrintable(server.error));
        MemoryDeliveryLog log;
        ReceiptMailer mailer(config(server.port));
        mailer.setDeliveryLog(&log);
        QSignalSpy progress(&mailer, &ReceiptMailer::progress);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral(" kunde@example.com "));
        QVERIFY(mailer.isBusy());
        QVERIFY(finished.wait(30000));
        const ReceiptEmailResult result = resultOf(finished);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.recipient, QStringLiteral("kunde@example.com"));
        QVERIFY(!mailer.isBusy());

        // Progress as values: the attempt starts, then bytes go out.
        QVERIFY(progress.size() >= 2);
        const auto first = progress.first().first().value<ReceiptEmailProgress>();
        QCOMPARE(first.stage, ReceiptEmailProgress::Stage::Sending);
        QCOMPARE(first.attempt, 1);
        QCOMPARE(first.maxAttempts, 4);
        const auto last = progress.last().first().value<ReceiptEmailProgress>();
        QVERIFY(last.bytesSent > 10000); // the PDF went out

        QCOMPARE(log.deliveries.size(), 1);
        QCOMPARE(log.deliveries.first().refundId, TestFixtures::refund().refundId);
        QCOMPARE(log.deliveries.first().channel, ReceiptChannel::Email);
        QCOMPARE(log.deliveries.first().destination, QStringLiteral("kunde@example.com"));
        QCOMPARE(log.deliveries.first().outcome, ReceiptDelivery::Outcome::Delivered);
        QCOMPARE(log.deliveries.first().attempt, 1);

        QTRY_COMPARE(server.messages().size(), 1);
        checkReceived(server, 0, QStringLiteral("kunde@example.com"));
        QVERIFY(server.messages().first().value(QStringLiteral("tls")).toBool());
    }

    void deliveredWithImplicitTls()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(m_python, serverArguments(QStringLiteral("tls"))), qPrintable(server.error));
        SmtpConfig smtp = config(server.port, SmtpSecurity::Tls);
        smtp.fromName = QStringLiteral("Shoes \"West\", Berlin");
        ReceiptMailer mailer(smtp);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QVERIFY(finished.wait(30000));
        QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
        QTRY_COMPARE(server.messages().size(), 1);
        checkReceived(server, 0, QStringLiteral("kunde@example.com"),
                      QStringLiteral("\"Shoes \\\"West\\\", Berlin\" <receipts@mueller-schuhe.example>"));
    }

    void refusedLoginIsRetriedRecordedAndCanBeResent()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(m_python, serverArguments(QStringLiteral("starttls"))), qPrintable(server.error));
        MemoryDeliveryLog log;
        SmtpConfig wrong = config(server.port);
        wrong.password = SecretValue(QStringLiteral("not-the-password"));
        ReceiptMailer mailer(wrong);
        mailer.setDeliveryLog(&log);
        mailer.setRetryPolicy({3, 100, 1000});
        QSignalSpy progress(&mailer, &ReceiptMailer::progress);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QVERIFY(finished.wait(60000));
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::Failed);
        QCOMPARE(result.attempts, 3);
        const QString refused =
            QStringLiteral("The mail server 127.0.0.1:%1 refused the login of store-s1; check [smtp] "
                           "user and password. The server said: 535 5.7.8 Authentication credentials "
                           "invalid")
                .arg(server.port);
        QCOMPARE(result.message,
                 QStringLiteral("The receipt could not be sent to kunde@example.com after 3 attempt(s): ") + refused);

        // Retried with back-off: 100 ms, then 200 ms.
        QList<int> waits;
        for (const QList<QVariant> &signal : progress) {
            const auto update = signal.first().value<ReceiptEmailProgress>();
            if (update.stage == ReceiptEmailProgress::Stage::WaitingToRetry) {
                waits.append(update.retryInMs);
                QCOMPARE(update.message, refused);
            }
        }
        QCOMPARE(waits, (QList<int> {100, 200}));

        // Every attempt is in the log; the last says it failed, so the receipt is not lost.
        QCOMPARE(log.deliveries.size(), 3);
        QCOMPARE(log.deliveries.at(0).outcome, ReceiptDelivery::Outcome::WillRetry);
        QCOMPARE(log.deliveries.at(1).outcome, ReceiptDelivery::Outcome::WillRetry);
        QCOMPARE(log.deliveries.at(2).outcome, ReceiptDelivery::Outcome::Failed);
        QCOMPARE(log.deliveries.at(2).attempt, 3);
        QCOMPARE(log.deliveries.at(2).message, refused);
        QCOMPARE(server.messages().size(), 0);

        // Sent again once the password is right.
        ReceiptMailer again(config(server.port));
        again.setDeliveryLog(&log);
        QSignalSpy resent(&again, &ReceiptMailer::finished);
        again.send(TestFixtures::model(), log.deliveries.at(2).destination);
        QVERIFY(resent.wait(30000));
        QVERIFY2(resultOf(resent).ok(), qPrintable(resultOf(resent).message));
        QCOMPARE(log.deliveries.last().outcome, ReceiptDelivery::Outcome::Delivered);
        QTRY_COMPARE(server.messages().size(), 1);
        checkReceived(server, 0, QStringLiteral("kunde@example.com"));
    }

    void serverDownThenBackIsDeliveredOnRetry()
    {
        const quint16 port = unusedPort();
        MemoryDeliveryLog log;
        ReceiptMailer mailer(config(port));
        mailer.setDeliveryLog(&log);
        mailer.setRetryPolicy({3, 1500, 5000});
        QSignalSpy progress(&mailer, &ReceiptMailer::progress);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));

        // The first attempt finds nobody listening and waits to retry.
        QTRY_VERIFY_WITH_TIMEOUT(!log.deliveries.isEmpty(), 30000);
        QCOMPARE(log.deliveries.first().outcome, ReceiptDelivery::Outcome::WillRetry);
        QVERIFY2(log.deliveries.first().message.startsWith(
                     QStringLiteral("Cannot connect to the mail server 127.0.0.1:%1 (").arg(port)),
                 qPrintable(log.deliveries.first().message));
        QVERIFY(log.deliveries.first().message.endsWith(
            QStringLiteral("Is it running, and are [smtp] host and port right?")));
        const auto waiting = progress.last().first().value<ReceiptEmailProgress>();
        QCOMPARE(waiting.stage, ReceiptEmailProgress::Stage::WaitingToRetry);
        QCOMPARE(waiting.retryInMs, 1500);
        QVERIFY(finished.isEmpty());

        // The server comes up before the retry.
        SmtpTestServer server;
        QVERIFY2(server.start(m_python, serverArguments(QStringLiteral("starttls"), port)), qPrintable(server.error));
        QVERIFY(finished.wait(30000));
        const ReceiptEmailResult result = resultOf(finished);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(log.deliveries.size(), 2);
        QCOMPARE(log.deliveries.at(1).outcome, ReceiptDelivery::Outcome::Delivered);
        QCOMPARE(log.deliveries.at(1).attempt, 2);
        QTRY_COMPARE(server.messages().size(), 1);
        checkReceived(server, 0, QStringLiteral("kunde@example.com"));
    }

    void serverStaysDown()
    {
        const quint16 port = unusedPort();
        MemoryDeliveryLog log;
        ReceiptMailer mailer(config(port));
        mailer.setDeliveryLog(&log);
        mailer.setRetryPolicy({2, 50, 50});
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QVERIFY(finished.wait(30000));
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::Failed);
        QVERIFY2(
            result.message.startsWith(
                QStringLiteral(
                    "The receipt could not be sent to kunde@example.com after 2 attempt(s): Cannot connect to the mail "
                    "server 127.0.0.1:%1")
                    .arg(port)),
            qPrintable(result.message));
        QCOMPARE(log.deliveries.size(), 2);
        QCOMPARE(log.deliveries.last().outcome, ReceiptDelivery::Outcome::Failed);
    }

    void serverWithoutStartTlsIsRefused()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(m_python, {QStringLiteral("--security"), QStringLiteral("none")}),
                 qPrintable(server.error));
        ReceiptMailer mailer(config(server.port));
        mailer.setRetryPolicy({1, 50, 50});
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QVERIFY(finished.wait(30000));
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("does not offer STARTTLS")), qPrintable(result.message));
        QCOMPARE(server.messages().size(), 0);
    }

    void invalidAddressSendsNothing()
    {
        MemoryDeliveryLog log;
        ReceiptMailer mailer(config(unusedPort()));
        mailer.setDeliveryLog(&log);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com\r\nBcc: other@example.com"));
        QCOMPARE(finished.size(), 1);
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::InvalidAddress);
        QCOMPARE(result.attempts, 0);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(log.deliveries.isEmpty());
        QVERIFY(!mailer.isBusy());
    }

    void passwordFromAnUnavailableKeychain()
    {
        // No session bus, so no keychain service: the receipt is not sent, and says why.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refunddesk-test-bus");
        MemoryDeliveryLog log;
        SmtpConfig smtp = config(unusedPort());
        smtp.password = SecretValue();
        SmtpPasswordStore keychain;
        ReceiptMailer mailer(smtp);
        mailer.setDeliveryLog(&log);
        mailer.setPasswordStore(&keychain);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QVERIFY(finished.wait(30000));
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::NotConfigured);
        QVERIFY2(result.message.contains(QStringLiteral("env:NAME or file:PATH")), qPrintable(result.message));
        QCOMPARE(result.attempts, 0);
        QCOMPARE(log.deliveries.size(), 1);
        QCOMPARE(log.deliveries.first().outcome, ReceiptDelivery::Outcome::Failed);
        QCOMPARE(SmtpPasswordStore::keyFor(QStringLiteral("store-s1"), QStringLiteral("Mail.Example.com")),
                 QStringLiteral("smtp/store-s1@mail.example.com"));
    }

    void missingPasswordIsRecordedForResending()
    {
        MemoryDeliveryLog log;
        SmtpConfig smtp = config(unusedPort());
        smtp.password = SecretValue(QStringLiteral("env:REFUNDDESK_TEST_UNSET_PASSWORD"));
        ReceiptMailer mailer(smtp);
        mailer.setDeliveryLog(&log);
        QSignalSpy finished(&mailer, &ReceiptMailer::finished);
        mailer.send(TestFixtures::model(), QStringLiteral("kunde@example.com"));
        QCOMPARE(finished.size(), 1);
        const ReceiptEmailResult result = resultOf(finished);
        QCOMPARE(result.status, ReceiptEmailResult::Status::NotConfigured);
        QCOMPARE(result.message,
                 QStringLiteral("The mail password ([smtp] password) cannot be read: The environment "
                                "variable REFUNDDESK_TEST_UNSET_PASSWORD is not set or empty."));
        QCOMPARE(log.deliveries.size(), 1);
        QCOMPARE(log.deliveries.first().outcome, ReceiptDelivery::Outcome::Failed);
        QCOMPARE(log.deliveries.first().destination, QStringLiteral("kunde@example.com"));
    }
};

QTEST_MAIN(TestReceiptMailer)
#include "tst_receiptmailer.moc"
