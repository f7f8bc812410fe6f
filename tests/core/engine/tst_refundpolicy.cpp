#include "engine/RefundPolicy.h"

#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::PolicyRefusal::Reason)

namespace {

const Currency kEur = *Currency::fromCode(u"EUR");
const QDateTime kNow = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

Money eur(qint64 minor)
{
    return Money(minor, kEur);
}

Refund refundOf(qint64 minor, RefundStatus status)
{
    Refund refund;
    refund.refundId = QUuid::createUuid();
    refund.amount = eur(minor);
    refund.status = status;
    return refund;
}

// A refundable 100.00 EUR sale, a clerk refunding 10.00 of it, a permissive gateway.
PolicyInput baseline()
{
    PolicyInput input;
    input.sale.gateway = GatewayId::PwV3;
    input.sale.amount = eur(10000);
    input.sale.method = QStringLiteral("VISA");
    input.sale.gatewayStatus = QStringLiteral("APPROVED");
    input.sale.gatewaySaysRefundable = true;
    input.sale.paidAt = kNow.addDays(-3);
    input.amount = eur(1000);
    input.capabilities.partialRefunds = true;
    input.store.currency = kEur;
    input.store.locale = QLocale(QStringLiteral("en_US"));
    input.store.approvalThresholdMinor = 5000;
    input.store.clerkDailyLimitMinor = 50000;
    input.actor = Actor {QStringLiteral("Cleo"), Role::Clerk};
    input.actorRefundedToday = eur(0);
    input.now = kNow;
    return input;
}

} // namespace

class TestRefundPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedBaseline()
    {
        const PolicyDecision decision = RefundPolicy::evaluate(baseline());
        QVERIFY2(decision.allowed(), qPrintable(decision.firstMessage()));
        QCOMPARE(decision.remaining, eur(10000));
        QVERIFY(!decision.approvalNeeded);
    }

    void eachRefusalReason_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<PolicyRefusal::Reason>("expected");
        QTest::addColumn<QString>("messagePart");
        using R = PolicyRefusal::Reason;
        QTest::newRow("sale not refundable") << 0 << R::SaleNotRefundable << QStringLiteral("\"DECLINED\"");
        QTest::newRow("method not refundable") << 1 << R::MethodNotRefundable << QStringLiteral("SOFORT");
        QTest::newRow("amount zero") << 2 << R::AmountNotPositive << QStringLiteral("greater than zero");
        QTest::newRow("amount negative") << 3 << R::AmountNotPositive << QStringLiteral("greater than zero");
        QTest::newRow("above remainder") << 4 << R::AmountAboveRemainder << QStringLiteral("30.00 can still");
        QTest::newRow("nothing left") << 5 << R::AmountAboveRemainder << QStringLiteral("Nothing is left");
        QTest::newRow("partial refunds off") << 6 << R::PartialRefundsOff << QStringLiteral("whole sales");
        QTest::newRow("one per payment") << 7 << R::OnePerPayment << QStringLiteral("only one refund");
        QTest::newRow("outside window") << 8 << R::OutsideRefundWindow << QStringLiteral("90 days");
        QTest::newRow("role") << 9 << R::RoleNotAllowed << QStringLiteral("Back-office");
        QTest::newRow("daily limit") << 10 << R::DailyLimitExceeded << QStringLiteral("500.00 a day");
        QTest::newRow("approval needed") << 11 << R::ApprovalRequired << QStringLiteral("manager's approval");
        QTest::newRow("approver is a clerk") << 12 << R::ApprovalRequired << QStringLiteral("manager's approval");
        QTest::newRow("currency mismatch") << 13 << R::CurrencyMismatch << QStringLiteral("USD");
        QTest::newRow("store window stricter") << 14 << R::OutsideRefundWindow << QStringLiteral("30 days");
    }

    void eachRefusalReason()
    {
        QFETCH(int, scenario);
        QFETCH(PolicyRefusal::Reason, expected);
        QFETCH(QString, messagePart);
        PolicyInput input = baseline();
        switch (scenario) {
        case 0:
            input.sale.gatewaySaysRefundable = false;
            input.sale.gatewayStatus = QStringLiteral("DECLINED");
            break;
        case 1:
            input.sale.method = QStringLiteral("SOFORT");
            input.capabilities.refundableMethods = {QStringLiteral("CREDITCARD"), QStringLiteral("VISA")};
            break;
        case 2:
            input.amount = eur(0);
            break;
        case 3:
            input.amount = eur(-100);
            break;
        case 4:
            input.existingRefunds = {refundOf(5000, RefundStatus::Succeeded), refundOf(2000, RefundStatus::Pending),
                                     refundOf(9000, RefundStatus::Rejected), refundOf(9000, RefundStatus::Failed)};
            input.amount = eur(3001);
            break;
        case 5:
            input.existingRefunds = {refundOf(10000, RefundStatus::NeedsReview)};
            break;
        case 6:
            input.capabilities.partialRefunds = false;
            break;
        case 7:
            input.capabilities.refundsPerPayment = 1;
            input.existingRefunds = {refundOf(500, RefundStatus::Rejected)};
            break;
        case 8:
            input.capabilities.refundWindowDays = 90;
            input.sale.paidAt = kNow.addDays(-91);
            break;
        case 9:
            input.actor.role = Role::BackOffice;
            break;
        case 10:
            input.actorRefundedToday = eur(49500);
            break;
        case 11:
            input.amount = eur(5001);
            break;
        case 12:
            input.amount = eur(8000);
            input.approver = Actor {QStringLiteral("Carl"), Role::Clerk};
            break;
        case 13:
            input.amount = Money(1000, *Currency::fromCode(u"USD"));
            break;
        case 14:
            input.capabilities.refundWindowDays = 90;
            input.store.refundWindowDays = 30;
            input.sale.paidAt = kNow.addDays(-31);
            break;
        default:
            QFAIL("unknown scenario");
        }
        const PolicyDecision decision = RefundPolicy::evaluate(input);
        QVERIFY(!decision.allowed());
        QCOMPARE(decision.refusals.size(), 1);
        QCOMPARE(decision.refusals.constFirst().reason, expected);
        QVERIFY2(decision.firstMessage().contains(messagePart), qPrintable(decision.firstMessage()));
    }

    void managerApprovalLiftsOnlyTheApprovalRefusal()
    {
        PolicyInput input = baseline();
        input.amount = eur(8000);
        QVERIFY(!RefundPolicy::evaluate(input).allowed());
        QVERIFY(!RefundPolicy::evaluate(input).blockedRegardlessOfApproval());
        input.approver = Actor {QStringLiteral("Maria"), Role::Manager};
        const PolicyDecision approved = RefundPolicy::evaluate(input);
        QVERIFY2(approved.allowed(), qPrintable(approved.firstMessage()));
        QVERIFY(approved.approvalNeeded);

        input.amount = eur(20000); // above the remainder: no PIN fixes that
        QVERIFY(RefundPolicy::evaluate(input).blockedRegardlessOfApproval());
    }

    void managersNeedNoApproval()
    {
        PolicyInput input = baseline();
        input.actor = Actor {QStringLiteral("Maria"), Role::Manager};
        input.amount = eur(9000);
        QVERIFY(RefundPolicy::evaluate(input).allowed());
    }

    void approverCannotBeTheActor()
    {
        PolicyInput input = baseline();
        input.actor = Actor {QStringLiteral("Maria"), Role::Clerk};
        input.approver = Actor {QStringLiteral("Maria"), Role::Manager};
        input.amount = eur(8000);
        QCOMPARE(RefundPolicy::evaluate(input).refusals.constFirst().reason, PolicyRefusal::Reason::ApprovalRequired);
    }

    void fullRefundWithPartialOffIsAllowedOnlyForTheWholeSale()
    {
        PolicyInput input = baseline();
        input.capabilities.partialRefunds = false;
        input.actor.role = Role::Manager;
        input.amount = eur(10000);
        input.fullRefund = true;
        QVERIFY(RefundPolicy::evaluate(input).allowed());
        input.existingRefunds = {refundOf(100, RefundStatus::Failed)}; // failed frees its amount
        QVERIFY(RefundPolicy::evaluate(input).allowed());
    }

    void remainingCountsOnlyReservingRefunds()
    {
        Sale sale = baseline().sale;
        const QList<Refund> refunds {refundOf(1000, RefundStatus::Submitting),  refundOf(2000, RefundStatus::Pending),
                                     refundOf(3000, RefundStatus::NeedsReview), refundOf(500, RefundStatus::Succeeded),
                                     refundOf(7000, RefundStatus::Rejected),    refundOf(7000, RefundStatus::Failed)};
        QCOMPARE(RefundPolicy::remaining(sale, refunds), eur(10000 - 6500));
    }
};

QTEST_GUILESS_MAIN(TestRefundPolicy)
#include "tst_refundpolicy.moc"
