#include "RefundctlHarness.h"

#include <QTest>

using namespace RefundDesk;

namespace {

struct SaleUnderTest
{
    QString kind;
    QString id;
    QString saleAtSandbox;
    QString amount;
    QString answered; // the status a clean answer gives
};

SaleUnderTest saleFor(const QString &gateway)
{
    if (gateway == u"pockyt")
        return {QStringLiteral("--transaction"), QStringLiteral("297553638300708562"),
                QStringLiteral("297553638300708562"), QStringLiteral("5.00"), QStringLiteral("succeeded")};
    if (gateway == u"pwv3")
        return {QStringLiteral("--reference"), QStringLiteral("1-1438673740-0001-01"),
                QStringLiteral("529-1438673740-1"), QStringLiteral("10.00"), QStringLiteral("succeeded")};
    if (gateway == u"secpaid")
        return {QStringLiteral("--transaction"), QStringLiteral("12345"), QStringLiteral("12345"),
                QStringLiteral("10.00"), QStringLiteral("pending")};
    return {QStringLiteral("--transaction"), QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"),
            QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"), QStringLiteral("10.00"), QStringLiteral("pending")};
}

} // namespace

// Faults on the refund request itself, for each gateway (refund-sandbox's fault modes):
// - executed, then the answer dropped or delayed past refundctl's 1 s timeout: exactly one
//   refund executed at the gateway, and after `refundctl sync` the refund is where a clean
//   answer would have put it;
// - HTTP 500 or a reset before executing: the gateway's lost-answer rule decides. Pockyt
//   and PW v3 show nothing was made: failed, with a message saying so, and a new refund
//   goes through. SecPaid's and PayNet's rules re-send the identical request, which their
//   gateways de-duplicate (one request per payment, the same refundId): the refund is then
//   made once, never twice.
class TestRefundctlFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faults_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("mode");
        for (const QString &gateway :
             {QStringLiteral("pockyt"), QStringLiteral("pwv3"), QStringLiteral("secpaid"), QStringLiteral("paynet")}) {
            for (const QString &mode : {QStringLiteral("drop-after"), QStringLiteral("delay-after:2500"),
                                        QStringLiteral("http500"), QStringLiteral("reset")}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(gateway, mode))) << gateway << mode;
            }
        }
    }

    void faults()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, mode);
        SandboxProcess sandbox({QStringLiteral("--paynet-settle-ms"), QStringLiteral("200"),
                                QStringLiteral("--paynet-enquiry-min-age-s"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
        RefundctlHarness ctl(sandbox);
        QVERIFY2(ctl.setUp(), qPrintable(ctl.lastError()));
        const SaleUnderTest sale = saleFor(gateway);
        // Known to the ledger first, so the fault strikes the refund and nothing else.
        const auto lookup =
            ctl.run({QStringLiteral("lookup"), QStringLiteral("--gateway"), gateway, sale.kind, sale.id});
        QVERIFY2(lookup.exitCode == 0, qPrintable(lookup.describe()));
        QVERIFY2(sandbox.addFault(gateway, QStringLiteral("refund"), mode), qPrintable(sandbox.lastError()));

        const auto refund = ctl.run({QStringLiteral("refund"), QStringLiteral("--gateway"), gateway, sale.kind, sale.id,
                                     QStringLiteral("--amount"), sale.amount, QStringLiteral("--json")});
        QVERIFY2(!refund.crashed, qPrintable(refund.describe()));
        const QString refundId = refund.json().value(QStringLiteral("refund_id")).toString();
        QVERIFY2(!refundId.isEmpty(), qPrintable(refund.describe()));
        // PayNet settles what it executed; a delayed answer was executed before its delay.
        QVERIFY2(sandbox.waitForPayNetSettlements(), qPrintable(sandbox.lastError()));
        const auto sync = ctl.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(!sync.crashed, qPrintable(sync.describe()));
        const QString status = ctl.statusOf(refundId);
        const int executed = ctl.executedForSale(gateway, sale.saleAtSandbox);

        const bool executedBeforeFault = mode.startsWith(u"drop") || mode.startsWith(u"delay");
        const bool ruleResends = gateway == u"secpaid" || gateway == u"paynet";
        if (executedBeforeFault || ruleResends) {
            QCOMPARE(executed, 1);
            const QString expected = gateway == u"paynet" ? QStringLiteral("succeeded") : sale.answered;
            QVERIFY2(
                status == expected,
                qPrintable(QStringLiteral("%1, expected %2: %3").arg(status, expected, QString::fromUtf8(refund.out))));
            if (gateway == u"secpaid") {
                QVERIFY(sandbox.secPaidReview(12345, true));
                QVERIFY(ctl.run({QStringLiteral("sync")}).exitCode == 0);
                QCOMPARE(ctl.statusOf(refundId), QStringLiteral("succeeded"));
            }
            if (gateway != u"secpaid")
                QCOMPARE(ctl.executedAtSandbox(refundId), 1);
            return;
        }

        QCOMPARE(executed, 0);
        QCOMPARE(status, QStringLiteral("failed"));
        QCOMPARE(refund.exitCode, 1);
        const QString message = refund.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("nothing was refunded")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("You can try again")), qPrintable(message));
        // The amount is free again: a new refund goes through once.
        const auto again = ctl.run({QStringLiteral("refund"), QStringLiteral("--gateway"), gateway, sale.kind, sale.id,
                                    QStringLiteral("--amount"), sale.amount, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(ctl.executedForSale(gateway, sale.saleAtSandbox), 1);
    }
};

QTEST_GUILESS_MAIN(TestRefundctlFaults)
#include "tst_refundctl_faults.moc"
