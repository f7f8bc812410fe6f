#include "RefundctlHarness.h"

#include <QTest>

using namespace RefundDesk;

// Full and partial refunds through the real refundctl reach their final state the way each
// gateway works: Pockyt and PW v3 answer at once (Pockyt's IPN follows), SecPaid waits for
// its administrator and is polled, PayNet answers pending and reports by webhook (or, when no
// webhook came, by its refund enquiry).
class TestRefundctlGateways : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RefundctlHarness> m_ctl;

    RefundctlHarness::Run refund(const QString &gateway, const QString &kind, const QString &id,
                                 const QString &amount = QString())
    {
        QStringList arguments {QStringLiteral("refund"), QStringLiteral("--gateway"), gateway, kind, id,
                               QStringLiteral("--json")};
        if (!amount.isNull())
            arguments << QStringLiteral("--amount") << amount;
        return m_ctl->run(arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList {QStringLiteral("--paynet-settle-ms"), QStringLiteral("300"),
                         QStringLiteral("--paynet-enquiry-min-age-s"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->lastError()));
        // PayNet's refund enquiry only after an hour: its webhook is what finishes a refund here.
        RefundctlHarness::Options options;
        options.payNetEnquiryMinAgeSeconds = 3600;
        m_ctl = std::make_unique<RefundctlHarness>(*m_sandbox, options);
        QVERIFY2(m_ctl->setUp(), qPrintable(m_ctl->lastError()));
    }
    void cleanup()
    {
        m_ctl.reset();
        m_sandbox.reset();
    }

    void pockytPartialThenTheRestWithIpns()
    {
        QVERIFY2(m_ctl->startServe(), qPrintable(m_ctl->lastError()));
        const auto partial = refund(QStringLiteral("pockyt"), QStringLiteral("--transaction"),
                                    QStringLiteral("297553638300708562"), QStringLiteral("5.00"));
        QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
        const QJsonObject first = partial.json();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(first.value(QStringLiteral("amount")).toString(), QStringLiteral("5.00"));
        QCOMPARE(first.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("POS-PK-1001"));
        QVERIFY(!first.value(QStringLiteral("gateway_refund_id")).toString().isEmpty());

        const auto rest =
            refund(QStringLiteral("pockyt"), QStringLiteral("--reference"), QStringLiteral("POS-PK-1001"));
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.describe()));
        QCOMPARE(rest.json().value(QStringLiteral("amount")).toString(), QStringLiteral("20.00"));
        QCOMPARE(rest.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

        const auto nothingLeft = refund(QStringLiteral("pockyt"), QStringLiteral("--transaction"),
                                        QStringLiteral("297553638300708562"), QStringLiteral("1.00"));
        QCOMPARE(nothingLeft.exitCode, 1);
        QCOMPARE(nothingLeft.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Nothing is left to refund on this sale."));
        QCOMPARE(m_ctl->executedForSale(QStringLiteral("pockyt"), QStringLiteral("297553638300708562")), 2);

        // The IPNs came and were acknowledged with "success": the sandbox stops sending.
        QTRY_VERIFY_WITH_TIMEOUT(m_ctl->serveLog().count("webhook /webhooks/pockyt -> 200") >= 2, 10000);
        QCOMPARE(m_ctl->statusOf(first.value(QStringLiteral("refund_id")).toString()), QStringLiteral("succeeded"));
    }

    void pockytFullRefund()
    {
        const auto full =
            refund(QStringLiteral("pockyt"), QStringLiteral("--reference"), QStringLiteral("POS-PK-1002"));
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        QCOMPARE(full.json().value(QStringLiteral("amount")).toString(), QStringLiteral("128.80"));
        QCOMPARE(full.json().value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QVERIFY(full.json().value(QStringLiteral("full_refund")).toBool());
        QCOMPARE(full.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }

    void pwV3PartialAndFull()
    {
        const auto partial = refund(QStringLiteral("pwv3"), QStringLiteral("--reference"),
                                    QStringLiteral("1-1438673740-0001-01"), QStringLiteral("10.00"));
        QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
        QCOMPARE(partial.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        const auto full =
            refund(QStringLiteral("pwv3"), QStringLiteral("--reference"), QStringLiteral("1-1438673740-0001-01"));
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        QCOMPARE(full.json().value(QStringLiteral("amount")).toString(), QStringLiteral("39.99"));
        QCOMPARE(full.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(m_ctl->executedForSale(QStringLiteral("pwv3"), QStringLiteral("529-1438673740-1")), 2);
    }

    void pwV3FullOnlyAccount()
    {
        RefundctlHarness::Options fullOnly;
        fullOnly.pwApiKey = QStringLiteral("8c0b6e3f2a9d4e51b7c3a0f96d2e1b58");
        fullOnly.pwPartialRefunds = false;
        RefundctlHarness ctl(*m_sandbox, fullOnly);
        QVERIFY2(ctl.setUp(), qPrintable(ctl.lastError()));
        const auto partial = ctl.run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pwv3"),
                                      QStringLiteral("--reference"), QStringLiteral("1-1438673740-0002-01"),
                                      QStringLiteral("--amount"), QStringLiteral("10.00"), QStringLiteral("--json")});
        QCOMPARE(partial.exitCode, 1);
        QVERIFY2(partial.err.contains("refunds only whole sales"), qPrintable(partial.describe()));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST /pw/v3/payment/refund")), 0);
        const auto full =
            ctl.run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pwv3"),
                     QStringLiteral("--reference"), QStringLiteral("1-1438673740-0002-01"), QStringLiteral("--json")});
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        QCOMPARE(full.json().value(QStringLiteral("amount")).toString(), QStringLiteral("120.00"));
        QCOMPARE(full.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }

    void secPaidIsPolledUntilTheAdministratorDecides()
    {
        const auto full = refund(QStringLiteral("secpaid"), QStringLiteral("--transaction"), QStringLiteral("12345"));
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        QCOMPARE(full.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(full.json().value(QStringLiteral("amount")).toString(), QStringLiteral("49.99"));
        const auto partial = refund(QStringLiteral("secpaid"), QStringLiteral("--transaction"), QStringLiteral("12346"),
                                    QStringLiteral("5.00"));
        QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
        const auto second = refund(QStringLiteral("secpaid"), QStringLiteral("--transaction"), QStringLiteral("12346"),
                                   QStringLiteral("1.00"));
        QCOMPARE(second.exitCode, 1); // one refund per payment
        QVERIFY2(second.err.contains("only one refund per payment"), qPrintable(second.describe()));

        auto sync = m_ctl->run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(m_ctl->statusOf(full.json().value(QStringLiteral("refund_id")).toString()), QStringLiteral("pending"));

        QVERIFY2(m_sandbox->secPaidReview(12345, true), qPrintable(m_sandbox->lastError()));
        QVERIFY2(m_sandbox->secPaidReview(12346, false), qPrintable(m_sandbox->lastError()));
        sync = m_ctl->run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(sync.json().value(QStringLiteral("changed")).toInt(), 2);
        QCOMPARE(m_ctl->statusOf(full.json().value(QStringLiteral("refund_id")).toString()),
                 QStringLiteral("succeeded"));
        QCOMPARE(m_ctl->statusOf(partial.json().value(QStringLiteral("refund_id")).toString()),
                 QStringLiteral("rejected"));
    }

    void payNetReportsByWebhook()
    {
        QVERIFY2(m_ctl->startServe(), qPrintable(m_ctl->lastError()));
        const auto partial = refund(QStringLiteral("paynet"), QStringLiteral("--transaction"),
                                    QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"), QStringLiteral("10.00"));
        QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
        QCOMPARE(partial.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(partial.json().value(QStringLiteral("currency")).toString(), QStringLiteral("MYR"));
        const auto rejected = refund(QStringLiteral("paynet"), QStringLiteral("--transaction"),
                                     QStringLiteral("9b19e246-cc2a-4829-998f-67080cc732bb"));
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.describe()));
        QCOMPARE(rejected.json().value(QStringLiteral("amount")).toString(), QStringLiteral("250.00"));
        const auto timeout = refund(QStringLiteral("paynet"), QStringLiteral("--transaction"),
                                    QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"));
        QVERIFY2(timeout.exitCode == 0, qPrintable(timeout.describe()));

        const QString timeoutId = timeout.json().value(QStringLiteral("refund_id")).toString();
        QVERIFY(m_ctl->waitForStatus(partial.json().value(QStringLiteral("refund_id")).toString(),
                                     QStringLiteral("succeeded"), 10000));
        QVERIFY(m_ctl->waitForStatus(rejected.json().value(QStringLiteral("refund_id")).toString(),
                                     QStringLiteral("rejected"), 10000));
        QVERIFY(m_ctl->waitForStatus(timeoutId, QStringLiteral("needs_review"), 10000));

        // REFUND_TIMEOUT: back-office staff close it after checking the next day's report.
        const auto closed =
            m_ctl->run({QStringLiteral("review"), timeoutId, QStringLiteral("--resolve"), QStringLiteral("succeeded"),
                        QStringLiteral("--note"), QStringLiteral("PayNet report of the next day lists it as accepted"),
                        QStringLiteral("--json")});
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.describe()));
        QCOMPARE(closed.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY2(m_ctl->serveLog().contains("webhook /webhooks/paynet -> 200"), m_ctl->serveLog().constData());
    }

    void payNetEnquiryWhenNoWebhookCame()
    {
        RefundctlHarness::Options options;
        options.payNetEnquiryMinAgeSeconds = 0; // (the sandbox was started with 0 as well)
        m_ctl = std::make_unique<RefundctlHarness>(*m_sandbox, options);
        QVERIFY2(m_ctl->setUp(), qPrintable(m_ctl->lastError()));
        const auto partial = refund(QStringLiteral("paynet"), QStringLiteral("--transaction"),
                                    QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"), QStringLiteral("20.00"));
        QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
        const QString id = partial.json().value(QStringLiteral("refund_id")).toString();
        // The sandbox settles after 300 ms; no webhook URL is set.
        QVERIFY2(m_sandbox->waitForPayNetSettlements(), qPrintable(m_sandbox->lastError()));
        const auto sync = m_ctl->run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(m_ctl->statusOf(id), QStringLiteral("succeeded"));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /v1/bw/refund")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRefundctlGateways)
#include "tst_refundctl_gateways.moc"
