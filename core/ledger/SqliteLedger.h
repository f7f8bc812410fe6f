#pragma once

#include "Ledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace RefundDesk {

// The ledger in one SQLite file, through Qt Sql's QSQLITE driver: WAL journal, foreign
// keys on, synchronous FULL (a journaled refund intent survives a power cut), and a 5 s
// busy timeout so writers from other threads or processes queue instead of failing.
class SqliteLedger final : public Ledger
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SqliteLedger)

public:
    // Opens the ledger at path, creating it when the file is missing or empty, and applies
    // the migrations. A file that is not SQLite, holds another program's tables, or was
    // written by a newer RefundDesk is refused (NotALedger, NewerSchema) without a single
    // byte of it being written: it is only read, and only through a read-only connection,
    // before anything else happens. On failure returns null and says why in *result.
    static std::unique_ptr<SqliteLedger> open(const QString &path, LedgerResult *result);
    ~SqliteLedger() override;

    QString path() const { return m_path; }

    int schemaVersion() const override { return m_schemaVersion; }

    LedgerResult upsertSale(Sale &sale) override;
    LedgerValue<Sale> findSale(const SaleRef &ref) override;
    LedgerValue<Sale> saleById(qint64 saleLedgerId) override;

    LedgerResult journalRefundIntent(Refund &refund, const LedgerChange &change) override;
    LedgerValue<Refund> transitionRefund(const QUuid &refundId, RefundStatus to, const RefundUpdate &update,
                                         const LedgerChange &change, TransitionBy by) override;
    LedgerValue<Refund> refund(const QUuid &refundId) override;
    LedgerValue<Refund> findRefundByGatewayRefundId(GatewayId gateway, const QString &gatewayRefundId) override;
    LedgerValue<QList<Refund>> refundsForSale(qint64 saleLedgerId) override;
    LedgerValue<QList<Refund>> listRefunds(const RefundFilter &filter) override;
    LedgerValue<qint64> countRefunds(const RefundFilter &filter) override;
    LedgerValue<Money> reservedAmount(qint64 saleLedgerId) override;
    LedgerValue<QList<RefundEvent>> eventsForRefund(const QUuid &refundId) override;

    LedgerValue<AuditEntry> appendAudit(const AuditEntry &entry) override;
    LedgerValue<AuditCheck> verifyAuditChain() override;
    LedgerValue<QList<AuditEntry>> auditEntries(qint64 offset, int limit) override;
    LedgerValue<qint64> auditCount() override;

private:
    SqliteLedger(QString path, QString connectionName, int schemaVersion);

    // Prepares sql, binds values in order and executes; a failure becomes a Database
    // error that says what was being done.
    LedgerResult run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing);
    LedgerResult failure(const QSqlError &error, const QString &doing) const;

    LedgerValue<QList<Sale>> selectSales(const QString &where, const QVariantList &values);
    LedgerValue<QList<Refund>> selectRefunds(const QString &whereAndOrder, const QVariantList &values);
    LedgerValue<Refund> selectRefund(const QUuid &refundId);
    LedgerValue<Money> sumReserved(qint64 saleLedgerId, const Currency &currency);
    LedgerResult insertEvent(const QUuid &refundId, RefundStatus from, RefundStatus to, const LedgerChange &change,
                             const QDateTime &at);
    // Appends inside the caller's transaction.
    LedgerValue<AuditEntry> appendAuditRow(const AuditEntry &entry);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion;
};

} // namespace RefundDesk
