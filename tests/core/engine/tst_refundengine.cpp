#include "EngineFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;

Q_DECLARE_METATYPE(RefundDesk::GatewayOutcome)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

RefundResult answer(GatewayOutcome outcome, RefundStatus status = RefundStatus::Submitting,
                    const QString &message = QString(), const QString &gatewayRefundId = QString())
{
    RefundResult result;
    result.outcome = outcome;
    result.status = status;
    result.message = message;
    result.gatewayRefundId = gatewayRefundId;
    return result;
}

RefundSubmission submissionFor(const Sale &sale, std::optional<qint64> minor, const Actor &actor)
{
    RefundSubmission submission;
    submission.saleLedgerId = sale.ledgerId;
    if (minor)
        submission.amount = eur(*minor);
    submission.actor = actor;
    submission.reason = QStringLiteral("damaged");
    return submission;
}

} // namespace

class TestRefundEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_fx;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(m_fx->open(&error), qPrintable(error));
    }
    void cleanup() { m_fx.reset(); }

    void findSaleAsksTheGatewayOnceThenUsesTheLedger()
    {
        LookupResult found;
        found.outcome = GatewayOutcome::Ok;
        found.sale.gateway = GatewayId::PayNet;
        found.sale.transactionId = QStringLiteral("CHK-1");
        found.sale.amount = eur(2500);
        found.sale.method = QStringLiteral("01");
        found.sale.gatewayStatus = QStringLiteral("CLEARED");
        found.sale.gatewaySaysRefundable = true;
        found.sale.paidAt = m_fx->now.addDays(-1);
        m_fx->paynet.lookupAnswers = {found, found};
        const SaleRef ref {GatewayId::PayNet, SaleIdKind::TransactionId, QStringLiteral("CHK-1")};

        const auto first = m_fx->findSale(ref, RefundEngine::LookupMode::LedgerFirst);
        QVERIFY(first);
        QCOMPARE(first->status, SaleView::Status::Found);
        QVERIFY(!first->fromLedger);
        QVERIFY(first->sale.ledgerId > 0);
        QCOMPARE(first->remaining, eur(2500));
        QVERIFY2(first->refundable, qPrintable(first->notRefundableReason));
        QCOMPARE(m_fx->paynet.lookups.size(), 1);

        const auto second = m_fx->findSale(ref, RefundEngine::LookupMode::LedgerFirst);
        QVERIFY(second);
        QVERIFY(second->fromLedger);
        QCOMPARE(second->sale.ledgerId, first->sale.ledgerId);
        QCOMPARE(m_fx->paynet.lookups.size(), 1);

        const auto refreshed = m_fx->findSale(ref, RefundEngine::LookupMode::Refresh);
        QVERIFY(refreshed);
        QVERIFY(!refreshed->fromLedger);
        QCOMPARE(m_fx->paynet.lookups.size(), 2);
    }

    void findSaleThatNobodyKnows()
    {
        const auto view = m_fx->findSale({GatewayId::Pockyt, SaleIdKind::Reference, QStringLiteral("NOPE")},
                                         RefundEngine::LookupMode::LedgerFirst);
        QVERIFY(view);
        QCOMPARE(view->status, SaleView::Status::NotFound);
        QCOMPARE(view->message, QStringLiteral("unknown sale"));
    }

    void findSaleSaysWhyItIsNotRefundable()
    {
        Sale sale = m_fx->addSale(GatewayId::SecPaid, QStringLiteral("12345"), 4999);
        m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("someone"));
        const auto view = m_fx->findSale({GatewayId::SecPaid, SaleIdKind::TransactionId, QStringLiteral("12345")},
                                         RefundEngine::LookupMode::LedgerFirst);
        QVERIFY(view);
        QCOMPARE(view->remaining, eur(3999));
        QCOMPARE(view->refunds.size(), 1);
        QVERIFY(!view->refundable);
        QVERIFY2(view->notRefundableReason.contains(QStringLiteral("only one refund per payment")),
                 qPrintable(view->notRefundableReason));
    }

    void intentIsJournaledBeforeTheGatewayCall()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-1"), 2500);
        RefundStatus statusAtCall = RefundStatus::Draft;
        m_fx->pockyt.onRefund = [&](const RefundRequest &request) {
            const auto stored = m_fx->ledger->refund(request.refund.refundId);
            if (stored.ok())
                statusAtCall = stored.value().status;
        };
        m_fx->pockyt.refundAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Succeeded,
                                             QStringLiteral("refund success"), QStringLiteral("R9"))};
        QSignalSpy changed(m_fx->engine.get(), &RefundEngine::refundChanged);

        const auto outcome = m_fx->refund(submissionFor(sale, std::nullopt, manager()));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, RefundOutcome::Status::Recorded);
        QCOMPARE(statusAtCall, RefundStatus::Submitting);
        QCOMPARE(m_fx->pockyt.refunds.size(), 1);
        const Refund &sent = m_fx->pockyt.refunds.constFirst().refund;
        QCOMPARE(sent.refundId.version(), QUuid::Random);
        QCOMPARE(sent.amount, eur(2500));
        QVERIFY(sent.fullRefund);
        QCOMPARE(outcome->refund.refundId, sent.refundId);
        QCOMPARE(outcome->refund.status, RefundStatus::Succeeded);
        QCOMPARE(outcome->refund.gatewayRefundId, QStringLiteral("R9"));
        QCOMPARE(outcome->refund.employee, QStringLiteral("max"));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(changed.constFirst().constFirst().value<QUuid>(), sent.refundId);
        QCOMPARE(m_fx->auditActions(),
                 (QStringList {QStringLiteral("refund.intent"), QStringLiteral("refund.answer")}));
        QVERIFY(m_fx->ledger->verifyAuditChain().value().intact);
    }

    void answersMapToStatuses_data()
    {
        QTest::addColumn<GatewayOutcome>("outcome");
        QTest::addColumn<RefundStatus>("answered");
        QTest::addColumn<QList<GatewayOutcome>>("resolution");
        QTest::addColumn<RefundStatus>("expected");
        QTest::addColumn<QString>("messagePart");
        using O = GatewayOutcome;
        using S = RefundStatus;
        QTest::newRow("succeeded") << O::Ok << S::Succeeded << QList<O>() << S::Succeeded << QStringLiteral("said");
        QTest::newRow("pending") << O::Ok << S::Pending << QList<O>() << S::Pending << QStringLiteral("said");
        QTest::newRow("declined") << O::Declined << S::Submitting << QList<O>() << S::Rejected
                                  << QStringLiteral("said");
        QTest::newRow("unknown sale") << O::NotFound << S::Submitting << QList<O>() << S::Rejected
                                      << QStringLiteral("said");
        QTest::newRow("credentials") << O::AuthFailed << S::Submitting << QList<O>() << S::Failed
                                     << QStringLiteral("check this gateway's credentials");
        QTest::newRow("refused locally") << O::Refused << S::Submitting << QList<O>() << S::Failed
                                         << QStringLiteral("Nothing was sent.");
        QTest::newRow("not executed") << O::NotExecuted << S::Submitting << QList<O>() << S::Failed
                                      << QStringLiteral("said. Nothing was refunded; you can try again.");
        QTest::newRow("lost, then found")
            << O::OutcomeUnknown << S::Submitting << QList<O> {O::Ok} << S::Succeeded << QStringLiteral("resolved");
        QTest::newRow("lost, never made") << O::OutcomeUnknown << S::Submitting << QList<O> {O::NotExecuted}
                                          << S::Failed << QStringLiteral("was not made");
        QTest::newRow("lost for good") << O::OutcomeUnknown << S::Submitting << QList<O> {O::OutcomeUnknown}
                                       << S::NeedsReview << QStringLiteral("Check the gateway's report");
    }

    void answersMapToStatuses()
    {
        QFETCH(GatewayOutcome, outcome);
        QFETCH(RefundStatus, answered);
        QFETCH(QList<GatewayOutcome>, resolution);
        QFETCH(RefundStatus, expected);
        QFETCH(QString, messagePart);
        const Sale sale = m_fx->addSale(GatewayId::PwV3, QStringLiteral("529-1"), 4999);
        m_fx->pwv3.refundAnswers = {answer(outcome, answered, QStringLiteral("The gateway said"))};
        for (GatewayOutcome resolved : resolution)
            m_fx->pwv3.resolveAnswers.append(answer(resolved, RefundStatus::Succeeded, QStringLiteral("resolved")));

        const auto result = m_fx->refund(submissionFor(sale, 1000, manager()));
        QVERIFY(result);
        QCOMPARE(result->status, RefundOutcome::Status::Recorded);
        QCOMPARE(result->refund.status, expected);
        QVERIFY2(result->refund.message.contains(messagePart), qPrintable(result->refund.message));
        QCOMPARE(m_fx->pwv3.refunds.size(), 1); // never sent twice
        QCOMPARE(m_fx->pwv3.resolveCalls.size(), resolution.size());
        QCOMPARE(m_fx->ledger->refund(result->refund.refundId).value().status, expected);
        const QStringList actions = m_fx->auditActions();
        QCOMPARE(actions.constFirst(), QStringLiteral("refund.intent"));
        QCOMPARE(actions.contains(QStringLiteral("refund.lost_answer_rule")), !resolution.isEmpty());
    }

    void refusedRefundSendsNothing()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-2"), 2500);
        m_fx->addRefund(sale, 2000, RefundStatus::Succeeded, QStringLiteral("earlier"));
        const auto outcome = m_fx->refund(submissionFor(sale, 1000, manager()));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, RefundOutcome::Status::Refused);
        QVERIFY(!outcome->hasRefund());
        QCOMPARE(outcome->decision.refusals.constFirst().reason, PolicyRefusal::Reason::AmountAboveRemainder);
        QCOMPARE(outcome->message,
                 QStringLiteral("At most %1 can still be refunded on this sale.")
                     .arg(eur(500).toDisplayString(m_fx->store.locale)));
        QVERIFY(m_fx->pockyt.refunds.isEmpty());
        QCOMPARE(m_fx->auditActions(), QStringList {QStringLiteral("refund.refused")});
    }

    void backOfficeDoesNotIssueRefunds()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-3"), 2500);
        const auto outcome = m_fx->refund(submissionFor(sale, 1000, backOffice()));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, RefundOutcome::Status::Refused);
        QCOMPARE(outcome->decision.refusals.constFirst().reason, PolicyRefusal::Reason::RoleNotAllowed);
        QVERIFY(m_fx->pockyt.refunds.isEmpty());
    }

    void directoryRoleWinsOverTheCallersWord()
    {
        QVERIFY(m_fx->users
                    ->addUser(QStringLiteral("cleo"), QString(), Role::Clerk, QStringLiteral("2468"),
                              QStringLiteral("admin"))
                    .ok());
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-4"), 9000);
        // cleo claims to be a manager; the directory says clerk, so 60.00 needs approval.
        const auto outcome = m_fx->refund(submissionFor(sale, 6000, Actor {QStringLiteral("cleo"), Role::Manager}));
        QVERIFY(outcome);
        QCOMPARE(outcome->status, RefundOutcome::Status::Refused);
        QCOMPARE(outcome->decision.refusals.constFirst().reason, PolicyRefusal::Reason::ApprovalRequired);
    }

    void approvalNeedsTheManagersPin()
    {
        QVERIFY(m_fx->users
                    ->addUser(QStringLiteral("max"), QStringLiteral("Max"), Role::Manager, QStringLiteral("1357"),
                              QStringLiteral("admin"))
                    .ok());
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-5"), 9000);
        m_fx->pockyt.refundAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Succeeded)};

        RefundSubmission submission = submissionFor(sale, 6000, clerk());
        const auto unapproved = m_fx->refund(submission);
        QVERIFY(unapproved);
        QCOMPARE(unapproved->status, RefundOutcome::Status::Refused);
        QVERIFY(unapproved->message.contains(QStringLiteral("manager's approval")));

        submission.approval = ManagerApproval {QStringLiteral("max"), QStringLiteral("0000")};
        const auto wrongPin = m_fx->refund(submission);
        QVERIFY(wrongPin);
        QCOMPARE(wrongPin->status, RefundOutcome::Status::Refused);
        QVERIFY2(wrongPin->message.startsWith(QStringLiteral("Wrong PIN.")), qPrintable(wrongPin->message));
        QVERIFY(m_fx->pockyt.refunds.isEmpty());

        submission.approval = ManagerApproval {QStringLiteral("max"), QStringLiteral("1357")};
        const auto approved = m_fx->refund(submission);
        QVERIFY(approved);
        QCOMPARE(approved->status, RefundOutcome::Status::Recorded);
        QCOMPARE(approved->refund.approvedBy, QStringLiteral("max"));
        QCOMPARE(approved->refund.employee, QStringLiteral("cleo"));
        QCOMPARE(m_fx->pockyt.refunds.size(), 1);
        const auto entries = m_fx->ledger->auditEntries(0, 100).value();
        bool approvalRow = false;
        for (const AuditEntry &entry : entries) {
            if (entry.action == QStringLiteral("refund.approved")) {
                approvalRow = true;
                QCOMPARE(entry.actor, QStringLiteral("max"));
                QCOMPARE(entry.subject, approved->refund.refundId.toString(QUuid::WithoutBraces));
            }
            if (entry.action == QStringLiteral("refund.intent"))
                QVERIFY(entry.detail.contains(QStringLiteral("approved_by=max")));
        }
        QVERIFY(approvalRow);
    }

    void dailyLimitCountsTodaysRefunds()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-6"), 100000);
        m_fx->addRefund(sale, 4900, RefundStatus::Succeeded, QStringLiteral("cleo"));
        m_fx->addRefund(sale, 4900, RefundStatus::Succeeded, QStringLiteral("cleo"));
        m_fx->addRefund(sale, 4900, RefundStatus::Failed, QStringLiteral("cleo")); // held nothing
        QVERIFY(m_fx->users
                    ->addUser(QStringLiteral("cleo"), QString(), Role::Clerk, QStringLiteral("2468"),
                              QStringLiteral("admin"))
                    .ok());
        UserUpdate limit;
        limit.dailyLimitMinor = std::optional<qint64>(14000);
        QVERIFY(m_fx->users->updateUser(QStringLiteral("cleo"), limit, QStringLiteral("admin")).ok());

        const auto evaluation = m_fx->wait<RefundEvaluation>([&](QObject *context, auto done) {
            m_fx->engine->evaluate(submissionFor(sale, 4900, clerk()), context, done);
        });
        QVERIFY(evaluation);
        QVERIFY(evaluation->ok);
        QCOMPARE(evaluation->decision.refusals.size(), 1);
        QCOMPARE(evaluation->decision.refusals.constFirst().reason, PolicyRefusal::Reason::DailyLimitExceeded);
        QVERIFY(m_fx->pockyt.refunds.isEmpty());
    }

    void twoRefundsOfOneSaleCannotBothPass()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-7"), 1000);
        m_fx->pockyt.delayMs = 50;
        m_fx->pockyt.refundAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Pending),
                                      answer(GatewayOutcome::Ok, RefundStatus::Pending)};
        std::optional<RefundOutcome> first;
        std::optional<RefundOutcome> second;
        QObject context;
        m_fx->engine->refund(submissionFor(sale, 600, manager()), &context,
                             [&](const RefundOutcome &outcome) { first = outcome; });
        m_fx->engine->refund(submissionFor(sale, 600, manager()), &context,
                             [&](const RefundOutcome &outcome) { second = outcome; });
        QTRY_VERIFY(first && second);
        QCOMPARE(first->status, RefundOutcome::Status::Recorded);
        QCOMPARE(second->status, RefundOutcome::Status::Refused);
        QCOMPARE(m_fx->pockyt.refunds.size(), 1);
        QCOMPARE(m_fx->ledger->reservedAmount(sale.ledgerId).value(), eur(600));
    }

    void reviewIsForBackOfficeWithANote()
    {
        const Sale sale = m_fx->addSale(GatewayId::PayNet, QStringLiteral("CHK-9"), 3000);
        const Refund stuck = m_fx->addRefund(sale, 3000, RefundStatus::NeedsReview, QStringLiteral("cleo"));
        auto review = [&](const Actor &who, const QString &note, RefundStatus resolution) {
            return m_fx->wait<RefundOutcome>([&](QObject *context, auto done) {
                m_fx->engine->review(RefundReview {stuck.refundId, resolution, note, who}, context, done);
            });
        };
        const auto byClerk = review(clerk(), QStringLiteral("seen in report"), RefundStatus::Succeeded);
        QVERIFY(byClerk);
        QCOMPARE(byClerk->status, RefundOutcome::Status::Refused);
        const auto noNote = review(backOffice(), QStringLiteral("  "), RefundStatus::Succeeded);
        QVERIFY(noNote);
        QCOMPARE(noNote->status, RefundOutcome::Status::Refused);
        QCOMPARE(m_fx->ledger->refund(stuck.refundId).value().status, RefundStatus::NeedsReview);

        const auto closed =
            review(backOffice(), QStringLiteral("PayNet report 2026-11-22 shows it accepted"), RefundStatus::Succeeded);
        QVERIFY(closed);
        QCOMPARE(closed->status, RefundOutcome::Status::Recorded);
        QCOMPARE(closed->refund.status, RefundStatus::Succeeded);
        QVERIFY(closed->refund.message.contains(QStringLiteral("report 2026-11-22")));
        const auto events = m_fx->ledger->eventsForRefund(stuck.refundId).value();
        QCOMPARE(events.constLast().source, QStringLiteral("review"));
        QCOMPARE(m_fx->auditActions().constLast(), QStringLiteral("refund.review"));
        QCOMPARE(m_fx->ledger->auditEntries(0, 100).value().constLast().actor, QStringLiteral("bo"));

        const auto again = review(backOffice(), QStringLiteral("again"), RefundStatus::Failed);
        QVERIFY(again);
        QCOMPARE(again->status, RefundOutcome::Status::Refused);
        QCOMPARE(m_fx->ledger->refund(stuck.refundId).value().status, RefundStatus::Succeeded);
    }

    void webhookEventsNeverRegress()
    {
        const Sale sale = m_fx->addSale(GatewayId::PayNet, QStringLiteral("CHK-2"), 3000);
        const Refund refund = m_fx->addRefund(sale, 3000, RefundStatus::Pending, QStringLiteral("cleo"));
        WebhookEvent accepted;
        accepted.verdict = WebhookEvent::Verdict::Accepted;
        accepted.refundId = refund.refundId;
        accepted.gatewayRefundId = QStringLiteral("E2E-1");
        accepted.status = RefundStatus::Succeeded;
        accepted.gatewayCode = QStringLiteral("ACSP");
        accepted.amount = eur(3000);
        QSignalSpy changed(m_fx->engine.get(), &RefundEngine::refundChanged);

        auto first = m_fx->engine->applyWebhookEvent(GatewayId::PayNet, accepted);
        QCOMPARE(first.status, RefundEngine::EventResult::Status::Applied);
        QCOMPARE(first.refund.status, RefundStatus::Succeeded);
        QCOMPARE(first.refund.gatewayRefundId, QStringLiteral("E2E-1"));
        QCOMPARE(changed.count(), 1);

        auto duplicate = m_fx->engine->applyWebhookEvent(GatewayId::PayNet, accepted);
        QCOMPARE(duplicate.status, RefundEngine::EventResult::Status::Unchanged);

        WebhookEvent late = accepted;
        late.status = RefundStatus::Pending;
        auto outOfOrder = m_fx->engine->applyWebhookEvent(GatewayId::PayNet, late);
        QCOMPARE(outOfOrder.status, RefundEngine::EventResult::Status::Unchanged);
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().status, RefundStatus::Succeeded);

        WebhookEvent stranger = accepted;
        stranger.refundId = QUuid::createUuid();
        QCOMPARE(m_fx->engine->applyWebhookEvent(GatewayId::PayNet, stranger).status,
                 RefundEngine::EventResult::Status::UnknownRefund);
        QCOMPARE(m_fx->engine->applyWebhookEvent(GatewayId::Pockyt, accepted).status,
                 RefundEngine::EventResult::Status::UnknownRefund);
        const QStringList actions = m_fx->auditActions();
        QVERIFY(actions.contains(QStringLiteral("webhook.refund_status.ignored")));
        QVERIFY(actions.contains(QStringLiteral("webhook.unknown_refund")));
    }

    void webhooksTogetherAreAnnouncedAfterTheirCommit()
    {
        const Sale sale = m_fx->addSale(GatewayId::PayNet, QStringLiteral("CHK-4"), 5000);
        const Refund refund = m_fx->addRefund(sale, 2000, RefundStatus::Pending, QStringLiteral("cleo"));
        WebhookEvent accepted;
        accepted.verdict = WebhookEvent::Verdict::Accepted;
        accepted.refundId = refund.refundId;
        accepted.gatewayRefundId = QStringLiteral("E2E-4");
        accepted.status = RefundStatus::Succeeded;
        accepted.amount = eur(2000);
        WebhookEvent stranger = accepted;
        stranger.refundId = QUuid::createUuid();
        QSignalSpy changed(m_fx->engine.get(), &RefundEngine::refundChanged);
        // Announced only once stored: a listener that reads the refund finds the new status.
        std::optional<RefundStatus> seenByListener;
        QObject listener;
        connect(m_fx->engine.get(), &RefundEngine::refundChanged, &listener,
                [&](const QUuid &id) { seenByListener = m_fx->ledger->refund(id).value().status; });

        const auto results = m_fx->engine->applyWebhookEvents(
            {{GatewayId::PayNet, accepted}, {GatewayId::PayNet, stranger}, {GatewayId::PayNet, accepted}});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).status, RefundEngine::EventResult::Status::Applied);
        QCOMPARE(results.at(0).refund.status, RefundStatus::Succeeded);
        QCOMPARE(results.at(1).status, RefundEngine::EventResult::Status::UnknownRefund);
        QCOMPARE(results.at(2).status, RefundEngine::EventResult::Status::Unchanged);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toUuid(), refund.refundId);
        QVERIFY(seenByListener);
        QCOMPARE(*seenByListener, RefundStatus::Succeeded);
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().gatewayRefundId, QStringLiteral("E2E-4"));
        QVERIFY(m_fx->auditActions().contains(QStringLiteral("webhook.unknown_refund")));
        QVERIFY(m_fx->ledger->verifyAuditChain().value().intact);
        QCOMPARE(m_fx->engine->applyWebhookEvents({}).size(), 0);
    }

    void webhookWithAnotherAmountNeedsReview()
    {
        const Sale sale = m_fx->addSale(GatewayId::PayNet, QStringLiteral("CHK-3"), 3000);
        const Refund refund = m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("cleo"));
        WebhookEvent event;
        event.verdict = WebhookEvent::Verdict::Accepted;
        event.refundId = refund.refundId;
        event.status = RefundStatus::Succeeded;
        event.amount = eur(1500);
        const auto applied = m_fx->engine->applyWebhookEvent(GatewayId::PayNet, event);
        QCOMPARE(applied.status, RefundEngine::EventResult::Status::Applied);
        QCOMPARE(applied.refund.status, RefundStatus::NeedsReview);
        QVERIFY(applied.refund.message.contains(QStringLiteral("EUR 15.00")));

        // A later event does not close the review, but the reviewer sees it.
        event.amount = eur(1000);
        const auto later = m_fx->engine->applyWebhookEvent(GatewayId::PayNet, event);
        QCOMPARE(later.refund.status, RefundStatus::NeedsReview);
        QCOMPARE(m_fx->ledger->refund(refund.refundId).value().status, RefundStatus::NeedsReview);
    }

    void pwV3RefundRecordsWhatWasRefundedBefore()
    {
        const Sale sale = m_fx->addSale(GatewayId::PwV3, QStringLiteral("529-7"), 4999);
        LookupResult fresh;
        fresh.outcome = GatewayOutcome::Ok;
        fresh.sale = sale;
        fresh.refundedAtGateway = eur(700);
        m_fx->pwv3.lookupAnswers = {fresh};
        m_fx->pwv3.refundAnswers = {answer(GatewayOutcome::OutcomeUnknown)};
        m_fx->pwv3.resolveAnswers = {answer(GatewayOutcome::Ok, RefundStatus::Succeeded)};
        const auto outcome = m_fx->refund(submissionFor(sale, 1000, manager()));
        QVERIFY(outcome);
        QCOMPARE(outcome->refund.status, RefundStatus::Succeeded);
        QCOMPARE(m_fx->pwv3.lookups.size(), 1);
        QCOMPARE(m_fx->pwv3.lookups.constFirst().kind, SaleIdKind::Reference);
        QCOMPARE(m_fx->pwv3.refunds.constFirst().refund.gatewayRefundedBefore, std::optional<Money>(eur(700)));
        QCOMPARE(m_fx->pwv3.resolvedRefunds.constFirst().gatewayRefundedBefore, std::optional<Money>(eur(700)));
        // Kept by the ledger, for the lost-answer rule after a restart.
        QCOMPARE(m_fx->ledger->refund(outcome->refund.refundId).value().gatewayRefundedBefore,
                 std::optional<Money>(eur(700)));
    }

    void webhookWithoutOurReferenceMatchesByPaymentAndAmount()
    {
        const Sale sale = m_fx->addSale(GatewayId::Pockyt, QStringLiteral("T-8"), 5000);
        const Refund first = m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("cleo"));
        const Refund second = m_fx->addRefund(sale, 1000, RefundStatus::Pending, QStringLiteral("cleo"));
        const Refund other = m_fx->addRefund(sale, 2000, RefundStatus::Pending, QStringLiteral("cleo"));
        WebhookEvent event;
        event.verdict = WebhookEvent::Verdict::Accepted;
        event.transactionId = QStringLiteral("T-8");
        event.status = RefundStatus::Succeeded;
        event.amount = eur(2000);
        const auto applied = m_fx->engine->applyWebhookEvent(GatewayId::Pockyt, event);
        QCOMPARE(applied.status, RefundEngine::EventResult::Status::Applied);
        QCOMPARE(applied.refund.refundId, other.refundId);

        event.amount = eur(1000); // two refunds of that payment have it: which one is not known
        QCOMPARE(m_fx->engine->applyWebhookEvent(GatewayId::Pockyt, event).status,
                 RefundEngine::EventResult::Status::UnknownRefund);
        QCOMPARE(m_fx->ledger->refund(first.refundId).value().status, RefundStatus::Pending);
        QCOMPARE(m_fx->ledger->refund(second.refundId).value().status, RefundStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestRefundEngine)
#include "tst_refundengine.moc"
