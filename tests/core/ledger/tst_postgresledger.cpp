#include "LedgerTestSuite.h"
#include "TemporaryPostgres.h"
#include "ledger/PostgresLedger.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <barrier>
#include <future>
#include <memory>
#include <thread>

using namespace RefundDesk;

namespace {

const QByteArray kAuditKey("installation key of the ledger tests");

Money eur(qint64 minorUnits)
{
    return Money(minorUnits, *Currency::fromCode(u"EUR"));
}

LedgerChange change(const QString &source, const QString &detail = QString())
{
    return LedgerChange {source, detail, std::nullopt};
}

AuditEntry auditEntry(const QString &action, const QString &subject)
{
    AuditEntry entry;
    entry.actor = QStringLiteral("engine");
    entry.action = action;
    entry.subject = subject;
    entry.storeId = QStringLiteral("S01");
    entry.registerId = QStringLiteral("R1");
    return entry;
}

QStringList column(const std::optional<QList<QVariantList>> &rows)
{
    QStringList values;
    if (rows) {
        for (const QVariantList &row : *rows)
            values << row.at(0).toString();
    }
    return values;
}

} // namespace

// The shared ledger behaviour on a database of a PostgreSQL server of the test's own, plus
// what only a server can get wrong: other programs' databases, unreachable servers, and
// registers that write at the same moment through their own connections.
class TestPostgresLedger : public LedgerTestSuite
{
    Q_OBJECT

protected:
    void createStore() override
    {
        m_database = QStringLiteral("ledger_%1").arg(++m_databases);
        QVERIFY2(m_postgres.createDatabase(m_database), qPrintable(m_postgres.errorString()));
    }
    void destroyStore() override
    {
        QVERIFY2(m_postgres.dropDatabase(m_database), qPrintable(m_postgres.errorString()));
    }
    std::unique_ptr<Ledger> openLedger(LedgerResult *result) override
    {
        return PostgresLedger::open(m_postgres.url(m_database), result);
    }
    QSqlDatabase addRawConnection(const QString &connectionName) override
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(TemporaryPostgres::host());
        db.setPort(m_postgres.port());
        db.setDatabaseName(m_database);
        db.setUserName(TemporaryPostgres::userName());
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        return db;
    }

private Q_SLOTS:
    void initTestCase();

    void freshDatabaseHasTheLedgerSchema();
    void anotherProgramsDatabaseIsLeftUntouched();
    void newerSchemaIsLeftUntouched();
    void cannotOpen_data();
    void cannotOpen();
    void programsMigratingTogetherApplyEachStepOnce();
    void registersRefundingOneSaleTogetherCannotOverRefund();
    void deadlockedTransactionRunsAgain();
    void lockWaitHasALimit();
    void failedLookupsReadLikeOtherFailedReads();
    void lookupsRunThroughLibpqAfterQtSqlReads();

private:
    qint64 addSaleForRace(Ledger &ledger, int round)
    {
        return addSale(ledger, GatewayId::Pockyt, QStringLiteral("RACE-%1").arg(round), 10000);
    }
    // Journals a refund of minorUnits euro cents of saleId: its id, or a null one when refused.
    static QUuid journalRefund(Ledger &ledger, qint64 saleId, qint64 minorUnits)
    {
        Refund intent;
        intent.saleLedgerId = saleId;
        intent.amount = eur(minorUnits);
        if (!ledger.journalRefundIntent(intent, change(QStringLiteral("engine"))).ok())
            return QUuid();
        return intent.refundId;
    }

    TemporaryPostgres m_postgres;
    QString m_database;
    int m_databases = 0;
};

void TestPostgresLedger::initTestCase()
{
    QElapsedTimer started;
    started.start();
    // No skipping: a machine without PostgreSQL fails here and says what to install.
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    qInfo("PostgreSQL started on port %d in %lld ms", int(m_postgres.port()), started.elapsed());
}

void TestPostgresLedger::freshDatabaseHasTheLedgerSchema()
{
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QCOMPARE(ledger->schemaVersion(), Ledger::latestSchemaVersion());

    QCOMPARE(column(rawQuery(QStringLiteral(
                 "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"))),
             (QStringList {QStringLiteral("audit_log"), QStringLiteral("refund_events"), QStringLiteral("refunds"),
                           QStringLiteral("sales"), QStringLiteral("schema_migrations"), QStringLiteral("users")}));
    // The same indexes as SQLite's, plus the primary keys PostgreSQL names itself.
    QCOMPARE(column(rawQuery(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                            "AND indexname NOT LIKE '%\\_pkey' ORDER BY indexname"))),
             (QStringList {QStringLiteral("refund_events_refund"), QStringLiteral("refunds_created_at"),
                           QStringLiteral("refunds_employee_day"), QStringLiteral("refunds_gateway_refund_id"),
                           QStringLiteral("refunds_gateway_transaction"), QStringLiteral("refunds_sale"),
                           QStringLiteral("refunds_status_created_at"), QStringLiteral("sales_gateway_reference"),
                           QStringLiteral("sales_gateway_transaction"), QStringLiteral("sales_paid_at"),
                           QStringLiteral("users_name")}));
    // Every row says which store and register it belongs to.
    for (const QString &table : {QStringLiteral("sales"), QStringLiteral("refunds"), QStringLiteral("audit_log")}) {
        QCOMPARE(column(rawQuery(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name "
                                                "= ? AND column_name IN ('store_id', 'register_id') AND is_nullable "
                                                "= 'NO' ORDER BY column_name"),
                                 {table})),
                 (QStringList {QStringLiteral("register_id"), QStringLiteral("store_id")}));
    }
}

void TestPostgresLedger::anotherProgramsDatabaseIsLeftUntouched()
{
    QVERIFY2(m_postgres.execute(m_database, QStringLiteral("CREATE TABLE photos (id BIGINT PRIMARY KEY, path TEXT)")),
             qPrintable(m_postgres.errorString()));
    QVERIFY(rawQuery(QStringLiteral("INSERT INTO photos VALUES (1, 'holiday.jpg')")));

    LedgerResult result = LedgerResult::success();
    QVERIFY(!PostgresLedger::open(m_postgres.url(m_database), &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::NotALedger));
    QCOMPARE(result.message(),
             QStringLiteral("%1 is a database of another program, not a RefundDesk ledger. It was "
                            "left unchanged; choose another ledger.")
                 .arg(m_postgres.url(m_database)));
    QCOMPARE(column(rawQuery(QStringLiteral(
                 "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"))),
             QStringList {QStringLiteral("photos")});
    QCOMPARE(column(rawQuery(QStringLiteral("SELECT path FROM photos"))), QStringList {QStringLiteral("holiday.jpg")});
}

void TestPostgresLedger::newerSchemaIsLeftUntouched()
{
    {
        const auto ledger = openTestLedger();
        QVERIFY2(ledger, qPrintable(m_openError));
    }
    QVERIFY(rawQuery(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                    "VALUES (7, 'from the future', '2030-01-01T00:00:00.000Z')")));
    const QString everything = QStringLiteral("SELECT version, description, applied_at FROM schema_migrations "
                                              "ORDER BY version");
    const auto before = rawQuery(everything);
    QVERIFY(before);

    LedgerResult result = LedgerResult::success();
    QVERIFY(!PostgresLedger::open(m_postgres.url(m_database), &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::NewerSchema));
    QCOMPARE(result.message(),
             QStringLiteral("%1 was written by a newer RefundDesk (schema 7, this program knows up to %2); upgrade "
                            "RefundDesk. The ledger was left unchanged.")
                 .arg(m_postgres.url(m_database))
                 .arg(Ledger::latestSchemaVersion()));
    QCOMPARE(rawQuery(everything), before);
}

void TestPostgresLedger::cannotOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");

    // Port 1 on loopback: nothing listens there.
    QTest::newRow("no such database") << m_postgres.url(QStringLiteral("no_such_db"))
                                      << int(LedgerResult::Error::CannotOpen)
                                      << "database \"no_such_db\" does not exist";
    QTest::newRow("nobody listens") << QStringLiteral("postgresql://refunddesk:Secret1@127.0.0.1:1/ledger")
                                    << int(LedgerResult::Error::CannotOpen) << "cannot be opened";
    QTest::newRow("bad URL") << QStringLiteral("postgresql://refunddesk:Secret1@127.0.0.1:1")
                             << int(LedgerResult::Error::Invalid) << "names no database";
}

void TestPostgresLedger::cannotOpen()
{
    QFETCH(QString, url);
    QFETCH(int, error);
    QFETCH(QString, messagePart);

    LedgerResult result = LedgerResult::success();
    QVERIFY(!PostgresLedger::open(url, &result));
    QCOMPARE(int(result.error()), error);
    QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
    QVERIFY2(!result.message().contains(QLatin1String("Secret1")), qPrintable(result.message()));
}

void TestPostgresLedger::programsMigratingTogetherApplyEachStepOnce()
{
    // Four programs open the same empty database at the same moment.
    constexpr std::size_t kPrograms = 4;
    std::barrier sync(static_cast<std::ptrdiff_t>(kPrograms));
    std::array<QString, kPrograms> errors;
    std::array<int, kPrograms> versions {};
    auto openTogether = [&](std::size_t program) {
        sync.arrive_and_wait();
        LedgerResult result = LedgerResult::success();
        const auto ledger = openLedger(&result);
        errors.at(program) = result.message();
        versions.at(program) = ledger ? ledger->schemaVersion() : 0;
    };
    std::array<std::thread, kPrograms> programs;
    for (std::size_t i = 0; i < kPrograms; ++i)
        programs.at(i) = std::thread(openTogether, i);
    for (std::thread &program : programs)
        program.join();

    for (std::size_t i = 0; i < kPrograms; ++i) {
        QCOMPARE(errors.at(i), QString());
        QCOMPARE(versions.at(i), Ledger::latestSchemaVersion());
    }
    const auto steps = rawQuery(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    QVERIFY(steps);
    QCOMPARE(steps->size(), Ledger::latestSchemaVersion());
}

void TestPostgresLedger::registersRefundingOneSaleTogetherCannotOverRefund()
{
    // Four registers, each on its own connection, ask for EUR 30.00 of the same EUR 100.00
    // sale at the same moment, and audit each request: three may pass, the fourth is
    // refused, on every sale; and the audit chain has one row per passed refund, unforked.
    constexpr std::size_t kRegisters = 4;
    constexpr int kSales = 15;
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    QList<qint64> saleIds;
    for (int i = 0; i < kSales; ++i) {
        const qint64 id = addSaleForRace(*ledger, i);
        QVERIFY(id > 0);
        saleIds << id;
    }

    std::barrier sync(static_cast<std::ptrdiff_t>(kRegisters));
    std::array<QList<LedgerResult::Error>, kRegisters> outcomes;
    std::array<QStringList, kRegisters> unexpected;
    auto refundAll = [&](std::size_t till) {
        LedgerResult opened = LedgerResult::success();
        const std::unique_ptr<Ledger> own = openLedger(&opened);
        if (own)
            own->setAuditKey(kAuditKey);
        for (qint64 saleId : saleIds) {
            sync.arrive_and_wait();
            if (!own) {
                unexpected.at(till) << opened.message();
                continue;
            }
            Refund refund;
            refund.saleLedgerId = saleId;
            refund.amount = eur(3000);
            refund.registerId = QStringLiteral("R%1").arg(till);
            LedgerChange intent = change(QStringLiteral("engine"));
            intent.audit = auditEntry(QStringLiteral("refund.intent"), QString::number(saleId));
            const LedgerResult result = own->journalRefundIntent(refund, intent);
            outcomes.at(till) << result.error();
            if (result.error() != LedgerResult::Error::None && result.error() != LedgerResult::Error::RemainderExceeded)
                unexpected.at(till) << result.message();
        }
    };
    std::array<std::thread, kRegisters> tills;
    for (std::size_t i = 0; i < kRegisters; ++i)
        tills.at(i) = std::thread(refundAll, i);
    for (std::thread &till : tills)
        till.join();

    for (std::size_t i = 0; i < kRegisters; ++i)
        QCOMPARE(unexpected.at(i), QStringList());
    for (int sale = 0; sale < kSales; ++sale) {
        int passed = 0;
        for (std::size_t i = 0; i < kRegisters; ++i)
            passed += outcomes.at(i).at(sale) == LedgerResult::Error::None ? 1 : 0;
        QCOMPARE(passed, 3);
        QCOMPARE(ledger->reservedAmount(saleIds.at(sale)).value(), eur(9000));
        QCOMPARE(ledger->refundsForSale(saleIds.at(sale)).value().size(), 3);
    }
    const auto check = ledger->verifyAuditChain();
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QVERIFY2(check.value().intact, qPrintable(check.value().problem));
    QCOMPARE(check.value().rowCount, qint64(3 * kSales));
}

void TestPostgresLedger::deadlockedTransactionRunsAgain()
{
    // Another session holds the audit table and then asks for the row of the refund whose
    // change (with its audit row) waits for that table: a deadlock. The ledger's session is
    // the one PostgreSQL picks to fail (the other waits far longer before it checks), and
    // the ledger runs the whole change again once the other session is done.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSaleForRace(*ledger, 0);
    Refund refund;
    refund.saleLedgerId = saleId;
    refund.amount = eur(2500);
    QVERIFY(ledger->journalRefundIntent(refund, change(QStringLiteral("engine"))).ok());
    QVERIFY2(m_postgres.execute(m_database,
                                QStringLiteral("ALTER DATABASE %1 SET deadlock_timeout = '500ms'").arg(m_database)),
             qPrintable(m_postgres.errorString()));

    const QString name = QStringLiteral("deadlock-other-session");
    {
        QSqlDatabase other = addRawConnection(name);
        QSqlQuery query(other);
        QVERIFY2(query.exec(QStringLiteral("SET deadlock_timeout = '60s'")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")));

        auto moved = std::async(std::launch::async, [&] {
            LedgerResult opened = LedgerResult::success();
            const std::unique_ptr<Ledger> own = openLedger(&opened);
            if (!own)
                return LedgerValue<Refund>(opened);
            own->setAuditKey(kAuditKey);
            LedgerChange pending = change(QStringLiteral("webhook"));
            pending.audit = auditEntry(QStringLiteral("refund.status"), QStringLiteral("pending"));
            return own->transitionRefund(refund.refundId, RefundStatus::Pending, {}, pending);
        });
        // The change holds the refund's row and waits for the audit table.
        QTRY_COMPARE_WITH_TIMEOUT(
            column(rawQuery(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                           "WHERE NOT l.granted AND c.relname = 'audit_log'"))),
            QStringList {QStringLiteral("1")}, 10000);

        QVERIFY2(query.prepare(QStringLiteral("SELECT id FROM refunds WHERE id = ? FOR UPDATE")),
                 qPrintable(query.lastError().text()));
        query.addBindValue(refund.refundId.toString(QUuid::WithoutBraces));
        // Succeeds only once the ledger's transaction has been rolled back.
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("COMMIT")));

        const LedgerValue<Refund> result = moved.get();
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.value().status, RefundStatus::Pending);
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);

    // PostgreSQL counts the deadlocks it broke: this one, and perhaps another when the
    // second run met the other session again before it let go.
    const QString deadlocks =
        QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    QTRY_VERIFY_WITH_TIMEOUT(column(rawQuery(deadlocks)).value(0).toInt() >= 1, 5000);
    QCOMPARE(ledger->refund(refund.refundId).value().status, RefundStatus::Pending);
    QCOMPARE(ledger->eventsForRefund(refund.refundId).value().size(), 2);
    QCOMPARE(ledger->auditCount().value(), qint64(1));
    QVERIFY(ledger->verifyAuditChain().value().intact);
}

void TestPostgresLedger::lockWaitHasALimit()
{
    // Another session keeps the audit table locked (a stuck program, a person in psql): an
    // append gives up after the lock timeout and says so, instead of hanging the register.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const QString name = QStringLiteral("lock-holding-session");
    {
        QSqlDatabase other = addRawConnection(name);
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")));

        QElapsedTimer waited;
        waited.start();
        const auto appended = ledger->appendAudit(auditEntry(QStringLiteral("approval"), QStringLiteral("x")));
        const qint64 elapsedMs = waited.elapsed();
        QCOMPARE(int(appended.error()), int(LedgerResult::Error::Database));
        QCOMPARE(appended.message(),
                 QStringLiteral("The ledger %1 is busy: another RefundDesk program kept what this one needed locked "
                                "for more than 5 seconds while appending to the audit trail. Try again.")
                     .arg(m_postgres.url(m_database)));
        QVERIFY2(elapsedMs >= 4900 && elapsedMs < 10000, qPrintable(QString::number(elapsedMs)));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);

    // Nothing was left half done, and the next append goes through.
    QCOMPARE(ledger->auditCount().value(), qint64(0));
    QVERIFY(ledger->appendAudit(auditEntry(QStringLiteral("approval"), QStringLiteral("x"))).ok());
}

void TestPostgresLedger::failedLookupsReadLikeOtherFailedReads()
{
    // findSale() and refund() run on statements of their own through libpq, the other reads
    // through Qt Sql: a failure must come back from both in the same words and be told apart
    // by the same SQLSTATE.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const SaleRef ref {GatewayId::PwV3, SaleIdKind::Reference, QStringLiteral("R-9")};
    const qint64 saleId = addSale(*ledger, ref.gateway, QStringLiteral("529-1-1"), 2500, ref.id);
    QVERIFY(saleId > 0);

    const QUuid refundId = journalRefund(*ledger, saleId, 500);
    QVERIFY(!refundId.isNull());
    // Every statement prepared while the tables were there.
    for (const bool found : {ledger->findSale(ref).ok(), ledger->saleById(saleId).ok(), ledger->refund(refundId).ok(),
                             ledger->refundsForSale(saleId).ok()})
        QVERIFY(found);

    // A lock wait is told by its SQLSTATE, as through Qt Sql: the same "busy" message.
    const QString name = QStringLiteral("lock-holding-session");
    {
        QSqlQuery query(addRawConnection(name));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("LOCK TABLE sales IN ACCESS EXCLUSIVE MODE")));
        const auto waited = ledger->findSale(ref);
        QCOMPARE(int(waited.error()), int(LedgerResult::Error::Database));
        QCOMPARE(waited.message(),
                 QStringLiteral("The ledger %1 is busy: another RefundDesk program kept what this one needed locked "
                                "for more than 5 seconds while reading sales. Try again.")
                     .arg(m_postgres.url(m_database)));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    {
        // Not through rawQuery(): Qt's driver cannot prepare a statement like these.
        QSqlQuery query(QSqlDatabase::database(name, false));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE refunds RENAME TO refunds_gone")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE sales RENAME TO sales_gone")));
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);

    const auto sale = ledger->findSale(ref);
    QCOMPARE(int(sale.error()), int(LedgerResult::Error::Database));
    QCOMPARE(sale.message(),
             QStringLiteral("The ledger %1 failed while reading sales: ERROR:  relation \"sales\" does "
                            "not exist\n(42P01) QPSQL: Unable to create query")
                 .arg(m_postgres.url(m_database)));
    QCOMPARE(ledger->saleById(saleId).message(), sale.message());

    const auto refund = ledger->refund(refundId);
    QCOMPARE(int(refund.error()), int(LedgerResult::Error::Database));
    QCOMPARE(refund.message(),
             QStringLiteral("The ledger %1 failed while reading refunds: ERROR:  relation \"refunds\" "
                            "does not exist\n(42P01) QPSQL: Unable to create query")
                 .arg(m_postgres.url(m_database)));
    QCOMPARE(ledger->refundsForSale(saleId).message(), refund.message());
}

void TestPostgresLedger::lookupsRunThroughLibpqAfterQtSqlReads()
{
    // Qt's driver leaves the end of every result it read on the connection until it sends its
    // next statement; findSale() and refund() must still run on their own statements after
    // such a read, not on Qt Sql's from then on. The server shows which ran last: libpq's
    // statement itself, or Qt's EXECUTE of its own.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const SaleRef ref {GatewayId::Pockyt, SaleIdKind::Reference, QStringLiteral("R-7")};
    const qint64 saleId = addSale(*ledger, ref.gateway, QStringLiteral("P-7"), 900, ref.id);
    QVERIFY(saleId > 0);
    const QUuid refundId = journalRefund(*ledger, saleId, 300);
    QVERIFY(!refundId.isNull());
    const auto lastStatement = [this]() {
        return column(rawQuery(QStringLiteral("SELECT query FROM pg_stat_activity WHERE datname = current_database() "
                                              "AND pid <> pg_backend_pid()")));
    };

    QCOMPARE(ledger->refundsForSale(saleId).value().size(), 1);
    QCOMPARE(ledger->findSale(ref).value().ledgerId, saleId);
    QStringList ran = lastStatement();
    QCOMPARE(ran.size(), 1);
    QVERIFY2(ran.constFirst().startsWith(QLatin1String("SELECT id, gateway, transaction_id, "))
                 && ran.constFirst().contains(QLatin1String("WHERE gateway = $1 AND reference = $2")),
             qPrintable(ran.constFirst()));

    QCOMPARE(ledger->refundsForSale(saleId).value().size(), 1);
    QCOMPARE(ledger->refund(refundId).value().amount, eur(300));
    ran = lastStatement();
    QCOMPARE(ran.size(), 1);
    QVERIFY2(ran.constFirst().startsWith(QLatin1String("SELECT id, sale_id, gateway, "))
                 && ran.constFirst().endsWith(QLatin1String("FROM refunds WHERE id = $1")),
             qPrintable(ran.constFirst()));
}

QTEST_GUILESS_MAIN(TestPostgresLedger)
#include "tst_postgresledger.moc"
