#include "RefundEngine.h"

#include "gateways/Gateway.h"

#include <QCoreApplication>

#include <utility>

namespace RefundDesk {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString moneyText(const Money &money)
{
    return QStringLiteral("%1 %2").arg(money.currency().code(), money.toDecimalString());
}

QString saleText(const Sale &sale)
{
    return QStringLiteral("%1/%2").arg(gatewayKey(sale.gateway), sale.transactionId);
}

// The reasons that belong to the sale itself, whoever asks.
bool isAboutTheSale(PolicyRefusal::Reason reason)
{
    switch (reason) {
    case PolicyRefusal::Reason::RoleNotAllowed:
    case PolicyRefusal::Reason::DailyLimitExceeded:
    case PolicyRefusal::Reason::ApprovalRequired:
        return false;
    default:
        return true;
    }
}

QString withSentence(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    const QString trimmed = first.trimmed();
    const bool ended = trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?');
    return trimmed + (ended ? QStringLiteral(" ") : QStringLiteral(". ")) + second;
}

} // namespace

// A gateway answer turned into a refund status change.
struct RefundEngine::Move
{
    RefundStatus to = RefundStatus::Submitting;
    QString gatewayRefundId;
    QString message;
    QString source = QStringLiteral("engine"); // the refund event's source
    QString actor = QStringLiteral("engine"); // the audit row's actor
    QString action; // the audit row's action
    QString detail; // the event's and the audit row's detail
    TransitionBy by = TransitionBy::Event;
};

// One refund between refund() and its answer.
struct RefundEngine::RefundRun
{
    RefundSubmission submission;
    Reply<RefundOutcome> reply;
    SaleView view;
    Gateway *gateway = nullptr;
    Actor actor;
    std::optional<Actor> approver;
    PolicyDecision decision;
    Refund refund;
    std::unique_ptr<RefundClaims::Claim> claim;
};

RefundEngine::RefundEngine(Ledger &ledger, RefundClaims &claims, UserDirectory *users, Settings settings, Clock clock,
                           QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_claims(claims)
    , m_users(users)
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{ }

RefundEngine::~RefundEngine() = default;

void RefundEngine::addGateway(Gateway *gateway)
{
    Q_ASSERT(gateway);
    m_gateways[gateway->id()] = gateway;
}

Gateway *RefundEngine::gateway(GatewayId id) const
{
    const auto found = m_gateways.find(id);
    return found == m_gateways.end() ? nullptr : found->second;
}

void RefundEngine::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

template<typename T>
RefundEngine::Reply<T> RefundEngine::replyOn(QObject *context, Reply<T> done)
{
    QPointer<QObject> target(context ? context : this);
    return [target, done = std::move(done)](const T &value) {
        if (!target || !done)
            return;
        QMetaObject::invokeMethod(
            target.data(), [done, value] { done(value); }, Qt::QueuedConnection);
    };
}

AuditEntry RefundEngine::auditEntry(const QString &actor, const QString &action, const QString &subject,
                                    const QString &detail) const
{
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.detail = detail;
    entry.storeId = m_settings.store.id;
    entry.registerId = m_settings.store.registerId;
    return entry;
}

void RefundEngine::audit(const QString &actor, const QString &action, const QString &subject, const QString &detail)
{
    if (const auto appended = m_ledger.appendAudit(auditEntry(actor, action, subject, detail)); !appended.ok())
        qWarning("%s", qUtf8Printable(appended.message()));
}

// ---- Finding sales

void RefundEngine::findSale(const SaleRef &ref, LookupMode mode, QObject *context, Reply<SaleView> done)
{
    post([this, ref, mode, reply = replyOn(context, std::move(done))] { startFindSale(ref, mode, reply); });
}

void RefundEngine::startFindSale(const SaleRef &ref, LookupMode mode, Reply<SaleView> done)
{
    const LedgerValue<Sale> stored = m_ledger.findSale(ref);
    if (!stored.ok() && stored.error() != LedgerResult::Error::NotFound) {
        SaleView view;
        view.status = SaleView::Status::Error;
        view.message = stored.message();
        done(view);
        return;
    }
    if (stored.ok() && mode == LookupMode::LedgerFirst) {
        done(viewOf(stored.value(), true));
        return;
    }

    Gateway *adapter = gateway(ref.gateway);
    if (!adapter) {
        if (stored.ok()) {
            done(viewOf(stored.value(), true));
            return;
        }
        SaleView view;
        view.status = SaleView::Status::Unavailable;
        view.message = tr("%1 is not configured here, and the ledger does not know this sale.")
                           .arg(gatewayDisplayName(ref.gateway));
        done(view);
        return;
    }

    std::optional<Sale> ledgerCopy;
    if (stored.ok())
        ledgerCopy = stored.value();
    LookupJob *job = adapter->lookup(ref);
    connect(job, &LookupJob::finished, this, [this, ref, ledgerCopy, done](const LookupResult &result) {
        if (result.outcome == GatewayOutcome::Ok) {
            Sale sale = result.sale;
            sale.gateway = ref.gateway;
            if (sale.storeId.isEmpty())
                sale.storeId = m_settings.store.id;
            sale.lookedUpAt = m_clock();
            const LedgerResult upserted = m_ledger.upsertSale(sale);
            if (!upserted.ok()) {
                SaleView view;
                view.status = SaleView::Status::Error;
                view.message = upserted.message();
                done(view);
                return;
            }
            done(viewOf(sale, false));
            return;
        }
        if (ledgerCopy) {
            // Asking again failed (e.g. PayNet's one enquiry per 30 s): what the ledger knows still holds.
            SaleView view = viewOf(*ledgerCopy, true);
            view.message = result.message;
            view.retryAfterSeconds = result.retryAfterSeconds;
            done(view);
            return;
        }
        SaleView view;
        view.status =
            result.outcome == GatewayOutcome::NotFound ? SaleView::Status::NotFound : SaleView::Status::Unavailable;
        view.message = result.message.isEmpty() ? tr("%1 does not know this sale.").arg(gatewayDisplayName(ref.gateway))
                                                : result.message;
        view.retryAfterSeconds = result.retryAfterSeconds;
        done(view);
    });
    job->start();
}

SaleView RefundEngine::viewOf(const Sale &sale, bool fromLedger)
{
    SaleView view;
    view.sale = sale;
    view.fromLedger = fromLedger;
    view.remaining = Money::zero(sale.amount.currency());
    const auto refunds = m_ledger.refundsForSale(sale.ledgerId);
    if (!refunds.ok()) {
        view.status = SaleView::Status::Error;
        view.message = refunds.message();
        return view;
    }
    view.status = SaleView::Status::Found;
    view.refunds = refunds.value();
    view.remaining = RefundPolicy::remaining(sale, view.refunds);

    Gateway *adapter = gateway(sale.gateway);
    view.gatewayConfigured = adapter != nullptr;
    if (!adapter) {
        view.notRefundableReason = tr("%1 is not configured here: its sales can be looked up in the ledger but not "
                                      "refunded.")
                                       .arg(gatewayDisplayName(sale.gateway));
        return view;
    }
    view.capabilities = adapter->capabilities();

    // Whoever asks: a manager without a daily limit, for everything that is left.
    PolicyInput probe;
    probe.sale = sale;
    probe.existingRefunds = view.refunds;
    probe.amount = view.remaining.isPositive() ? view.remaining : sale.amount;
    probe.fullRefund = view.remaining == sale.amount;
    probe.capabilities = view.capabilities;
    probe.store = m_settings.store;
    probe.store.managerDailyLimitMinor = 0;
    probe.actor = Actor {QStringLiteral("probe"), Role::Manager};
    probe.actorRefundedToday = Money::zero(sale.amount.currency());
    probe.now = m_clock();
    const PolicyDecision decision = RefundPolicy::evaluate(probe);
    view.refundable = true;
    for (const PolicyRefusal &refusal : decision.refusals) {
        if (isAboutTheSale(refusal.reason)) {
            view.refundable = false;
            view.notRefundableReason = refusal.message;
            break;
        }
    }
    return view;
}

void RefundEngine::withSale(const RefundSubmission &submission, Reply<SaleView> next)
{
    if (submission.saleLedgerId > 0) {
        const LedgerValue<Sale> sale = m_ledger.saleById(submission.saleLedgerId);
        if (!sale.ok()) {
            SaleView view;
            view.status =
                sale.error() == LedgerResult::Error::NotFound ? SaleView::Status::NotFound : SaleView::Status::Error;
            view.message = sale.message();
            next(view);
            return;
        }
        next(viewOf(sale.value(), true));
        return;
    }
    if (submission.saleRef) {
        startFindSale(*submission.saleRef, LookupMode::LedgerFirst, std::move(next));
        return;
    }
    SaleView view;
    view.message = tr("No sale was given.");
    next(view);
}

// ---- Deciding

Actor RefundEngine::effectiveActor(const Actor &actor)
{
    // The directory's role wins over what the caller says: roles are the engine's to enforce.
    if (m_users) {
        const auto account = m_users->find(actor.name);
        if (account.ok())
            return account.value().actor();
    }
    return actor;
}

LedgerValue<PolicyInput> RefundEngine::policyInput(const SaleView &view, const RefundSubmission &submission,
                                                   const Actor &actor, const std::optional<Actor> &approver)
{
    const Sale &sale = view.sale;
    const Currency currency = sale.amount.currency();
    PolicyInput input;
    input.sale = sale;
    input.existingRefunds = view.refunds;
    // Nothing named means everything that is left; with nothing left, the whole sale, so the
    // policy says "nothing is left" rather than "enter an amount".
    input.amount = submission.amount.value_or(view.remaining.isPositive() ? view.remaining : sale.amount);
    input.fullRefund = input.amount == sale.amount && view.remaining == sale.amount;
    input.capabilities = view.capabilities;
    input.store = m_settings.store;
    input.actor = actor;
    input.approver = approver;
    input.now = m_clock();

    if (m_users) {
        const auto account = m_users->find(actor.name);
        if (account.ok() && account.value().dailyLimitMinor) {
            if (actor.role == Role::Manager)
                input.store.managerDailyLimitMinor = *account.value().dailyLimitMinor;
            else
                input.store.clerkDailyLimitMinor = *account.value().dailyLimitMinor;
        }
    }

    // What this employee refunded today (local day), counting every refund that still holds money.
    const QDateTime local = input.now.toLocalTime();
    const auto refundedToday = m_ledger.refundedByEmployeeSince(
        actor.name, QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toUTC(), currency);
    if (!refundedToday.ok())
        return refundedToday.result();
    input.actorRefundedToday = refundedToday.value();
    return input;
}

RefundEvaluation RefundEngine::evaluateNow(const SaleView &view, const RefundSubmission &submission)
{
    RefundEvaluation evaluation;
    if (!view.found()) {
        evaluation.message = view.message;
        return evaluation;
    }
    evaluation.sale = view.sale;
    if (!view.gatewayConfigured) {
        evaluation.message = view.notRefundableReason;
        return evaluation;
    }
    const Actor actor = effectiveActor(submission.actor);
    std::optional<Actor> approver;
    if (submission.approval)
        approver = effectiveActor(Actor {submission.approval->manager, Role::Manager});
    const auto input = policyInput(view, submission, actor, approver);
    if (!input.ok()) {
        evaluation.message = input.message();
        return evaluation;
    }
    evaluation.ok = true;
    evaluation.decision = RefundPolicy::evaluate(input.value());
    evaluation.amount = input.value().amount;
    evaluation.fullRefund = input.value().fullRefund;
    evaluation.message = evaluation.decision.firstMessage();
    return evaluation;
}

void RefundEngine::evaluate(const RefundSubmission &submission, QObject *context, Reply<RefundEvaluation> done)
{
    post([this, submission, reply = replyOn(context, std::move(done))] {
        withSale(submission, [this, submission, reply](const SaleView &view) { reply(evaluateNow(view, submission)); });
    });
}

// ---- Refunding

void RefundEngine::refund(const RefundSubmission &submission, QObject *context, Reply<RefundOutcome> done)
{
    post([this, submission, reply = replyOn(context, std::move(done))] {
        auto run = std::make_shared<RefundRun>();
        run->submission = submission;
        run->reply = reply;
        withSale(submission, [this, run](const SaleView &view) {
            run->view = view;
            continueRefund(run);
        });
    });
}

void RefundEngine::refuse(const Actor &actor, const Sale &sale, const QString &why)
{
    audit(actor.name, QStringLiteral("refund.refused"), saleText(sale), why);
}

void RefundEngine::finishRun(const std::shared_ptr<RefundRun> &run, RefundOutcome outcome)
{
    // Released before the caller hears of it, so a sync right after is free to look at it.
    run->claim.reset();
    run->reply(outcome);
}

void RefundEngine::continueRefund(const std::shared_ptr<RefundRun> &run)
{
    const SaleView &view = run->view;
    const RefundSubmission &submission = run->submission;
    RefundOutcome outcome;
    if (!view.found()) {
        outcome.status =
            view.status == SaleView::Status::NotFound ? RefundOutcome::Status::Refused : RefundOutcome::Status::Error;
        outcome.message = view.message;
        finishRun(run, outcome);
        return;
    }
    const Sale &sale = view.sale;
    run->gateway = gateway(sale.gateway);
    const Actor actor = effectiveActor(submission.actor);
    if (!run->gateway) {
        outcome.status = RefundOutcome::Status::Refused;
        outcome.message = view.notRefundableReason;
        finishRun(run, outcome);
        return;
    }

    std::optional<Actor> approver;
    if (submission.approval) {
        if (!m_users) {
            outcome.status = RefundOutcome::Status::Refused;
            outcome.message = tr("There is no employee list here to check the manager's PIN against.");
            finishRun(run, outcome);
            return;
        }
        const PinCheck check = m_users->verifyPin(submission.approval->manager, submission.approval->pin);
        if (!check.ok()) {
            refuse(actor, sale,
                   QStringLiteral("approval by %1 refused: %2").arg(submission.approval->manager, check.message));
            outcome.status = RefundOutcome::Status::Refused;
            outcome.message = check.message;
            finishRun(run, outcome);
            return;
        }
        approver = check.account.actor();
    }

    const auto input = policyInput(view, submission, actor, approver);
    if (!input.ok()) {
        outcome.status = RefundOutcome::Status::Error;
        outcome.message = input.message();
        finishRun(run, outcome);
        return;
    }
    run->decision = RefundPolicy::evaluate(input.value());
    if (!run->decision.allowed()) {
        QStringList reasons;
        for (const PolicyRefusal &refusal : run->decision.refusals)
            reasons << policyReasonKey(refusal.reason);
        refuse(actor, sale,
               QStringLiteral("amount=%1 reasons=%2").arg(moneyText(input.value().amount), reasons.join(u',')));
        outcome.status = RefundOutcome::Status::Refused;
        outcome.message = run->decision.firstMessage();
        outcome.decision = run->decision;
        finishRun(run, outcome);
        return;
    }

    Refund intent;
    intent.refundId = QUuid::createUuid();
    intent.saleLedgerId = sale.ledgerId;
    intent.amount = input.value().amount;
    intent.fullRefund = input.value().fullRefund;
    intent.reason = submission.reason;
    intent.storeId = m_settings.store.id;
    intent.registerId = m_settings.store.registerId;
    intent.employee = actor.name;
    if (approver)
        intent.approvedBy = approver->name;
    run->refund = intent;
    run->actor = actor;
    run->approver = approver;
    if (sale.gateway == GatewayId::PwV3) {
        // PW v3's lost-answer rule compares the payment's refunded total with what it was
        // just before this refund (docs/gateways.md): ask for it fresh, read-only.
        LookupJob *job = run->gateway->lookup(SaleRef {sale.gateway, SaleIdKind::Reference, sale.reference});
        connect(job, &LookupJob::finished, this, [this, run](const LookupResult &result) {
            if (result.outcome == GatewayOutcome::Ok)
                run->refund.gatewayRefundedBefore = result.refundedAtGateway;
            journalAndSubmit(run);
        });
        job->start();
        return;
    }
    journalAndSubmit(run);
}

void RefundEngine::journalAndSubmit(const std::shared_ptr<RefundRun> &run)
{
    RefundOutcome outcome;
    Refund intent = run->refund;
    const Sale &sale = run->view.sale;
    const Actor &actor = run->actor;
    const std::optional<Actor> &approver = run->approver;
    // Claimed before it exists, so no sync anywhere can take it between the journal and the call.
    run->claim = m_claims.tryClaim(intent.refundId);
    if (!run->claim) {
        outcome.status = RefundOutcome::Status::Error;
        outcome.message = tr("A new refund id is already in use; nothing was sent. Try again.");
        finishRun(run, outcome);
        return;
    }
    QString detail = QStringLiteral("sale=%1 amount=%2 full=%3")
                         .arg(saleText(sale), moneyText(intent.amount),
                              intent.fullRefund ? QStringLiteral("yes") : QStringLiteral("no"));
    if (approver)
        detail += QStringLiteral(" approved_by=%1").arg(approver->name);
    if (!intent.reason.isEmpty())
        detail += QStringLiteral(" reason=%1").arg(intent.reason);
    const LedgerChange change {
        QStringLiteral("engine"), detail,
        auditEntry(actor.name, QStringLiteral("refund.intent"), idText(intent.refundId), detail)};
    // The journal re-checks, under the sale's lock, both the remainder and the gateway's refunds
    // per payment: another register may have journaled since the policy looked.
    const LedgerResult journaled =
        m_ledger.journalRefundIntent(intent, change, run->view.capabilities.refundsPerPayment);
    if (!journaled.ok()) {
        outcome.message = journaled.message();
        if (journaled.error() == LedgerResult::Error::RemainderExceeded) {
            refuse(actor, sale,
                   QStringLiteral("amount=%1 reasons=amount_above_remainder").arg(moneyText(intent.amount)));
            outcome.status = RefundOutcome::Status::Refused;
        } else if (journaled.error() == LedgerResult::Error::RefundLimitReached) {
            refuse(actor, sale,
                   QStringLiteral("amount=%1 reasons=one_refund_per_payment").arg(moneyText(intent.amount)));
            outcome.status = RefundOutcome::Status::Refused;
            outcome.message = RefundPolicy::oneRefundPerPaymentMessage(sale.gateway);
        } else {
            outcome.status = RefundOutcome::Status::Error;
        }
        finishRun(run, outcome);
        return;
    }
    run->refund = intent;
    if (approver) {
        audit(approver->name, QStringLiteral("refund.approved"), idText(intent.refundId),
              QStringLiteral("employee=%1 amount=%2").arg(actor.name, moneyText(intent.amount)));
    }
    announceChange(intent.refundId);

    submit(run);
}

void RefundEngine::submit(const std::shared_ptr<RefundRun> &run)
{
    RefundRequest request;
    request.sale = run->view.sale;
    request.refund = run->refund;
    RefundJob *job = run->gateway->refund(request);
    connect(job, &RefundJob::finished, this, [this, run](const RefundResult &result) { onAnswer(run, result); });
    job->start();
}

std::optional<RefundEngine::Move> RefundEngine::moveForAnswer(const RefundResult &result)
{
    Move move;
    move.gatewayRefundId = result.gatewayRefundId;
    move.message = result.message;
    switch (result.outcome) {
    case GatewayOutcome::Ok:
        if (result.status == RefundStatus::Submitting || result.status == RefundStatus::Draft)
            return std::nullopt;
        move.to = result.status;
        break;
    case GatewayOutcome::Declined:
    case GatewayOutcome::NotFound:
        move.to = RefundStatus::Rejected;
        break;
    case GatewayOutcome::AuthFailed:
        move.to = RefundStatus::Failed;
        move.message =
            withSentence(result.message, tr("Nothing was refunded; check this gateway's credentials, then try again."));
        break;
    case GatewayOutcome::Refused:
        move.to = RefundStatus::Failed;
        move.message = withSentence(result.message, tr("Nothing was sent."));
        break;
    case GatewayOutcome::NotExecuted:
        move.to = RefundStatus::Failed;
        move.message = withSentence(result.message, tr("Nothing was refunded; you can try again."));
        break;
    case GatewayOutcome::Cancelled:
        move.to = RefundStatus::Failed;
        move.message = tr("Cancelled before anything was sent. Nothing was refunded.");
        break;
    case GatewayOutcome::OutcomeUnknown:
        return std::nullopt;
    }
    return move;
}

RefundEngine::Move RefundEngine::moveForResolution(const RefundResult &result)
{
    Move move;
    move.gatewayRefundId = result.gatewayRefundId;
    if (result.outcome == GatewayOutcome::Ok && result.status != RefundStatus::Submitting
        && result.status != RefundStatus::Draft) {
        move.to = result.status;
        move.message = result.message;
        return move;
    }
    if (result.outcome == GatewayOutcome::NotExecuted) {
        move.to = RefundStatus::Failed;
        move.message = withSentence(result.message,
                                    tr("The gateway shows this refund was not made: nothing was refunded. You can "
                                       "try again."));
        return move;
    }
    move.to = RefundStatus::NeedsReview;
    move.message = withSentence(result.message,
                                tr("The gateway's answer was lost and asking it again did not settle what happened. "
                                   "Check the gateway's report, then close the review."));
    return move;
}

void RefundEngine::onAnswer(const std::shared_ptr<RefundRun> &run, const RefundResult &result)
{
    const QString code = result.gatewayCode.isEmpty() ? QString() : QStringLiteral(" code=%1").arg(result.gatewayCode);
    std::optional<Move> move = moveForAnswer(result);
    if (!move) {
        // The request may have been executed: only the gateway's lost-answer rule may say
        // what happened, never a second submission.
        Move note;
        note.to = RefundStatus::Submitting;
        note.gatewayRefundId = result.gatewayRefundId;
        note.message = withSentence(result.message, tr("The answer was lost; asking the gateway what happened."));
        note.action = QStringLiteral("refund.outcome_unknown");
        note.detail = QStringLiteral("outcome=%1%2").arg(gatewayOutcomeKey(result.outcome), code);
        moveRefund(run->refund.refundId, note);
        const auto current = m_ledger.refund(run->refund.refundId);
        if (current.ok()) {
            const std::optional<Money> before = run->refund.gatewayRefundedBefore;
            run->refund = current.value();
            if (!run->refund.gatewayRefundedBefore)
                run->refund.gatewayRefundedBefore = before;
        }
        RefundJob *job = run->gateway->resolveLostAnswer(run->refund, run->view.sale);
        connect(job, &RefundJob::finished, this,
                [this, run](const RefundResult &resolved) { onResolved(run, resolved); });
        job->start();
        return;
    }
    move->action = QStringLiteral("refund.answer");
    move->detail = QStringLiteral("outcome=%1%2").arg(gatewayOutcomeKey(result.outcome), code);
    const auto moved = moveRefund(run->refund.refundId, *move);
    RefundOutcome outcome;
    outcome.status = RefundOutcome::Status::Recorded;
    outcome.decision = run->decision;
    outcome.refund = moved.ok() ? moved.value() : run->refund;
    outcome.message = moved.ok() ? outcome.refund.message : moved.message();
    finishRun(run, outcome);
}

void RefundEngine::onResolved(const std::shared_ptr<RefundRun> &run, const RefundResult &result)
{
    Move move = moveForResolution(result);
    move.action = QStringLiteral("refund.lost_answer_rule");
    move.detail =
        QStringLiteral("outcome=%1%2")
            .arg(gatewayOutcomeKey(result.outcome),
                 result.gatewayCode.isEmpty() ? QString() : QStringLiteral(" code=%1").arg(result.gatewayCode));
    const auto moved = moveRefund(run->refund.refundId, move);
    RefundOutcome outcome;
    outcome.status = RefundOutcome::Status::Recorded;
    outcome.decision = run->decision;
    outcome.refund = moved.ok() ? moved.value() : run->refund;
    outcome.message = moved.ok() ? outcome.refund.message : moved.message();
    finishRun(run, outcome);
}

LedgerValue<Refund> RefundEngine::moveRefund(const QUuid &refundId, const Move &move)
{
    RefundUpdate update;
    if (!move.gatewayRefundId.isEmpty())
        update.gatewayRefundId = move.gatewayRefundId;
    if (!move.message.isEmpty())
        update.message = move.message;
    const QString auditDetail = QStringLiteral("to=%1 %2").arg(refundStatusKey(move.to), move.detail).trimmed();
    const LedgerChange change {move.source, move.detail,
                               auditEntry(move.actor, move.action, idText(refundId), auditDetail)};
    auto moved = m_ledger.transitionRefund(refundId, move.to, update, change, move.by);
    if (moved.ok()) {
        announceChange(refundId);
        return moved;
    }

    if (moved.error() == LedgerResult::Error::Conflict && update.gatewayRefundId) {
        // The gateway now names the refund differently: a person has to look at it.
        Move review = move;
        review.to = RefundStatus::NeedsReview;
        review.gatewayRefundId.clear();
        review.message = tr("The gateway now names this refund %1, but it was recorded under another id. Check the "
                            "gateway's report.")
                             .arg(move.gatewayRefundId);
        return moveRefund(refundId, review);
    }
    if (moved.error() == LedgerResult::Error::StatusRegression) {
        // Already further along: nothing moves backwards, but what was said is on record.
        audit(move.actor, move.action + QStringLiteral(".ignored"), idText(refundId),
              QStringLiteral("%1 (%2)").arg(auditDetail, moved.message()));
        auto current = m_ledger.refund(refundId);
        if (current.ok() && current.value().status == RefundStatus::NeedsReview && move.by == TransitionBy::Event
            && !move.message.isEmpty() && move.to != RefundStatus::NeedsReview) {
            // The reviewer should see what the gateway said later.
            RefundUpdate note;
            note.message =
                tr("Under review. Later the gateway said: %1 (%2)").arg(move.message, refundStatusDisplayName(move.to));
            auto noted = m_ledger.transitionRefund(refundId, RefundStatus::NeedsReview, note,
                                                   LedgerChange {move.source, move.detail, std::nullopt});
            if (noted.ok()) {
                announceChange(refundId);
                return noted;
            }
        }
        return current;
    }
    qWarning("%s", qUtf8Printable(moved.message()));
    return moved;
}

// ---- Reviews and employees

void RefundEngine::review(const RefundReview &review, QObject *context, Reply<RefundOutcome> done)
{
    post([this, review, reply = replyOn(context, std::move(done))] {
        RefundOutcome outcome;
        outcome.status = RefundOutcome::Status::Refused;
        const Actor reviewer = effectiveActor(review.reviewer);
        const QString note = review.note.trimmed();
        const auto current = m_ledger.refund(review.refundId);
        if (reviewer.role != Role::BackOffice) {
            outcome.message = tr("Only back-office staff close a review; %1 is signed in as %2.")
                                  .arg(reviewer.name, roleDisplayName(reviewer.role));
        } else if (!isFinal(review.resolution)) {
            outcome.message = tr("A review ends with succeeded, rejected or failed.");
        } else if (note.isEmpty()) {
            outcome.message = tr("Write a note saying how you know what happened to this refund.");
        } else if (!current.ok()) {
            outcome.status = current.error() == LedgerResult::Error::NotFound ? RefundOutcome::Status::Refused
                                                                              : RefundOutcome::Status::Error;
            outcome.message = current.message();
        } else if (current.value().status != RefundStatus::NeedsReview) {
            outcome.refund = current.value();
            outcome.message = tr("Refund %1 is %2; only a refund that needs review can be closed by hand.")
                                  .arg(idText(review.refundId), refundStatusDisplayName(current.value().status));
        } else {
            Move move;
            move.to = review.resolution;
            move.message = tr("Closed after review by %1: %2").arg(reviewer.name, note);
            move.source = QStringLiteral("review");
            move.actor = reviewer.name;
            move.action = QStringLiteral("refund.review");
            move.detail = note;
            move.by = TransitionBy::Person;
            const auto moved = moveRefund(review.refundId, move);
            if (moved.ok() && moved.value().status == review.resolution) {
                outcome.status = RefundOutcome::Status::Recorded;
                outcome.refund = moved.value();
                outcome.message = moved.value().message;
            } else {
                outcome.status = RefundOutcome::Status::Error;
                outcome.message = moved.ok() ? tr("The review could not be recorded.") : moved.message();
            }
        }
        reply(outcome);
    });
}

void RefundEngine::verifyEmployee(const QString &name, const QString &pin, QObject *context, Reply<PinCheck> done)
{
    post([this, name, pin, reply = replyOn(context, std::move(done))] {
        if (!m_users) {
            PinCheck check;
            check.message = tr("There is no employee list here.");
            reply(check);
            return;
        }
        reply(m_users->verifyPin(name, pin));
    });
}

void RefundEngine::addEmployee(const QString &name, const QString &displayName, Role role, const QString &pin,
                               const Actor &by, QObject *context, Reply<LedgerValue<UserAccount>> done)
{
    post([this, name, displayName, role, pin, by, reply = replyOn(context, std::move(done))] {
        const Actor who = effectiveActor(by);
        if (!m_users) {
            reply(LedgerResult::failure(LedgerResult::Error::Invalid, tr("There is no employee list here.")));
            return;
        }
        if (who.role == Role::Clerk) {
            reply(LedgerResult::failure(LedgerResult::Error::Invalid,
                                        tr("Only a manager or back-office staff add employees.")));
            return;
        }
        reply(m_users->addUser(name, displayName, role, pin, who.name));
    });
}

void RefundEngine::listRefunds(const RefundFilter &filter, QObject *context, Reply<LedgerValue<QList<Refund>>> done)
{
    post([this, filter, reply = replyOn(context, std::move(done))] { reply(m_ledger.listRefunds(filter)); });
}

// ---- Webhooks

RefundEngine::EventResult RefundEngine::applyWebhookEvent(GatewayId gatewayId, const WebhookEvent &event)
{
    EventResult result;
    const QString actor = QStringLiteral("webhook:%1").arg(gatewayKey(gatewayId));
    LedgerValue<Refund> found = LedgerResult::failure(LedgerResult::Error::NotFound, QString());
    if (!event.refundId.isNull()) {
        found = m_ledger.refund(event.refundId);
    } else if (const QUuid ours(event.ourReference); !ours.isNull()) {
        found = m_ledger.refund(ours);
    } else if (!event.gatewayRefundId.isEmpty()) {
        found = m_ledger.findRefundByGatewayRefundId(gatewayId, event.gatewayRefundId);
    }
    if (!found.ok() && found.error() == LedgerResult::Error::NotFound && !event.transactionId.isEmpty()
        && event.amount) {
        // No reference of ours (docs/gateways.md, Pockyt IPN): the payment and the amount name
        // the refund only when exactly one refund of that payment in flight has that amount.
        const auto sale = m_ledger.findSale({gatewayId, SaleIdKind::TransactionId, event.transactionId});
        const auto refunds =
            sale.ok() ? m_ledger.refundsForSale(sale.value().ledgerId) : LedgerValue<QList<Refund>>(QList<Refund>());
        QList<Refund> candidates;
        for (const Refund &refund : refunds.ok() ? refunds.value() : QList<Refund>()) {
            if ((refund.status == RefundStatus::Submitting || refund.status == RefundStatus::Pending)
                && refund.amount == *event.amount)
                candidates.append(refund);
        }
        if (candidates.size() == 1)
            found = candidates.constFirst();
    }
    QString named = !event.refundId.isNull() ? idText(event.refundId)
        : !event.ourReference.isEmpty()      ? event.ourReference
                                             : event.gatewayRefundId;
    if (named.isEmpty())
        named = event.transactionId;
    if (!found.ok() && found.error() != LedgerResult::Error::NotFound) {
        result.message = found.message();
        return result;
    }
    if (!found.ok() || found.value().gateway != gatewayId) {
        audit(actor, QStringLiteral("webhook.unknown_refund"), named,
              QStringLiteral("status=%1 code=%2").arg(refundStatusKey(event.status), event.gatewayCode));
        result.status = EventResult::Status::UnknownRefund;
        result.message = tr("No refund %1 of %2 in this ledger.").arg(named, gatewayDisplayName(gatewayId));
        return result;
    }
    const Refund before = found.value();

    Move move;
    move.to = event.status;
    move.gatewayRefundId = event.gatewayRefundId;
    move.message = event.message;
    move.source = QStringLiteral("webhook");
    move.actor = actor;
    move.action = QStringLiteral("webhook.refund_status");
    move.detail = QStringLiteral("status=%1").arg(refundStatusKey(event.status));
    if (!event.gatewayCode.isEmpty())
        move.detail += QStringLiteral(" code=%1").arg(event.gatewayCode);
    if (event.amount && !(*event.amount == before.amount)) {
        // DESIGN.md: amounts that disagree need a person.
        move.to = RefundStatus::NeedsReview;
        move.message = tr("%1 reports %2 for this refund, but RefundDesk sent %3. Check the gateway's report.")
                           .arg(gatewayDisplayName(gatewayId), moneyText(*event.amount), moneyText(before.amount));
        move.detail += QStringLiteral(" amount=%1").arg(moneyText(*event.amount));
    }
    const auto moved = moveRefund(before.refundId, move);
    if (!moved.ok()) {
        result.message = moved.message();
        return result;
    }
    const Refund &after = moved.value();
    result.refund = after;
    const bool changed = after.status != before.status || after.gatewayRefundId != before.gatewayRefundId
        || after.message != before.message;
    result.status = changed ? EventResult::Status::Applied : EventResult::Status::Unchanged;
    return result;
}

QList<RefundEngine::EventResult>
RefundEngine::applyWebhookEvents(const QList<std::pair<GatewayId, WebhookEvent>> &events)
{
    QList<EventResult> results;
    results.reserve(events.size());
    m_heldChanges.emplace();
    const LedgerResult stored = m_ledger.writeTogether([&] {
        for (const auto &[gatewayId, event] : events)
            results.append(applyWebhookEvent(gatewayId, event));
    });
    const QList<QUuid> changed = *std::exchange(m_heldChanges, std::nullopt);
    if (!stored.ok()) {
        for (EventResult &result : results) {
            result.status = EventResult::Status::Failed;
            result.message = stored.message();
        }
        return results;
    }
    for (const QUuid &refundId : changed)
        Q_EMIT refundChanged(refundId);
    return results;
}

void RefundEngine::announceChange(const QUuid &refundId)
{
    if (m_heldChanges) {
        // Once per refund and commit, however often the events of the batch touched it.
        if (!m_heldChanges->contains(refundId))
            m_heldChanges->append(refundId);
    } else
        Q_EMIT refundChanged(refundId);
}

void RefundEngine::recordRefusedWebhook(GatewayId gatewayId, const QString &problem, const QString &detail)
{
    audit(QStringLiteral("webhook:%1").arg(gatewayKey(gatewayId)), QStringLiteral("webhook.refused"), problem, detail);
}

// ---- Sync

LedgerValue<QList<Refund>> RefundEngine::refundsToFollow()
{
    return m_ledger.refundsInStatus({RefundStatus::Submitting, RefundStatus::Pending});
}

void RefundEngine::syncRefund(const QUuid &refundId, Reply<SyncStep> done)
{
    SyncStep step;
    std::shared_ptr<RefundClaims::Claim> claim = m_claims.tryClaim(refundId);
    if (!claim) {
        step.result = SyncStep::Result::Skipped;
        step.message = tr("It is being submitted right now.");
        done(step);
        return;
    }
    const auto current = m_ledger.refund(refundId);
    if (!current.ok()) {
        step.result = SyncStep::Result::Problem;
        step.message = current.message();
        done(step);
        return;
    }
    const Refund refund = current.value();
    step.refund = refund;
    const bool resolving = refund.status == RefundStatus::Submitting;
    if (!resolving && refund.status != RefundStatus::Pending) {
        done(step);
        return;
    }
    Gateway *adapter = gateway(refund.gateway);
    if (!adapter) {
        step.result = SyncStep::Result::Skipped;
        step.message = tr("%1 is not configured here.").arg(gatewayDisplayName(refund.gateway));
        done(step);
        return;
    }
    const auto sale = m_ledger.saleById(refund.saleLedgerId);
    if (!sale.ok()) {
        step.result = SyncStep::Result::Problem;
        step.message = sale.message();
        done(step);
        return;
    }

    RefundJob *job = nullptr;
    if (resolving) {
        job = adapter->resolveLostAnswer(refund, sale.value());
    } else {
        if (refund.gateway == GatewayId::PayNet) {
            // GATEWAYS.md: the enquiry at least an hour after the refund, and not again before
            // another hour; until then the webhook is what moves it.
            QDateTime since = refund.createdAt;
            if (const auto last = m_lastEnquiry.constFind(refundId); last != m_lastEnquiry.constEnd())
                since = std::max(since, *last);
            const QDateTime due = since.addSecs(static_cast<qint64>(m_settings.payNetEnquiryMinAge.count()));
            if (m_clock() < due) {
                step.result = SyncStep::Result::Skipped;
                step.message = tr("PayNet's refund enquiry is due at %1.").arg(due.toString(Qt::ISODate));
                done(step);
                return;
            }
            m_lastEnquiry.insert(refundId, m_clock());
        }
        job = adapter->status(refund, sale.value());
    }
    connect(job, &RefundJob::finished, this, [this, refund, resolving, done, claim](const RefundResult &result) {
        onSyncAnswer(refund, result, resolving, done);
    });
    job->start();
}

void RefundEngine::onSyncAnswer(const Refund &refund, const RefundResult &result, bool resolving, Reply<SyncStep> done)
{
    SyncStep step;
    step.refund = refund;
    Move move;
    if (resolving) {
        move = moveForResolution(result);
        move.action = QStringLiteral("sync.lost_answer_rule");
    } else {
        if (result.outcome != GatewayOutcome::Ok) {
            step.result = SyncStep::Result::Problem;
            step.message = result.message;
            done(step);
            return;
        }
        move.to = result.status == RefundStatus::Submitting ? RefundStatus::Pending : result.status;
        move.gatewayRefundId = result.gatewayRefundId;
        move.message = result.message;
        move.action = QStringLiteral("sync.status");
    }
    const bool nothingNew = move.to == refund.status
        && (move.gatewayRefundId.isEmpty() || move.gatewayRefundId == refund.gatewayRefundId)
        && (move.message.isEmpty() || move.message == refund.message);
    if (nothingNew) {
        done(step);
        return;
    }
    move.source = QStringLiteral("sync");
    move.actor = QStringLiteral("sync");
    move.detail = QStringLiteral("outcome=%1").arg(gatewayOutcomeKey(result.outcome));
    if (!result.gatewayCode.isEmpty())
        move.detail += QStringLiteral(" code=%1").arg(result.gatewayCode);
    const auto moved = moveRefund(refund.refundId, move);
    if (!moved.ok()) {
        step.result = SyncStep::Result::Problem;
        step.message = moved.message();
        done(step);
        return;
    }
    step.refund = moved.value();
    step.result = moved.value().status != refund.status ? SyncStep::Result::Changed : SyncStep::Result::Unchanged;
    step.message = moved.value().message;
    done(step);
}

} // namespace RefundDesk
