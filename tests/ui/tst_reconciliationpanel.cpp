#include "BackOfficePage.h"
#include "DeskFixture.h"
#include "LedgerWorker.h"
#include "ReconcileTableModel.h"
#include "ReconciliationPanel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// The back office's Reconciliation tab against reports the demo's sandbox writes for refunds
// made through the engine: the import runs on the ledger worker, the table filters by category
// with counts, the daily summary, the CSV export, and a review closed only by back-office staff
// after Confirm, with its audit row.
class TestReconciliationPanel : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;
    TestHttpClient m_http;
    QTemporaryDir m_dir;
    Refund m_pockyt;
    Refund m_payNet;

    template<typename T>
    std::optional<T> ask(std::function<T(LedgerWorker::Access &)> work)
    {
        std::optional<T> result;
        m_fixture.session().ledger().query<T>(std::move(work), this, [&result](const T &value) { result = value; });
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 10000)
            QTest::qWait(10);
        return result;
    }

    RefundStatus statusOf(const QUuid &id)
    {
        const auto refund =
            ask<LedgerValue<Refund>>([id](LedgerWorker::Access &access) { return access.ledger.refund(id); });
        return refund && refund->ok() ? refund->value().status : RefundStatus::Draft;
    }

    // The sandbox's report of the day it executed that gateway's refunds, written to a file.
    QString report(const QString &gateway, const QString &name, const std::function<void(QByteArray &)> &tamper = {})
    {
        const QUrl base = m_fixture.demo().sandboxUrl();
        QString day;
        const auto state = m_http.get(base.resolved(QUrl(QStringLiteral("/_admin/state"))));
        for (const QJsonValue &value : state.json().value(QStringLiteral("refunds")).toArray()) {
            if (value.toObject().value(QStringLiteral("gateway")).toString() == gateway)
                day = value.toObject().value(QStringLiteral("executed_at")).toString().left(10);
        }
        auto reply = m_http.get(base.resolved(QUrl(QStringLiteral("/_admin/reports/%1?date=%2").arg(gateway, day))));
        if (reply.status != 200)
            qWarning("report: HTTP %d", reply.status);
        if (tamper)
            tamper(reply.body);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList categoryItems(const QComboBox &combo)
    {
        QStringList items;
        for (int i = 0; i < combo.count(); ++i)
            items << combo.itemText(i);
        return items;
    }

    static QStringList column(const ReconcileTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
        auto pockyt = m_fixture.refundSale(GatewayId::Pockyt, QStringLiteral("297553638300708562"),
                                           Money(500, *Currency::fromCode(u"USD")));
        QVERIFY(pockyt);
        m_pockyt = *pockyt;
        auto payNet = m_fixture.refundSale(GatewayId::PayNet, QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"),
                                           std::nullopt);
        QVERIFY(payNet);
        m_payNet = *payNet;
        QVERIFY2(m_fixture.settlePayNet(m_payNet.refundId, QStringLiteral("TIMEOUT"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_payNet.refundId), RefundStatus::NeedsReview, 10000);
        QCOMPARE(m_pockyt.status, RefundStatus::Succeeded);
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }

    void importRunsOnTheWorkerAndFiltersByCategory()
    {
        // The sandbox's own row, a malformed line and the same row again.
        const QString path = report(QStringLiteral("pockyt"), QStringLiteral("pockyt.csv"), [](QByteArray &csv) {
            const QByteArray row = csv.split('\n').at(1);
            csv += "not,a,row\r\n" + row + '\n';
        });
        BackOfficePage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTab(BackOfficePage::Tab::Reconciliation);
        ReconciliationPanel *panel = page.reconciliation();
        QCOMPARE(panel->resolveButton()->isEnabled(), false);
        panel->gateway()->setCurrentIndex(panel->gateway()->findText(QStringLiteral("Pockyt")));
        panel->file()->setText(path);
        QSignalSpy reconciled(panel, &ReconciliationPanel::reconciled);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        // The click returned before the ledger was read: the work is on the worker.
        QVERIFY(panel->isWorking());
        QVERIFY(panel->progress()->isVisible());
        QCOMPARE(panel->model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 1, 10000);
        QCOMPARE(reconciled.at(0).at(0).toBool(), true);
        QVERIFY(!panel->isWorking());
        QVERIFY(!panel->progress()->isVisible());
        QCOMPARE(panel->progress()->value(), 100);

        const QString day = QLocale(m_fixture.session().store().locale)
                                .toString(m_pockyt.createdAt.toUTC().date(), QLocale::ShortFormat);
        QCOMPARE(panel->summary(),
                 QStringLiteral("Pockyt report pockyt.csv (%1 to %1): 1 matched, 2 to look at; 0 "
                                "review(s) the report settles.")
                     .arg(day));
        QCOMPARE(categoryItems(*panel->categoryFilter()),
                 QStringList({QStringLiteral("Everything (3)"), QStringLiteral("Matched (1)"),
                              QStringLiteral("Missing in the ledger (0)"), QStringLiteral("Missing at the gateway (0)"),
                              QStringLiteral("Amount mismatch (0)"), QStringLiteral("Duplicate row (1)"),
                              QStringLiteral("Malformed line (1)")}));
        QCOMPARE(column(*panel->model(), ReconcileTableModel::Line),
                 QStringList({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(column(*panel->model(), ReconcileTableModel::Category),
                 QStringList(
                     {QStringLiteral("Matched"), QStringLiteral("Malformed line"), QStringLiteral("Duplicate row")}));
        QCOMPARE(panel->model()->index(0, ReconcileTableModel::RefundId).data().toString(),
                 m_pockyt.refundId.toString(QUuid::WithoutBraces));
        QCOMPARE(panel->model()->index(1, ReconcileTableModel::Note).data().toString(),
                 QStringLiteral("Line 3 cannot be read: it has 3 field(s), the header has 9"));

        panel->categoryFilter()->setCurrentIndex(6);
        Q_EMIT panel->categoryFilter()->activated(6);
        QCOMPARE(column(*panel->model(), ReconcileTableModel::Line), QStringList({QStringLiteral("3")}));
        panel->showCategory(std::nullopt);
        QCOMPARE(panel->model()->rowCount(), 3);

        QCOMPARE(panel->daily()->rowCount(), 1);
        QCOMPARE(panel->daily()->item(0, 1)->text(), QStringLiteral("USD"));
        QCOMPARE(panel->daily()->item(0, 2)->text(), QStringLiteral("1"));
        QCOMPARE(panel->daily()->item(0, 4)->text(), QStringLiteral("1"));

        const QString exportPath = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy exported(panel, &ReconciliationPanel::exportFinished);
        panel->exportCsv(exportPath);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toBool(), true);
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith("category,line,first_line,refund_id,"));
        QVERIFY(lines.at(3).startsWith("duplicate,4,2,"));
    }

    void aReportWithoutItsColumnsIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("refundId,date\n");
        file.close();
        ReconciliationPanel panel(m_fixture.session());
        QSignalSpy reconciled(&panel, &ReconciliationPanel::reconciled);
        panel.reconcile(GatewayId::PayNet, path);
        QTRY_COMPARE(reconciled.count(), 1);
        QCOMPARE(reconciled.at(0).at(0).toBool(), false);
        QCOMPARE(panel.message(),
                 QStringLiteral("wrong.csv is not a PayNet DuitNow report as RefundDesk reads it: the "
                                "column(s) endToEndId, amount, substate or refundStatus or status are "
                                "missing (its header has refundId, date). Nothing was imported."));
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void reviewClosedOnlyByBackOfficeAfterConfirm()
    {
        // The next day's report settles the PayNet timeout as accepted.
        const QString path = report(QStringLiteral("paynet"), QStringLiteral("paynet-next-day.csv"),
                                    [](QByteArray &csv) { csv.replace(",REFUND_TIMEOUT,", ",REFUND_ACCEPTED,"); });
        ReconciliationPanel panel(m_fixture.session());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy reconciled(&panel, &ReconciliationPanel::reconciled);
        panel.reconcile(GatewayId::PayNet, path);
        QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 1, 10000);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, ReconcileTableModel::Note).data().toString(),
                 QStringLiteral("Needs review; the report says REFUND_ACCEPTED: it can be closed as Succeeded."));

        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
        panel.table()->selectRow(0);
        QVERIFY(!panel.resolveButton()->isEnabled());
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
        QVERIFY(panel.resolveButton()->isEnabled());

        QTest::mouseClick(panel.resolveButton(), Qt::LeftButton);
        QVERIFY(panel.confirmButton()->isVisible());
        QCOMPARE(panel.confirmText()->text(),
                 QStringLiteral("Close the review of the refund of %1 (5de8649c-a0ff-4f19-9eb2-f5aaf9a95218) as "
                                "Succeeded? The audit trail records it under your name with: PayNet DuitNow report "
                                "paynet-next-day.csv, line 2: REFUND_ACCEPTED")
                     .arg(panel.model()->index(0, ReconcileTableModel::LedgerAmount).data().toString()));
        QCOMPARE(statusOf(m_payNet.refundId), RefundStatus::NeedsReview);

        QSignalSpy closed(&panel, &ReconciliationPanel::reviewClosed);
        QTest::mouseClick(panel.confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QVERIFY2(closed.at(0).at(0).toBool(), qPrintable(closed.at(0).at(1).toString()));
        QCOMPARE(statusOf(m_payNet.refundId), RefundStatus::Succeeded);
        QCOMPARE(panel.model()->index(0, ReconcileTableModel::LedgerStatus).data().toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(!panel.resolveButton()->isEnabled());

        const auto audit = ask<QList<AuditEntry>>([](LedgerWorker::Access &access) {
            QList<AuditEntry> rows;
            const auto entries = access.ledger.auditEntries(0, 100000);
            for (const AuditEntry &entry : entries.ok() ? entries.value() : QList<AuditEntry>()) {
                if (entry.action == u"refund.review")
                    rows << entry;
            }
            return rows;
        });
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->constFirst().actor, QStringLiteral("backoffice"));
        QCOMPARE(audit->constFirst().detail,
                 QStringLiteral("to=succeeded PayNet DuitNow report paynet-next-day.csv, line 2: REFUND_ACCEPTED"));
    }
};

QTEST_MAIN(TestReconciliationPanel)
#include "tst_reconciliationpanel.moc"
