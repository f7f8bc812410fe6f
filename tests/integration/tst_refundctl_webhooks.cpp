#include "RefundctlHarness.h"
#include "TestHttpClient.h"
#include "WebhookRecorder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace RefundDesk;

// Webhooks into `refundctl serve`, signed by refund-sandbox exactly as it sends them: the
// real ones are first caught by a recorder, then delivered again, twice, out of order,
// tampered with and oversized. Nothing regresses and nothing tampered is applied.
class TestRefundctlWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RefundctlHarness> m_ctl;
    WebhookRecorder m_recorder;
    TestHttpClient m_http;

    QString refund(const QString &gateway, const QString &sale, const QString &amount)
    {
        const auto run =
            m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), gateway, QStringLiteral("--transaction"),
                        sale, QStringLiteral("--amount"), amount, QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.json().value(QStringLiteral("refund_id")).toString();
    }

    TestHttpClient::Reply deliver(const WebhookRecorder::Received &hook, const QByteArray &body)
    {
        TestHttpClient::Headers headers;
        if (const QByteArray authorization = hook.header("authorization"); !authorization.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), authorization});
        const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_ctl->webhookPort()).arg(hook.path));
        return m_http.post(url, hook.header("content-type"), body, headers);
    }

    int auditRows(const QString &action)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-peek"));
            db.setDatabaseName(m_ctl->ledgerPath());
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
                query.addBindValue(action);
                if (query.exec() && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit-peek"));
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox =
            std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--paynet-settle-ms"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->lastError()));
        m_ctl = std::make_unique<RefundctlHarness>(*m_sandbox);
        QVERIFY2(m_ctl->setUp(), qPrintable(m_ctl->lastError()));
        QVERIFY(m_recorder.listen());
        QVERIFY(m_sandbox->configure(QJsonObject {
            {QStringLiteral("pockyt_ipn_url"), m_recorder.url(QStringLiteral("/webhooks/pockyt")).toString()},
            {QStringLiteral("paynet_webhook_url"), m_recorder.url(QStringLiteral("/webhooks/paynet")).toString()}}));
        m_http.setTimeoutMs(5000);
    }

    void replayedTamperedAndOversized()
    {
        // Caught by the recorder: PayNet's PENDING then ACCEPTED for one refund, ACCEPTED for
        // another, and Pockyt's IPN.
        const QString first = refund(QStringLiteral("paynet"), QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"),
                                     QStringLiteral("10.00"));
        const QString second = refund(QStringLiteral("paynet"), QStringLiteral("9b19e246-cc2a-4829-998f-67080cc732bb"),
                                      QStringLiteral("20.00"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(m_sandbox->payNetSettle(first, QStringLiteral("PENDING")));
        QVERIFY(m_recorder.waitForRequests(1, 5000));
        QVERIFY(m_sandbox->payNetSettle(first, QStringLiteral("ACCEPTED")));
        QVERIFY(m_recorder.waitForRequests(2, 5000));
        QVERIFY(m_sandbox->payNetSettle(second, QStringLiteral("ACCEPTED")));
        QVERIFY(m_recorder.waitForRequests(3, 5000));
        const QString pockyt =
            refund(QStringLiteral("pockyt"), QStringLiteral("297553638300708562"), QStringLiteral("3.00"));
        QVERIFY(m_recorder.waitForRequests(4, 5000));
        const WebhookRecorder::Received pending = m_recorder.received().at(0);
        const WebhookRecorder::Received accepted = m_recorder.received().at(1);
        const WebhookRecorder::Received acceptedSecond = m_recorder.received().at(2);
        const WebhookRecorder::Received ipn = m_recorder.received().at(3);
        QCOMPARE(pending.path, QStringLiteral("/webhooks/paynet"));
        QCOMPARE(ipn.path, QStringLiteral("/webhooks/pockyt"));
        QCOMPARE(m_ctl->statusOf(first), QStringLiteral("pending"));

        QVERIFY2(m_ctl->startServe(), qPrintable(m_ctl->lastError()));

        // In order, then twice, then the older one late.
        QCOMPARE(deliver(pending, pending.body).status, 200);
        QCOMPARE(m_ctl->statusOf(first), QStringLiteral("pending"));
        QCOMPARE(deliver(accepted, accepted.body).status, 200);
        QCOMPARE(m_ctl->statusOf(first), QStringLiteral("succeeded"));
        QCOMPARE(deliver(accepted, accepted.body).status, 200);
        QCOMPARE(deliver(pending, pending.body).status, 200);
        QCOMPARE(m_ctl->statusOf(first), QStringLiteral("succeeded"));

        // Tampered: another amount under the same signature, or a signature not PayNet's.
        QByteArray forgedBody = acceptedSecond.body;
        forgedBody.replace("\"20.00\"", "\"2.00\"");
        QVERIFY(forgedBody != acceptedSecond.body);
        QCOMPARE(deliver(acceptedSecond, forgedBody).status, 401);
        WebhookRecorder::Received forgedSignature = acceptedSecond;
        for (auto &[name, value] : forgedSignature.headers) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                value[value.size() - 2] = value.at(value.size() - 2) == 'A' ? 'B' : 'A';
        }
        QCOMPARE(deliver(forgedSignature, acceptedSecond.body).status, 401);
        QCOMPARE(m_ctl->statusOf(second), QStringLiteral("pending"));

        // Too large: refused before anyone looks at it.
        QCOMPARE(deliver(acceptedSecond, acceptedSecond.body + QByteArray(70 * 1024, ' ')).status, 413);
        QCOMPARE(m_ctl->statusOf(second), QStringLiteral("pending"));

        // The genuine one still goes through.
        QCOMPARE(deliver(acceptedSecond, acceptedSecond.body).status, 200);
        QCOMPARE(m_ctl->statusOf(second), QStringLiteral("succeeded"));

        // Pockyt: the duplicate IPN is acknowledged with "success"; a tampered one is not.
        const auto duplicate = deliver(ipn, ipn.body);
        QCOMPARE(duplicate.status, 200);
        QCOMPARE(duplicate.body, QByteArrayLiteral("success"));
        QByteArray forgedIpn = ipn.body;
        forgedIpn.replace("amount=3.00", "amount=30.00");
        forgedIpn.replace("refundAmount=3.00", "refundAmount=30.00");
        QVERIFY(forgedIpn != ipn.body);
        const auto rejected = deliver(ipn, forgedIpn);
        QCOMPARE(rejected.status, 401);
        QVERIFY(rejected.body != QByteArrayLiteral("success"));
        QCOMPARE(m_ctl->statusOf(pockyt), QStringLiteral("succeeded"));

        m_ctl->stopServe();
        QCOMPARE(auditRows(QStringLiteral("webhook.refused")), 4);
        const auto audit = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRefundctlWebhooks)
#include "tst_refundctl_webhooks.moc"
