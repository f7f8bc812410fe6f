#include "LedgerTestSuite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <array>
#include <barrier>
#include <thread>

namespace RefundDesk {

namespace {

const QByteArray kAuditKey("installation key of the ledger tests");

Money eur(qint64 minorUnits)
{
    return Money(minorUnits, *Currency::fromCode(u"EUR"));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

RefundStatus statusOf(const QString &key)
{
    const auto status = refundStatusFromKey(key);
    Q_ASSERT(status.has_value());
    return *status;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

LedgerChange change(const QString &source, const QString &detail = QString())
{
    return LedgerChange {source, detail, std::nullopt};
}

AuditEntry auditEntry(const QString &action, const QString &subject, const QString &detail = QString())
{
    AuditEntry entry;
    entry.actor = QStringLiteral("alice");
    entry.action = action;
    entry.subject = subject;
    entry.detail = detail;
    entry.storeId = QStringLiteral("S01");
    entry.registerId = QStringLiteral("R1");
    return entry;
}

// Names, so a failed comparison says "RemainderExceeded" rather than "4".
QString errorName(LedgerResult::Error error)
{
    switch (error) {
    case LedgerResult::Error::None:
        return QStringLiteral("None");
    case LedgerResult::Error::NotALedger:
        return QStringLiteral("NotALedger");
    case LedgerResult::Error::NewerSchema:
        return QStringLiteral("NewerSchema");
    case LedgerResult::Error::CannotOpen:
        return QStringLiteral("CannotOpen");
    case LedgerResult::Error::NotFound:
        return QStringLiteral("NotFound");
    case LedgerResult::Error::RemainderExceeded:
        return QStringLiteral("RemainderExceeded");
    case LedgerResult::Error::RefundLimitReached:
        return QStringLiteral("RefundLimitReached");
    case LedgerResult::Error::StatusRegression:
        return QStringLiteral("StatusRegression");
    case LedgerResult::Error::Conflict:
        return QStringLiteral("Conflict");
    case LedgerResult::Error::Invalid:
        return QStringLiteral("Invalid");
    case LedgerResult::Error::NoAuditKey:
        return QStringLiteral("NoAuditKey");
    case LedgerResult::Error::Database:
        return QStringLiteral("Database");
    }
    return QStringLiteral("unknown");
}

// Journals a refund of amount minor units of the sale; its id through *id.
// refundsPerSale: the gateway's limit of refunds per payment (0: none).
LedgerResult journal(Ledger &ledger, qint64 saleId, qint64 minorUnits, QUuid *id = nullptr, int refundsPerSale = 0)
{
    Refund refund;
    refund.saleLedgerId = saleId;
    refund.amount = eur(minorUnits);
    refund.employee = QStringLiteral("alice");
    const LedgerResult result = ledger.journalRefundIntent(refund, change(QStringLiteral("engine")), refundsPerSale);
    if (id)
        *id = refund.refundId;
    return result;
}

LedgerResult moveTo(Ledger &ledger, const QUuid &id, RefundStatus to)
{
    return ledger.transitionRefund(id, to, RefundUpdate(), change(QStringLiteral("webhook"))).result();
}

QStringList statusKeys(const QList<RefundEvent> &events)
{
    QStringList keys;
    for (const RefundEvent &event : events)
        keys << refundStatusKey(event.fromStatus) + QStringLiteral("->") + refundStatusKey(event.toStatus);
    return keys;
}

} // namespace

// ---- Helpers

std::optional<QList<QVariantList>> LedgerTestSuite::rawQuery(const QString &sql, const QVariantList &values)
{
    const QString name = QStringLiteral("ledger-test-raw-%1").arg(++m_rawConnections);
    std::optional<QList<QVariantList>> rows;
    {
        QSqlDatabase db = addRawConnection(name);
        {
            QSqlQuery query(db);
            bool done = query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            done = done && query.exec();
            if (done) {
                rows.emplace();
                while (query.next()) {
                    QVariantList row;
                    for (int column = 0; column < query.record().count(); ++column)
                        row << query.value(column);
                    rows->append(row);
                }
            } else {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

std::unique_ptr<Ledger> LedgerTestSuite::openTestLedger()
{
    LedgerResult result = LedgerResult::success();
    std::unique_ptr<Ledger> ledger = openLedger(&result);
    m_openError = result.message();
    if (ledger) {
        ledger->setClock([this] { return m_now; });
        ledger->setAuditKey(kAuditKey);
    }
    return ledger;
}

qint64 LedgerTestSuite::addSale(Ledger &ledger, GatewayId gateway, const QString &transactionId, qint64 minorUnits,
                                const QString &reference)
{
    Sale sale;
    sale.gateway = gateway;
    sale.transactionId = transactionId;
    sale.reference = reference;
    sale.amount = eur(minorUnits);
    sale.method = QStringLiteral("VISA");
    sale.gatewayStatus = QStringLiteral("success");
    sale.gatewaySaysRefundable = true;
    sale.paidAt = m_now.addDays(-1);
    sale.storeId = QStringLiteral("S01");
    sale.registerId = QStringLiteral("R1");
    const LedgerResult result = ledger.upsertSale(sale);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message()));
        return 0;
    }
    return sale.ledgerId;
}

void LedgerTestSuite::init()
{
    m_now = utc("2024-03-01T08:00:00.000Z");
    createStore();
}

void LedgerTestSuite::cleanup()
{
    destroyStore();
}

// ---- Opening and migrations

void LedgerTestSuite::freshStoreIsMigrated()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QCOMPARE(Ledger::latestSchemaVersion(), 6);
    QCOMPARE(ledger->schemaVersion(), 6);

    const auto versions = rawQuery(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    QVERIFY(versions);
    QCOMPARE(versions->size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(versions->at(i).at(0).toInt(), i + 1);

    QCOMPARE(ledger->countRefunds(RefundFilter()).value(), qint64(0));
    QCOMPARE(ledger->auditCount().value(), qint64(0));
}

void LedgerTestSuite::reopenKeepsDataAndDoesNotMigrateAgain()
{
    QUuid refundId;
    {
        const auto ledger = openTestLedger();
        QVERIFY2(ledger, qPrintable(m_openError));
        const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("297553638300708562"), 4999);
        QVERIFY(saleId > 0);
        QVERIFY(journal(*ledger, saleId, 1000, &refundId).ok());
        QVERIFY(moveTo(*ledger, refundId, RefundStatus::Pending).ok());
    }
    const QString migrationsSql = QStringLiteral("SELECT version, description, applied_at FROM schema_migrations");
    const auto before = rawQuery(migrationsSql);
    QVERIFY(before);
    QCOMPARE(before->size(), 6);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QCOMPARE(ledger->schemaVersion(), 6);
    QCOMPARE(rawQuery(migrationsSql), before);

    const auto sale =
        ledger->findSale({GatewayId::Pockyt, SaleIdKind::TransactionId, QStringLiteral("297553638300708562")});
    QVERIFY2(sale.ok(), qPrintable(sale.message()));
    QCOMPARE(sale.value().amount, eur(4999));
    const auto refund = ledger->refund(refundId);
    QVERIFY2(refund.ok(), qPrintable(refund.message()));
    QCOMPARE(refund.value().status, RefundStatus::Pending);
    QCOMPARE(refund.value().amount, eur(1000));
    QCOMPARE(ledger->eventsForRefund(refundId).value().size(), 2);
}

// ---- Sales

void LedgerTestSuite::saleLookup_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<bool>("byReference");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedTransaction"); // empty: NotFound

    QTest::newRow("pockyt transaction") << "pockyt" << false << "P-100"
                                        << "P-100";
    QTest::newRow("pockyt reference") << "pockyt" << true << "R-2"
                                      << "P-101";
    QTest::newRow("same reference, other gateway") << "pwv3" << true << "R-1"
                                                   << "529-1438673740-2";
    QTest::newRow("same reference, first gateway") << "pockyt" << true << "R-1"
                                                   << "P-100";
    QTest::newRow("pw transaction") << "pwv3" << false << "529-1438673740-2"
                                    << "529-1438673740-2";
    QTest::newRow("transaction of another gateway") << "secpaid" << false << "P-100"
                                                    << "";
    QTest::newRow("reference as transaction id") << "pockyt" << false << "R-1"
                                                 << "";
    QTest::newRow("empty reference never matches") << "paynet" << true << ""
                                                   << "";
    QTest::newRow("ids are case-sensitive") << "pockyt" << false << "p-100"
                                            << "";
    QTest::newRow("unknown") << "paynet" << false << "N-404"
                             << "";
}

void LedgerTestSuite::saleLookup()
{
    QFETCH(QString, gateway);
    QFETCH(bool, byReference);
    QFETCH(QString, id);
    QFETCH(QString, expectedTransaction);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QVERIFY(addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-100"), 1000, QStringLiteral("R-1")) > 0);
    QVERIFY(addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-101"), 2000, QStringLiteral("R-2")) > 0);
    QVERIFY(addSale(*ledger, GatewayId::PwV3, QStringLiteral("529-1438673740-2"), 3000, QStringLiteral("R-1")) > 0);
    QVERIFY(addSale(*ledger, GatewayId::PayNet, QStringLiteral("N-1"), 4000) > 0);

    const SaleRef ref {*gatewayFromKey(gateway), byReference ? SaleIdKind::Reference : SaleIdKind::TransactionId, id};
    const auto found = ledger->findSale(ref);
    if (expectedTransaction.isEmpty()) {
        QCOMPARE(errorName(found.error()), QStringLiteral("NotFound"));
        QVERIFY(!found.message().isEmpty());
        return;
    }
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QCOMPARE(found.value().transactionId, expectedTransaction);
    QCOMPARE(gatewayKey(found.value().gateway), gateway);
}

void LedgerTestSuite::saleRoundTripAndUpdate()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));

    Sale sale;
    sale.gateway = GatewayId::PayNet;
    sale.transactionId = QStringLiteral("CHK-7");
    sale.reference = QStringLiteral("INV-7");
    sale.amount = Money(123456, *Currency::fromCode(u"MYR"));
    sale.method = QStringLiteral("01");
    sale.gatewayStatus = QStringLiteral("RECEIVED");
    sale.gatewaySaysRefundable = false;
    sale.paidAt = utc("2024-02-28T13:14:15.678Z");
    sale.storeId = QStringLiteral("KL-2");
    sale.registerId = QStringLiteral("till 3");
    sale.lookedUpAt = utc("2024-03-01T07:59:00.000Z");
    QVERIFY(ledger->upsertSale(sale).ok());
    QVERIFY(sale.ledgerId > 0);

    const auto stored = ledger->saleById(sale.ledgerId);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    const Sale &s = stored.value();
    QCOMPARE(s.ledgerId, sale.ledgerId);
    QCOMPARE(s.gateway, GatewayId::PayNet);
    QCOMPARE(s.transactionId, QStringLiteral("CHK-7"));
    QCOMPARE(s.reference, QStringLiteral("INV-7"));
    QCOMPARE(s.amount, Money(123456, *Currency::fromCode(u"MYR")));
    QCOMPARE(s.method, QStringLiteral("01"));
    QCOMPARE(s.gatewayStatus, QStringLiteral("RECEIVED"));
    QCOMPARE(s.gatewaySaysRefundable, false);
    QCOMPARE(s.paidAt, utc("2024-02-28T13:14:15.678Z"));
    QCOMPARE(s.storeId, QStringLiteral("KL-2"));
    QCOMPARE(s.registerId, QStringLiteral("till 3"));
    QCOMPARE(s.lookedUpAt, utc("2024-03-01T07:59:00.000Z"));

    // A later status query: new status, nothing about the reference or the store.
    Sale update;
    update.gateway = GatewayId::PayNet;
    update.transactionId = QStringLiteral("CHK-7");
    update.amount = Money(123456, *Currency::fromCode(u"MYR"));
    update.gatewayStatus = QStringLiteral("CLEARED");
    update.gatewaySaysRefundable = true;
    update.lookedUpAt = utc("2024-03-01T09:00:00.000Z");
    QVERIFY(ledger->upsertSale(update).ok());
    QCOMPARE(update.ledgerId, sale.ledgerId);
    QCOMPARE(update.reference, QStringLiteral("INV-7"));
    QCOMPARE(update.storeId, QStringLiteral("KL-2"));

    const auto updated = ledger->saleById(sale.ledgerId);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().gatewayStatus, QStringLiteral("CLEARED"));
    QCOMPARE(updated.value().gatewaySaysRefundable, true);
    QCOMPARE(updated.value().lookedUpAt, utc("2024-03-01T09:00:00.000Z"));
    QCOMPARE(updated.value().reference, QStringLiteral("INV-7"));
    QCOMPARE(updated.value().method, QStringLiteral("01"));
    QCOMPARE(updated.value().paidAt, utc("2024-02-28T13:14:15.678Z"));
    QCOMPARE(updated.value().registerId, QStringLiteral("till 3"));

    const auto saleRows = rawQuery(QStringLiteral("SELECT COUNT(*) FROM sales"));
    QVERIFY(saleRows);
    QCOMPARE(saleRows->at(0).at(0).toInt(), 1);
    QCOMPARE(errorName(ledger->saleById(sale.ledgerId + 1).error()), QStringLiteral("NotFound"));

    Sale nameless;
    nameless.amount = eur(100);
    QCOMPARE(errorName(ledger->upsertSale(nameless).error()), QStringLiteral("Invalid"));
}

void LedgerTestSuite::saleWithAnotherAmountIsAConflict()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 5000);
    QVERIFY(saleId > 0);

    Sale changed;
    changed.gateway = GatewayId::Pockyt;
    changed.transactionId = QStringLiteral("P-1");
    changed.amount = eur(5001);
    changed.gatewayStatus = QStringLiteral("closed");
    const LedgerResult result = ledger->upsertSale(changed);
    QCOMPARE(errorName(result.error()), QStringLiteral("Conflict"));
    QCOMPARE(result.message(),
             QStringLiteral("The gateway reports EUR 50.01 for sale P-1, but the ledger holds EUR 50.00 for it; "
                            "nothing was changed."));
    QCOMPARE(changed.ledgerId, qint64(0));
    QCOMPARE(ledger->saleById(saleId).value().gatewayStatus, QStringLiteral("success"));
    QCOMPARE(ledger->saleById(saleId).value().amount, eur(5000));
}

// ---- Refund intents

void LedgerTestSuite::intentReservesUntilRejectedOrFailed_data()
{
    QTest::addColumn<QStringList>("earlier"); // statuses of earlier refunds of EUR 30.00 each
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<qint64>("reservedAfter");

    // The sale is EUR 100.00.
    QTest::newRow("all of it") << QStringList() << qint64(10000) << "None" << qint64(10000);
    QTest::newRow("one cent more than all") << QStringList() << qint64(10001) << "RemainderExceeded" << qint64(0);
    QTest::newRow("submitting reserves") << strings({"submitting"}) << qint64(7001) << "RemainderExceeded"
                                         << qint64(3000);
    QTest::newRow("the rest after submitting") << strings({"submitting"}) << qint64(7000) << "None" << qint64(10000);
    QTest::newRow("pending reserves") << strings({"pending"}) << qint64(7001) << "RemainderExceeded" << qint64(3000);
    QTest::newRow("needs_review reserves")
        << strings({"needs_review"}) << qint64(7001) << "RemainderExceeded" << qint64(3000);
    QTest::newRow("succeeded reserves") << strings({"succeeded"}) << qint64(7001) << "RemainderExceeded"
                                        << qint64(3000);
    QTest::newRow("rejected frees its amount") << strings({"rejected"}) << qint64(10000) << "None" << qint64(10000);
    QTest::newRow("failed frees its amount") << strings({"failed"}) << qint64(10000) << "None" << qint64(10000);
    QTest::newRow("mixed, exactly the rest")
        << strings({"succeeded", "rejected", "pending", "failed"}) << qint64(4000) << "None" << qint64(10000);
    QTest::newRow("mixed, one cent over") << strings({"succeeded", "rejected", "pending", "failed"}) << qint64(4001)
                                          << "RemainderExceeded" << qint64(6000);
}

void LedgerTestSuite::intentReservesUntilRejectedOrFailed()
{
    QFETCH(QStringList, earlier);
    QFETCH(qint64, amount);
    QFETCH(QString, expectedError);
    QFETCH(qint64, reservedAfter);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);
    QVERIFY(saleId > 0);
    for (const QString &status : earlier) {
        QUuid id;
        QVERIFY(journal(*ledger, saleId, 3000, &id).ok());
        if (statusOf(status) != RefundStatus::Submitting)
            QVERIFY(moveTo(*ledger, id, statusOf(status)).ok());
    }

    QUuid id;
    const LedgerResult result = journal(*ledger, saleId, amount, &id);
    QCOMPARE(errorName(result.error()), expectedError);
    QCOMPARE(ledger->reservedAmount(saleId).value(), eur(reservedAfter));
    const qint64 stored = earlier.size() + (result.ok() ? 1 : 0);
    QCOMPARE(ledger->countRefunds(RefundFilter()).value(), stored);
    QCOMPARE(ledger->refundsForSale(saleId).value().size(), stored);
    if (!result.ok())
        QVERIFY(id.isNull()); // the caller's refund is left as it was
}

void LedgerTestSuite::intentHonoursTheGatewaysRefundsPerSale_data()
{
    QTest::addColumn<QStringList>("earlier"); // statuses of earlier refunds of EUR 10.00 each
    QTest::addColumn<int>("refundsPerSale");
    QTest::addColumn<QString>("expectedError");

    // The sale is EUR 100.00, so the remainder never decides here.
    QTest::newRow("no limit, two earlier") << strings({"pending", "succeeded"}) << 0 << "None";
    QTest::newRow("first of one") << QStringList() << 1 << "None";
    QTest::newRow("submitting takes the slot") << strings({"submitting"}) << 1 << "RefundLimitReached";
    QTest::newRow("pending takes the slot") << strings({"pending"}) << 1 << "RefundLimitReached";
    QTest::newRow("needs_review takes the slot") << strings({"needs_review"}) << 1 << "RefundLimitReached";
    QTest::newRow("succeeded takes the slot") << strings({"succeeded"}) << 1 << "RefundLimitReached";
    // SecPaid keeps a rejected request: the one refund per payment is used up.
    QTest::newRow("rejected takes the slot") << strings({"rejected"}) << 1 << "RefundLimitReached";
    QTest::newRow("failed was never sent") << strings({"failed"}) << 1 << "None";
    QTest::newRow("second of two") << strings({"succeeded"}) << 2 << "None";
    QTest::newRow("third of two") << strings({"succeeded", "failed", "pending"}) << 2 << "RefundLimitReached";
}

void LedgerTestSuite::intentHonoursTheGatewaysRefundsPerSale()
{
    QFETCH(QStringList, earlier);
    QFETCH(int, refundsPerSale);
    QFETCH(QString, expectedError);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::SecPaid, QStringLiteral("1001"), 10000);
    QVERIFY(saleId > 0);
    for (const QString &status : earlier) {
        QUuid id;
        QVERIFY(journal(*ledger, saleId, 1000, &id).ok());
        if (statusOf(status) != RefundStatus::Submitting)
            QVERIFY(moveTo(*ledger, id, statusOf(status)).ok());
    }

    QUuid id;
    const LedgerResult result = journal(*ledger, saleId, 1000, &id, refundsPerSale);
    QCOMPARE(errorName(result.error()), expectedError);
    const qint64 stored = earlier.size() + (result.ok() ? 1 : 0);
    QCOMPARE(ledger->refundsForSale(saleId).value().size(), stored);
    if (!result.ok()) {
        QVERIFY(id.isNull());
        QVERIFY2(result.message().contains(QStringLiteral("as many as its gateway allows per payment")),
                 qPrintable(result.message()));
    }
}

void LedgerTestSuite::intentRefusalSaysWhatIsLeft()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);
    QVERIFY(journal(*ledger, saleId, 6000).ok());
    const LedgerResult result = journal(*ledger, saleId, 5000);
    QCOMPARE(errorName(result.error()), QStringLiteral("RemainderExceeded"));
    QCOMPARE(result.message(),
             QStringLiteral("EUR 50.00 is more than the EUR 40.00 left to refund on this sale (paid EUR 100.00; "
                            "refunded or in progress EUR 60.00)."));
}

void LedgerTestSuite::intentRefusesBadRequests_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("knownSale");
    QTest::addColumn<bool>("reuseRefundId");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("zero") << qint64(0) << "EUR" << true << false << "Invalid";
    QTest::newRow("negative") << qint64(-100) << "EUR" << true << false << "Invalid";
    QTest::newRow("another currency") << qint64(100) << "USD" << true << false << "Invalid";
    QTest::newRow("unknown sale") << qint64(100) << "EUR" << false << false << "NotFound";
    QTest::newRow("refund id already used") << qint64(100) << "EUR" << true << true << "Conflict";
}

void LedgerTestSuite::intentRefusesBadRequests()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(bool, knownSale);
    QFETCH(bool, reuseRefundId);
    QFETCH(QString, expectedError);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);
    QUuid firstId;
    QVERIFY(journal(*ledger, saleId, 100, &firstId).ok());

    Refund refund;
    refund.refundId = reuseRefundId ? firstId : QUuid::createUuid();
    refund.saleLedgerId = knownSale ? saleId : saleId + 100;
    refund.amount = Money(amount, *Currency::fromCode(currency));
    const QUuid requestedId = refund.refundId;
    const LedgerResult result = ledger->journalRefundIntent(refund, change(QStringLiteral("engine")));
    QCOMPARE(errorName(result.error()), expectedError);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(refund.refundId, requestedId);
    QCOMPARE(refund.status, RefundStatus::Draft);
    QCOMPARE(ledger->countRefunds(RefundFilter()).value(), qint64(1));
    QCOMPARE(ledger->eventsForRefund(firstId).value().size(), 1);
}

void LedgerTestSuite::intentIsStoredAsSubmittingWithFirstEvent()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::SecPaid, QStringLiteral("12345"), 4999);
    QVERIFY(saleId > 0);

    m_now = utc("2024-03-01T10:11:12.345Z");
    Refund refund;
    refund.saleLedgerId = saleId;
    refund.amount = eur(4999);
    refund.fullRefund = true;
    refund.reason = QStringLiteral("damaged");
    refund.storeId = QStringLiteral("S09");
    refund.registerId = QStringLiteral("R4");
    refund.employee = QStringLiteral("bob");
    refund.approvedBy = QStringLiteral("carol");
    refund.gatewayRefundId = QStringLiteral("made up by the caller");
    refund.message = QStringLiteral("made up by the caller");
    const LedgerResult result =
        ledger->journalRefundIntent(refund, change(QStringLiteral("engine"), QStringLiteral("counter refund")));
    QVERIFY2(result.ok(), qPrintable(result.message()));

    QVERIFY(!refund.refundId.isNull());
    QCOMPARE(refund.refundId.version(), QUuid::Random);
    QCOMPARE(refund.status, RefundStatus::Submitting);
    QCOMPARE(refund.gateway, GatewayId::SecPaid);
    QCOMPARE(refund.transactionId, QStringLiteral("12345"));
    QCOMPARE(refund.gatewayRefundId, QString());
    QCOMPARE(refund.message, QString());
    QCOMPARE(refund.createdAt, m_now);
    QCOMPARE(refund.updatedAt, m_now);

    const auto stored = ledger->refund(refund.refundId);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    const Refund &r = stored.value();
    QCOMPARE(r.refundId, refund.refundId);
    QCOMPARE(r.saleLedgerId, saleId);
    QCOMPARE(r.gateway, GatewayId::SecPaid);
    QCOMPARE(r.transactionId, QStringLiteral("12345"));
    QCOMPARE(r.amount, eur(4999));
    QCOMPARE(r.fullRefund, true);
    QCOMPARE(r.status, RefundStatus::Submitting);
    QCOMPARE(r.gatewayRefundId, QString());
    QCOMPARE(r.message, QString());
    QCOMPARE(r.reason, QStringLiteral("damaged"));
    QCOMPARE(r.storeId, QStringLiteral("S09"));
    QCOMPARE(r.registerId, QStringLiteral("R4"));
    QCOMPARE(r.employee, QStringLiteral("bob"));
    QCOMPARE(r.approvedBy, QStringLiteral("carol"));
    QCOMPARE(r.createdAt, utc("2024-03-01T10:11:12.345Z"));
    QCOMPARE(r.updatedAt, utc("2024-03-01T10:11:12.345Z"));
    QVERIFY(!r.gatewayRefundedBefore);

    // Stored as a UUID without braces, so other tools and the gateways see the same text.
    const auto ids = rawQuery(QStringLiteral("SELECT id FROM refunds"));
    QVERIFY(ids);
    QCOMPARE(ids->at(0).at(0).toString(), refund.refundId.toString(QUuid::WithoutBraces));

    const auto events = ledger->eventsForRefund(refund.refundId);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    const RefundEvent &event = events.value().constFirst();
    QCOMPARE(event.refundId, refund.refundId);
    QCOMPARE(event.fromStatus, RefundStatus::Draft);
    QCOMPARE(event.toStatus, RefundStatus::Submitting);
    QCOMPARE(event.source, QStringLiteral("engine"));
    QCOMPARE(event.detail, QStringLiteral("counter refund"));
    QCOMPARE(event.at, utc("2024-03-01T10:11:12.345Z"));
    QVERIFY(event.id > 0);

    // A caller-chosen id is kept.
    Refund chosen;
    chosen.refundId = QUuid(QStringLiteral("{6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b}"));
    chosen.saleLedgerId = saleId;
    chosen.amount = eur(1);
    chosen.gatewayRefundedBefore = eur(250);
    QCOMPARE(errorName(ledger->journalRefundIntent(chosen, change(QStringLiteral("engine"))).error()),
             QStringLiteral("RemainderExceeded"));
    QVERIFY(ledger->transitionRefund(refund.refundId, RefundStatus::Failed, {}, change(QStringLiteral("engine"))).ok());
    QVERIFY(ledger->journalRefundIntent(chosen, change(QStringLiteral("engine"))).ok());
    QCOMPARE(chosen.refundId, QUuid(QStringLiteral("{6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b}")));
    const auto chosenStored = ledger->refund(chosen.refundId);
    QVERIFY2(chosenStored.ok(), qPrintable(chosenStored.message()));
    QVERIFY(chosenStored.value().gatewayRefundedBefore);
    QCOMPARE(*chosenStored.value().gatewayRefundedBefore, eur(250));
}

void LedgerTestSuite::concurrentIntentsCannotBothPass()
{
    // Two connections (as two programs would have) ask for EUR 60.00 of the same EUR 100.00
    // sale at the same moment, sale after sale. Exactly one may pass each time, and the
    // other must be refused cleanly (not with a database error).
    constexpr int kRounds = 20;
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QList<qint64> saleIds;
    for (int round = 0; round < kRounds; ++round) {
        const qint64 id = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("RACE-%1").arg(round), 10000);
        QVERIFY(id > 0);
        saleIds << id;
    }

    std::barrier sync(2);
    std::array<QList<LedgerResult::Error>, 2> outcomes;
    std::array<QStringList, 2> messages;
    auto race = [&](std::size_t worker) {
        LedgerResult opened = LedgerResult::success();
        const std::unique_ptr<Ledger> own = openLedger(&opened);
        for (qint64 saleId : saleIds) {
            sync.arrive_and_wait();
            if (!own) {
                outcomes.at(worker) << opened.error();
                messages.at(worker) << opened.message();
                continue;
            }
            Refund refund;
            refund.saleLedgerId = saleId;
            refund.amount = eur(6000);
            refund.employee = QStringLiteral("worker %1").arg(worker);
            const LedgerResult result = own->journalRefundIntent(refund, change(QStringLiteral("engine")));
            outcomes.at(worker) << result.error();
            messages.at(worker) << result.message();
        }
    };
    std::thread first(race, std::size_t(0));
    std::thread second(race, std::size_t(1));
    first.join();
    second.join();

    for (int round = 0; round < kRounds; ++round) {
        const auto a = outcomes[0].at(round);
        const auto b = outcomes[1].at(round);
        const QString both = errorName(a) + QStringLiteral(" / ") + errorName(b) + QStringLiteral(": ")
            + messages[0].at(round) + QStringLiteral(" / ") + messages[1].at(round);
        const bool oneWon = (a == LedgerResult::Error::None && b == LedgerResult::Error::RemainderExceeded)
            || (b == LedgerResult::Error::None && a == LedgerResult::Error::RemainderExceeded);
        QVERIFY2(oneWon, qPrintable(both));
        QCOMPARE(ledger->reservedAmount(saleIds.at(round)).value(), eur(6000));
        QCOMPARE(ledger->refundsForSale(saleIds.at(round)).value().size(), 1);
    }
}

// ---- Status transitions

void LedgerTestSuite::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("byPerson");
    QTest::addColumn<bool>("allowed");

    auto row = [](const char *from, const char *to, bool byPerson, bool allowed) {
        QTest::addRow("%s -> %s by %s", from, to, byPerson ? "person" : "event")
            << QString::fromLatin1(from) << QString::fromLatin1(to) << byPerson << allowed;
    };
    row("submitting", "pending", false, true);
    row("submitting", "needs_review", false, true);
    row("submitting", "succeeded", false, true);
    row("submitting", "rejected", false, true);
    row("submitting", "failed", false, true);
    row("submitting", "draft", false, false);
    row("submitting", "pending", true, true);
    row("pending", "submitting", false, false);
    row("pending", "draft", true, false);
    row("pending", "needs_review", false, true);
    row("pending", "succeeded", false, true);
    row("pending", "rejected", false, true);
    row("pending", "succeeded", true, true);
    row("needs_review", "pending", false, false);
    row("needs_review", "succeeded", false, false);
    row("needs_review", "failed", false, false);
    row("needs_review", "succeeded", true, true);
    row("needs_review", "rejected", true, true);
    row("needs_review", "failed", true, true);
    row("needs_review", "pending", true, false);
    row("needs_review", "submitting", true, false);
    row("succeeded", "pending", false, false);
    row("succeeded", "failed", false, false);
    row("succeeded", "needs_review", false, false);
    row("succeeded", "failed", true, false);
    row("rejected", "succeeded", false, false);
    row("rejected", "pending", true, false);
    row("failed", "succeeded", false, false);
    row("failed", "needs_review", true, false);
}

void LedgerTestSuite::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, byPerson);
    QFETCH(bool, allowed);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PayNet, QStringLiteral("CHK-1"), 10000);
    QUuid id;
    QVERIFY(journal(*ledger, saleId, 1000, &id).ok());
    if (statusOf(from) != RefundStatus::Submitting)
        QVERIFY(moveTo(*ledger, id, statusOf(from)).ok());
    const int eventsBefore = int(ledger->eventsForRefund(id).value().size());

    m_now = m_now.addSecs(60);
    const auto moved = ledger->transitionRefund(
        id, statusOf(to), RefundUpdate(),
        change(byPerson ? QStringLiteral("review") : QStringLiteral("webhook"), QStringLiteral("checked the report")),
        byPerson ? TransitionBy::Person : TransitionBy::Event);

    const auto events = ledger->eventsForRefund(id).value();
    const auto stored = ledger->refund(id).value();
    if (allowed) {
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
        QCOMPARE(refundStatusKey(moved.value().status), to);
        QCOMPARE(refundStatusKey(stored.status), to);
        QCOMPARE(stored.updatedAt, m_now);
        QCOMPARE(events.size(), eventsBefore + 1);
        QCOMPARE(refundStatusKey(events.constLast().fromStatus), from);
        QCOMPARE(refundStatusKey(events.constLast().toStatus), to);
        QCOMPARE(events.constLast().detail, QStringLiteral("checked the report"));
    } else {
        QCOMPARE(errorName(moved.error()), QStringLiteral("StatusRegression"));
        QVERIFY(!moved.message().isEmpty());
        QCOMPARE(refundStatusKey(stored.status), from);
        QCOMPARE(events.size(), eventsBefore);
    }
}

void LedgerTestSuite::sameStatusUpdatesGatewayData()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PayNet, QStringLiteral("CHK-1"), 10000);
    QUuid id;
    QVERIFY(journal(*ledger, saleId, 1000, &id).ok());

    // The refund answer: pending, with PayNet's endToEndId.
    RefundUpdate answer;
    answer.gatewayRefundId = QStringLiteral("E2E-1");
    answer.message = QStringLiteral("REFUND_PENDING");
    auto moved = ledger->transitionRefund(id, RefundStatus::Pending, answer, change(QStringLiteral("engine")));
    QVERIFY2(moved.ok(), qPrintable(moved.message()));
    QCOMPARE(moved.value().gatewayRefundId, QStringLiteral("E2E-1"));
    QCOMPARE(moved.value().message, QStringLiteral("REFUND_PENDING"));
    QCOMPARE(ledger->eventsForRefund(id).value().size(), 2);

    // The same news again (a repeated webhook) changes nothing and adds no event.
    moved = ledger->transitionRefund(id, RefundStatus::Pending, answer, change(QStringLiteral("webhook")));
    QVERIFY2(moved.ok(), qPrintable(moved.message()));
    QCOMPARE(moved.value().status, RefundStatus::Pending);
    QCOMPARE(ledger->eventsForRefund(id).value().size(), 2);

    // New words with the same status: stored, with an event pending -> pending.
    RefundUpdate words;
    words.message = QStringLiteral("U002");
    moved = ledger->transitionRefund(id, RefundStatus::Pending, words, change(QStringLiteral("sync")));
    QVERIFY(moved.ok());
    QCOMPARE(moved.value().message, QStringLiteral("U002"));
    QCOMPARE(moved.value().gatewayRefundId, QStringLiteral("E2E-1"));
    QCOMPARE(statusKeys(ledger->eventsForRefund(id).value()),
             (strings({"draft->submitting", "submitting->pending", "pending->pending"})));

    // Another gateway refund id for the same refund is a conflict and changes nothing.
    RefundUpdate other;
    other.gatewayRefundId = QStringLiteral("E2E-2");
    other.message = QStringLiteral("REFUND_ACCEPTED");
    moved = ledger->transitionRefund(id, RefundStatus::Succeeded, other, change(QStringLiteral("webhook")));
    QCOMPARE(errorName(moved.error()), QStringLiteral("Conflict"));
    QCOMPARE(ledger->refund(id).value().status, RefundStatus::Pending);
    QCOMPARE(ledger->refund(id).value().message, QStringLiteral("U002"));
    QCOMPARE(ledger->eventsForRefund(id).value().size(), 3);

    const auto found = ledger->findRefundByGatewayRefundId(GatewayId::PayNet, QStringLiteral("E2E-1"));
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QCOMPARE(found.value().refundId, id);
    QCOMPARE(errorName(ledger->findRefundByGatewayRefundId(GatewayId::Pockyt, QStringLiteral("E2E-1")).error()),
             QStringLiteral("NotFound"));
    // Refunds not yet named by their gateway are never found by the empty name.
    QUuid unnamed;
    QVERIFY(journal(*ledger, saleId, 1000, &unnamed).ok());
    QCOMPARE(errorName(ledger->findRefundByGatewayRefundId(GatewayId::PayNet, QString()).error()),
             QStringLiteral("NotFound"));

    QCOMPARE(errorName(moveTo(*ledger, QUuid::createUuid(), RefundStatus::Pending).error()),
             QStringLiteral("NotFound"));
}

void LedgerTestSuite::closingReviewNeedsANote()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PayNet, QStringLiteral("CHK-1"), 10000);
    QUuid id;
    QVERIFY(journal(*ledger, saleId, 1000, &id).ok());
    QVERIFY(moveTo(*ledger, id, RefundStatus::NeedsReview).ok());

    auto closed = ledger->transitionRefund(
        id, RefundStatus::Succeeded, {}, change(QStringLiteral("review"), QStringLiteral("  ")), TransitionBy::Person);
    QCOMPARE(errorName(closed.error()), QStringLiteral("Invalid"));
    QCOMPARE(ledger->refund(id).value().status, RefundStatus::NeedsReview);

    closed = ledger->transitionRefund(id, RefundStatus::Succeeded, {},
                                      change(QStringLiteral("review"), QStringLiteral("in the 2024-03-02 report")),
                                      TransitionBy::Person);
    QVERIFY2(closed.ok(), qPrintable(closed.message()));
    const auto events = ledger->eventsForRefund(id).value();
    QCOMPARE(events.constLast().source, QStringLiteral("review"));
    QCOMPARE(events.constLast().detail, QStringLiteral("in the 2024-03-02 report"));
    QCOMPARE(events.constLast().toStatus, RefundStatus::Succeeded);
}

void LedgerTestSuite::eventsAreRecordedInOrder()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PayNet, QStringLiteral("CHK-1"), 10000);
    QUuid id;
    QVERIFY(journal(*ledger, saleId, 1000, &id).ok());
    m_now = utc("2024-03-01T08:00:05.000Z");
    QVERIFY(ledger
                ->transitionRefund(id, RefundStatus::Pending, {},
                                   change(QStringLiteral("engine"), QStringLiteral("REFUND_PENDING")))
                .ok());
    m_now = utc("2024-03-02T08:00:00.000Z");
    QVERIFY(ledger
                ->transitionRefund(id, RefundStatus::NeedsReview, {},
                                   change(QStringLiteral("webhook"), QStringLiteral("TIMEOUT")))
                .ok());
    m_now = utc("2024-03-03T09:30:00.000Z");
    QVERIFY(ledger
                ->transitionRefund(id, RefundStatus::Failed, {},
                                   change(QStringLiteral("review"), QStringLiteral("not in the report")),
                                   TransitionBy::Person)
                .ok());

    const auto events = ledger->eventsForRefund(id);
    QVERIFY(events.ok());
    QCOMPARE(statusKeys(events.value()),
             (strings({"draft->submitting", "submitting->pending", "pending->needs_review", "needs_review->failed"})));
    QStringList sources;
    QStringList details;
    QList<QDateTime> times;
    for (const RefundEvent &event : events.value()) {
        sources << event.source;
        details << event.detail;
        times << event.at;
        QCOMPARE(event.refundId, id);
    }
    QCOMPARE(sources, (strings({"engine", "engine", "webhook", "review"})));
    QCOMPARE(details, (strings({"", "REFUND_PENDING", "TIMEOUT", "not in the report"})));
    QCOMPARE(times,
             (QList<QDateTime> {utc("2024-03-01T08:00:00.000Z"), utc("2024-03-01T08:00:05.000Z"),
                                utc("2024-03-02T08:00:00.000Z"), utc("2024-03-03T09:30:00.000Z")}));
    QCOMPARE(ledger->eventsForRefund(QUuid::createUuid()).value().size(), 0);
}

// ---- Listing

QHash<QString, QUuid> LedgerTestSuite::addListFixture(Ledger &ledger)
{
    QHash<QString, QUuid> ids;
    const qint64 pockytSale = addSale(ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);
    const qint64 paynetSale = addSale(ledger, GatewayId::PayNet, QStringLiteral("N-1"), 10000);
    struct Row
    {
        const char *name;
        qint64 sale;
        const char *createdAt;
        const char *store;
        const char *till;
        const char *employee;
        RefundStatus status;
    };
    const Row rows[] = {
        {"r1", pockytSale, "2024-03-01T09:00:00.000Z", "S01", "R1", "alice", RefundStatus::Submitting},
        {"r2", pockytSale, "2024-03-02T09:00:00.000Z", "S01", "R2", "bob", RefundStatus::Pending},
        {"r3", paynetSale, "2024-03-03T09:00:00.000Z", "S02", "R1", "alice", RefundStatus::Succeeded},
        {"r4", paynetSale, "2024-03-04T09:00:00.000Z", "S02", "R3", "carol", RefundStatus::Failed},
        {"r5", pockytSale, "2024-03-05T09:00:00.000Z", "S01", "R1", "alice", RefundStatus::NeedsReview},
    };
    for (const Row &row : rows) {
        m_now = utc(row.createdAt);
        Refund refund;
        refund.saleLedgerId = row.sale;
        refund.amount = eur(1000);
        refund.storeId = QString::fromLatin1(row.store);
        refund.registerId = QString::fromLatin1(row.till);
        refund.employee = QString::fromLatin1(row.employee);
        const LedgerResult journaled = ledger.journalRefundIntent(refund, change(QStringLiteral("engine")));
        if (!journaled.ok())
            qWarning("%s", qPrintable(journaled.message()));
        if (row.status != RefundStatus::Submitting) {
            const LedgerResult moved = moveTo(ledger, refund.refundId, row.status);
            if (!moved.ok())
                qWarning("%s", qPrintable(moved.message()));
        }
        ids.insert(QString::fromLatin1(row.name), refund.refundId);
    }
    return ids;
}

void LedgerTestSuite::listAndCount_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("till");
    QTest::addColumn<QString>("employee");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("newestFirst");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("count");

    const QDateTime none;
    const QStringList any;
    const QString all;
    QTest::newRow("everything, newest first") << none << none << any << all << all << all << all << 0 << 0 << true
                                              << strings({"r5", "r4", "r3", "r2", "r1"}) << qint64(5);
    QTest::newRow("everything, oldest first") << none << none << any << all << all << all << all << 0 << 0 << false
                                              << strings({"r1", "r2", "r3", "r4", "r5"}) << qint64(5);
    QTest::newRow("from is inclusive") << utc("2024-03-03T09:00:00.000Z") << none << any << all << all << all << all
                                       << 0 << 0 << true << strings({"r5", "r4", "r3"}) << qint64(3);
    QTest::newRow("to is exclusive") << none << utc("2024-03-03T09:00:00.000Z") << any << all << all << all << all << 0
                                     << 0 << true << strings({"r2", "r1"}) << qint64(2);
    QTest::newRow("range") << utc("2024-03-02T00:00:00.000Z") << utc("2024-03-04T09:00:00.000Z") << any << all << all
                           << all << all << 0 << 0 << true << strings({"r3", "r2"}) << qint64(2);
    QTest::newRow("range in another time zone")
        << QDateTime::fromString(QStringLiteral("2024-03-02T10:00:00+10:00"), Qt::ISODate)
        << QDateTime::fromString(QStringLiteral("2024-03-04T04:00:00-05:00"), Qt::ISODate) << any << all << all << all
        << all << 0 << 0 << true << strings({"r3", "r2"}) << qint64(2);
    QTest::newRow("statuses") << none << none << strings({"pending", "needs_review"}) << all << all << all << all << 0
                              << 0 << true << strings({"r5", "r2"}) << qint64(2);
    QTest::newRow("gateway") << none << none << any << "paynet" << all << all << all << 0 << 0 << true
                             << strings({"r4", "r3"}) << qint64(2);
    QTest::newRow("store") << none << none << any << all << "S01" << all << all << 0 << 0 << true
                           << strings({"r5", "r2", "r1"}) << qint64(3);
    QTest::newRow("register") << none << none << any << all << all << "R1" << all << 0 << 0 << true
                              << strings({"r5", "r3", "r1"}) << qint64(3);
    QTest::newRow("employee") << none << none << any << all << all << all << "alice" << 0 << 0 << true
                              << strings({"r5", "r3", "r1"}) << qint64(3);
    QTest::newRow("all conditions together")
        << utc("2024-03-01T00:00:00.000Z") << utc("2024-03-06T00:00:00.000Z") << strings({"submitting"}) << "pockyt"
        << "S01"
        << "R1"
        << "alice" << 0 << 0 << true << strings({"r1"}) << qint64(1);
    QTest::newRow("first page") << none << none << any << all << all << all << all << 2 << 0 << true
                                << strings({"r5", "r4"}) << qint64(5);
    QTest::newRow("second page") << none << none << any << all << all << all << all << 2 << 2 << true
                                 << strings({"r3", "r2"}) << qint64(5);
    QTest::newRow("last page") << none << none << any << all << all << all << all << 2 << 4 << true << strings({"r1"})
                               << qint64(5);
    QTest::newRow("offset without limit")
        << none << none << any << all << all << all << all << 0 << 3 << true << strings({"r2", "r1"}) << qint64(5);
    QTest::newRow("nothing matches") << none << none << any << all << all << all << "dave" << 0 << 0 << true
                                     << QStringList() << qint64(0);
}

void LedgerTestSuite::listAndCount()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, statuses);
    QFETCH(QString, gateway);
    QFETCH(QString, store);
    QFETCH(QString, till);
    QFETCH(QString, employee);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(bool, newestFirst);
    QFETCH(QStringList, expected);
    QFETCH(qint64, count);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const QHash<QString, QUuid> ids = addListFixture(*ledger);
    QCOMPARE(ids.size(), 5);

    RefundFilter filter;
    filter.from = from;
    filter.to = to;
    for (const QString &status : statuses)
        filter.statuses << statusOf(status);
    if (!gateway.isEmpty())
        filter.gateway = gatewayFromKey(gateway);
    filter.storeId = store;
    filter.registerId = till;
    filter.employee = employee;
    filter.limit = limit;
    filter.offset = offset;
    filter.newestFirst = newestFirst;

    const auto listed = ledger->listRefunds(filter);
    QVERIFY2(listed.ok(), qPrintable(listed.message()));
    QStringList names;
    for (const Refund &refund : listed.value())
        names << ids.key(refund.refundId);
    QCOMPARE(names, expected);
    const auto counted = ledger->countRefunds(filter);
    QVERIFY2(counted.ok(), qPrintable(counted.message()));
    QCOMPARE(counted.value(), count);
}

void LedgerTestSuite::readsSeeWhatOtherConnectionsCommitted()
{
    // The ledger keeps its statements prepared between calls. One that read only the first
    // of its rows (a count) must not keep the store as it was then: the next read, by any
    // statement, sees what another connection committed in between.
    const auto reader = openTestLedger();
    const auto writer = openTestLedger();
    QVERIFY2(reader && writer, qPrintable(m_openError));
    const qint64 saleId = addSale(*writer, GatewayId::Pockyt, QStringLiteral("297553638300708562"), 10000);
    QVERIFY(saleId > 0);
    for (int round = 1; round <= 3; ++round) {
        QCOMPARE(reader->countRefunds(RefundFilter()).value(), qint64(round - 1));
        QVERIFY(journal(*writer, saleId, 1000).ok());
        QCOMPARE(reader->refundsForSale(saleId).value().size(), round);
        QCOMPARE(reader->reservedAmount(saleId).value(), eur(1000 * round));
        QCOMPARE(reader->countRefunds(RefundFilter()).value(), qint64(round));
    }

    // The lookups too, which read only the row they return.
    const SaleRef later {GatewayId::PwV3, SaleIdKind::Reference, QStringLiteral("R-later")};
    QCOMPARE(errorName(reader->findSale(later).error()), QStringLiteral("NotFound"));
    QVERIFY(addSale(*writer, GatewayId::PwV3, QStringLiteral("529-1-2"), 500, QStringLiteral("R-later")) > 0);
    QCOMPARE(reader->findSale(later).value().transactionId, QStringLiteral("529-1-2"));
    QUuid refundId;
    QVERIFY(journal(*writer, saleId, 1000, &refundId).ok());
    QCOMPARE(reader->refund(refundId).value().status, RefundStatus::Submitting);
    QVERIFY(moveTo(*writer, refundId, RefundStatus::Pending).ok());
    QCOMPARE(reader->refund(refundId).value().status, RefundStatus::Pending);
}

void LedgerTestSuite::unreadableRowsAreDatabaseErrors()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 older = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 1000, QStringLiteral("R-1"));
    const qint64 newer = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-2"), 2000, QStringLiteral("R-1"));
    QVERIFY(older > 0 && newer > older);
    QUuid refundId;
    QVERIFY(journal(*ledger, newer, 500, &refundId).ok());
    // As someone editing the store by hand might leave it.
    QVERIFY(rawQuery(QStringLiteral("UPDATE sales SET currency = 'XXX' WHERE id = ?"), {older}));
    QVERIFY(rawQuery(QStringLiteral("UPDATE refunds SET status = 'lost' WHERE id = ?"),
                     {refundId.toString(QUuid::WithoutBraces)}));

    const auto sale = ledger->findSale({GatewayId::Pockyt, SaleIdKind::TransactionId, QStringLiteral("P-1")});
    QCOMPARE(errorName(sale.error()), QStringLiteral("Database"));
    const QString saleDamaged =
        QStringLiteral(" holds sale %1 that this program cannot read; it may have been edited by hand.").arg(older);
    QVERIFY2(sale.message().endsWith(saleDamaged), qPrintable(sale.message()));
    // A lookup by reference returns the newest sale and reads no further.
    const auto byReference = ledger->findSale({GatewayId::Pockyt, SaleIdKind::Reference, QStringLiteral("R-1")});
    QVERIFY2(byReference.ok(), qPrintable(byReference.message()));
    QCOMPARE(byReference.value().ledgerId, newer);

    const auto refund = ledger->refund(refundId);
    QCOMPARE(errorName(refund.error()), QStringLiteral("Database"));
    const QString refundDamaged = QStringLiteral(" holds refund %1 that this program cannot read; it may have been "
                                                 "edited by hand.")
                                      .arg(refundId.toString(QUuid::WithoutBraces));
    QVERIFY2(refund.message().endsWith(refundDamaged), qPrintable(refund.message()));
}

void LedgerTestSuite::refundedByEmployeeSinceCountsWhatHoldsMoney()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("DAY-1"), 100000);
    const auto refundBy = [&](const QString &employee, qint64 minorUnits, const QDateTime &at) {
        m_now = at;
        Refund refund;
        refund.saleLedgerId = saleId;
        refund.amount = eur(minorUnits);
        refund.employee = employee;
        const LedgerResult journaled = ledger->journalRefundIntent(refund, change(QStringLiteral("engine")));
        return journaled.ok() ? refund.refundId : QUuid();
    };
    const QDateTime morning = utc("2024-03-05T08:00:00.000Z");
    QVERIFY(!refundBy(QStringLiteral("alice"), 700, morning.addSecs(-60)).isNull()); // yesterday's
    QVERIFY(!refundBy(QStringLiteral("alice"), 1000, morning).isNull()); // from the first moment on
    const QUuid failed = refundBy(QStringLiteral("alice"), 2000, morning.addSecs(600));
    const QUuid rejected = refundBy(QStringLiteral("alice"), 4000, morning.addSecs(700));
    const QUuid succeeded = refundBy(QStringLiteral("alice"), 300, morning.addSecs(800));
    const QUuid review = refundBy(QStringLiteral("alice"), 50, morning.addSecs(900));
    QVERIFY(!refundBy(QStringLiteral("bob"), 8000, morning.addSecs(60)).isNull());
    QVERIFY(!failed.isNull() && !rejected.isNull() && !succeeded.isNull() && !review.isNull());
    QVERIFY(moveTo(*ledger, failed, RefundStatus::Failed).ok());
    QVERIFY(moveTo(*ledger, rejected, RefundStatus::Rejected).ok());
    QVERIFY(moveTo(*ledger, succeeded, RefundStatus::Succeeded).ok());
    QVERIFY(moveTo(*ledger, review, RefundStatus::NeedsReview).ok());

    // Submitting 10.00 + succeeded 3.00 + needs review 0.50; not yesterday's, the failed or
    // the rejected one, nor bob's.
    auto total = ledger->refundedByEmployeeSince(QStringLiteral("alice"), morning, eur(0).currency());
    QVERIFY2(total.ok(), qPrintable(total.message()));
    QCOMPARE(total.value(), eur(1350));
    QCOMPARE(ledger->refundedByEmployeeSince(QStringLiteral("bob"), morning, eur(0).currency()).value(), eur(8000));
    QCOMPARE(ledger->refundedByEmployeeSince(QStringLiteral("carol"), morning, eur(0).currency()).value(), eur(0));
    const Currency myr = *Currency::fromCode(u"MYR");
    total = ledger->refundedByEmployeeSince(QStringLiteral("alice"), morning, myr);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), Money::zero(myr));
}

void LedgerTestSuite::writesTogetherCommitOnceAndFailAlone()
{
    // Group commit (what the webhook receiver does with the webhooks that arrived together):
    // one transaction, each write succeeding or failing on its own, none visible before the
    // whole commits.
    const auto ledger = openTestLedger();
    const auto other = openTestLedger();
    QVERIFY2(ledger && other, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PayNet, QStringLiteral("TOGETHER-1"), 10000);
    QUuid first;
    QUuid second;
    QVERIFY(journal(*ledger, saleId, 1000, &first).ok());
    QVERIFY(journal(*ledger, saleId, 2000, &second).ok());
    const qint64 auditBefore = ledger->auditCount().value();

    std::optional<LedgerValue<Refund>> moved;
    std::optional<LedgerValue<Refund>> refused;
    std::optional<LedgerValue<AuditEntry>> appended;
    std::optional<RefundStatus> seenMeanwhile;
    const LedgerResult stored = ledger->writeTogether([&] {
        LedgerChange pending = change(QStringLiteral("webhook"));
        pending.audit = auditEntry(QStringLiteral("webhook.refund_status"), QStringLiteral("first"));
        moved = ledger->transitionRefund(first, RefundStatus::Pending, RefundUpdate(), pending);
        LedgerChange backwards = change(QStringLiteral("webhook"));
        backwards.audit = auditEntry(QStringLiteral("webhook.refund_status"), QStringLiteral("second"));
        refused = ledger->transitionRefund(second, RefundStatus::Draft, RefundUpdate(), backwards);
        appended = ledger->appendAudit(auditEntry(QStringLiteral("webhook.unknown_refund"), QStringLiteral("third")));
        // The writer sees its own writes; nobody else does yet.
        QCOMPARE(ledger->refund(first).value().status, RefundStatus::Pending);
        seenMeanwhile = other->refund(first).value().status;
    });
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(moved && refused && appended && seenMeanwhile);
    QVERIFY2(moved->ok(), qPrintable(moved->message()));
    QCOMPARE(moved->value().status, RefundStatus::Pending);
    QCOMPARE(errorName(refused->error()), QStringLiteral("StatusRegression"));
    QVERIFY2(appended->ok(), qPrintable(appended->message()));
    QCOMPARE(*seenMeanwhile, RefundStatus::Submitting);

    // Committed: the move and its audit row, the lone audit row; nothing of the refused move.
    QCOMPARE(other->refund(first).value().status, RefundStatus::Pending);
    QCOMPARE(statusKeys(other->eventsForRefund(first).value()),
             (strings({"draft->submitting", "submitting->pending"})));
    QCOMPARE(other->refund(second).value().status, RefundStatus::Submitting);
    QCOMPARE(statusKeys(other->eventsForRefund(second).value()), (strings({"draft->submitting"})));
    QCOMPARE(other->auditCount().value(), auditBefore + 2);
    const auto entries = other->auditEntries(auditBefore, 10).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).subject, QStringLiteral("first"));
    QCOMPARE(entries.at(1).subject, QStringLiteral("third"));
    const auto chain = other->verifyAuditChain();
    QVERIFY2(chain.ok() && chain.value().intact, qPrintable(chain.message()));

    // The ledger writes on its own again afterwards.
    QVERIFY(moveTo(*ledger, second, RefundStatus::Pending).ok());
    QCOMPARE(other->refund(second).value().status, RefundStatus::Pending);
}

void LedgerTestSuite::refundsInStatusAndForSale()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const QHash<QString, QUuid> ids = addListFixture(*ledger);

    auto names = [&ids](const QList<Refund> &refunds) {
        QStringList out;
        for (const Refund &refund : refunds)
            out << ids.key(refund.refundId);
        return out;
    };
    const auto open = ledger->refundsInStatus({RefundStatus::Submitting, RefundStatus::Pending});
    QVERIFY(open.ok());
    QCOMPARE(names(open.value()), (strings({"r1", "r2"})));
    QCOMPARE(ledger->refundsInStatus({}).value().size(), 0);

    const qint64 pockytSale =
        ledger->findSale({GatewayId::Pockyt, SaleIdKind::TransactionId, QStringLiteral("P-1")}).value().ledgerId;
    const auto ofSale = ledger->refundsForSale(pockytSale);
    QVERIFY(ofSale.ok());
    QCOMPARE(names(ofSale.value()), (strings({"r1", "r2", "r5"})));
    QCOMPARE(ledger->refundsForSale(pockytSale + 100).value().size(), 0);
    QCOMPARE(ledger->reservedAmount(pockytSale).value(), eur(3000));
    QCOMPARE(errorName(ledger->reservedAmount(pockytSale + 100).error()), QStringLiteral("NotFound"));
}

// ---- Audit

void LedgerTestSuite::auditChainAppendsAndVerifies()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));

    auto check = ledger->verifyAuditChain();
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check.value().intact, true);
    QCOMPARE(check.value().rowCount, qint64(0));

    const QStringList actions = strings({"gateway.request", "gateway.response", "approval", "refund.status"});
    for (int i = 0; i < actions.size(); ++i) {
        m_now = utc("2024-03-01T08:00:00.000Z").addSecs(i);
        const auto appended =
            ledger->appendAudit(auditEntry(actions.at(i), QStringLiteral("subject %1").arg(i), QStringLiteral("d")));
        QVERIFY2(appended.ok(), qPrintable(appended.message()));
        QCOMPARE(appended.value().seq, qint64(i + 1));
        QCOMPARE(appended.value().at, m_now);
    }

    check = ledger->verifyAuditChain();
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check.value().intact, true);
    QCOMPARE(check.value().rowCount, qint64(4));
    QCOMPARE(check.value().firstBadSeq, qint64(0));
    QCOMPARE(check.value().problem, QString());
    QCOMPARE(ledger->auditCount().value(), qint64(4));

    const auto entries = ledger->auditEntries(0, 10);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 4);
    QString prevHash = AuditChain::genesisHash();
    for (int i = 0; i < 4; ++i) {
        const AuditEntry &entry = entries.value().at(i);
        QCOMPARE(entry.seq, qint64(i + 1));
        QCOMPARE(entry.at, utc("2024-03-01T08:00:00.000Z").addSecs(i));
        QCOMPARE(entry.actor, QStringLiteral("alice"));
        QCOMPARE(entry.action, actions.at(i));
        QCOMPARE(entry.subject, QStringLiteral("subject %1").arg(i));
        QCOMPARE(entry.detail, QStringLiteral("d"));
        QCOMPARE(entry.storeId, QStringLiteral("S01"));
        QCOMPARE(entry.registerId, QStringLiteral("R1"));
        QCOMPARE(entry.prevHash, prevHash);
        QCOMPARE(entry.hash, AuditChain::rowHash(kAuditKey, entry));
        QCOMPARE(entry.hash.size(), 64);
        prevHash = entry.hash;
    }
    const auto page = ledger->auditEntries(1, 2);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 2);
    QCOMPARE(page.value().at(0).seq, qint64(2));
    QCOMPARE(page.value().at(1).seq, qint64(3));
}

void LedgerTestSuite::auditTamperingNamesTheRow_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<bool>("otherKey");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<qint64>("rowCount");

    QTest::newRow("detail of row 3 edited")
        << "UPDATE audit_log SET detail = ? WHERE seq = ?" << QVariantList {QStringLiteral("refunded EUR 5.00"), 3}
        << false << qint64(3) << qint64(2);
    QTest::newRow("actor of row 1 edited")
        << "UPDATE audit_log SET actor = ? WHERE seq = ?" << QVariantList {QStringLiteral("mallory"), 1} << false
        << qint64(1) << qint64(0);
    QTest::newRow("time of row 5 edited")
        << "UPDATE audit_log SET logged_at = ? WHERE seq = ?"
        << QVariantList {QStringLiteral("2024-03-01T09:00:00.000Z"), 5} << false << qint64(5) << qint64(4);
    QTest::newRow("row 3 edited and its hash replaced")
        << "UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?"
        << QVariantList {QStringLiteral("x"), QString(64, QLatin1Char('a')), 3} << false << qint64(3) << qint64(2);
    QTest::newRow("row 2 removed") << "DELETE FROM audit_log WHERE seq = ?" << QVariantList {2} << false << qint64(3)
                                   << qint64(1);
    QTest::newRow("another installation's key") << QString() << QVariantList() << true << qint64(1) << qint64(0);
}

void LedgerTestSuite::auditTamperingNamesTheRow()
{
    QFETCH(QString, tamper);
    QFETCH(QVariantList, values);
    QFETCH(bool, otherKey);
    QFETCH(qint64, firstBadSeq);
    QFETCH(qint64, rowCount);

    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    for (int i = 1; i <= 6; ++i) {
        m_now = m_now.addSecs(1);
        QVERIFY(ledger->appendAudit(auditEntry(QStringLiteral("refund.status"), QStringLiteral("r%1").arg(i))).ok());
    }
    QCOMPARE(ledger->verifyAuditChain().value().intact, true);

    // As an intruder would: straight into the store, past the ledger, while it is open.
    if (!tamper.isEmpty())
        QVERIFY(rawQuery(tamper, values));
    if (otherKey)
        ledger->setAuditKey("another installation's key");

    const auto check = ledger->verifyAuditChain();
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check.value().intact, false);
    QCOMPARE(check.value().firstBadSeq, firstBadSeq);
    QCOMPARE(check.value().rowCount, rowCount);
    QVERIFY2(check.value().problem.contains(QStringLiteral("Audit row %1 ").arg(firstBadSeq)),
             qPrintable(check.value().problem));
}

void LedgerTestSuite::auditRowsGoWithTheirRefundChange()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);

    Refund refund;
    refund.saleLedgerId = saleId;
    refund.amount = eur(8000);
    LedgerChange intent = change(QStringLiteral("engine"));
    intent.audit = auditEntry(QStringLiteral("refund.intent"), QStringLiteral("EUR 80.00 of P-1"));
    QVERIFY(ledger->journalRefundIntent(refund, intent).ok());
    QCOMPARE(ledger->auditCount().value(), qint64(1));
    QCOMPARE(ledger->auditEntries(0, 1).value().at(0).action, QStringLiteral("refund.intent"));

    // Refused: neither the refund nor its audit row is written.
    Refund tooMuch;
    tooMuch.saleLedgerId = saleId;
    tooMuch.amount = eur(2001);
    QCOMPARE(errorName(ledger->journalRefundIntent(tooMuch, intent).error()), QStringLiteral("RemainderExceeded"));
    QCOMPARE(ledger->auditCount().value(), qint64(1));
    QCOMPARE(ledger->countRefunds(RefundFilter()).value(), qint64(1));

    LedgerChange regression = change(QStringLiteral("webhook"));
    regression.audit = auditEntry(QStringLiteral("refund.status"), QStringLiteral("draft"));
    QCOMPARE(errorName(ledger->transitionRefund(refund.refundId, RefundStatus::Draft, {}, regression).error()),
             QStringLiteral("StatusRegression"));
    QCOMPARE(ledger->auditCount().value(), qint64(1));

    LedgerChange pending = change(QStringLiteral("engine"));
    pending.audit = auditEntry(QStringLiteral("refund.status"), QStringLiteral("pending"));
    QVERIFY(ledger->transitionRefund(refund.refundId, RefundStatus::Pending, {}, pending).ok());
    QCOMPARE(ledger->auditCount().value(), qint64(2));
    const auto check = ledger->verifyAuditChain();
    QCOMPARE(check.value().intact, true);
    QCOMPARE(check.value().rowCount, qint64(2));
}

void LedgerTestSuite::auditRowsSyncedLaterAreStillChained()
{
    // Durability::WithNextSync changes when the row reaches the disk, nothing a reader sees:
    // committed at once, in the chain, and the writes after it as they always are.
    const auto ledger = openTestLedger();
    const auto other = openTestLedger();
    QVERIFY2(ledger && other, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PwV3, QStringLiteral("529-2-2"), 5000);
    QUuid id;
    QVERIFY(journal(*ledger, saleId, 1000, &id).ok());
    const auto request = ledger->appendAudit(auditEntry(QStringLiteral("gateway.request"), QStringLiteral("POST")),
                                             Ledger::Durability::WithNextSync);
    QVERIFY2(request.ok(), qPrintable(request.message()));
    QCOMPARE(other->auditEntries(request.value().seq - 1, 1).value().constFirst().action,
             QStringLiteral("gateway.request"));
    const auto answer = ledger->appendAudit(auditEntry(QStringLiteral("gateway.response"), QStringLiteral("HTTP 200")),
                                            Ledger::Durability::WithNextSync);
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().seq, request.value().seq + 1);
    LedgerChange moved = change(QStringLiteral("engine"));
    moved.audit = auditEntry(QStringLiteral("refund.status"), QStringLiteral("succeeded"));
    QVERIFY(ledger->transitionRefund(id, RefundStatus::Succeeded, RefundUpdate(), moved).ok());
    QCOMPARE(other->refund(id).value().status, RefundStatus::Succeeded);
    QCOMPARE(other->auditCount().value(), answer.value().seq + 1);
    const auto chain = other->verifyAuditChain();
    QVERIFY2(chain.ok() && chain.value().intact, qPrintable(chain.message()));
    // Without the key it is refused like any other row.
    LedgerResult opened = LedgerResult::success();
    const std::unique_ptr<Ledger> keyless = openLedger(&opened);
    QVERIFY(keyless);
    QCOMPARE(
        errorName(
            keyless->appendAudit(auditEntry(QStringLiteral("x"), QStringLiteral("y")), Ledger::Durability::WithNextSync)
                .error()),
        QStringLiteral("NoAuditKey"));
}

void LedgerTestSuite::auditNeedsTheKey()
{
    LedgerResult opened = LedgerResult::success();
    const std::unique_ptr<Ledger> ledger = openLedger(&opened);
    QVERIFY2(ledger, qPrintable(opened.message()));
    const qint64 saleId = addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 10000);

    QCOMPARE(errorName(ledger->appendAudit(auditEntry(QStringLiteral("x"), QStringLiteral("y"))).error()),
             QStringLiteral("NoAuditKey"));
    QCOMPARE(errorName(ledger->verifyAuditChain().error()), QStringLiteral("NoAuditKey"));

    Refund refund;
    refund.saleLedgerId = saleId;
    refund.amount = eur(100);
    LedgerChange audited = change(QStringLiteral("engine"));
    audited.audit = auditEntry(QStringLiteral("refund.intent"), QStringLiteral("P-1"));
    QCOMPARE(errorName(ledger->journalRefundIntent(refund, audited).error()), QStringLiteral("NoAuditKey"));
    QCOMPARE(ledger->countRefunds(RefundFilter()).value(), qint64(0));
    QVERIFY(ledger->journalRefundIntent(refund, change(QStringLiteral("engine"))).ok());
    QCOMPARE(ledger->auditCount().value(), qint64(0));
}

void LedgerTestSuite::concurrentAuditAppendsKeepOneChain()
{
    constexpr int kPerWorker = 25;
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));

    std::barrier sync(2);
    std::array<QStringList, 2> failures;
    auto append = [&](std::size_t worker) {
        LedgerResult opened = LedgerResult::success();
        const std::unique_ptr<Ledger> own = openLedger(&opened);
        if (own)
            own->setAuditKey(kAuditKey);
        for (int i = 0; i < kPerWorker; ++i) {
            sync.arrive_and_wait();
            if (!own) {
                failures.at(worker) << opened.message();
                continue;
            }
            const auto row =
                own->appendAudit(auditEntry(QStringLiteral("worker %1").arg(worker), QStringLiteral("row %1").arg(i)));
            if (!row.ok())
                failures.at(worker) << row.message();
        }
    };
    std::thread first(append, std::size_t(0));
    std::thread second(append, std::size_t(1));
    first.join();
    second.join();

    QCOMPARE(failures[0], QStringList());
    QCOMPARE(failures[1], QStringList());
    const auto check = ledger->verifyAuditChain();
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QVERIFY2(check.value().intact, qPrintable(check.value().problem));
    QCOMPARE(check.value().rowCount, qint64(2 * kPerWorker));
}

} // namespace RefundDesk
