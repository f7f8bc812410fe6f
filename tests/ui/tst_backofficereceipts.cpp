#include "BackOfficePage.h"
#include "DeskFixture.h"
#include "LedgerWorker.h"
#include "PdfQrReader.h"
#include "ReceiptActions.h"
#include "RefundsPanel.h"
#include "RefundsTableModel.h"
#include "SmtpTestServer.h"
#include "receipts/EmailAddress.h"
#include "receipts/ReceiptPdf.h"
#include "scan/ReceiptCode.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using RefundDesk::TestSupport::SmtpTestServer;

// Reprinting and resending a refund's receipt from the back office's refunds table: the PDF,
// the store's ESC/POS printer (a QTcpServer on loopback) and email through a real SMTP server
// (aiosmtpd), each recorded in the ledger's audit chain.
class TestBackOfficeReceipts : public QObject
{
    Q_OBJECT

private:
    DeskFixture m_fixture;
    SmtpTestServer m_smtp;
    QTcpServer m_printer;
    QByteArray m_printed;
    QTemporaryDir m_dir;
    Refund m_refund;

    QString refundIdText() const { return m_refund.refundId.toString(QUuid::WithoutBraces); }

    // "action actor" of every receipt row in the audit chain about m_refund, oldest first.
    QStringList receiptAuditRows()
    {
        std::optional<QStringList> rows;
        const QString subject = refundIdText();
        m_fixture.session().ledger().query<QStringList>(
            [subject](LedgerWorker::Access &access) {
                QStringList found;
                const auto entries = access.ledger.auditEntries(0, 10000);
                if (!entries.ok())
                    return QStringList {entries.message()};
                for (const AuditEntry &entry : entries.value()) {
                    if (entry.action.startsWith(u"receipt.") && entry.subject == subject)
                        found.append(entry.action + u' ' + entry.actor);
                }
                return found;
            },
            this, [&rows](const QStringList &found) { rows = found; });
        [&] {
            QTRY_VERIFY(rows.has_value());
        }();
        return rows.value_or(QStringList());
    }

    // Opens the back office and selects m_refund's row; its receipt is read from the ledger.
    void openWithRefundSelected(BackOfficePage &page)
    {
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RefundsPanel *panel = page.refunds();
        QTRY_VERIFY(panel->model()->rowOf(m_refund.refundId) >= 0);
        QVERIFY(!panel->receiptActions()->receipt().has_value());
        QCOMPARE(panel->receiptActions()->statusText(),
                 QStringLiteral("Select a refund to print its receipt again or email it."));
        panel->table()->selectRow(panel->model()->rowOf(m_refund.refundId));
        QCOMPARE(panel->selectedRefund(), m_refund.refundId);
        QTRY_VERIFY(panel->receiptActions()->receipt().has_value());
        QCOMPARE(panel->receiptActions()->receipt()->refund().refundId, m_refund.refundId);
        QCOMPARE(panel->receiptActions()->receipt()->sale().transactionId, QStringLiteral("297553638300708562"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString python = TestSupport::pythonWithAiosmtpd();
        QVERIFY2(!python.isEmpty(), "no python3 that can import aiosmtpd: install python3-aiosmtpd");
        QVERIFY2(m_smtp.start(python, {QStringLiteral("--security"), QStringLiteral("none")}),
                 qPrintable(m_smtp.error));
        QVERIFY(m_printer.listen(QHostAddress::LocalHost));
        connect(&m_printer, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_printed += socket->readAll(); });
        });

        QString error;
        const quint16 smtpPort = m_smtp.port;
        const quint16 printerPort = m_printer.serverPort();
        QVERIFY2(m_fixture.start(&error,
                                 [smtpPort, printerPort](RefundDeskConfig &config) {
                                     SmtpConfig smtp;
                                     smtp.host = QStringLiteral("127.0.0.1");
                                     smtp.port = smtpPort;
                                     smtp.security = SmtpSecurity::None;
                                     smtp.from = QStringLiteral("receipts@demo.example");
                                     smtp.timeoutSeconds = 20;
                                     config.smtp = smtp;
                                     config.printer.escpos = QStringLiteral("127.0.0.1:%1").arg(printerPort);
                                 }),
                 qPrintable(error));
        QVERIFY2(m_fixture.signIn(QStringLiteral("clerk"), QStringLiteral("1111"), &error), qPrintable(error));
        const std::optional<Refund> refunded = m_fixture.refundSale(
            GatewayId::Pockyt, QStringLiteral("297553638300708562"), Money(500, *Currency::fromCode(u"USD")));
        QVERIFY(refunded);
        m_refund = *refunded;
        QCOMPARE(m_refund.status, RefundStatus::Succeeded);
        QVERIFY2(m_fixture.signIn(QStringLiteral("backoffice"), QStringLiteral("3333"), &error), qPrintable(error));
    }

    void savesTheReprintAsPdf()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        ReceiptActions *actions = page.refunds()->receiptActions();
        QSignalSpy finished(actions, &ReceiptActions::finished);
        const QString path = m_dir.filePath(QStringLiteral("reprint.pdf"));
        actions->savePdf(path);
        QVERIFY(actions->isBusy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).value<ReceiptChannel>(), ReceiptChannel::Pdf);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(actions->statusText(), QStringLiteral("The receipt was saved as %1.").arg(path));
        QVERIFY(QFile::exists(path));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        // NFKC: the PDF's font sets "ff" and "fi" as ligatures, which pdftotext keeps.
        const QString text =
            QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(refundIdText()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("297553638300708562")), qPrintable(text));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TestSupport::RenderedPdf rendered = TestSupport::renderPdf(file.readAll());
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const ReceiptCode code = ReceiptCode::parse(rendered.qrText);
        QVERIFY2(code.isOk(), qPrintable(rendered.qrText));
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), refundIdText());

        QTRY_VERIFY(receiptAuditRows().contains(QStringLiteral("receipt.pdf.delivered backoffice")));
    }

    void sendsTheReprintToTheReceiptPrinterFromTheContextMenu()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        RefundsPanel *panel = page.refunds();
        ReceiptActions *actions = panel->receiptActions();
        QSignalSpy finished(actions, &ReceiptActions::finished);
        m_printed.clear();

        QTableView *table = panel->table();
        const QRect cell = table->visualRect(
            panel->model()->index(panel->model()->rowOf(m_refund.refundId), RefundsTableModel::Amount));
        Q_EMIT table->customContextMenuRequested(cell.center());
        auto *menu = panel->findChild<QMenu *>(QStringLiteral("refundMenu"));
        QVERIFY(menu);
        QStringList entries;
        for (const QAction *action : menu->actions())
            entries.append(action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (off)")));
        QCOMPARE(entries,
                 (QStringList {QStringLiteral("&Print receipt…"), QStringLiteral("Save receipt as P&DF…"),
                               QStringLiteral("Print on the receipt pr&inter"), QStringLiteral("E&mail receipt…")}));
        menu->actions().at(2)->trigger();
        menu->close();

        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).value<ReceiptChannel>(), ReceiptChannel::EscPos);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(actions->statusText(),
                 QStringLiteral("The receipt was printed on 127.0.0.1:%1.").arg(m_printer.serverPort()));
        QTRY_VERIFY(m_printed.endsWith(QByteArray("\x1D\x56\x42\x00", 4))); // cut
        QVERIFY(m_printed.startsWith(QByteArray("\x1B\x40", 2))); // init
        QVERIFY(m_printed.contains(refundIdText().toLatin1()));
        QTRY_VERIFY(receiptAuditRows().contains(QStringLiteral("receipt.escpos.delivered backoffice")));
    }

    void resendsByEmail()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        ReceiptActions *actions = page.refunds()->receiptActions();
        QSignalSpy finished(actions, &ReceiptActions::finished);
        const qsizetype before = m_smtp.messages().size();

        QLineEdit *email = actions->emailField();
        QVERIFY(email->isEnabled());
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("kunde@example.com"));
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(actions->isBusy());
        QVERIFY(!actions->findChild<QPushButton *>(QStringLiteral("receiptSendEmail"))->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).value<ReceiptChannel>(), ReceiptChannel::Email);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(actions->statusText(), QStringLiteral("The receipt was sent to kunde@example.com."));

        QTRY_COMPARE(m_smtp.messages().size(), before + 1);
        const QJsonObject message = m_smtp.messages().constLast();
        QCOMPARE(message.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {QStringLiteral("kunde@example.com")});
        QCOMPARE(message.value(QStringLiteral("mail_from")).toString(), QStringLiteral("receipts@demo.example"));
        const QString pdfName = QStringLiteral("refund-%1.pdf").arg(refundIdText());
        const TestSupport::RenderedPdf rendered =
            TestSupport::renderPdf(m_smtp.attachment(static_cast<int>(before), pdfName));
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        QCOMPARE(ReceiptCode::parse(rendered.qrText).id(), refundIdText());
        QTRY_VERIFY(receiptAuditRows().contains(QStringLiteral("receipt.email.delivered backoffice")));
    }

    void aBadAddressSaysWhyAndSendsNothing()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        ReceiptActions *actions = page.refunds()->receiptActions();
        QSignalSpy finished(actions, &ReceiptActions::finished);
        const qsizetype mails = m_smtp.messages().size();
        const QStringList audited = receiptAuditRows();

        const QString typed = QStringLiteral("kunde@example");
        QTest::keyClicks(actions->emailField(), typed);
        QTest::mouseClick(actions->findChild<QPushButton *>(QStringLiteral("receiptSendEmail")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        const QString why = EmailAddress::check(typed).message;
        QVERIFY(!why.isEmpty());
        QCOMPARE(actions->statusText(), why);
        QCOMPARE(finished.first().at(2).toString(), why);
        QVERIFY(!actions->isBusy());
        QCOMPARE(QApplication::focusWidget(), actions->emailField());
        QTest::qWait(500);
        QCOMPARE(m_smtp.messages().size(), mails);
        QCOMPARE(receiptAuditRows(), audited);
    }

    void enterOpensThePrintPreview()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        RefundsPanel *panel = page.refunds();
        panel->table()->setFocus();
        QTest::keyClick(panel->table(), Qt::Key_Return);
        QTRY_VERIFY(panel->receiptActions()->previewDialog());
        ReceiptPreviewDialog *preview = panel->receiptActions()->previewDialog();
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->windowTitle(), QStringLiteral("Refund receipt %1").arg(refundIdText()));
        preview->reject();
        QTRY_VERIFY(!panel->receiptActions()->previewDialog());
    }

    void anotherRowForgetsTheAddress()
    {
        BackOfficePage page(m_fixture.session());
        openWithRefundSelected(page);
        RefundsPanel *panel = page.refunds();
        QTRY_VERIFY(panel->model()->rowCount() > 0);
        panel->receiptActions()->emailField()->setText(QStringLiteral("kunde@example.com"));
        panel->table()->clearSelection();
        QVERIFY(panel->selectedRefund().isNull());
        QCOMPARE(panel->receiptActions()->emailField()->text(), QString());
        QVERIFY(!panel->receiptActions()->receipt().has_value());
        QVERIFY(!panel->receiptActions()->findChild<QPushButton *>(QStringLiteral("receiptPrint"))->isEnabled());
    }
};

QTEST_MAIN(TestBackOfficeReceipts)
#include "tst_backofficereceipts.moc"
