#include "ledger/PostgresUrl.h"

#include <QSqlDatabase>
#include <QTest>

using namespace RefundDesk;

using Options = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Options)

// postgresql:// URLs as [ledger] url gives them: every part percent-decoded, defaults filled
// in, and the password in no message and no display text.
class TestPostgresUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void configuresAConnection();
};

namespace {

const std::pair<QString, QString> kDefaultTimeout {QStringLiteral("connect_timeout"), QStringLiteral("10")};
const std::pair<QString, QString> kDefaultName {QStringLiteral("application_name"), QStringLiteral("refunddesk")};

} // namespace

void TestPostgresUrl::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("everything") << "postgresql://desk:s3cret@db.example.com:6543/refunds"
                                << "db.example.com" << 6543 << "refunds"
                                << "desk"
                                << "s3cret" << Options {kDefaultTimeout, kDefaultName}
                                << "postgresql://desk@db.example.com:6543/refunds";
    QTest::newRow("default port") << "postgresql://desk:pw@10.0.0.5/refunds"
                                  << "10.0.0.5" << 5432 << "refunds"
                                  << "desk"
                                  << "pw" << Options {kDefaultTimeout, kDefaultName}
                                  << "postgresql://desk@10.0.0.5/refunds";
    QTest::newRow("no password") << "postgresql://desk@127.0.0.1:5433/ledger"
                                 << "127.0.0.1" << 5433 << "ledger"
                                 << "desk"
                                 << "" << Options {kDefaultTimeout, kDefaultName}
                                 << "postgresql://desk@127.0.0.1:5433/ledger";
    QTest::newRow("percent-encoded password")
        << "postgresql://desk:p%40ss%3Aw%2Fo%23rd%20x@db:5432/refunds"
        << "db" << 5432 << "refunds"
        << "desk"
        << "p@ss:w/o#rd x" << Options {kDefaultTimeout, kDefaultName} << "postgresql://desk@db/refunds";
    QTest::newRow("percent-encoded user and database")
        << "postgresql://back%20office@db/store%2001"
        << "db" << 5432 << "store 01"
        << "back office"
        << "" << Options {kDefaultTimeout, kDefaultName} << "postgresql://back%20office@db/store%2001";
    QTest::newRow("ipv6 host") << "postgresql://desk@[::1]:5433/refunds"
                               << "::1" << 5433 << "refunds"
                               << "desk"
                               << "" << Options {kDefaultTimeout, kDefaultName}
                               << "postgresql://desk@[::1]:5433/refunds";
    QTest::newRow("local socket, no user") << "postgresql:///refunds"
                                           << "" << 5432 << "refunds"
                                           << ""
                                           << "" << Options {kDefaultTimeout, kDefaultName} << "postgresql:///refunds";
    QTest::newRow("options") << "postgresql://desk@db/refunds?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"
                             << "db" << 5432 << "refunds"
                             << "desk"
                             << ""
                             << Options {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                         {QStringLiteral("sslrootcert"), QStringLiteral("/etc/ca.pem")},
                                         kDefaultTimeout,
                                         kDefaultName}
                             << "postgresql://desk@db/refunds";
    QTest::newRow("own timeout and name") << "postgresql://desk@db/refunds?connect_timeout=3&application_name=till%204"
                                          << "db" << 5432 << "refunds"
                                          << "desk"
                                          << ""
                                          << Options {{QStringLiteral("connect_timeout"), QStringLiteral("3")},
                                                      {QStringLiteral("application_name"), QStringLiteral("till 4")}}
                                          << "postgresql://desk@db/refunds";
}

void TestPostgresUrl::parses()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(Options, options);
    QFETCH(QString, display);

    const LedgerValue<PostgresUrl> parsed = PostgresUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed.value().host(), host);
    QCOMPARE(int(parsed.value().port()), port);
    QCOMPARE(parsed.value().database(), database);
    QCOMPARE(parsed.value().userName(), user);
    QCOMPARE(parsed.value().password(), password);
    QCOMPARE(parsed.value().options(), options);
    QCOMPARE(parsed.value().displayText(), display);
}

void TestPostgresUrl::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("another scheme") << "postgres://desk:Secret1@db/refunds"
                                    << "starts with postgresql://";
    QTest::newRow("sqlite") << "sqlite:/var/lib/refunddesk/ledger.db"
                            << "starts with postgresql://";
    QTest::newRow("no database") << "postgresql://desk:Secret1@db:5432"
                                 << "names no database";
    QTest::newRow("only a slash") << "postgresql://desk:Secret1@db/"
                                  << "names no database";
    QTest::newRow("database with a slash") << "postgresql://desk:Secret1@db/a/b"
                                           << "has no /";
    QTest::newRow("port out of range") << "postgresql://desk:Secret1@db:65536/refunds"
                                       << "not a valid URL";
    QTest::newRow("port not a number") << "postgresql://desk:Secret1@db:fivefour/refunds"
                                       << "not a valid URL";
    QTest::newRow("port zero") << "postgresql://desk:Secret1@db:0/refunds"
                               << "from 1 to 65535";
    QTest::newRow("unencoded space in the password") << "postgresql://desk:Sec ret1@db/refunds"
                                                     << "not a valid URL";
    QTest::newRow("fragment") << "postgresql://desk:Secret1@db/refunds#x"
                              << "no #fragment";
    QTest::newRow("unknown option") << "postgresql://desk:Secret1@db/refunds?password=Secret1"
                                    << "the option \"password\"";
    QTest::newRow("empty option") << "postgresql://desk:Secret1@db/refunds?sslmode="
                                  << "needs a value";
    QTest::newRow("option with ;") << "postgresql://desk:Secret1@db/refunds?application_name=a%3Bb"
                                   << "needs a value without ;";
    QTest::newRow("empty") << ""
                           << "starts with postgresql://";
}

void TestPostgresUrl::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);

    const LedgerValue<PostgresUrl> parsed = PostgresUrl::parse(url);
    QVERIFY(!parsed.ok());
    QCOMPARE(int(parsed.error()), int(LedgerResult::Error::Invalid));
    QVERIFY2(parsed.message().contains(messagePart), qPrintable(parsed.message()));
    QVERIFY2(!parsed.message().contains(QLatin1String("Secret1")), qPrintable(parsed.message()));
}

void TestPostgresUrl::configuresAConnection()
{
    const auto parsed =
        PostgresUrl::parse(QStringLiteral("postgresql://desk:p%27w%5C@db:6543/refunds?application_name=it%27s"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("configured"));
        parsed.value().configure(db);
        QCOMPARE(db.hostName(), QStringLiteral("db"));
        QCOMPARE(db.port(), 6543);
        QCOMPARE(db.databaseName(), QStringLiteral("refunds"));
        QCOMPARE(db.userName(), QStringLiteral("desk"));
        QCOMPARE(db.password(), QStringLiteral("p'w\\"));
        // libpq's quoting; the password goes through Qt's own, never through the options.
        QCOMPARE(db.connectOptions(), QStringLiteral("application_name='it\\'s';connect_timeout='10'"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("configured"));
}

QTEST_GUILESS_MAIN(TestPostgresUrl)
#include "tst_postgresurl.moc"
