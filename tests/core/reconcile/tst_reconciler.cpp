#include "TemporaryPostgres.h"
#include "ledger/LedgerFactory.h"
#include "reconcile/ReconcileCsv.h"
#include "reconcile/Reconciler.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RefundDesk;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgres");

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODateWithMs);
}

LedgerChange change(const QString &source)
{
    return LedgerChange {source, QString(), std::nullopt};
}

QStringList summary(const ReconcileResult &result)
{
    QStringList lines;
    for (const ReconcileEntry &entry : result.entries) {
        QString line = QStringLiteral("%1 %2").arg(reconcileCategoryKey(entry.category)).arg(entry.line);
        if (entry.firstLine > 0)
            line += QStringLiteral(" first=%1").arg(entry.firstLine);
        if (entry.refund)
            line += u' ' + entry.refund->transactionId + u'/' + entry.refund->amount.toDecimalString();
        if (entry.resolution)
            line += QStringLiteral(" resolves=") + refundStatusKey(*entry.resolution);
        lines << line;
    }
    return lines;
}

QStringList dailyLines(const ReconcileResult &result)
{
    QStringList lines;
    for (const DailyTotal &total : result.daily) {
        lines << QStringLiteral("%1 %2 %3 ledger %4/%5 report %6/%7")
                     .arg(total.day.toString(Qt::ISODate), gatewayKey(total.gateway), total.currency.code())
                     .arg(total.ledgerCount)
                     .arg(total.ledgerTotal().toDecimalString())
                     .arg(total.reportCount)
                     .arg(total.reportTotal().toDecimalString());
    }
    return lines;
}

} // namespace

// Reconciler against a real ledger, on SQLite and on a PostgreSQL server of the test's own:
// each category, the report's days, the daily totals, reviews only for what the report settles,
// and the CSV export.
class TestReconciler : public QObject
{
    Q_OBJECT

private:
    TemporaryPostgres m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
    QDateTime m_now;

    std::unique_ptr<Ledger> openLedger(const QString &backend)
    {
        QString url;
        if (backend == kSqlite) {
            m_dir = std::make_unique<QTemporaryDir>();
            url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("ledger.sqlite"));
        } else {
            const QString database = QStringLiteral("reconcile_%1").arg(++m_databases);
            if (!m_postgres.createDatabase(database)) {
                qWarning("%s", qPrintable(m_postgres.errorString()));
                return nullptr;
            }
            url = m_postgres.url(database);
        }
        LedgerResult result;
        auto ledger = LedgerFactory::openLedger(url, &result);
        if (!ledger) {
            qWarning("%s", qPrintable(result.message()));
            return nullptr;
        }
        ledger->setClock([this] { return m_now; });
        return ledger;
    }

    static qint64 addSale(Ledger &ledger, GatewayId gateway, const QString &transactionId, const Money &amount)
    {
        Sale sale;
        sale.gateway = gateway;
        sale.transactionId = transactionId;
        sale.amount = amount;
        sale.method = QStringLiteral("VISA");
        sale.gatewayStatus = QStringLiteral("success");
        sale.gatewaySaysRefundable = true;
        sale.paidAt = utc("2025-02-01T08:00:00.000Z");
        const LedgerResult result = ledger.upsertSale(sale);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message()));
        return sale.ledgerId;
    }

    // A refund of the sale at the test's time, moved to status with the gateway's id (if any).
    Refund addRefund(Ledger &ledger, qint64 saleId, const Money &amount, RefundStatus status,
                     const QString &gatewayRefundId, const QString &refundId = QString())
    {
        Refund refund;
        refund.refundId = QUuid(refundId);
        refund.saleLedgerId = saleId;
        refund.amount = amount;
        refund.employee = QStringLiteral("clerk");
        const LedgerResult journaled = ledger.journalRefundIntent(refund, change(QStringLiteral("engine")));
        if (!journaled.ok()) {
            qWarning("%s", qPrintable(journaled.message()));
            return refund;
        }
        RefundUpdate update;
        if (!gatewayRefundId.isEmpty())
            update.gatewayRefundId = gatewayRefundId;
        const auto moved = ledger.transitionRefund(refund.refundId, status, update, change(QStringLiteral("engine")));
        if (!moved.ok()) {
            qWarning("%s", qPrintable(moved.message()));
            return refund;
        }
        return moved.value();
    }

    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << kSqlite;
        QTest::newRow("postgresql") << kPostgres;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void init() { m_now = utc("2025-03-01T10:00:00.000Z"); }

    void everyCategory_data() { addBackends(); }
    void everyCategory()
    {
        QFETCH(QString, backend);
        auto ledger = openLedger(backend);
        QVERIFY(ledger);
        const Currency usd = *Currency::fromCode(u"USD");
        const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-100"), Money(100000, usd));
        QVERIFY(saleId > 0);
        const Refund byGatewayId =
            addRefund(*ledger, saleId, Money(1000, usd), RefundStatus::Succeeded, QStringLiteral("3001"));
        const Refund byOurId = addRefund(*ledger, saleId, Money(2000, usd), RefundStatus::Pending, QString());
        const Refund mismatch =
            addRefund(*ledger, saleId, Money(500, usd), RefundStatus::Succeeded, QStringLiteral("3003"));
        const Refund missing =
            addRefund(*ledger, saleId, Money(700, usd), RefundStatus::Succeeded, QStringLiteral("3004"));
        addRefund(*ledger, saleId, Money(300, usd), RefundStatus::Rejected, QString()); // declined at once
        const Refund review = addRefund(*ledger, saleId, Money(800, usd), RefundStatus::NeedsReview, QString());
        const Refund reviewMismatch =
            addRefund(*ledger, saleId, Money(850, usd), RefundStatus::NeedsReview, QStringLiteral("3008"));
        m_now = utc("2025-02-28T23:59:59.000Z");
        addRefund(*ledger, saleId, Money(400, usd), RefundStatus::Succeeded, QStringLiteral("3009")); // day before
        m_now = utc("2025-03-02T00:00:00.000Z");
        addRefund(*ledger, saleId, Money(450, usd), RefundStatus::Succeeded, QStringLiteral("3010")); // day after
        const auto id = [](const Refund &refund) {
            return refund.refundId.toString(QUuid::WithoutBraces);
        };

        const QByteArray csv =
            QStringLiteral("refundTransactionNo,refundReference,transactionNo,refundAmount,currency,status,time\r\n"
                           "3001,%1,P-100,10.00,USD,success,20250301100000\r\n" // 2 matched by gateway id
                           "3002,%2,P-100,20.00,USD,success,20250301100001\r\n" // 3 matched by our id
                           "3003,%3,P-100,5.50,USD,success,20250301100002\r\n" // 4 amount mismatch
                           "3999,elsewhere-1,P-100,1.00,USD,success,20250301100003\r\n" // 5 not ours
                           "3001,%1,P-100,10.00,USD,success,20250301100000\r\n" // 6 duplicate of 2
                           "3005,%1,P-100,10.00,USD,success,20250301100004\r\n" // 7 our id again
                           "3006,,P-100,12.345,USD,success,20250301100005\r\n" // 8 malformed
                           "3007,%4,P-100,8.00,USD,success,20250301100006\r\n" // 9 settles the review
                           "3008,%5,P-100,9.00,USD,success,20250301100007\r\n") // 10 mismatch, no review
                .arg(id(byGatewayId), id(byOurId), id(mismatch), id(review), id(reviewMismatch))
                .toUtf8();
        const GatewayReport report = GatewayReport::parse(GatewayId::Pockyt, csv, QStringLiteral("pockyt-0301.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QList<int> progress;
        const ReconcileResult result = Reconciler::reconcile(*ledger, report, [&progress](int done, int total) {
            progress << done * 100 + total;
            return true;
        });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(progress, QList<int>({8, 108, 208, 308, 408, 508, 608, 708, 808}));
        QCOMPARE(result.firstDay, QDate(2025, 3, 1));
        QCOMPARE(result.lastDay, QDate(2025, 3, 1));
        QCOMPARE(summary(result),
                 QStringList({
                     QStringLiteral("matched 2 P-100/10.00"),
                     QStringLiteral("matched 3 P-100/20.00"),
                     QStringLiteral("amount_mismatch 4 P-100/5.00"),
                     QStringLiteral("missing_in_ledger 5"),
                     QStringLiteral("duplicate 6 first=2"),
                     QStringLiteral("duplicate 7 first=2"),
                     QStringLiteral("malformed 8"),
                     QStringLiteral("matched 9 P-100/8.00 resolves=succeeded"),
                     QStringLiteral("amount_mismatch 10 P-100/8.50"),
                     QStringLiteral("missing_at_gateway 0 P-100/7.00"),
                 }));
        QCOMPARE(result.entries.at(2).message, QStringLiteral("The report says USD 5.50, the ledger USD 5.00."));
        QCOMPARE(result.entries.at(6).message,
                 QStringLiteral("Line 8 cannot be read: refundAmount \"12.345\": USD has 2 decimal places; "
                                "\"12.345\" has more."));
        QCOMPARE(result.entries.at(9).refund->refundId, missing.refundId);
        QCOMPARE(result.count(ReconcileCategory::Matched), 3);
        QCOMPARE(result.count(ReconcileCategory::Duplicate), 2);
        QCOMPARE(result.resolvableCount(), 1);
        QVERIFY(!result.agrees());
        // Ledger: 10 + 20 (pending) + 5 + 7 + 8 + 8.50 (needs review); the rejected one is not refunded.
        // Report: the rows that are not duplicates or malformed.
        QCOMPARE(dailyLines(result),
                 QStringList({QStringLiteral("2025-03-01 pockyt USD ledger 6/58.50 report 6/53.50")}));

        const QList<RefundReview> reviews =
            Reconciler::reviewsFor(result, Actor {QStringLiteral("bo"), Role::BackOffice});
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.constFirst().refundId, review.refundId);
        QCOMPARE(reviews.constFirst().resolution, RefundStatus::Succeeded);
        QCOMPARE(reviews.constFirst().note, QStringLiteral("Pockyt report pockyt-0301.csv, line 9: success"));
        QCOMPARE(reviews.constFirst().reviewer.name, QStringLiteral("bo"));

        const QStringList csvLines = ReconcileCsv::document(result).split(QStringLiteral("\r\n"));
        QCOMPARE(csvLines.size(), 12); // header, 10 entries, and the empty rest after the last CRLF
        QCOMPARE(csvLines.at(0),
                 QStringLiteral("category,line,first_line,refund_id,gateway_refund_id,sale_id,"
                                "report_amount,ledger_amount,currency,report_status,ledger_status,"
                                "resolution,message"));
        QCOMPARE(csvLines.at(3),
                 QStringLiteral("amount_mismatch,4,,%1,3003,P-100,5.50,5.00,USD,success,succeeded,,"
                                "\"The report says USD 5.50, the ledger USD 5.00.\"")
                     .arg(id(mismatch)));
        QCOMPARE(csvLines.at(7),
                 QStringLiteral("malformed,8,,,,,,,,,,,\"Line 8 cannot be read: refundAmount "
                                "\"\"12.345\"\": USD has 2 decimal places; \"\"12.345\"\" has more.\""));
        QCOMPARE(csvLines.at(8),
                 QStringLiteral("matched,9,,%1,3007,P-100,8.00,8.00,USD,success,needs_review,"
                                "succeeded,")
                     .arg(id(review)));
        QCOMPARE(csvLines.at(10),
                 QStringLiteral("missing_at_gateway,,,%1,3004,P-100,,7.00,USD,,succeeded,,"
                                "The ledger has this refund (Succeeded) on 2025-03-01; the report "
                                "does not list it.")
                     .arg(id(missing)));
    }

    void otherGatewaysMatchByTheirIds_data() { addBackends(); }
    void otherGatewaysMatchByTheirIds()
    {
        QFETCH(QString, backend);
        auto ledger = openLedger(backend);
        QVERIFY(ledger);
        const Currency eur = *Currency::fromCode(u"EUR");
        const Currency myr = *Currency::fromCode(u"MYR");
        // PW v3: our id as 32 hex digits, amounts in cents.
        const qint64 pwSale = addSale(*ledger, GatewayId::PwV3, QStringLiteral("529-1"), Money(5000, eur));
        const Refund pw = addRefund(*ledger, pwSale, Money(1234, eur), RefundStatus::Succeeded, QString());
        const QByteArray pwCsv = QStringLiteral("transactionId,referenceNo,amount,currency,status,date\n"
                                                "529-1,%1,1234,EUR,APPROVED,1740823200\n")
                                     .arg(pw.refundId.toString(QUuid::Id128))
                                     .toUtf8();
        ReconcileResult result = Reconciler::reconcile(*ledger, GatewayReport::parse(GatewayId::PwV3, pwCsv, {}));
        QCOMPARE(summary(result), QStringList({QStringLiteral("matched 2 529-1/12.34")}));
        QVERIFY(result.agrees());

        // SecPaid: a pending refund SecPaid has not named yet is found by its payment; a payment
        // with two refunds the ledger cannot tell apart is not.
        const qint64 secPaidSale = addSale(*ledger, GatewayId::SecPaid, QStringLiteral("12345"), Money(4999, eur));
        addRefund(*ledger, secPaidSale, Money(4999, eur), RefundStatus::Pending, QString());
        const qint64 twice = addSale(*ledger, GatewayId::SecPaid, QStringLiteral("12346"), Money(3000, eur));
        addRefund(*ledger, twice, Money(1000, eur), RefundStatus::Pending, QString());
        addRefund(*ledger, twice, Money(1000, eur), RefundStatus::Pending, QString());
        const QByteArray secPaidCsv = "transaction_id,pay_id,status,amount,currency,created_at\n"
                                      "20250301-pi-700001,12345,Success,-49.99,EUR,2025-03-01 10:00:00\n"
                                      "20250301-pi-700002,12346,Pending,-10.00,EUR,2025-03-01 10:00:00\n";
        result = Reconciler::reconcile(*ledger, GatewayReport::parse(GatewayId::SecPaid, secPaidCsv, {}));
        QCOMPARE(summary(result),
                 QStringList({QStringLiteral("matched 2 12345/49.99"), QStringLiteral("missing_in_ledger 3"),
                              QStringLiteral("missing_at_gateway 0 12346/10.00"),
                              QStringLiteral("missing_at_gateway 0 12346/10.00")}));

        // PayNet: by endToEndId; REFUND_REJECTED settles a review as rejected; a refund of another
        // gateway with the same id is not a match.
        const qint64 payNetSale = addSale(*ledger, GatewayId::PayNet,
                                          QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"), Money(5000, myr));
        const Refund timedOut =
            addRefund(*ledger, payNetSale, Money(1000, myr), RefundStatus::NeedsReview, QStringLiteral("E2E-1"));
        const QByteArray payNetCsv =
            QStringLiteral("refundId,checkoutId,endToEndId,amount,substate,date\n"
                           "%1,5de8649c-a0ff-4f19-9eb2-f5aaf9a95218,E2E-1,10.00,"
                           "REFUND_REJECTED,2025-03-01T18:00:00+08:00\n"
                           "%2,x,E2E-2,12.34,REFUND_ACCEPTED,2025-03-01\n")
                .arg(timedOut.refundId.toString(QUuid::WithoutBraces), pw.refundId.toString(QUuid::WithoutBraces))
                .toUtf8();
        result = Reconciler::reconcile(*ledger,
                                       GatewayReport::parse(GatewayId::PayNet, payNetCsv, QStringLiteral("pn.csv")));
        QCOMPARE(summary(result),
                 QStringList({QStringLiteral("matched 2 5de8649c-a0ff-4f19-9eb2-f5aaf9a95218/10.00 resolves=rejected"),
                              QStringLiteral("missing_in_ledger 3")}));
        QCOMPARE(Reconciler::reviewsFor(result, Actor {}).constFirst().note,
                 QStringLiteral("PayNet DuitNow report pn.csv, line 2: REFUND_REJECTED"));
        // The review counts on the ledger's side; the rejection not on the report's.
        QCOMPARE(dailyLines(result),
                 QStringList({QStringLiteral("2025-03-01 paynet MYR ledger 1/10.00 report 1/12.34")}));
    }

    void refusedReportAndCancel_data() { addBackends(); }
    void refusedReportAndCancel()
    {
        QFETCH(QString, backend);
        auto ledger = openLedger(backend);
        QVERIFY(ledger);
        ReconcileResult result = Reconciler::reconcile(
            *ledger, GatewayReport::parse(GatewayId::PayNet, "refundId,date\n", QStringLiteral("x.csv")));
        QCOMPARE(result.status, ReconcileResult::Status::Refused);
        QVERIFY(result.message.startsWith(QStringLiteral("x.csv is not a PayNet DuitNow report")));
        QVERIFY(result.entries.isEmpty());

        const QByteArray csv = "refundId,endToEndId,amount,substate,date\n"
                               ",E2E-1,1.00,PENDING,2025-03-01\n,E2E-2,1.00,PENDING,2025-03-01\n";
        result = Reconciler::reconcile(*ledger, GatewayReport::parse(GatewayId::PayNet, csv, {}),
                                       [](int done, int) { return done < 1; });
        QCOMPARE(result.status, ReconcileResult::Status::Cancelled);
        QVERIFY(result.entries.isEmpty());

        result = Reconciler::reconcileFile(*ledger, GatewayId::PayNet, QStringLiteral("/nonexistent/r.csv"));
        QCOMPARE(result.status, ReconcileResult::Status::Refused);
        QCOMPARE(result.fileName, QStringLiteral("r.csv"));
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
