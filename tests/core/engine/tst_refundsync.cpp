#include "EngineFixture.h"
#include "engine/RefundSync.h"

#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;

namespace {

RefundResult answer(GatewayOutcome outcome, RefundStatus status, const QString &message = QString())
{
    RefundResult result;
    result.outcome = outcome;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

class TestRefundSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_fx;

    std::optional<SyncReport> syncOnce(RefundSync &sync)
    {
        return m_fx->wait<SyncReport>([&](QObject *context, auto done) { sync.syncNow(context, done); });
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(m_fx->open(&error), qPrintable(error));
    }
    void cleanup() { m_fx.reset(); }

    void submittingGoesThroughTheLostAnswerRule()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-1"), 2500);
        const Refund made = m_fx->addRefund(sale, 1000, RefundStatus::Submitting, QStringLiteral("cleo"));
        // Sync takes the oldest first; a second later keeps the scripted answers in order
        // (refunds journaled in the same millisecond are ordered by their random ids).
        m_fx->now = m_fx->now.addSecs(1);
        const Refund never = m_fx->addRefund(sale, 500, RefundStatus::Submitting, QStringLiteral("cleo"));
        m_fx->pockyt.resolveAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Succeeded, QStringLiteral("found")),
                                       answer(GatewayOutcome::NotExecuted, RefundStatus::Submitting)};
        RefundSync sync(*m_fx->engine, std::chrono::hours(1));
        const auto report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->checked, 2);
        QCOMPARE(report->changed, 2);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(m_fx->pockyt.resolveCalls, (QList<QUuid> {made.refundId, never.refundId}));
        QVERIFY(m_fx->pockyt.refunds.isEmpty()); // never re-sent blindly
        QCOMPARE(m_fx->ledger->refund(made.refundId).value().status, RefundStatus::Succeeded);
        QCOMPARE(m_fx->ledger->refund(never.refundId).value().status, RefundStatus::Failed);
    }

    void pendingAsksForTheStatus()
    {
        const Sale sale = m_fx->addSale(GatewayId::SecPaid, QStringLiteral("12345"), 4999);
        const Refund refund = m_fx->addRefund(sale, 4999, RefundStatus::Pending, QStringLiteral("cleo"));
        m_fx->secpaid.statusAnswers = {
            answer(GatewayOutcome::Ok, RefundStatus::Pending),
            answer(GatewayOutcome::NotExecuted, RefundStatus::Submitting, QStringLiteral("HTTP 500")),
            answer(GatewayOutcome::Ok, RefundStatus::Rejected, QStringLiteral("Rejected"))};
        RefundSync sync(*m_fx->engine, std::chrono::hours(1));
        auto report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->changed, 0);
        QCOMPARE(m_fx->ledger->eventsForRefund(refund.refundId).value().size(), 2); // nothing new recorded

        report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.constFirst().endsWith(QStringLiteral("HTTP 500")));
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().status, RefundStatus::Pending);

        report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->changed, 1);
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().status, RefundStatus::Rejected);
        QCOMPARE(m_fx->secpaid.statusCalls.size(), 3);

        report = syncOnce(sync); // final: not followed any more
        QVERIFY(report);
        QCOMPARE(report->checked, 0);
        QCOMPARE(m_fx->secpaid.statusCalls.size(), 3);
    }

    void payNetEnquiryWaitsAnHour()
    {
        const Sale sale = m_fx->addSale(GatewayId::PayNet, QStringLiteral("CHK-1"), 3000);
        const Refund refund = m_fx->addRefund(sale, 3000, RefundStatus::Pending, QStringLiteral("cleo"));
        m_fx->paynet.statusAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Pending),
                                      answer(GatewayOutcome::Ok, RefundStatus::NeedsReview,
                                             QStringLiteral("REFUND_TIMEOUT: check the next day's report"))};
        RefundSync sync(*m_fx->engine, std::chrono::hours(1));

        m_fx->now = m_fx->now.addSecs(3599);
        auto report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->skipped, 1);
        QVERIFY(m_fx->paynet.statusCalls.isEmpty());

        m_fx->now = m_fx->now.addSecs(1);
        report = syncOnce(sync);
        QCOMPARE(m_fx->paynet.statusCalls.size(), 1);

        m_fx->now = m_fx->now.addSecs(600); // not again within the hour
        report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(m_fx->paynet.statusCalls.size(), 1);

        m_fx->now = m_fx->now.addSecs(3000);
        report = syncOnce(sync);
        QCOMPARE(m_fx->paynet.statusCalls.size(), 2);
        const Refund after = m_fx->ledger->refund(refund.refundId).value();
        QCOMPARE(after.status, RefundStatus::NeedsReview);
        QVERIFY(after.message.contains(QStringLiteral("REFUND_TIMEOUT")));
    }

    void refundBeingSubmittedIsLeftAlone()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-2"), 2500);
        const Refund refund = m_fx->addRefund(sale, 1000, RefundStatus::Submitting, QStringLiteral("cleo"));
        // Another process (same claims folder) is still waiting for the gateway's answer.
        RefundClaims otherProcess(m_fx->claims->directory());
        auto held = otherProcess.tryClaim(refund.refundId);
        QVERIFY(held);
        RefundSync sync(*m_fx->engine, std::chrono::hours(1));
        auto report = syncOnce(sync);
        QVERIFY(report);
        QCOMPARE(report->skipped, 1);
        QVERIFY(m_fx->pockyt.resolveCalls.isEmpty());

        held.reset();
        m_fx->pockyt.resolveAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Succeeded)};
        report = syncOnce(sync);
        QCOMPARE(m_fx->pockyt.resolveCalls.size(), 1);
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().status, RefundStatus::Succeeded);
    }

    void periodicPassesNeverOverlap()
    {
        const Sale sale = m_fx->addSale(GatewayId::SecPaid, QStringLiteral("777"), 4000);
        m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("cleo"));
        m_fx->secpaid.delayMs = 40;
        for (int i = 0; i < 20; ++i)
            m_fx->secpaid.statusAnswers.append(answer(GatewayOutcome::Ok, RefundStatus::Pending));
        RefundSync sync(*m_fx->engine, std::chrono::milliseconds(10));
        QSignalSpy passes(&sync, &RefundSync::passFinished);
        sync.start();
        sync.syncNow(nullptr, {});
        sync.syncNow(nullptr, {});
        QTRY_VERIFY(passes.count() >= 4);
        sync.stop();
        QCOMPARE(m_fx->secpaid.mostRunningAtOnce, 1);
    }
};

QTEST_GUILESS_MAIN(TestRefundSync)
#include "tst_refundsync.moc"
