#include "RefundctlHarness.h"
#include "ledger/SqliteLedger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// refundctl reconcile against reports the real refund-sandbox writes for refunds refundctl
// made: a clean report matches; a tampered one shows a match, a missing row, a duplicate, an
// amount mismatch, a refund the ledger does not know and a malformed line with their line
// numbers; a PayNet review the next day's report settles is closed only with --resolve, by a
// named person, with an audit row naming the report and its line.
class TestRefundctlReconcile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RefundctlHarness> m_ctl;
    QTemporaryDir m_dir;

    QJsonObject refund(const QString &gateway, const QString &transaction, const QString &amount = QString())
    {
        QStringList arguments {QStringLiteral("refund"),
                               QStringLiteral("--gateway"),
                               gateway,
                               QStringLiteral("--transaction"),
                               transaction,
                               QStringLiteral("--json")};
        if (!amount.isNull())
            arguments << QStringLiteral("--amount") << amount;
        const auto run = m_ctl->run(arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.json();
    }

    // The sandbox's report of the day it executed its refunds of that gateway.
    QByteArray report(const QString &gateway)
    {
        QString day;
        for (const QJsonValue &value : m_sandbox->state().value(QStringLiteral("refunds")).toArray()) {
            if (value.toObject().value(QStringLiteral("gateway")).toString() == gateway)
                day = value.toObject().value(QStringLiteral("executed_at")).toString().left(10);
        }
        const auto reply =
            m_sandbox->http().get(m_sandbox->url(QStringLiteral("/_admin/reports/%1?date=%2").arg(gateway, day)));
        if (reply.status != 200)
            qWarning("report: HTTP %d %s", reply.status, reply.body.constData());
        return reply.body;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    QList<AuditEntry> auditRows(const QString &action)
    {
        LedgerResult result;
        auto ledger = SqliteLedger::open(m_ctl->ledgerPath(), &result);
        if (!ledger) {
            qWarning("%s", qPrintable(result.message()));
            return {};
        }
        QList<AuditEntry> rows;
        const auto entries = ledger->auditEntries(0, 100000);
        if (entries.ok()) {
            for (const AuditEntry &entry : entries.value()) {
                if (entry.action == action)
                    rows << entry;
            }
        }
        return rows;
    }

    static QStringList entries(const QJsonObject &json)
    {
        QStringList lines;
        for (const QJsonValue &value : json.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(entry.value(QStringLiteral("category")).toString())
                         .arg(entry.value(QStringLiteral("line")).toInt())
                         .arg(entry.value(QStringLiteral("first_line")).toInt())
                         .arg(entry.value(QStringLiteral("report_amount")).toString(),
                              entry.value(QStringLiteral("ledger_amount")).toString());
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox =
            std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--paynet-settle-ms"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->lastError()));
        m_ctl = std::make_unique<RefundctlHarness>(*m_sandbox);
        QVERIFY2(m_ctl->setUp(), qPrintable(m_ctl->lastError()));
        QVERIFY2(m_ctl->startServe(), qPrintable(m_ctl->lastError()));
    }

    void cleanupTestCase()
    {
        m_ctl.reset();
        m_sandbox.reset();
    }

    void pockytReportMatchesThenTampered()
    {
        const QJsonObject first =
            refund(QStringLiteral("pockyt"), QStringLiteral("297553638300708562"), QStringLiteral("5.00"));
        const QJsonObject second =
            refund(QStringLiteral("pockyt"), QStringLiteral("297553638300708562"), QStringLiteral("3.00"));
        const QJsonObject full = refund(QStringLiteral("pockyt"), QStringLiteral("297553638300708563"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(full.value(QStringLiteral("amount")).toString(), QStringLiteral("128.80"));

        const QByteArray clean = report(QStringLiteral("pockyt"));
        QList<QByteArray> lines = clean.split('\n');
        QCOMPARE(lines.size(), 5); // header, three refunds, the empty rest after the last line end
        QCOMPARE(lines.at(0),
                 QByteArray("transactionNo,reference,refundTransactionNo,refundReference,refundAmount,"
                            "currency,settleCurrency,status,time\r"));
        QVERIFY2(lines.at(1).contains(first.value(QStringLiteral("refund_id")).toString().toUtf8()),
                 lines.at(1).constData());

        const QString cleanPath = write(QStringLiteral("pockyt-clean.csv"), clean);
        auto run = m_ctl->run({QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                               cleanPath, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("matched")).toInt(), 3);
        QCOMPARE(entries(run.json()),
                 QStringList({QStringLiteral("matched 2 0 5.00 5.00"), QStringLiteral("matched 3 0 3.00 3.00"),
                              QStringLiteral("matched 4 0 128.80 128.80")}));

        // Line 2 kept; the 3.00 refund dropped; the full refund's amount changed; a line with too
        // few fields; line 2 again; a refund made elsewhere.
        QByteArray mismatch = lines.at(3);
        mismatch.replace(",128.80,", ",128.00,");
        const QByteArray tampered = lines.at(0) + '\n' + lines.at(1) + '\n' + mismatch + '\n'
            + "297553638300708562,POS-PK-1001,oops\r\n" + lines.at(1) + '\n'
            + "297553638300708566,POS-PK-1005,399999999999999999,made-at-the-counter,1.00,USD,USD,success,"
              "20250301120000\r\n";
        const QString tamperedPath = write(QStringLiteral("pockyt-tampered.csv"), tampered);
        const QString exportPath = m_dir.filePath(QStringLiteral("result.csv"));
        run = m_ctl->run({QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                          tamperedPath, QStringLiteral("--json"), QStringLiteral("--export"), exportPath});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("gateway")).toString(), QStringLiteral("pockyt"));
        QCOMPARE(json.value(QStringLiteral("file")).toString(), QStringLiteral("pockyt-tampered.csv"));
        QCOMPARE(entries(json),
                 QStringList({QStringLiteral("matched 2 0 5.00 5.00"),
                              QStringLiteral("amount_mismatch 3 0 128.00 128.80"), QStringLiteral("malformed 4 0  "),
                              QStringLiteral("duplicate 5 2 5.00 "), QStringLiteral("missing_in_ledger 6 0 1.00 "),
                              QStringLiteral("missing_at_gateway 0 0  3.00")}));
        const QJsonArray list = json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Line 4 cannot be read: it has 3 field(s), the header has 9"));
        QCOMPARE(list.at(5).toObject().value(QStringLiteral("refund_id")).toString(),
                 second.value(QStringLiteral("refund_id")).toString());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("matched")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("missing_in_ledger")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("missing_at_gateway")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("amount_mismatch")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("duplicate")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("malformed")).toInt(), 1);
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> exportedLines = exported.readAll().split('\n');
        QCOMPARE(exportedLines.size(), 8);
        QCOMPARE(exportedLines.at(0),
                 QByteArray("category,line,first_line,refund_id,gateway_refund_id,sale_id,"
                            "report_amount,ledger_amount,currency,report_status,ledger_status,"
                            "resolution,message\r"));
        QVERIFY2(exportedLines.at(5).startsWith("missing_in_ledger,6,,made-at-the-counter,399999999999999999,"
                                                "297553638300708566,1.00,,USD,success,,,"),
                 exportedLines.at(5).constData());

        // The same for people: a table naming every line.
        run = m_ctl->run(
            {QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("pockyt"), tamperedPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("1 matched, 1 missing_in_ledger, 1 missing_at_gateway, 1 amount_mismatch, "
                                  "1 duplicate, 1 malformed"),
                 run.out.constData());
        QVERIFY2(run.out.contains("LINE   CATEGORY"), run.out.constData());
        QVERIFY2(run.out.contains("4      malformed"), run.out.constData());

        // A PW v3 report is not a Pockyt one: nothing imported, exit 2.
        run = m_ctl->run({QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("pwv3"),
                          tamperedPath, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("Nothing was imported")),
                 qPrintable(run.describe()));
    }

    void payNetReviewClosedOnlyWithResolve()
    {
        const QJsonObject timedOut =
            refund(QStringLiteral("paynet"), QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"));
        const QString id = timedOut.value(QStringLiteral("refund_id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(m_sandbox->payNetSettle(id, QStringLiteral("TIMEOUT")), qPrintable(m_sandbox->lastError()));
        QVERIFY(m_ctl->waitForStatus(id, QStringLiteral("needs_review"), 10000));

        // REFUND_TIMEOUT: check the next day's report, which by then says ACCEPTED.
        QByteArray nextDay = report(QStringLiteral("paynet"));
        QVERIFY2(nextDay.contains(",REFUND_TIMEOUT,"), nextDay.constData());
        nextDay.replace(",REFUND_TIMEOUT,", ",REFUND_ACCEPTED,");
        const QString path = write(QStringLiteral("paynet-next-day.csv"), nextDay);
        const QStringList reconcile {QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("paynet"),
                                     path, QStringLiteral("--json")};

        auto run = m_ctl->run(reconcile);
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("resolvable")).toInt(), 1);
        QCOMPARE(entries(run.json()), QStringList({QStringLiteral("matched 2 0 40.00 40.00")}));
        QCOMPARE(
            run.json().value(QStringLiteral("entries")).toArray().at(0).toObject().value(QStringLiteral("resolution")),
            QJsonValue(QStringLiteral("succeeded")));
        QCOMPARE(m_ctl->statusOf(id), QStringLiteral("needs_review"));
        QCOMPARE(auditRows(QStringLiteral("refund.review")).size(), 0);

        run = m_ctl->run(reconcile + QStringList {QStringLiteral("--resolve")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(m_ctl->statusOf(id), QStringLiteral("needs_review"));

        run = m_ctl->run(
            reconcile
            + QStringList {QStringLiteral("--resolve"), QStringLiteral("--actor"), QStringLiteral("anna.backoffice")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray resolved = run.json().value(QStringLiteral("resolved")).toArray();
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).toObject().value(QStringLiteral("refund_id")).toString(), id);
        QCOMPARE(resolved.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        const QString note = QStringLiteral("PayNet DuitNow report paynet-next-day.csv, line 2: REFUND_ACCEPTED");
        QCOMPARE(resolved.at(0).toObject().value(QStringLiteral("note")).toString(), note);
        QCOMPARE(m_ctl->statusOf(id), QStringLiteral("succeeded"));
        const QList<AuditEntry> audit = auditRows(QStringLiteral("refund.review"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().actor, QStringLiteral("anna.backoffice"));
        QCOMPARE(audit.constFirst().subject, id);
        QCOMPARE(audit.constFirst().detail, QStringLiteral("to=succeeded ") + note);

        // Settled: the same report now simply matches, and nothing is closed twice.
        run = m_ctl->run(
            reconcile
            + QStringList {QStringLiteral("--resolve"), QStringLiteral("--actor"), QStringLiteral("anna.backoffice")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("resolved")).toArray().size(), 0);
        QCOMPARE(auditRows(QStringLiteral("refund.review")).size(), 1);
        const auto verify = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRefundctlReconcile)
#include "tst_refundctl_reconcile.moc"
