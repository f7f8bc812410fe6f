#pragma once

#include "Ledger.h"
#include "LedgerRow.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace RefundDesk {

// The ledger over one Qt Sql connection, in SQL that SQLite and PostgreSQL both run
// (? placeholders, RETURNING, LIMIT/OFFSET, ISO 8601 text times). A subclass opens and
// migrates the connection; it says how concurrent writers are kept apart (lock()), how
// other programs learn of a refund change (announceRefundChange()) and which failures
// are worth running a transaction again for (isTransient()).
class SqlLedger : public Ledger
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SqlLedger)

public:
    ~SqlLedger() override;

    int schemaVersion() const final { return m_schemaVersion; }

    LedgerResult upsertSale(Sale &sale) final;
    LedgerValue<Sale> findSale(const SaleRef &ref) final;
    LedgerValue<Sale> saleById(qint64 saleLedgerId) final;

    using Ledger::journalRefundIntent;
    LedgerResult journalRefundIntent(Refund &refund, const LedgerChange &change, int refundsPerSale) final;
    LedgerValue<Refund> transitionRefund(const QUuid &refundId, RefundStatus to, const RefundUpdate &update,
                                         const LedgerChange &change, TransitionBy by) final;
    LedgerValue<Refund> refund(const QUuid &refundId) final;
    LedgerValue<Refund> findRefundByGatewayRefundId(GatewayId gateway, const QString &gatewayRefundId) final;
    LedgerValue<QList<Refund>> refundsForSale(qint64 saleLedgerId) final;
    LedgerValue<QList<Refund>> listRefunds(const RefundFilter &filter) final;
    LedgerValue<qint64> countRefunds(const RefundFilter &filter) final;
    LedgerValue<Money> reservedAmount(qint64 saleLedgerId) final;
    LedgerValue<Money> refundedByEmployeeSince(const QString &employee, const QDateTime &since,
                                               const Currency &currency) final;
    LedgerValue<QList<RefundEvent>> eventsForRefund(const QUuid &refundId) final;

    LedgerResult writeTogether(const std::function<void()> &body) final;

    using Ledger::appendAudit;
    LedgerValue<AuditEntry> appendAudit(const AuditEntry &entry, Durability durability) final;
    LedgerValue<AuditCheck> verifyAuditChain() final;
    LedgerValue<QList<AuditEntry>> auditEntries(qint64 offset, int limit) final;
    LedgerValue<qint64> auditCount() final;

protected:
    // Takes over the open, migrated Qt Sql connection named connectionName and removes it
    // when destroyed. location names the store in messages (never with a password).
    SqlLedger(QString location, QString connectionName, int schemaVersion, Migrations::Dialect dialect);

    const QString &location() const { return m_location; }

    // What a write transaction locks before it reads what it decides on; key is the sale's
    // ledger id or the refund id (text). Locks are taken in this order and held to the end
    // of the transaction: a sale or a refund first, then the audit chain.
    enum class Lock { Sale, Refund, AuditChain };
    // Does nothing by default: a beginWrite that locks the whole store is enough.
    virtual LedgerResult lock(Lock what, const QVariant &key, const QString &doing);
    // Runs inside the transaction that creates or changes a refund, so that other programs
    // hear of it when (and only if) it commits. Does nothing by default.
    virtual LedgerResult announceRefundChange(const QUuid &refundId, const QString &doing);
    // A failure after which the whole transaction may run again from its start (it was
    // rolled back as a whole, e.g. a deadlock). None by default.
    virtual bool isTransient(const QSqlError &error) const;
    // A database failure as people read it.
    virtual LedgerResult describe(const QSqlError &error, const QString &doing) const;
    // A failure while doing something, described (describe()) and remembered for the retry
    // of a write transaction (isTransient()).
    LedgerResult failure(const QSqlError &error, const QString &doing);

    // The reads behind findSale() and refund() (also inside write transactions), the hottest
    // ones: the statement, whose rows hold every column saleFromRow() or refundFromRow() reads,
    // newest sale first, and the texts bound to its placeholders in order.
    struct Lookup
    {
        const QString &sql;
        QStringList values;
    };
    static Lookup saleLookup(const SaleRef &ref);
    static Lookup refundLookup(const QUuid &refundId);
    // What a failed read of them was doing, in a failure's message.
    static QString readingSales();
    static QString readingRefunds();
    // Runs a lookup and maps its first row, the only one read; none when it found nothing.
    // Through Qt Sql's kept statements here; a subclass may run the same statement a quicker
    // way, to the same effect.
    virtual LedgerValue<std::optional<Sale>> lookupSale(const SaleRef &ref);
    virtual LedgerValue<std::optional<Refund>> lookupRefund(const QUuid &refundId);
    // How a row of those columns becomes a Sale or a Refund, for every read of them: a row
    // this program cannot read (unknown gateway, currency or status) is a Database error.
    LedgerValue<Sale> saleFromRow(const LedgerRow &row) const;
    LedgerValue<Refund> refundFromRow(const LedgerRow &row) const;

    // One use of a statement of this connection (see run()); use it like a QSqlQuery
    // pointer. When it goes, the statement is finished: its cursor, and on SQLite its read
    // snapshot, are released, so nothing stays open between calls.
    class Query
    {
    public:
        Query() = default;
        ~Query();
        Query(const Query &) = delete;
        Query &operator=(const Query &) = delete;

        QSqlQuery *operator->() const { return m_query; }
        QSqlQuery &operator*() const { return *m_query; }

    private:
        friend class SqlLedger;
        void release();

        QSqlQuery *m_query = nullptr;
        bool *m_busy = nullptr; // the kept statement's flag, while this use holds it
        std::unique_ptr<QSqlQuery> m_own; // when the kept statement was busy
    };

    // Runs sql with values bound in order; a failure becomes a Database error that says what
    // was being done. The statement is prepared on the first run of that SQL and kept for the
    // next ones: preparing it again cost more than the indexed reads themselves (SQLite parses
    // and plans it every time; Qt's PostgreSQL driver sends PREPARE and DEALLOCATE around
    // every execution).
    LedgerResult run(Query &query, const QString &sql, const QVariantList &values, const QString &doing);
    // Executes a statement that takes no values without preparing it, for what a driver
    // cannot prepare (PostgreSQL's LOCK TABLE).
    LedgerResult execute(const QString &statement, const QString &doing);
    QSqlDatabase &database() { return m_db; }

private:
    // Runs body in a write transaction and commits when it succeeds. After a transient
    // failure, body runs again in a new transaction, a bounded number of times.
    template<typename Result>
    Result inWriteTransaction(const QString &doing, const std::function<Result()> &body);
    // Runs a statement that takes no values and returns no rows (a savepoint, a setting):
    // kept prepared where the dialect can (preparesControlStatements), executed otherwise.
    LedgerResult control(const QString &statement, const QString &doing);

    // Every row of a statement, mapped by fromRow; for selectSales() and selectRefunds().
    template<typename T>
    LedgerValue<QList<T>> allRowsOf(const QString &sql, const QVariantList &values,
                                    LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                    const QString &doing);
    // lookupSale() and lookupRefund() through run().
    template<typename T>
    LedgerValue<std::optional<T>> firstRowOf(const Lookup &lookup,
                                             LedgerValue<T> (SqlLedger::*fromRow)(const LedgerRow &) const,
                                             const QString &doing);
    // The sales of a statement that selects the sale columns (salesSql() in SqlLedger.cpp).
    LedgerValue<QList<Sale>> selectSales(const QString &sql, const QVariantList &values);
    LedgerResult updateSale(Sale &stored, const Sale &old, const QDateTime &at, const QString &doing);
    // The refunds of a statement that selects the refund columns (refundsSql() in SqlLedger.cpp).
    LedgerValue<QList<Refund>> selectRefunds(const QString &sql, const QVariantList &values);
    LedgerValue<Refund> selectRefund(const QUuid &refundId);
    struct SaleRefundTotals
    {
        Money reserved; // what the sale's refunds hold back (reservesAmount)
        int gatewaySlotsUsed = 0; // how many used one of the gateway's refunds (usesGatewayRefundSlot)
    };
    // Both, in one read of the sale's refunds.
    LedgerValue<SaleRefundTotals> refundTotals(qint64 saleLedgerId, const Currency &currency);
    LedgerResult insertEvent(const QUuid &refundId, RefundStatus from, RefundStatus to, const LedgerChange &change,
                             const QDateTime &at);
    // Appends inside the caller's transaction.
    LedgerValue<AuditEntry> appendAuditRow(const AuditEntry &entry);

    struct Statement
    {
        std::unique_ptr<QSqlQuery> query; // prepared
        bool busy = false; // a Query is using it
    };

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion;
    Migrations::Dialect m_dialect;
    // Whether the last database failure was transient (isTransient()).
    bool m_transientFailure = false;
    // Inside writeTogether(): each write transaction is a savepoint of the open one.
    bool m_writingTogether = false;
    // Prepared statements by their SQL, for run(). A map: a kept statement never moves.
    std::map<QString, Statement> m_statements;
};

} // namespace RefundDesk
