#include "TemporaryPostgres.h"
#include "ledger/PostgresLedger.h"
#include "ledger/PostgresLedgerWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <functional>
#include <thread>

using namespace RefundDesk;
using namespace std::chrono_literals;

namespace {

// A desk shows a change within a second; the tests print how long it took. The bound they
// fail on leaves room for a busy machine, where a poll or a notification can come late.
constexpr int kReportedWithinMs = 5000;

Money eur(qint64 minorUnits)
{
    return Money(minorUnits, *Currency::fromCode(u"EUR"));
}

LedgerChange change(const QString &source)
{
    return LedgerChange {source, QString(), std::nullopt};
}

QList<QUuid> idsOf(const QList<QVariant> &arguments)
{
    return arguments.at(0).value<QList<QUuid>>();
}

} // namespace

// A PostgreSQL ledger's watcher hears, through LISTEN/NOTIFY, the refund changes that other
// registers commit, within a second, and only those that commit.
class TestPostgresLedgerWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void seesAnotherRegistersChangeWithinASecond();
    void burstOfChangesIsOneSignal();
    void refusedChangesAreNotReported();
    void listensAgainAfterLosingItsConnection();
    void refusesADatabaseWithoutALedger();
    void unreachableServerCannotBeWatched();

private:
    // Runs work on a ledger connection of its own in another thread, as another register
    // would; work returns what went wrong, or nothing.
    QString inAnotherRegister(const std::function<QString(Ledger &)> &work);
    QUuid journalElsewhere(qint64 minorUnits);
    std::unique_ptr<PostgresLedgerWatcher> openWatcher();

    TemporaryPostgres m_postgres;
    QString m_database;
    int m_databases = 0;
    qint64 m_saleId = 0;
};

void TestPostgresLedgerWatcher::initTestCase()
{
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
}

void TestPostgresLedgerWatcher::init()
{
    m_database = QStringLiteral("watched_%1").arg(++m_databases);
    QVERIFY2(m_postgres.createDatabase(m_database), qPrintable(m_postgres.errorString()));
    LedgerResult result = LedgerResult::success();
    const auto ledger = PostgresLedger::open(m_postgres.url(m_database), &result);
    QVERIFY2(ledger, qPrintable(result.message()));
    Sale sale;
    sale.gateway = GatewayId::PwV3;
    sale.transactionId = QStringLiteral("529-1");
    sale.amount = eur(10000);
    sale.gatewayStatus = QStringLiteral("success");
    sale.gatewaySaysRefundable = true;
    QVERIFY(ledger->upsertSale(sale).ok());
    m_saleId = sale.ledgerId;
}

void TestPostgresLedgerWatcher::cleanup()
{
    QVERIFY2(m_postgres.dropDatabase(m_database), qPrintable(m_postgres.errorString()));
}

QString TestPostgresLedgerWatcher::inAnotherRegister(const std::function<QString(Ledger &)> &work)
{
    QString failure;
    std::thread other([&] {
        LedgerResult result = LedgerResult::success();
        const auto ledger = PostgresLedger::open(m_postgres.url(m_database), &result);
        failure = ledger ? work(*ledger) : result.message();
    });
    other.join();
    return failure;
}

QUuid TestPostgresLedgerWatcher::journalElsewhere(qint64 minorUnits)
{
    QUuid id;
    const QString failure = inAnotherRegister([&](Ledger &ledger) {
        Refund refund;
        refund.saleLedgerId = m_saleId;
        refund.amount = eur(minorUnits);
        const LedgerResult result = ledger.journalRefundIntent(refund, change(QStringLiteral("engine")));
        id = refund.refundId;
        return result.message();
    });
    if (!failure.isEmpty())
        qWarning("%s", qPrintable(failure));
    return id;
}

std::unique_ptr<PostgresLedgerWatcher> TestPostgresLedgerWatcher::openWatcher()
{
    const auto url = PostgresUrl::parse(m_postgres.url(m_database));
    if (!url.ok())
        return nullptr;
    LedgerResult result = LedgerResult::success();
    auto watcher = PostgresLedgerWatcher::open(url.value(), &result);
    if (!watcher)
        qWarning("%s", qPrintable(result.message()));
    return watcher;
}

void TestPostgresLedgerWatcher::seesAnotherRegistersChangeWithinASecond()
{
    const auto watcher = openWatcher();
    QVERIFY(watcher);
    QVERIFY(watcher->isListening());
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    const QUuid id = journalElsewhere(2500);
    QVERIFY(!id.isNull());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY(spy.wait(kReportedWithinMs));
    qInfo("intent heard %lld ms after its commit", sinceCommit.elapsed());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid> {id});

    QCOMPARE(inAnotherRegister([&](Ledger &ledger) {
                 RefundUpdate update;
                 update.gatewayRefundId = QStringLiteral("RF-77");
                 return ledger.transitionRefund(id, RefundStatus::Succeeded, update, change(QStringLiteral("webhook")))
                     .message();
             }),
             QString());
    sinceCommit.restart();
    QVERIFY(spy.wait(kReportedWithinMs));
    qInfo("status change heard %lld ms after its commit", sinceCommit.elapsed());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid> {id});

    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
}

void TestPostgresLedgerWatcher::burstOfChangesIsOneSignal()
{
    const auto watcher = openWatcher();
    QVERIFY(watcher);
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    QList<QUuid> ids;
    const QString failure = inAnotherRegister([&](Ledger &ledger) {
        for (int i = 0; i < 3; ++i) {
            Refund refund;
            refund.saleLedgerId = m_saleId;
            refund.amount = eur(1000);
            const LedgerResult journaled = ledger.journalRefundIntent(refund, change(QStringLiteral("engine")));
            if (!journaled.ok())
                return journaled.message();
            ids << refund.refundId;
        }
        return ledger.transitionRefund(ids.at(0), RefundStatus::Pending, {}, change(QStringLiteral("webhook")))
            .message();
    });
    QCOMPARE(failure, QString());
    QCOMPARE(ids.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kReportedWithinMs);
    QCOMPARE(idsOf(spy.takeFirst()), ids);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
}

void TestPostgresLedgerWatcher::refusedChangesAreNotReported()
{
    const QUuid id = journalElsewhere(9000);
    QVERIFY(!id.isNull());
    const auto watcher = openWatcher();
    QVERIFY(watcher);
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    QList<LedgerResult::Error> errors;
    const QString failure = inAnotherRegister([&](Ledger &ledger) {
        Refund tooMuch;
        tooMuch.saleLedgerId = m_saleId;
        tooMuch.amount = eur(1001);
        errors << ledger.journalRefundIntent(tooMuch, change(QStringLiteral("engine"))).error();
        errors << ledger.transitionRefund(id, RefundStatus::Draft, {}, change(QStringLiteral("webhook"))).error();
        errors << ledger.transitionRefund(id, RefundStatus::Submitting, {}, change(QStringLiteral("webhook"))).error();
        return QString();
    });
    QCOMPARE(failure, QString());
    QCOMPARE(errors,
             (QList<LedgerResult::Error> {LedgerResult::Error::RemainderExceeded, LedgerResult::Error::StatusRegression,
                                          LedgerResult::Error::None}));
    QTest::qWait(500);
    QCOMPARE(spy.count(), 0);
}

void TestPostgresLedgerWatcher::listensAgainAfterLosingItsConnection()
{
    const auto watcher = openWatcher();
    QVERIFY(watcher);
    watcher->setHealthCheckInterval(200ms);
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    // An administrator (or a server restart) ends every session of the database.
    QVERIFY2(m_postgres.execute(m_database,
                                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                               "WHERE datname = current_database() AND pid <> "
                                               "pg_backend_pid()")),
             qPrintable(m_postgres.errorString()));
    // Whatever happened meanwhile was not heard: "reload everything".
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid>());
    QVERIFY(watcher->isListening());

    const QUuid id = journalElsewhere(500);
    QVERIFY(!id.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kReportedWithinMs);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid> {id});
}

void TestPostgresLedgerWatcher::refusesADatabaseWithoutALedger()
{
    QVERIFY2(m_postgres.createDatabase(QStringLiteral("empty")), qPrintable(m_postgres.errorString()));
    const auto url = PostgresUrl::parse(m_postgres.url(QStringLiteral("empty")));
    QVERIFY(url.ok());
    LedgerResult result = LedgerResult::success();
    QVERIFY(!PostgresLedgerWatcher::open(url.value(), &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::NotALedger));
    QCOMPARE(result.message(),
             QStringLiteral("%1 holds no RefundDesk ledger yet: open it as a ledger before watching it.")
                 .arg(m_postgres.url(QStringLiteral("empty"))));
    QVERIFY2(m_postgres.dropDatabase(QStringLiteral("empty")), qPrintable(m_postgres.errorString()));
}

void TestPostgresLedgerWatcher::unreachableServerCannotBeWatched()
{
    const auto url = PostgresUrl::parse(QStringLiteral("postgresql://refunddesk:Secret1@127.0.0.1:1/ledger"));
    QVERIFY(url.ok());
    LedgerResult result = LedgerResult::success();
    QVERIFY(!PostgresLedgerWatcher::open(url.value(), &result));
    QCOMPARE(int(result.error()), int(LedgerResult::Error::CannotOpen));
    QVERIFY2(result.message().startsWith(
                 QLatin1String("The ledger postgresql://refunddesk@127.0.0.1:1/ledger cannot be opened: ")),
             qPrintable(result.message()));
    QVERIFY2(!result.message().contains(QLatin1String("Secret1")), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestPostgresLedgerWatcher)
#include "tst_postgresledgerwatcher.moc"
