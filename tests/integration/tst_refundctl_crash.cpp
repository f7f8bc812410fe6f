#include "RefundctlHarness.h"
#include "ledger/LedgerTime.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace RefundDesk;

namespace {

struct Target
{
    QString gateway;
    QString kind;
    QString id;
    QString amount;
};

} // namespace

// Crash safety: `refundctl refund` killed with SIGKILL at many points (before the intent is
// journaled, while the request is at the gateway, after the gateway executed it but before
// the answer was recorded, after it finished). Afterwards `refundctl sync` must leave every
// intent final or needing review, and the gateways must never have executed a refund twice.
class TestRefundctlCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRefundsNeverRefundTwice()
    {
        SandboxProcess sandbox({QStringLiteral("--paynet-settle-ms"), QStringLiteral("100"),
                                QStringLiteral("--paynet-enquiry-min-age-s"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
        RefundctlHarness ctl(sandbox);
        QVERIFY2(ctl.setUp(), qPrintable(ctl.lastError()));

        const QList<Target> targets {
            {QStringLiteral("pockyt"), QStringLiteral("--transaction"), QStringLiteral("297553638300708562"),
             QStringLiteral("0.10")},
            {QStringLiteral("pwv3"), QStringLiteral("--reference"), QStringLiteral("1-1438673740-0001-01"),
             QStringLiteral("0.10")},
            {QStringLiteral("paynet"), QStringLiteral("--transaction"),
             QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"), QStringLiteral("0.10")},
        };
        // The sales are looked up once, so every run goes straight to the refund.
        for (const Target &target : targets) {
            const auto lookup = ctl.run(
                {QStringLiteral("lookup"), QStringLiteral("--gateway"), target.gateway, target.kind, target.id});
            QVERIFY2(lookup.exitCode == 0, qPrintable(lookup.describe()));
        }

        // How long a whole refund takes here, to spread the kills over it.
        QElapsedTimer clock;
        clock.start();
        const auto timed = ctl.run({QStringLiteral("refund"), QStringLiteral("--gateway"), QStringLiteral("pockyt"),
                                    QStringLiteral("--transaction"), QStringLiteral("297553638300708562"),
                                    QStringLiteral("--amount"), QStringLiteral("0.10")});
        QVERIFY2(timed.exitCode == 0, qPrintable(timed.describe()));
        const qint64 whole = std::max<qint64>(clock.elapsed(), 40);

        // Kills spread over the whole refund, from before the intent is journaled to after the
        // answer; every third run the gateway holds its answer for 400 ms after executing, and
        // the kill lands between "executed" and "recorded".
        constexpr int kRuns = 72;
        int killed = 0;
        for (int run = 0; run < kRuns; ++run) {
            const Target &target = targets.at(run % targets.size());
            const bool held = run % 3 == 1;
            if (held)
                QVERIFY(sandbox.addFault(target.gateway, QStringLiteral("refund"), QStringLiteral("delay-after:400")));
            const qint64 delay = held ? whole + (run * 7) % 250 : (run * whole) / kRuns;
            auto process = ctl.start({QStringLiteral("refund"), QStringLiteral("--gateway"), target.gateway,
                                      target.kind, target.id, QStringLiteral("--amount"), target.amount});
            QVERIFY(process->waitForStarted(5000));
            QTest::qWait(static_cast<int>(delay));
            if (process->state() == QProcess::Running) {
                process->kill(); // SIGKILL
                ++killed;
            }
            process->waitForFinished(5000);
            sandbox.clearFaults();
        }
        qInfo("a whole refund took %lld ms; %d of %d runs were killed", whole, killed, kRuns);
        QVERIFY2(killed >= 50, qPrintable(QStringLiteral("only %1 runs were killed").arg(killed)));

        QVERIFY2(sandbox.waitForPayNetSettlements(), qPrintable(sandbox.lastError())); // what PayNet executed
        const auto sync = ctl.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(!sync.crashed, qPrintable(sync.describe()));
        // and what the lost-answer rule re-sent during the sync
        QVERIFY2(sandbox.waitForPayNetSettlements(), qPrintable(sandbox.lastError()));
        const auto again = ctl.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(!again.crashed, qPrintable(again.describe()));

        const auto listed = ctl.run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray refunds = listed.jsonArray();
        QVERIFY(refunds.size() >= 1);

        // What the sandbox executed, by our refund id (dashes ignored).
        QHash<QString, int> executed;
        const QJsonArray atSandbox = sandbox.state().value(QStringLiteral("refunds")).toArray();
        for (const QJsonValue &value : atSandbox)
            ++executed[value.toObject().value(QStringLiteral("refund_id")).toString().remove(u'-')];
        for (auto it = executed.cbegin(); it != executed.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("refund %1 executed %2 times").arg(it.key()).arg(it.value())));

        int succeeded = 0;
        QMap<QString, int> byStatus;
        for (const QJsonValue &value : refunds) {
            const QJsonObject refund = value.toObject();
            const QString id = refund.value(QStringLiteral("refund_id")).toString();
            const QString status = refund.value(QStringLiteral("status")).toString();
            ++byStatus[refund.value(QStringLiteral("gateway")).toString() + u' ' + status];
            QVERIFY2(status == u"succeeded" || status == u"failed" || status == u"rejected"
                         || status == u"needs_review",
                     qPrintable(QStringLiteral("%1 is %2: %3")
                                    .arg(id, status, refund.value(QStringLiteral("message")).toString())));
            const int times = executed.value(QString(id).remove(u'-'));
            if (status == u"succeeded") {
                ++succeeded;
                QVERIFY2(times == 1,
                         qPrintable(QStringLiteral("%1 succeeded but executed %2 times").arg(id).arg(times)));
            }
            if (status == u"failed")
                QVERIFY2(times == 0, qPrintable(QStringLiteral("%1 failed but was executed").arg(id)));
        }
        // Nothing was executed that the ledger does not know.
        QSet<QString> known;
        for (const QJsonValue &value : refunds)
            known.insert(value.toObject().value(QStringLiteral("refund_id")).toString().remove(u'-'));
        for (auto it = executed.cbegin(); it != executed.cend(); ++it)
            QVERIFY2(known.contains(it.key()), qPrintable(QStringLiteral("sandbox refund %1 unknown").arg(it.key())));
        QStringList summary;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        qInfo("%lld intents journaled, %lld executed at the sandbox: %s", static_cast<long long>(refunds.size()),
              static_cast<long long>(executed.size()), qPrintable(summary.join(QStringLiteral(", "))));
        QVERIFY(succeeded >= 1);
        const auto audit = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRefundctlCrash)
#include "tst_refundctl_crash.moc"
