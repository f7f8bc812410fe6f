#include "RefundctlHarness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace RefundDesk;

// refundctl's own promises: bad amounts never reach the network, refusals and exit codes,
// CSV export, employees' roles, and `audit verify` naming an edited row.
class TestRefundctlCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RefundctlHarness> m_ctl;

    int requestsAtSandbox()
    {
        int total = 0;
        const QJsonObject requests = m_sandbox->state().value(QStringLiteral("requests")).toObject();
        for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
            total += it.value().toInt();
        return total;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->lastError()));
        m_ctl = std::make_unique<RefundctlHarness>(*m_sandbox);
        QVERIFY2(m_ctl->setUp(), qPrintable(m_ctl->lastError()));
    }
    void cleanup()
    {
        m_ctl.reset();
        m_sandbox.reset();
    }

    void badAmountsMakeNoNetworkCall_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("'a' is not allowed in an amount.");
        QTest::newRow("negative") << QStringLiteral("-1")
                                  << QStringLiteral("Enter the amount without a sign: refunds are always positive.");
        QTest::newRow("three decimals for EUR")
            << QStringLiteral("1.234") << QStringLiteral("EUR has 2 decimal places; this amount has 3.");
        QTest::newRow("exponent") << QStringLiteral(
            "1e3") << QStringLiteral("Scientific notation such as 1e3 is not accepted; type the amount in full.");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter an amount.");
    }

    void badAmountsMakeNoNetworkCall()
    {
        QFETCH(QString, amount);
        QFETCH(QString, message);
        const auto run = m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("secpaid"),
                                     QStringLiteral("--transaction"), QStringLiteral("12345"),
                                     QStringLiteral("--amount=") + amount, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("--amount: %1\n").arg(message));
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("--amount: %1").arg(message));
        QCOMPARE(requestsAtSandbox(), 0);
    }

    void refusalsSayWhyAndSendNothing()
    {
        const auto notRefundable =
            m_ctl->run({QStringLiteral("lookup"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                        QStringLiteral("--reference"), QStringLiteral("POS-PK-1003"), QStringLiteral("--json")});
        QVERIFY2(notRefundable.exitCode == 0, qPrintable(notRefundable.describe()));
        QCOMPARE(notRefundable.json().value(QStringLiteral("refundable")).toBool(), false);
        QCOMPARE(notRefundable.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(
            notRefundable.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("\"pending\"")));
        const int before = requestsAtSandbox();

        const auto refused =
            m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                        QStringLiteral("--reference"), QStringLiteral("POS-PK-1003"), QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("\"pending\"")));
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(requestsAtSandbox(), before); // the ledger knew the sale: no lookup, no refund

        const auto unknown = m_ctl->run(
            {QStringLiteral("status"), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.json().contains(QStringLiteral("error")));
        const auto usage = m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("visa"),
                                       QStringLiteral("--transaction"), QStringLiteral("1")});
        QCOMPARE(usage.exitCode, 2);
    }

    void clerksNeedAManagerAboveTheThreshold()
    {
        const auto added = m_ctl->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cleo"),
                                       QStringLiteral("--role"), QStringLiteral("clerk")},
                                      QByteArrayLiteral("2468\n"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const auto refused =
            m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("secpaid"),
                        QStringLiteral("--transaction"), QStringLiteral("12350"), QStringLiteral("--amount"),
                        QStringLiteral("60.00"), QStringLiteral("--actor"), QStringLiteral("cleo")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("manager's approval"), qPrintable(refused.describe()));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST /api/v2/refundPayment")), 0);
        const auto allowed = m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"),
                                         QStringLiteral("secpaid"), QStringLiteral("--transaction"),
                                         QStringLiteral("12345"), QStringLiteral("--amount"), QStringLiteral("20.00"),
                                         QStringLiteral("--actor"), QStringLiteral("cleo"), QStringLiteral("--json")});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
        QCOMPARE(allowed.json().value(QStringLiteral("employee")).toString(), QStringLiteral("cleo"));

        // A clerk does not close reviews either.
        const auto review =
            m_ctl->run({QStringLiteral("review"), allowed.json().value(QStringLiteral("refund_id")).toString(),
                        QStringLiteral("--resolve"), QStringLiteral("succeeded"), QStringLiteral("--note"),
                        QStringLiteral("x"), QStringLiteral("--actor"), QStringLiteral("cleo")});
        QCOMPARE(review.exitCode, 1);
        QVERIFY2(review.err.contains("Only back-office staff"), qPrintable(review.describe()));
    }

    void listExportsCsv()
    {
        const auto refund = m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                                        QStringLiteral("--transaction"), QStringLiteral("297553638300708562"),
                                        QStringLiteral("--amount"), QStringLiteral("1.50"), QStringLiteral("--json")});
        QVERIFY2(refund.exitCode == 0, qPrintable(refund.describe()));
        const auto csv = m_ctl->run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("succeeded"),
                                     QStringLiteral("--since"), QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                     QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("refund_id,gateway,status,amount,currency"));
        QVERIFY(lines.at(1).startsWith(refund.json().value(QStringLiteral("refund_id")).toString().toUtf8()
                                       + ",pockyt,succeeded,1.50,USD,"));
        const auto none = m_ctl->run(
            {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--json")});
        QCOMPARE(none.jsonArray().size(), 0);
    }

    void auditVerifyNamesAnEditedRow()
    {
        const auto refund = m_ctl->run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                                        QStringLiteral("--transaction"), QStringLiteral("297553638300708562"),
                                        QStringLiteral("--amount"), QStringLiteral("2.00")});
        QVERIFY2(refund.exitCode == 0, qPrintable(refund.describe()));
        const auto intact = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(intact.json().value(QStringLiteral("intact")).toBool());
        const int rows = intact.json().value(QStringLiteral("rows")).toInt();
        QVERIFY(rows >= 4);

        // Someone with the database but not the key changes one row's amount.
        const int edited = rows / 2 + 1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            db.setDatabaseName(m_ctl->ledgerPath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(QStringLiteral("UPDATE audit_log SET detail = detail || ' (edited)' WHERE seq = ?")));
            query.addBindValue(edited);
            QVERIFY(query.exec());
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));

        const auto broken = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.json().value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(broken.json().value(QStringLiteral("first_bad_row")).toInt(), edited);
        const auto text = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.startsWith(QStringLiteral("Audit row %1 does not match").arg(edited).toUtf8()),
                 qPrintable(text.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRefundctlCli)
#include "tst_refundctl_cli.moc"
