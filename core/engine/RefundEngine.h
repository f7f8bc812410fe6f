#pragma once

#include "Clock.h"
#include "RefundClaims.h"
#include "RefundEvaluation.h"
#include "RefundOutcome.h"
#include "RefundReview.h"
#include "RefundSubmission.h"
#include "SaleView.h"
#include "UserDirectory.h"
#include "config/RefundDeskConfig.h"
#include "gateways/GatewayResult.h"
#include "ledger/Ledger.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace RefundDesk {

class Gateway;

// Orchestrates refunds (DESIGN.md "How data flows"): finds sales (ledger first, then the
// gateway), asks RefundPolicy, journals each refund's intent before any network call,
// submits it once, applies answers, webhooks and polls monotonically, and resolves lost
// answers only through the gateway's lost-answer rule.
//
// Threading: the engine, its Ledger, UserDirectory, gateways (and their network access
// manager), RefundSync and WebhookReceiver all live on one thread, "the engine thread":
// the main thread in refundctl, a worker thread in the desktop application (EngineThread).
// The public request methods below may be called from any thread: they return at once, the
// work runs on the engine thread, and `done` is called later on `context`'s thread (the
// engine's when context is null; never when context is gone by then). refundChanged() is
// emitted on the engine thread; connect to it normally (queued across threads).
//
// Status mapping (docs/refund-engine.md): "failed" means nothing was refunded and nothing
// will be (never sent, refused before executing, credentials refused, or the gateway shows
// it was not made): the amount is free again and a new refund may be tried. "rejected"
// means the gateway took the request and decided not to refund (declined, unknown sale,
// rejected later by PayNet or a SecPaid admin). An answer that may have been lost leaves the
// refund submitting and runs the gateway's lost-answer rule at once; when that cannot tell
// either, the refund needs review by a back-office person.
class RefundEngine : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Reply = std::function<void(const T &)>;

    enum class LookupMode {
        LedgerFirst, // a sale in the ledger is used as stored (PayNet allows one enquiry per 30 s)
        Refresh, // ask the gateway again and store what it says
    };

    struct Settings
    {
        StoreConfig store;
        // GATEWAYS.md: PayNet's refund enquiry no sooner than this after the refund (and after
        // the previous enquiry) unless its webhook came.
        std::chrono::seconds payNetEnquiryMinAge {3600};
    };

    // The outcome of applying a verified webhook event.
    struct EventResult
    {
        enum class Status {
            Applied, // the refund moved on or learnt something
            Unchanged, // a duplicate, or older than what is known: nothing regresses
            UnknownRefund, // not a refund in this ledger
            Failed, // the ledger could not store it: the sender should try again
        };
        Status status = Status::Failed;
        QString message;
        Refund refund;
    };

    // One refund followed up by a sync.
    struct SyncStep
    {
        enum class Result {
            Unchanged, // asked; nothing new
            Changed, // the refund moved on
            Skipped, // not asked: being submitted right now, not due yet (PayNet), gateway not configured
            Problem, // asking failed; tried again next time
        };
        Result result = Result::Unchanged;
        Refund refund;
        QString message;
    };

    // ledger, claims and users (may be null: no employee directory) must outlive the engine
    // and live on the engine thread, like the engine itself.
    RefundEngine(Ledger &ledger, RefundClaims &claims, UserDirectory *users, Settings settings,
                 Clock clock = systemClock(), QObject *parent = nullptr);
    ~RefundEngine() override;

    // Before use, on the engine thread: a configured gateway adapter (owned elsewhere, must
    // outlive the engine). A gateway without an adapter can be looked up in the ledger only.
    void addGateway(Gateway *gateway);

    // ---- Requests: any thread; see the class comment.

    // The sale a receipt names, with its refunds, remainder and whether it can be refunded.
    void findSale(const SaleRef &ref, LookupMode mode, QObject *context, Reply<SaleView> done);
    // RefundPolicy's answer for a submission, with the ledger's refunds and the actor's
    // refunds today. An approval's PIN is not checked here (refund() does): a manager named
    // in submission.approval counts as approving, so the UI can show what is left to fix.
    void evaluate(const RefundSubmission &submission, QObject *context, Reply<RefundEvaluation> done);
    // Refunds, exactly once: checks the policy (and the manager's PIN), journals the intent
    // with a new UUID v4 in the transaction that re-checks the remainder, calls the gateway
    // once and applies its answer. done comes with the synchronous answer (after the lost-
    // answer rule when the answer was lost), not after webhooks.
    void refund(const RefundSubmission &submission, QObject *context, Reply<RefundOutcome> done);
    // Closes a refund that needs review; only a back-office person may, with a note.
    void review(const RefundReview &review, QObject *context, Reply<RefundOutcome> done);
    // Checks an employee's PIN (lockout after five wrong ones). Slow by design: runs on the
    // engine thread, never on the caller's.
    void verifyEmployee(const QString &name, const QString &pin, QObject *context, Reply<PinCheck> done);
    // Adds an employee; only a manager or back-office person may (by).
    void addEmployee(const QString &name, const QString &displayName, Role role, const QString &pin, const Actor &by,
                     QObject *context, Reply<LedgerValue<UserAccount>> done);
    // Refunds in the ledger, for lists and exports.
    void listRefunds(const RefundFilter &filter, QObject *context, Reply<LedgerValue<QList<Refund>>> done);

    // ---- Engine thread only: the webhook receiver, the sync and refundctl use these.

    Ledger &ledger() { return m_ledger; }
    UserDirectory *users() { return m_users; }
    Gateway *gateway(GatewayId id) const;
    const Settings &settings() const { return m_settings; }
    QDateTime now() const { return m_clock(); }

    // Applies a webhook event whose signature the gateway adapter verified.
    EventResult applyWebhookEvent(GatewayId gateway, const WebhookEvent &event);
    // Applies several verified events with one durable ledger commit (Ledger::writeTogether),
    // the results in the same order. Each is applied as applyWebhookEvent() would; when the
    // commit fails, every one is Failed (none is stored) and no refundChanged() is emitted.
    QList<EventResult> applyWebhookEvents(const QList<std::pair<GatewayId, WebhookEvent>> &events);
    // Records a webhook that was refused (bad signature, malformed, too large) in the audit chain.
    void recordRefusedWebhook(GatewayId gateway, const QString &problem, const QString &detail);
    // Refunds a sync follows up: submitting and pending, oldest first.
    LedgerValue<QList<Refund>> refundsToFollow();
    // Follows one refund up: a submitting one through the lost-answer rule, a pending one
    // through the gateway's status call. Never two at once for one refund (in any process).
    void syncRefund(const QUuid &refundId, Reply<SyncStep> done);

Q_SIGNALS:
    // A refund was journaled or changed (status, gateway id or message).
    void refundChanged(const QUuid &refundId);

private:
    struct RefundRun;
    struct Move;

    void post(std::function<void()> work);
    // Emits refundChanged(), or, inside applyWebhookEvents(), holds it until the commit.
    void announceChange(const QUuid &refundId);
    template<typename T>
    Reply<T> replyOn(QObject *context, Reply<T> done);

    void startFindSale(const SaleRef &ref, LookupMode mode, Reply<SaleView> done);
    SaleView viewOf(const Sale &sale, bool fromLedger);
    void withSale(const RefundSubmission &submission, Reply<SaleView> next);
    Actor effectiveActor(const Actor &actor);
    LedgerValue<PolicyInput> policyInput(const SaleView &view, const RefundSubmission &submission, const Actor &actor,
                                         const std::optional<Actor> &approver);
    RefundEvaluation evaluateNow(const SaleView &view, const RefundSubmission &submission);

    void continueRefund(const std::shared_ptr<RefundRun> &run);
    void journalAndSubmit(const std::shared_ptr<RefundRun> &run);
    void submit(const std::shared_ptr<RefundRun> &run);
    void onAnswer(const std::shared_ptr<RefundRun> &run, const RefundResult &result);
    void onResolved(const std::shared_ptr<RefundRun> &run, const RefundResult &result);
    void finishRun(const std::shared_ptr<RefundRun> &run, RefundOutcome outcome);
    void refuse(const Actor &actor, const Sale &sale, const QString &why);

    static std::optional<Move> moveForAnswer(const RefundResult &result);
    static Move moveForResolution(const RefundResult &result);
    LedgerValue<Refund> moveRefund(const QUuid &refundId, const Move &move);
    void audit(const QString &actor, const QString &action, const QString &subject, const QString &detail);
    AuditEntry auditEntry(const QString &actor, const QString &action, const QString &subject,
                          const QString &detail) const;

    void onSyncAnswer(const Refund &refund, const RefundResult &result, bool resolving, Reply<SyncStep> done);

    Ledger &m_ledger;
    RefundClaims &m_claims;
    UserDirectory *m_users;
    Settings m_settings;
    Clock m_clock;
    std::map<GatewayId, Gateway *> m_gateways;
    QHash<QUuid, QDateTime> m_lastEnquiry; // PayNet: when its refund enquiry was last called
    // Inside applyWebhookEvents(): the changes to announce once the ledger has committed them.
    std::optional<QList<QUuid>> m_heldChanges;
};

} // namespace RefundDesk
