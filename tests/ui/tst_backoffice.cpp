#include "AuditTableModel.h"
#include "AuditTrailPanel.h"
#include "BackOfficePage.h"
#include "DeskFixture.h"
#include "LedgerWorker.h"
#include "NeedsReviewPanel.h"
#include "RefundsPanel.h"
#include "RefundsTableModel.h"
#include "engine/RefundEngine.h"
#include "ledger/SqliteLedger.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// Back office against refunds made through the engine on the demo's sandbox: filters, live
// updates from webhooks, the needs-review queue, the CSV export and the audit trail.
class TestBackOffice : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;
    Refund m_pockyt; // succeeded, clerk
    Refund m_secPaid; // pending, clerk
    Refund m_payNet; // needs review (PayNet REFUND_TIMEOUT), clerk
    Refund m_pw; // succeeded, manager

    Refund stored(const QUuid &id)
    {
        std::optional<Refund> result;
        m_fixture.session().ledger().query<LedgerValue<Refund>>(
            [id](LedgerWorker::Access &access) { return access.ledger.refund(id); }, this,
            [&result](const LedgerValue<Refund> &refund) {
                if (refund.ok())
                    result = refund.value();
            });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(Refund());
    }

    static QStringList column(const RefundsTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
        const Currency usd = *Currency::fromCode(u"USD");
        const Currency eur = *Currency::fromCode(u"EUR");
        auto pockyt = m_fixture.refundSale(GatewayId::Pockyt, QStringLiteral("297553638300708562"), Money(500, usd));
        QVERIFY(pockyt);
        m_pockyt = *pockyt;
        auto secPaid = m_fixture.refundSale(GatewayId::SecPaid, QStringLiteral("12346"), std::nullopt);
        QVERIFY(secPaid);
        m_secPaid = *secPaid;
        auto payNet = m_fixture.refundSale(GatewayId::PayNet, QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"),
                                           std::nullopt);
        QVERIFY(payNet);
        m_payNet = *payNet;
        QVERIFY2(m_fixture.settlePayNet(m_payNet.refundId, QStringLiteral("TIMEOUT"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stored(m_payNet.refundId).status, RefundStatus::NeedsReview, 10000);
        QVERIFY2(m_fixture.signIn(QStringLiteral("manager"), QStringLiteral("2222"), &error), qPrintable(error));
        auto pw = m_fixture.refundSale(GatewayId::PwV3, QStringLiteral("529-1438673740-1"), Money(300, eur));
        QVERIFY(pw);
        m_pw = *pw;
        QCOMPARE(m_pockyt.status, RefundStatus::Succeeded);
        QCOMPARE(m_secPaid.status, RefundStatus::Pending);
        QCOMPARE(m_pw.status, RefundStatus::Succeeded);
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }

    void filtersByStatusGatewayEmployeeAndDate()
    {
        BackOfficePage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RefundsPanel *panel = page.refunds();
        RefundsTableModel *model = panel->model();
        QTRY_COMPARE(panel->countText(), QStringLiteral("4 refund(s) match; 4 shown."));
        // Newest first.
        QCOMPARE(
            column(*model, RefundsTableModel::Transaction),
            QStringList({QStringLiteral("529-1438673740-1"), QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"),
                         QStringLiteral("12346"), QStringLiteral("297553638300708562")}));

        QComboBox *status = panel->statusFilter();
        status->setFocus();
        QTest::keyClicks(status, QStringLiteral("Pending"));
        QCOMPARE(status->currentText(), QStringLiteral("Pending"));
        QTRY_COMPARE(panel->countText(), QStringLiteral("1 refund(s) match; 1 shown."));
        QCOMPARE(column(*model, RefundsTableModel::Transaction), QStringList({QStringLiteral("12346")}));

        status->setCurrentIndex(status->findText(QStringLiteral("Succeeded")));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(column(*model, RefundsTableModel::Status),
                 QStringList({QStringLiteral("Succeeded"), QStringLiteral("Succeeded")}));

        status->setCurrentIndex(status->findText(QStringLiteral("Open (submitting, pending, needs review)")));
        QTRY_COMPARE(column(*model, RefundsTableModel::Transaction),
                     QStringList({QStringLiteral("5de8649c-a0ff-4f19-9eb2-f5aaf9a95218"), QStringLiteral("12346")}));

        status->setCurrentIndex(0);
        QComboBox *gateway = panel->gatewayFilter();
        gateway->setCurrentIndex(gateway->findText(QStringLiteral("PW v3")));
        QTRY_COMPARE(column(*model, RefundsTableModel::Transaction), QStringList({QStringLiteral("529-1438673740-1")}));
        gateway->setCurrentIndex(0);

        QLineEdit *employee = panel->employeeFilter();
        employee->setFocus();
        QTest::keyClicks(employee, QStringLiteral("manager"));
        QTRY_COMPARE(column(*model, RefundsTableModel::Employee), QStringList({QStringLiteral("manager")}));
        QCOMPARE(column(*model, RefundsTableModel::Amount), QStringList({QStringLiteral("€3.00")}));
        employee->clear();
        QTRY_COMPARE(model->rowCount(), 4);

        auto *store = panel->findChild<QLineEdit *>(QStringLiteral("filterStore"));
        auto *registerFilter = panel->findChild<QLineEdit *>(QStringLiteral("filterRegister"));
        QTest::keyClicks(store, QStringLiteral("DEMO-1"));
        QTest::keyClicks(registerFilter, QStringLiteral("R1"));
        QTRY_COMPARE(panel->countText(), QStringLiteral("4 refund(s) match; 4 shown."));
        registerFilter->clear();
        QTest::keyClicks(registerFilter, QStringLiteral("R2"));
        QTRY_COMPARE(panel->countText(), QStringLiteral("No refunds match."));
        store->clear();
        registerFilter->clear();
        QTRY_COMPARE(model->rowCount(), 4);

        const QDate today = QDate::currentDate();
        panel->setCustomRange(today.addDays(-2), today.addDays(-1));
        QTRY_COMPARE(panel->countText(), QStringLiteral("No refunds match."));
        QCOMPARE(model->rowCount(), 0);
        panel->setCustomRange(today, today);
        QTRY_COMPARE(model->rowCount(), 4);
        panel->setPeriod(RefundsPanel::Period::Today);
        QTRY_COMPARE(panel->countText(), QStringLiteral("4 refund(s) match; 4 shown."));
    }

    void followsWebhooksLive()
    {
        BackOfficePage page(m_fixture.session());
        RefundsPanel *panel = page.refunds();
        panel->setStatusFilter(panel->statusFilter()->findText(QStringLiteral("Pending")));
        QTRY_COMPARE(panel->model()->rowCount(), 1);

        // A refund made elsewhere appears at the top while the table is open...
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
        auto payNet = m_fixture.refundSale(GatewayId::PayNet, QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3"),
                                           Money(1500, *Currency::fromCode(u"MYR")));
        QVERIFY(payNet);
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->model()->refundAt(0).refundId, payNet->refundId);
        QTRY_COMPARE(panel->countText(), QStringLiteral("2 refund(s) match; 2 shown."));

        // ...and leaves the pending view when PayNet's webhook says it was accepted.
        QVERIFY2(m_fixture.settlePayNet(payNet->refundId, QStringLiteral("ACCEPTED"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        QCOMPARE(panel->model()->refundAt(0).refundId, m_secPaid.refundId);
        panel->setStatusFilter(0);
        QTRY_COMPARE(panel->model()->rowCount(), 5);
        QCOMPARE(panel->model()->index(0, RefundsTableModel::Status).data().toString(), QStringLiteral("Succeeded"));
    }

    void needsReviewIsClosedWithANote()
    {
        BackOfficePage page(m_fixture.session());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTab(BackOfficePage::Tab::NeedsReview);
        NeedsReviewPanel *review = page.needsReview();
        QTRY_COMPARE(review->model()->rowCount(), 1);
        QCOMPARE(review->model()->refundAt(0).refundId, m_payNet.refundId);
        QVERIFY(!review->resolveButton()->isEnabled());
        QCOMPARE(review->resolveButton()->toolTip(), QStringLiteral("Pick the refund you checked."));
        review->table()->selectRow(0);
        QCOMPARE(review->resolveButton()->toolTip(), QStringLiteral("Write a note saying how you know what happened."));

        review->resolution()->setCurrentIndex(review->resolution()->findData(QStringLiteral("succeeded")));
        review->note()->setFocus();
        QTest::keyClicks(review->note(), QStringLiteral("PayNet report, line 3: accepted"));
        QVERIFY(review->resolveButton()->isEnabled());
        QTest::mouseClick(review->resolveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            review->message(),
            QStringLiteral("Refund of MYR\u00A040.00 (5de8649c-a0ff-4f19-9eb2-f5aaf9a95218) closed "
                           "as Succeeded."),
            10000);
        QTRY_COMPARE(review->model()->rowCount(), 0);
        const Refund closed = stored(m_payNet.refundId);
        QCOMPARE(closed.status, RefundStatus::Succeeded);
        QCOMPARE(closed.message, QStringLiteral("Closed after review by backoffice: PayNet report, line 3: accepted"));
        QCOMPARE(review->note()->toPlainText(), QString());
    }

    void onlyBackOfficeClosesReviews()
    {
        QString error;
        QVERIFY2(m_fixture.signIn(QStringLiteral("manager"), QStringLiteral("2222"), &error), qPrintable(error));
        NeedsReviewPanel review(m_fixture.session());
        QCOMPARE(review.resolveButton()->toolTip(),
                 QStringLiteral("Only back-office staff close reviews; manager is signed in as Manager."));
        QVERIFY(!review.resolveButton()->isEnabled());
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }

    void exportsExactlyWhatTheFilterShows()
    {
        BackOfficePage page(m_fixture.session());
        RefundsPanel *panel = page.refunds();
        QTRY_VERIFY(panel->model()->totalCount() >= 0);
        panel->setGatewayFilter(panel->gatewayFilter()->findText(QStringLiteral("PayNet DuitNow")));
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        const Refund accepted = stored(panel->model()->refundAt(0).refundId);
        const Refund reviewed = stored(m_payNet.refundId);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refunds.csv"));
        QSignalSpy finished(panel, &RefundsPanel::exportFinished);
        panel->exportCsv(path);
        QVERIFY(panel->isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(panel->exportMessage(), QStringLiteral("2 refund(s) written to %1.").arg(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto time = [](const QDateTime &utc) {
            return utc.toUTC().toString(Qt::ISODateWithMs);
        };
        const QString expected =
            QStringLiteral("refund_id,gateway,status,amount,currency,gateway_refund_id,transaction_id,reference,"
                           "employee,approved_by,created_at,updated_at,message\r\n")
            + QStringLiteral("%1,paynet,succeeded,15.00,MYR,%2,b4e6c575-5393-4a1e-a231-269e9a3f8af3,"
                             "20240925M0000201861OBW00000101,clerk,,%3,%4,%5\r\n")
                  .arg(accepted.refundId.toString(QUuid::WithoutBraces), accepted.gatewayRefundId,
                       time(accepted.createdAt), time(accepted.updatedAt), accepted.message)
            + QStringLiteral("%1,paynet,succeeded,40.00,MYR,%2,5de8649c-a0ff-4f19-9eb2-f5aaf9a95218,"
                             "20240925M0000201861OBW00000103,clerk,,%3,%4,\"Closed after review by backoffice: "
                             "PayNet report, line 3: accepted\"\r\n")
                  .arg(reviewed.refundId.toString(QUuid::WithoutBraces), reviewed.gatewayRefundId,
                       time(reviewed.createdAt), time(reviewed.updatedAt));
        QCOMPARE(text, expected);
        QVERIFY(!accepted.message.contains(u','));
        QCOMPARE(accepted.gatewayRefundId.size(), 30); // PayNet's endToEndId
    }

    void exportToAFolderThatDoesNotExistSaysSo()
    {
        RefundsPanel panel(m_fixture.session());
        QTRY_VERIFY(panel.model()->totalCount() >= 0);
        QSignalSpy finished(&panel, &RefundsPanel::exportFinished);
        panel.exportCsv(QStringLiteral("/nonexistent-folder/refunds.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(panel.exportMessage().startsWith(QStringLiteral("Cannot write /nonexistent-folder/refunds.csv: ")),
                 qPrintable(panel.exportMessage()));
        QVERIFY(panel.exportMessage().endsWith(QStringLiteral(" Choose another folder.")));
    }

    void followsOtherProgramsOnTheSameLedger()
    {
        BackOfficePage page(m_fixture.session());
        RefundsPanel *panel = page.refunds();
        panel->setStatusFilter(panel->statusFilter()->findText(QStringLiteral("Pending")));
        QTRY_COMPARE(column(*panel->model(), RefundsTableModel::Transaction), QStringList({QStringLiteral("12346")}));

        // refundctl serve on the store server, say, records SecPaid's approval: a connection
        // that is not this desk's engine. The ledger watcher brings it to the open table.
        LedgerResult result;
        std::unique_ptr<SqliteLedger> other =
            SqliteLedger::open(m_fixture.session().config().ledger.url.mid(7), &result);
        QVERIFY2(other, qPrintable(result.message()));
        const auto moved = other->transitionRefund(m_secPaid.refundId, RefundStatus::Succeeded, RefundUpdate(),
                                                   LedgerChange {QStringLiteral("sync"), QString(), std::nullopt},
                                                   TransitionBy::Event);
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 5000);
        QTRY_COMPARE(panel->countText(), QStringLiteral("No refunds match."));
    }

    void auditTrailVerifiesTheChain()
    {
        AuditTrailPanel panel(m_fixture.session());
        QTRY_VERIFY(panel.model()->totalCount() > 0);
        QSignalSpy verified(&panel, &AuditTrailPanel::verified);
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("verifyChain"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 20000);
        QCOMPARE(verified.constFirst().constFirst().toBool(), true);
        const qint64 rows = panel.model()->totalCount();
        QCOMPARE(panel.verifyResult(),
                 QStringLiteral("The chain is intact: all %1 row(s) match their hashes.").arg(rows));

        // Someone edits row 5 behind RefundDesk's back: the check names it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_fixture.session().config().ledger.url.mid(7));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET detail = 'amount=USD 0.01' WHERE seq = 5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, 20000);
        QCOMPARE(verified.at(1).constFirst().toBool(), false);
        QVERIFY2(panel.verifyResult().startsWith(QStringLiteral("The chain is broken at row 5: ")),
                 qPrintable(panel.verifyResult()));
    }
};

QTEST_MAIN(TestBackOffice)
#include "tst_backoffice.moc"
