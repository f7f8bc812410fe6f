#include "TemporaryPostgres.h"
#include "ledger/LedgerFactory.h"
#include "ledger/PostgresLedger.h"
#include "ledger/PostgresLedgerWatcher.h"
#include "ledger/SqliteLedger.h"
#include "ledger/SqliteLedgerWatcher.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

// [ledger] url picks the storage: sqlite:PATH a file, postgresql://... a server; anything
// else is refused with a sentence that never quotes a password.
class TestLedgerFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sqliteUrlOpensAFile();
    void postgresUrlOpensAServer();
    void refusesOtherUrls_data();
    void refusesOtherUrls();
    void displayText_data();
    void displayText();

private:
    TemporaryPostgres m_postgres;
};

void TestLedgerFactory::initTestCase()
{
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    QVERIFY2(m_postgres.createDatabase(QStringLiteral("factory")), qPrintable(m_postgres.errorString()));
}

void TestLedgerFactory::sqliteUrlOpensAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ledger.db"));

    LedgerResult result = LedgerResult::failure(LedgerResult::Error::Database, QStringLiteral("not opened"));
    const std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(QStringLiteral("sqlite:") + path, &result);
    QVERIFY2(ledger, qPrintable(result.message()));
    QVERIFY(result.ok());
    const auto *sqlite = dynamic_cast<const SqliteLedger *>(ledger.get());
    QVERIFY(sqlite);
    QCOMPARE(sqlite->path(), QDir::toNativeSeparators(path));

    result = LedgerResult::failure(LedgerResult::Error::Database, QStringLiteral("not opened"));
    const auto watcher = LedgerFactory::openWatcher(QStringLiteral("sqlite:") + path, &result);
    QVERIFY2(watcher, qPrintable(result.message()));
    QVERIFY(result.ok());
    QVERIFY(qobject_cast<SqliteLedgerWatcher *>(watcher.get()));
}

void TestLedgerFactory::postgresUrlOpensAServer()
{
    const QString url = m_postgres.url(QStringLiteral("factory"));
    LedgerResult result = LedgerResult::failure(LedgerResult::Error::Database, QStringLiteral("not opened"));
    const std::unique_ptr<Ledger> ledger = LedgerFactory::openLedger(url, &result);
    QVERIFY2(ledger, qPrintable(result.message()));
    QVERIFY(result.ok());
    QVERIFY(dynamic_cast<const PostgresLedger *>(ledger.get()));
    QCOMPARE(ledger->schemaVersion(), Ledger::latestSchemaVersion());

    result = LedgerResult::failure(LedgerResult::Error::Database, QStringLiteral("not opened"));
    const auto watcher = LedgerFactory::openWatcher(url, &result);
    QVERIFY2(watcher, qPrintable(result.message()));
    QVERIFY(result.ok());
    QVERIFY(qobject_cast<PostgresLedgerWatcher *>(watcher.get()));
}

void TestLedgerFactory::refusesOtherUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");

    const int invalid = int(LedgerResult::Error::Invalid);
    QTest::newRow("empty") << "" << invalid << "No ledger was given: [ledger] url is empty.";
    QTest::newRow("a bare path")
        << "/var/lib/refunddesk/ledger.db" << invalid
        << "The ledger URL must start with sqlite: (a file, as in sqlite:/var/lib/refunddesk/ledger.db) or "
           "postgresql:// (a server).";
    QTest::newRow("mysql") << "mysql://desk:Secret1@db/refunds" << invalid
                           << "The ledger URL starts with \"mysql:\"; RefundDesk opens sqlite: (a file) and "
                              "postgresql:// (a server).";
    QTest::newRow("postgres, not postgresql")
        << "postgres://desk:Secret1@db/refunds" << invalid
        << "The ledger URL starts with \"postgres:\"; RefundDesk opens sqlite: (a file) and postgresql:// (a "
           "server).";
    QTest::newRow("postgresql without a database")
        << "postgresql://desk:Secret1@db" << invalid
        << "The PostgreSQL ledger URL names no database: add it after the host, as in postgresql://host/refunddesk.";
    QTest::newRow("sqlite without a path")
        << "sqlite:" << int(LedgerResult::Error::CannotOpen) << "No ledger file was given.";
}

void TestLedgerFactory::refusesOtherUrls()
{
    QFETCH(QString, url);
    QFETCH(int, error);
    QFETCH(QString, message);

    LedgerResult result = LedgerResult::success();
    QVERIFY(!LedgerFactory::openLedger(url, &result));
    QCOMPARE(int(result.error()), error);
    QCOMPARE(result.message(), message);

    // The watcher refuses the same URLs (a missing file differently: there is nothing to watch).
    result = LedgerResult::success();
    QVERIFY(!LedgerFactory::openWatcher(url, &result));
    QVERIFY(!result.ok());
    QVERIFY2(!result.message().contains(QLatin1String("Secret1")), qPrintable(result.message()));
}

void TestLedgerFactory::displayText_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");

    QTest::newRow("sqlite") << "sqlite:/var/lib/refunddesk/ledger.db"
                            << "sqlite:/var/lib/refunddesk/ledger.db";
    QTest::newRow("postgresql") << "postgresql://desk:Secret1@db:6543/refunds?sslmode=require"
                                << "postgresql://desk@db:6543/refunds";
    QTest::newRow("postgresql, not readable") << "postgresql://desk:Secret1@db:99999/refunds"
                                              << "postgresql://...";
    QTest::newRow("another kind") << "mysql://desk:Secret1@db/refunds"
                                  << "mysql:...";
}

void TestLedgerFactory::displayText()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(LedgerFactory::displayText(url), shown);
}

QTEST_GUILESS_MAIN(TestLedgerFactory)
#include "tst_ledgerfactory.moc"
