#pragma once

#include "AuditChain.h"
#include "AuditEntry.h"
#include "LedgerResult.h"
#include "LedgerValue.h"
#include "domain/GatewayId.h"
#include "domain/Refund.h"
#include "domain/RefundStatus.h"
#include "domain/Sale.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace RefundDesk {

// Which refunds listRefunds() and countRefunds() look at. Empty or invalid fields do not filter.
struct RefundFilter
{
    QDateTime from; // created at or after
    QDateTime to; // created before
    QList<RefundStatus> statuses;
    std::optional<GatewayId> gateway;
    QString storeId;
    QString registerId;
    QString employee;
    int limit = 0; // 0: all
    int offset = 0;
    bool newestFirst = true;
};

// Gateway data that arrives with (or without) a status change. Unset fields stay as they are.
struct RefundUpdate
{
    std::optional<QString> gatewayRefundId; // once stored, it never changes
    std::optional<QString> message;
};

// Where a change came from, recorded in the refund's event; and, when audit is set, the
// audit row appended in the same transaction, so the journal and the audit chain never
// disagree about whether it happened.
struct LedgerChange
{
    QString source; // "engine", "webhook", "sync", "review", ...
    QString detail;
    std::optional<AuditEntry> audit;
};

// Who moves a refund's status: a gateway event (webhook, poll, answer) may only move it
// forward and never out of needs_review; a person may also close needs_review (with a note).
enum class TransitionBy { Event, Person };

// The refund ledger: original payments, refunds with their events, and the audit chain.
// Every call is synchronous and works on its own connection: use one Ledger from one
// thread (the thread that opened it), off the UI thread when it may wait on the disk.
// Several Ledger objects (threads, processes) may share one store; writes serialize.
class Ledger
{
public:
    using Clock = std::function<QDateTime()>;

    Ledger() = default;
    virtual ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // The schema version of the open store (after migration: latestSchemaVersion()).
    virtual int schemaVersion() const = 0;
    static int latestSchemaVersion();

    // The times written into rows; the UTC wall clock unless a test sets another.
    void setClock(Clock clock);
    // The per-installation secret that keys the audit chain. Without it, appending to or
    // verifying the chain fails with NoAuditKey.
    void setAuditKey(const QByteArray &key);

    // Sales, unique by gateway and transaction id. Inserts, or updates what the gateway
    // said (status, refundability, lookup time, and any non-empty descriptive field),
    // and sets sale.ledgerId. An amount or currency different from the stored one is a
    // Conflict and changes nothing.
    virtual LedgerResult upsertSale(Sale &sale) = 0;
    // By reference, the most recently stored sale with it. NotFound when there is none.
    virtual LedgerValue<Sale> findSale(const SaleRef &ref) = 0;
    virtual LedgerValue<Sale> saleById(qint64 saleLedgerId) = 0;

    // The exactly-once journal (DESIGN.md step 3). In one transaction that holds the write
    // lock: re-reads the sale, adds up the refunds of that sale that reserve their amount,
    // refuses with RemainderExceeded when refund.amount is more than the rest, otherwise
    // stores the refund as submitting with its first event (draft -> submitting).
    // Reads from refund: refundId (a new UUID v4 when null), saleLedgerId, amount (the
    // sale's currency, more than zero), fullRefund, reason, storeId, registerId, employee,
    // approvedBy. On success refund is the stored record (gateway, transactionId, status,
    // times filled in); on failure it is left as it was.
    // refundsPerSale is the gateway's limit of refunds per payment (0: none): when the sale
    // already has that many refunds that used a slot (usesGatewayRefundSlot), the intent is
    // refused with RefundLimitReached. Checked under the same lock as the remainder, so two
    // registers cannot both take SecPaid's one refund, whatever their clocks say.
    virtual LedgerResult journalRefundIntent(Refund &refund, const LedgerChange &change, int refundsPerSale) = 0;
    LedgerResult journalRefundIntent(Refund &refund, const LedgerChange &change)
    {
        return journalRefundIntent(refund, change, 0);
    }
    // Moves a refund to `to` and applies update, appending one event, in one transaction.
    // StatusRegression, and nothing changes, unless canMoveByEvent(from, to), or
    // canMoveByPerson(from, to) when by is Person; closing needs_review needs a note in
    // change.detail (Invalid otherwise). to equal to the current status is not a move: it
    // applies update, and appends an event (from == to) only when a field really changed,
    // so a repeated webhook changes nothing. Returns the refund as stored afterwards.
    virtual LedgerValue<Refund> transitionRefund(const QUuid &refundId, RefundStatus to, const RefundUpdate &update,
                                                 const LedgerChange &change, TransitionBy by = TransitionBy::Event) = 0;

    virtual LedgerValue<Refund> refund(const QUuid &refundId) = 0;
    virtual LedgerValue<Refund> findRefundByGatewayRefundId(GatewayId gateway, const QString &gatewayRefundId) = 0;
    // Oldest first.
    virtual LedgerValue<QList<Refund>> refundsForSale(qint64 saleLedgerId) = 0;
    // Oldest first; what start-up sync asks for (submitting, pending). No statuses, no refunds.
    LedgerValue<QList<Refund>> refundsInStatus(const QList<RefundStatus> &statuses);
    // Ordered by creation time (then refund id), newest first unless the filter says otherwise.
    virtual LedgerValue<QList<Refund>> listRefunds(const RefundFilter &filter) = 0;
    // How many refunds match, ignoring limit and offset.
    virtual LedgerValue<qint64> countRefunds(const RefundFilter &filter) = 0;
    // The sum of the sale's refunds that reserve their amount (reservesAmount()).
    virtual LedgerValue<Money> reservedAmount(qint64 saleLedgerId) = 0;
    // What employee refunded in currency from since on: the sum of the refunds they made
    // then or later that hold money (reservesAmount(); drafts not counted). For the daily
    // refund limits, asked before every refund.
    virtual LedgerValue<Money> refundedByEmployeeSince(const QString &employee, const QDateTime &since,
                                                       const Currency &currency) = 0;
    // Oldest first.
    virtual LedgerValue<QList<RefundEvent>> eventsForRefund(const QUuid &refundId) = 0;

    // Group commit: the writes that body makes through this ledger share one transaction
    // and one durable commit, instead of one each. Each of them still succeeds or fails on
    // its own (a savepoint each: one that fails leaves nothing of itself and the others
    // stand), but none is stored until the whole commits: when the result is not ok,
    // nothing that body wrote is in the ledger, whatever the single writes returned.
    // Writes inside are not run again after a transient failure; they fail. Not nested.
    virtual LedgerResult writeTogether(const std::function<void()> &body) = 0;

    // How soon an appended audit row must be on the disk.
    enum class Durability {
        Now, // synced before appendAudit() returns
        // Committed (every reader sees it, and a crash of the program keeps it), but on the disk
        // only with the ledger's next synced commit, which follows at once when a refund moves:
        // a power cut before that may take it, with the rows after it (the chain stays intact).
        // For the record of each HTTP exchange with a gateway, where waiting for the disk
        // twice per exchange cost more than the refund itself; never for a refund's own rows.
        WithNextSync,
    };
    // Appends one row to the audit chain in its own transaction and returns it as stored.
    // Rows that belong to a refund change go through LedgerChange::audit instead. Inside
    // writeTogether() the row is synced with the rest, whatever durability says.
    virtual LedgerValue<AuditEntry> appendAudit(const AuditEntry &entry, Durability durability) = 0;
    LedgerValue<AuditEntry> appendAudit(const AuditEntry &entry) { return appendAudit(entry, Durability::Now); }
    // Checks every row in order; the answer names the first row that does not match.
    virtual LedgerValue<AuditCheck> verifyAuditChain() = 0;
    // Rows in seq order, from the offset-th (0-based).
    virtual LedgerValue<QList<AuditEntry>> auditEntries(qint64 offset, int limit) = 0;
    virtual LedgerValue<qint64> auditCount() = 0;

protected:
    // Now, UTC, from the clock.
    QDateTime now() const;
    const QByteArray &auditKey() const { return m_auditKey; }

private:
    Clock m_clock;
    QByteArray m_auditKey;
};

} // namespace RefundDesk
