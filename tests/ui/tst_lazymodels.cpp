#include "AuditTableModel.h"
#include "DeskFixture.h"
#include "RefundsTableModel.h"
#include "engine/AuditKey.h"
#include "ledger/SqliteLedger.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace RefundDesk;

// The back office's tables load the ledger a page at a time, as the view scrolls, on the
// ledger worker's thread.
class TestLazyModels : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;
    std::unique_ptr<SqliteLedger> m_ledger; // a connection of the test's own, to fill the ledger
    static constexpr int kRefunds = 250;
    static constexpr int kAuditRows = 450;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
        const RefundDeskConfig &config = m_fixture.session().config();
        LedgerResult result;
        m_ledger = SqliteLedger::open(config.ledger.url.mid(7), &result);
        QVERIFY2(m_ledger, qPrintable(result.message()));
        const AuditKey::Loaded key = AuditKey::load(config);
        QVERIFY2(key.ok, qPrintable(key.message));
        m_ledger->setAuditKey(key.key);
        // Refunds journaled within one millisecond would tie on created_at, and the order
        // among ties is the refund id's; a clock one millisecond apart per reading gives the
        // "newest first" checks below one known order.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_ledger->setClock([start, tick = qint64(0)]() mutable { return start.addMSecs(++tick); });

        Sale sale;
        sale.gateway = GatewayId::SecPaid;
        sale.transactionId = QStringLiteral("990001");
        sale.amount = Money(1000000, *Currency::fromCode(u"EUR"));
        sale.gatewayStatus = QStringLiteral("Success");
        sale.gatewaySaysRefundable = true;
        sale.paidAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_ledger->upsertSale(sale).ok());
        for (int i = 0; i < kRefunds; ++i) {
            Refund refund;
            refund.saleLedgerId = sale.ledgerId;
            refund.amount = Money(100 + i, sale.amount.currency());
            refund.storeId = QStringLiteral("DEMO-1");
            refund.registerId = QStringLiteral("R9");
            refund.employee = QStringLiteral("bulk");
            const LedgerResult journaled =
                m_ledger->journalRefundIntent(refund, LedgerChange {QStringLiteral("test"), QString(), std::nullopt});
            QVERIFY2(journaled.ok(), qPrintable(journaled.message()));
        }
        for (int i = 0; i < kAuditRows; ++i) {
            AuditEntry entry;
            entry.actor = QStringLiteral("test");
            entry.action = QStringLiteral("test.row");
            entry.subject = QString::number(i);
            QVERIFY(m_ledger->appendAudit(entry).ok());
        }
    }

    void refundsArriveAPageAtATime()
    {
        RefundsTableModel model(m_fixture.session());
        RefundFilter filter;
        filter.employee = QStringLiteral("bulk");
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.totalCount(), qint64(kRefunds));
        QCOMPARE(model.rowCount(), RefundsTableModel::kPageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        // Newest first: the last one journaled (EUR 3.49) is on top.
        QCOMPARE(model.refundAt(0).amount.minorUnits(), qint64(100 + kRefunds - 1));

        model.fetchMore(QModelIndex());
        QVERIFY(!model.canFetchMore(QModelIndex())); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * RefundsTableModel::kPageSize);
        model.fetchMore(QModelIndex());
        QTRY_COMPARE(model.rowCount(), kRefunds);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.refundAt(kRefunds - 1).amount.minorUnits(), qint64(100));
        QSet<QUuid> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.refundAt(row).refundId);
        QCOMPARE(ids.size(), kRefunds);
    }

    void scrollingToTheEndLoadsTheRest()
    {
        RefundsTableModel model(m_fixture.session());
        RefundFilter filter;
        filter.employee = QStringLiteral("bulk");
        model.setFilter(filter);
        QTableView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(model.rowCount(), RefundsTableModel::kPageSize);
        for (int i = 0; i < 10 && model.rowCount() < kRefunds; ++i) {
            view.scrollToBottom();
            QTest::qWait(100);
        }
        QTRY_COMPARE(model.rowCount(), kRefunds);
    }

    void auditRowsArriveAPageAtATime()
    {
        AuditTableModel model(m_fixture.session());
        model.reload();
        QTRY_VERIFY(model.totalCount() >= kAuditRows);
        QTRY_COMPARE(model.rowCount(), AuditTableModel::kPageSize);
        QCOMPARE(model.entryAt(0).seq, qint64(1));
        model.fetchMore(QModelIndex());
        QTRY_COMPARE(model.rowCount(), 2 * AuditTableModel::kPageSize);
        QCOMPARE(model.entryAt(AuditTableModel::kPageSize).seq, qint64(AuditTableModel::kPageSize + 1));

        // Rows appended later become fetchable after refresh().
        const qint64 before = model.totalCount();
        AuditEntry entry;
        entry.actor = QStringLiteral("test");
        entry.action = QStringLiteral("test.late");
        QVERIFY(m_ledger->appendAudit(entry).ok());
        model.refresh();
        QTRY_COMPARE(model.totalCount(), before + 1);
    }

    // What one page costs the ledger worker (documented in docs/desktop.md).
    void aPageIsAFewMilliseconds()
    {
        RefundFilter filter;
        filter.employee = QStringLiteral("bulk");
        filter.limit = RefundsTableModel::kPageSize;
        filter.offset = RefundsTableModel::kPageSize;
        QElapsedTimer clock;
        clock.start();
        const auto page = m_ledger->listRefunds(filter);
        const auto count = m_ledger->countRefunds(filter);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(page.ok() && count.ok());
        QCOMPARE(page.value().size(), RefundsTableModel::kPageSize);
        qInfo("a page of %d refunds and the count: %lld ms", RefundsTableModel::kPageSize, elapsed);
        QVERIFY2(elapsed < 100, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void cleanupTestCase() { m_ledger.reset(); }
};

QTEST_MAIN(TestLazyModels)
#include "tst_lazymodels.moc"
