#include "ledger/SqliteLedger.h"
#include "receipts/LedgerReceiptDeliveryLog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

class TestLedgerReceiptDeliveryLog : public QObject
{
    Q_OBJECT

private:
    static ReceiptDelivery delivery(ReceiptChannel channel, ReceiptDelivery::Outcome outcome, int attempt,
                                    const QString &message)
    {
        ReceiptDelivery made;
        made.refundId = QUuid(QStringLiteral("{6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45}"));
        made.channel = channel;
        made.destination =
            channel == ReceiptChannel::Email ? QStringLiteral("kunde@example.com") : QStringLiteral("192.0.2.7:9100");
        made.attempt = attempt;
        made.outcome = outcome;
        made.message = message;
        return made;
    }

private Q_SLOTS:
    void deliveriesAreAuditRows()
    {
        QTemporaryDir dir;
        LedgerResult opened = LedgerResult::success();
        const auto ledger = SqliteLedger::open(dir.filePath(QStringLiteral("ledger.db")), &opened);
        QVERIFY2(ledger, qPrintable(opened.message()));
        ledger->setAuditKey("installation key");
        LedgerReceiptDeliveryLog log(*ledger, QStringLiteral("jana"), QStringLiteral("S1"), QStringLiteral("R2"));

        QVERIFY(log.record(delivery(ReceiptChannel::Email, ReceiptDelivery::Outcome::WillRetry, 1,
                                    QStringLiteral("Cannot connect to the mail server.")))
                    .ok);
        QVERIFY(log.record(delivery(ReceiptChannel::Email, ReceiptDelivery::Outcome::Failed, 2,
                                    QStringLiteral("Cannot connect to the mail server.")))
                    .ok);
        QVERIFY(log.record(delivery(ReceiptChannel::EscPos, ReceiptDelivery::Outcome::Delivered, 1, QString())).ok);

        const auto entries = ledger->auditEntries(0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 3);
        const AuditEntry &first = entries.value().at(0);
        QCOMPARE(first.actor, QStringLiteral("jana"));
        QCOMPARE(first.action, QStringLiteral("receipt.email.will_retry"));
        QCOMPARE(first.subject, QStringLiteral("6f1c2a9e-4b7d-4c3e-9a51-0d2e8f7b6a45"));
        QCOMPARE(first.detail,
                 QStringLiteral("to=kunde@example.com; attempt=1; error=Cannot connect to the mail server."));
        QCOMPARE(first.storeId, QStringLiteral("S1"));
        QCOMPARE(first.registerId, QStringLiteral("R2"));
        QCOMPARE(entries.value().at(1).action, QStringLiteral("receipt.email.failed"));
        QCOMPARE(entries.value().at(2).action, QStringLiteral("receipt.escpos.delivered"));
        QCOMPARE(entries.value().at(2).detail, QStringLiteral("to=192.0.2.7:9100; attempt=1"));

        const auto check = ledger->verifyAuditChain();
        QVERIFY(check.ok());
        QVERIFY(check.value().intact);
        QCOMPARE(check.value().rowCount, 3);
    }

    void withoutTheAuditKeyItSaysWhy()
    {
        QTemporaryDir dir;
        LedgerResult opened = LedgerResult::success();
        const auto ledger = SqliteLedger::open(dir.filePath(QStringLiteral("ledger.db")), &opened);
        QVERIFY2(ledger, qPrintable(opened.message()));
        LedgerReceiptDeliveryLog log(*ledger, QStringLiteral("jana"), QStringLiteral("S1"), QStringLiteral("R2"));
        const ReceiptDeliveryLog::Result result =
            log.record(delivery(ReceiptChannel::Email, ReceiptDelivery::Outcome::Delivered, 1, QString()));
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLedgerReceiptDeliveryLog)
#include "tst_ledgerreceiptdeliverylog.moc"
