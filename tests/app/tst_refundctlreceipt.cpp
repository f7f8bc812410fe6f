#include "PdfQrReader.h"
#include "ledger/SqliteLedger.h"
#include "scan/ReceiptCode.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestRefundctlReceipt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    QUuid m_refundId;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run refundctl(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        environment.insert(QStringLiteral("REFUNDDESK_TEST_AUDIT_KEY"), QStringLiteral("installation key"));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(REFUNDCTL_PATH),
                      QStringList {QStringLiteral("receipt")} + arguments
                          + QStringList {QStringLiteral("--config"), m_config});
        // Waiting through the event loop lets a QTcpServer in the test take the printer job.
        if (!finished.wait(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString ledgerPath = m_dir.filePath(QStringLiteral("ledger.db"));
        LedgerResult opened = LedgerResult::success();
        const auto ledger = SqliteLedger::open(ledgerPath, &opened);
        QVERIFY2(ledger, qPrintable(opened.message()));
        ledger->setAuditKey("installation key");
        const Currency eur = *Currency::fromCode(u"EUR");
        Sale sale;
        sale.gateway = GatewayId::PayNet;
        sale.transactionId = QStringLiteral("5d0c7a52-9f0e-4a8b-b7a1-2f64c1d3e9a0");
        sale.amount = Money(4999, eur);
        sale.method = QStringLiteral("01");
        sale.gatewayStatus = QStringLiteral("CLEARED");
        sale.gatewaySaysRefundable = true;
        sale.paidAt = QDateTime(QDate(2024, 3, 14), QTime(9, 15), Qt::UTC);
        sale.storeId = QStringLiteral("S1");
        sale.lookedUpAt = sale.paidAt;
        QVERIFY(ledger->upsertSale(sale).ok());
        Refund refund;
        refund.saleLedgerId = sale.ledgerId;
        refund.amount = Money(1250, eur);
        refund.reason = QStringLiteral("Wrong size");
        refund.storeId = QStringLiteral("S1");
        refund.registerId = QStringLiteral("R2");
        refund.employee = QStringLiteral("jana");
        const LedgerResult journaled = ledger->journalRefundIntent(refund, {QStringLiteral("engine"), QString(), {}});
        QVERIFY2(journaled.ok(), qPrintable(journaled.message()));
        RefundUpdate update;
        update.gatewayRefundId = QStringLiteral("E2E-778");
        const auto pending =
            ledger->transitionRefund(refund.refundId, RefundStatus::Pending, update,
                                     LedgerChange {QStringLiteral("engine"), QString(), {}}, TransitionBy::Event);
        QVERIFY2(pending.ok(), qPrintable(pending.result().message()));
        m_refundId = refund.refundId;

        m_config = m_dir.filePath(QStringLiteral("refunddesk.ini"));
        QFile ini(m_config);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[store]\nid=S1\nname=Kedai Kasut\ncurrency=EUR\nlocale=de_DE\nregister=R2\n[ledger]\nurl=sqlite:"
                  + ledgerPath.toUtf8() + "\naudit_key=env:REFUNDDESK_TEST_AUDIT_KEY\n");
    }

    void printsTextWithoutAnOutput()
    {
        const Run run = refundctl({m_refundId.toString(QUuid::WithoutBraces)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Refund amount") + QString(22, u' ') + QStringLiteral("12,50\u00A0€")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("E2E-778")));
        QVERIFY(
            run.out.contains(QStringLiteral("Still refundable") + QString(19, u' ') + QStringLiteral("37,49\u00A0€")));
    }

    void pdfAndNetworkPrinterAreRecorded()
    {
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        QByteArray job;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&job, socket] { job += socket->readAll(); });
        });
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const Run run = refundctl({m_refundId.toString(QUuid::WithoutBraces), QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--paper"), QStringLiteral("roll80"), QStringLiteral("--escpos"),
                                   QStringLiteral("127.0.0.1:%1").arg(printer.serverPort()), QStringLiteral("--as"),
                                   QStringLiteral("mgr-ole")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("PDF written to %1").arg(pdf)));
        QVERIFY(run.out.contains(QStringLiteral("Printed on 127.0.0.1:%1").arg(printer.serverPort())));

        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TestSupport::RenderedPdf rendered = TestSupport::renderPdf(file.readAll());
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const ReceiptCode code = ReceiptCode::parse(rendered.qrText);
        QVERIFY2(code.isOk(), qPrintable(rendered.qrText + u' ' + code.message()));
        QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
        QCOMPARE(code.id(), m_refundId.toString(QUuid::WithoutBraces));

        QTRY_VERIFY(job.endsWith(QByteArray("\x1D\x56\x42\x00", 4)));
        QVERIFY(job.startsWith(QByteArray("\x1B\x40\x1B\x74\x13", 5)));

        LedgerResult opened = LedgerResult::success();
        const auto ledger = SqliteLedger::open(m_dir.filePath(QStringLiteral("ledger.db")), &opened);
        QVERIFY(ledger);
        ledger->setAuditKey("installation key");
        const auto entries = ledger->auditEntries(0, 100);
        QVERIFY(entries.ok());
        QStringList receiptRows;
        for (const AuditEntry &entry : entries.value()) {
            if (entry.action.startsWith(QStringLiteral("receipt.")))
                receiptRows.append(entry.action + u' ' + entry.actor + u' ' + entry.subject);
        }
        const QString subject = m_refundId.toString(QUuid::WithoutBraces);
        QCOMPARE(receiptRows,
                 (QStringList {QStringLiteral("receipt.pdf.delivered mgr-ole ") + subject,
                               QStringLiteral("receipt.escpos.delivered mgr-ole ") + subject}));
        QVERIFY(ledger->verifyAuditChain().value().intact);
    }

    void printerDownFailsAndIsRecorded()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const Run run = refundctl({m_refundId.toString(QUuid::WithoutBraces), QStringLiteral("--escpos"),
                                   QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot send the receipt to the printer at 127.0.0.1:%1").arg(port)),
                 qPrintable(run.err));
    }

    void unknownRefund()
    {
        const Run run = refundctl({QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.isEmpty());
    }

    void notAUuid()
    {
        const Run run = refundctl({QStringLiteral("12345")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.endsWith(QStringLiteral("'12345' is not a refund id (a UUID).\n")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestRefundctlReceipt)
#include "tst_refundctlreceipt.moc"
