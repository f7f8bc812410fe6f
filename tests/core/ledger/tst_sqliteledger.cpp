#include "LedgerTestSuite.h"
#include "ledger/SqliteLedger.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RefundDesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// The shared ledger behaviour on a SQLite file, plus what only a file can get wrong.
class TestSqliteLedger : public LedgerTestSuite
{
    Q_OBJECT

protected:
    void createStore() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
    }
    void destroyStore() override { m_dir.reset(); }
    std::unique_ptr<Ledger> openLedger(LedgerResult *result) override { return SqliteLedger::open(m_path, result); }
    QSqlDatabase addRawConnection(const QString &connectionName) override
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        return db;
    }

private Q_SLOTS:
    void newLedgerFile_data();
    void newLedgerFile();
    void notALedgerIsLeftUntouched_data();
    void notALedgerIsLeftUntouched();
    void anotherProgramsDatabaseIsLeftUntouched();
    void newerSchemaIsLeftUntouched();
    void cannotOpen_data();
    void cannotOpen();
    void failedLookupsReadLikeOtherFailedReads();
    void dailyLimitSumReadsTheIndexAlone();

private:
    // Expects open() to fail with error and the file to keep every byte, and no SQLite
    // side files to appear when the file was not SQLite at all.
    void expectRefusedAndUntouched(LedgerResult::Error error, const QString &messagePart, bool sqliteFile);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqliteLedger::newLedgerFile_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("empty file") << true;
}

void TestSqliteLedger::newLedgerFile()
{
    QFETCH(bool, fileExists);
    if (fileExists)
        QVERIFY(writeAll(m_path, QByteArray()));

    LedgerResult result = LedgerResult::failure(LedgerResult::Error::Database, QStringLiteral("not opened"));
    auto ledger = SqliteLedger::open(m_path, &result);
    QVERIFY2(ledger, qPrintable(result.message()));
    QVERIFY(result.ok());
    QCOMPARE(ledger->schemaVersion(), Ledger::latestSchemaVersion());
    QCOMPARE(ledger->path(), QDir::toNativeSeparators(m_path));
    ledger.reset();

    QVERIFY(readAll(m_path).startsWith(QByteArray("SQLite format 3\0", 16)));
    const auto journal = rawQuery(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal);
    QCOMPARE(journal->at(0).at(0).toString(), QStringLiteral("wal"));
    const auto tables = rawQuery(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QVERIFY(tables);
    QStringList names;
    for (const QVariantList &row : *tables)
        names << row.at(0).toString();
    QCOMPARE(names,
             (QStringList {QStringLiteral("audit_log"), QStringLiteral("refund_events"), QStringLiteral("refunds"),
                           QStringLiteral("sales"), QStringLiteral("schema_migrations"), QStringLiteral("users")}));
    const auto indexes = rawQuery(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"));
    QVERIFY(indexes);
    QStringList indexNames;
    for (const QVariantList &row : *indexes)
        indexNames << row.at(0).toString();
    QCOMPARE(indexNames,
             (QStringList {QStringLiteral("refund_events_refund"), QStringLiteral("refunds_created_at"),
                           QStringLiteral("refunds_employee_day"), QStringLiteral("refunds_gateway_refund_id"),
                           QStringLiteral("refunds_gateway_transaction"), QStringLiteral("refunds_sale"),
                           QStringLiteral("refunds_status_created_at"), QStringLiteral("sales_gateway_reference"),
                           QStringLiteral("sales_gateway_transaction"), QStringLiteral("sales_paid_at"),
                           QStringLiteral("users_name")}));
}

void TestSqliteLedger::expectRefusedAndUntouched(LedgerResult::Error error, const QString &messagePart, bool sqliteFile)
{
    const QByteArray before = readAll(m_path);
    QVERIFY(!before.isEmpty());

    LedgerResult result = LedgerResult::success();
    const auto ledger = SqliteLedger::open(m_path, &result);
    QVERIFY(!ledger);
    QCOMPARE(int(result.error()), int(error));
    QVERIFY2(result.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(result.message()));
    QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));

    QCOMPARE(readAll(m_path), before);
    if (!sqliteFile) {
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    }
    // Asking twice changes nothing either.
    QVERIFY(!SqliteLedger::open(m_path, &result));
    QCOMPARE(readAll(m_path), before);
}

void TestSqliteLedger::notALedgerIsLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sqliteMagic");

    QTest::newRow("text file") << QByteArray("date;amount\n2024-03-01;12.50\n") << false;
    // The PNG signature and the start of an IHDR chunk, NUL bytes included.
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    QTest::newRow("png image") << QByteArray(png, sizeof(png) - 1) << false;
    QTest::newRow("shorter than the SQLite header") << QByteArray("SQLite") << false;
    QTest::newRow("almost the SQLite header") << QByteArray("SQLite format 3\n and then text") << false;
    QTest::newRow("SQLite header, then garbage")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a') << true;
}

void TestSqliteLedger::notALedgerIsLeftUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sqliteMagic);
    QVERIFY(writeAll(m_path, content));
    expectRefusedAndUntouched(LedgerResult::Error::NotALedger, QStringLiteral("is not a RefundDesk ledger"),
                              sqliteMagic);
}

void TestSqliteLedger::anotherProgramsDatabaseIsLeftUntouched()
{
    QVERIFY(rawQuery(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")));
    QVERIFY(rawQuery(QStringLiteral("INSERT INTO photos (path) VALUES (?)"), {QStringLiteral("holiday.jpg")}));
    expectRefusedAndUntouched(LedgerResult::Error::NotALedger, QStringLiteral("a database of another program"), true);
}

void TestSqliteLedger::newerSchemaIsLeftUntouched()
{
    {
        auto ledger = openTestLedger();
        QVERIFY2(ledger, qPrintable(m_openError));
        QVERIFY(addSale(*ledger, GatewayId::Pockyt, QStringLiteral("P-1"), 1000) > 0);
    }
    // What a later RefundDesk would leave behind.
    QVERIFY(rawQuery(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                    "VALUES (7, 'from the future', '2030-01-01T00:00:00.000Z')")));
    // In rollback-journal mode, switching it to WAL would rewrite the header: so any
    // write-capable open before the version check shows up in the bytes.
    const auto journal = rawQuery(QStringLiteral("PRAGMA journal_mode = DELETE"));
    QVERIFY(journal);
    QCOMPARE(journal->at(0).at(0).toString(), QStringLiteral("delete"));
    expectRefusedAndUntouched(LedgerResult::Error::NewerSchema, QString(), true);

    LedgerResult result = LedgerResult::success();
    QVERIFY(!SqliteLedger::open(m_path, &result));
    QCOMPARE(result.message(),
             QStringLiteral("%1 was written by a newer RefundDesk (schema 7, this program knows up to 6); upgrade "
                            "RefundDesk. The ledger was left unchanged.")
                 .arg(QDir::toNativeSeparators(m_path)));
}

void TestSqliteLedger::cannotOpen_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder does not exist") << QStringLiteral("missing/ledger.sqlite");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestSqliteLedger::cannotOpen()
{
    QFETCH(QString, relativePath);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    const QString path = m_dir->filePath(relativePath);

    LedgerResult result = LedgerResult::success();
    QVERIFY(!SqliteLedger::open(path, &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::CannotOpen));
    QVERIFY2(result.message().contains(QDir::toNativeSeparators(path)), qPrintable(result.message()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing"))));

    QVERIFY(!SqliteLedger::open(QString(), &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::CannotOpen));
}

void TestSqliteLedger::dailyLimitSumReadsTheIndexAlone()
{
    // The statement SqlLedger::refundedByEmployeeSince runs before every refund: SQLite's own
    // plan must name the covering index, or the sum reads every refund row of the day.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const auto plan = rawQuery(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT status, CAST(SUM(amount_minor) AS TEXT) FROM refunds "
        "WHERE employee = 'alice' AND created_at >= '2024-03-05T00:00:00.000Z' AND currency = 'EUR' GROUP BY status"));
    QVERIFY(plan);
    QStringList details;
    for (const QVariantList &row : *plan)
        details << row.constLast().toString();
    QVERIFY2(details.join(u'\n').contains(QStringLiteral("USING COVERING INDEX refunds_employee_day")),
             qPrintable(details.join(u'\n')));
}

void TestSqliteLedger::failedLookupsReadLikeOtherFailedReads()
{
    // findSale() and refund() run on statements of their own through SQLite's API, the other
    // reads through Qt Sql: a failure must come back from both in the same words.
    const auto ledger = openTestLedger();
    QVERIFY2(ledger, qPrintable(m_openError));
    const qint64 saleId = addSale(*ledger, GatewayId::PwV3, QStringLiteral("529-1-1"), 2500, QStringLiteral("R-9"));
    QVERIFY(saleId > 0);
    Refund intent;
    intent.saleLedgerId = saleId;
    intent.amount = Money(500, *Currency::fromCode(u"EUR"));
    QVERIFY(ledger->journalRefundIntent(intent, LedgerChange {QStringLiteral("engine"), QString(), std::nullopt}).ok());
    // Every statement prepared while the tables were there.
    const SaleRef ref {GatewayId::PwV3, SaleIdKind::Reference, QStringLiteral("R-9")};
    QVERIFY(ledger->findSale(ref).ok());
    QVERIFY(ledger->saleById(saleId).ok());
    QVERIFY(ledger->refund(intent.refundId).ok());
    QVERIFY(ledger->refundsForSale(saleId).ok());

    QVERIFY(rawQuery(QStringLiteral("ALTER TABLE refunds RENAME TO refunds_gone")));
    QVERIFY(rawQuery(QStringLiteral("ALTER TABLE sales RENAME TO sales_gone")));

    const auto sale = ledger->findSale(ref);
    QCOMPARE(int(sale.error()), int(LedgerResult::Error::Database));
    QCOMPARE(sale.message(),
             QStringLiteral("The ledger %1 failed while reading sales: no such table: sales Unable to fetch row")
                 .arg(QDir::toNativeSeparators(m_path)));
    QCOMPARE(ledger->saleById(saleId).message(), sale.message());

    const auto refund = ledger->refund(intent.refundId);
    QCOMPARE(int(refund.error()), int(LedgerResult::Error::Database));
    QCOMPARE(refund.message(),
             QStringLiteral("The ledger %1 failed while reading refunds: no such table: refunds Unable to fetch row")
                 .arg(QDir::toNativeSeparators(m_path)));
    QCOMPARE(ledger->refundsForSale(saleId).message(), refund.message());
}

QTEST_GUILESS_MAIN(TestSqliteLedger)
#include "tst_sqliteledger.moc"
