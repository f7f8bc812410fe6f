#pragma once

#include "ledger/Ledger.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <optional>

namespace RefundDesk {

// What every Ledger implementation must do, as one Qt Test class. A runner per kind of
// storage (tst_sqliteledger, later PostgreSQL) derives from it, supplies a fresh store for
// each test function and opens connections to it, and may add tests of its own.
class LedgerTestSuite : public QObject
{
    Q_OBJECT

protected:
    // Before each test function (and data row): a new, empty store.
    virtual void createStore() = 0;
    // After each one; every ledger opened by the test is closed by then.
    virtual void destroyStore() = 0;
    // Opens one more connection to the current store. Called from worker threads too:
    // the ledger belongs to the thread that opened it.
    virtual std::unique_ptr<Ledger> openLedger(LedgerResult *result) = 0;
    // Adds and opens a plain Qt Sql connection to the current store under connectionName,
    // past the Ledger (to look at rows, or to tamper with them as an intruder would).
    virtual QSqlDatabase addRawConnection(const QString &connectionName) = 0;

    // Runs one statement through a fresh raw connection; the rows it returned, or nullopt
    // (with a warning) when it failed.
    std::optional<QList<QVariantList>> rawQuery(const QString &sql, const QVariantList &values = {});
    // A ledger on the test clock (m_now) with the test audit key; null on failure, with
    // the reason in m_openError.
    std::unique_ptr<Ledger> openTestLedger();
    // Stores a refundable EUR sale at the given gateway; its ledger id, or 0 on failure.
    qint64 addSale(Ledger &ledger, GatewayId gateway, const QString &transactionId, qint64 minorUnits,
                   const QString &reference = QString());

    QDateTime m_now;
    QString m_openError;

private Q_SLOTS:
    void init();
    void cleanup();

    void freshStoreIsMigrated();
    void reopenKeepsDataAndDoesNotMigrateAgain();

    void saleLookup_data();
    void saleLookup();
    void saleRoundTripAndUpdate();
    void saleWithAnotherAmountIsAConflict();

    void intentReservesUntilRejectedOrFailed_data();
    void intentReservesUntilRejectedOrFailed();
    void intentHonoursTheGatewaysRefundsPerSale_data();
    void intentHonoursTheGatewaysRefundsPerSale();
    void intentRefusalSaysWhatIsLeft();
    void intentRefusesBadRequests_data();
    void intentRefusesBadRequests();
    void intentIsStoredAsSubmittingWithFirstEvent();
    void concurrentIntentsCannotBothPass();

    void transitions_data();
    void transitions();
    void sameStatusUpdatesGatewayData();
    void closingReviewNeedsANote();
    void eventsAreRecordedInOrder();

    void listAndCount_data();
    void listAndCount();
    void refundsInStatusAndForSale();
    void readsSeeWhatOtherConnectionsCommitted();
    void unreadableRowsAreDatabaseErrors();
    void refundedByEmployeeSinceCountsWhatHoldsMoney();
    void writesTogetherCommitOnceAndFailAlone();

    void auditChainAppendsAndVerifies();
    void auditTamperingNamesTheRow_data();
    void auditTamperingNamesTheRow();
    void auditRowsGoWithTheirRefundChange();
    void auditRowsSyncedLaterAreStillChained();
    void auditNeedsTheKey();
    void concurrentAuditAppendsKeepOneChain();

private:
    // Refunds made by addListFixture(), by name.
    QHash<QString, QUuid> addListFixture(Ledger &ledger);

    int m_rawConnections = 0;
};

} // namespace RefundDesk
