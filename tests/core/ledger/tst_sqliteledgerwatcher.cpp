#include "ledger/SqliteLedger.h"
#include "ledger/SqliteLedgerWatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// A SQLite ledger's watcher hears refund changes that other connections (another register
// on a shared folder, refundctl serve) commit, and says which refunds changed.
class TestSqliteLedgerWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seesAnotherConnectionsChangeWithinASecond_data();
    void seesAnotherConnectionsChangeWithinASecond();
    void burstOfChangesIsOneSignal();
    void refusedChangesAreNotReported();
    void refusesWhatIsNotALedger_data();
    void refusesWhatIsNotALedger();

private:
    // Runs work on a connection of its own in another thread, as another register would;
    // work returns what went wrong, or nothing.
    QString inAnotherConnection(const std::function<QString(Ledger &)> &work);
    // Journals a refund of the sale in another connection; its id.
    QUuid journalElsewhere(qint64 minorUnits);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_saleId = 0;
};

void TestSqliteLedgerWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
    LedgerResult result = LedgerResult::success();
    const auto ledger = SqliteLedger::open(m_path, &result);
    QVERIFY2(ledger, qPrintable(result.message()));
    Sale sale;
    sale.gateway = GatewayId::Pockyt;
    sale.transactionId = QStringLiteral("P-1");
    sale.amount = eur(10000);
    sale.gatewayStatus = QStringLiteral("success");
    sale.gatewaySaysRefundable = true;
    QVERIFY(ledger->upsertSale(sale).ok());
    m_saleId = sale.ledgerId;
}

void TestSqliteLedgerWatcher::cleanup()
{
    m_dir.reset();
}

QString TestSqliteLedgerWatcher::inAnotherConnection(const std::function<QString(Ledger &)> &work)
{
    QString failure;
    std::thread other([&] {
        LedgerResult result = LedgerResult::success();
        const auto ledger = SqliteLedger::open(m_path, &result);
        failure = ledger ? work(*ledger) : result.message();
    });
    other.join();
    return failure;
}

QUuid TestSqliteLedgerWatcher::journalElsewhere(qint64 minorUnits)
{
    QUuid id;
    const QString failure = inAnotherConnection([&](Ledger &ledger) {
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

void TestSqliteLedgerWatcher::seesAnotherConnectionsChangeWithinASecond_data()
{
    QTest::addColumn<bool>("fileEvents");
    QTest::addColumn<int>("pollMs");

    // Each way alone must be quick enough; together they are the default.
    QTest::newRow("file events alone") << true << 0;
    QTest::newRow("polling alone") << false << int(SqliteLedgerWatcher::kDefaultPollInterval.count());
}

void TestSqliteLedgerWatcher::seesAnotherConnectionsChangeWithinASecond()
{
    QFETCH(bool, fileEvents);
    QFETCH(int, pollMs);

    LedgerResult result = LedgerResult::success();
    const auto watcher = SqliteLedgerWatcher::open(m_path, &result);
    QVERIFY2(watcher, qPrintable(result.message()));
    watcher->setFileEventsEnabled(fileEvents);
    watcher->setPollInterval(std::chrono::milliseconds(pollMs));
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    // Nothing has happened yet: no signal.
    QTest::qWait(700);
    QCOMPARE(spy.count(), 0);

    const QUuid id = journalElsewhere(2500);
    QVERIFY(!id.isNull());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY(spy.wait(kReportedWithinMs));
    qInfo("intent seen %lld ms after its commit", sinceCommit.elapsed());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid> {id});

    QCOMPARE(
        inAnotherConnection([&](Ledger &ledger) {
            return ledger.transitionRefund(id, RefundStatus::Pending, {}, change(QStringLiteral("webhook"))).message();
        }),
        QString());
    sinceCommit.restart();
    QVERIFY(spy.wait(kReportedWithinMs));
    qInfo("status change seen %lld ms after its commit", sinceCommit.elapsed());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(spy.takeFirst()), QList<QUuid> {id});

    QTest::qWait(700);
    QCOMPARE(spy.count(), 0);
}

void TestSqliteLedgerWatcher::burstOfChangesIsOneSignal()
{
    LedgerResult result = LedgerResult::success();
    const auto watcher = SqliteLedgerWatcher::open(m_path, &result);
    QVERIFY2(watcher, qPrintable(result.message()));
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    // Three intents and a status change, committed one after the other while this thread
    // is busy: one signal, each refund once, in the order they first changed.
    QList<QUuid> ids;
    const QString failure = inAnotherConnection([&](Ledger &ledger) {
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
    QTest::qWait(600);
    QCOMPARE(spy.count(), 0);
}

void TestSqliteLedgerWatcher::refusedChangesAreNotReported()
{
    const QUuid id = journalElsewhere(9000);
    QVERIFY(!id.isNull());

    LedgerResult result = LedgerResult::success();
    const auto watcher = SqliteLedgerWatcher::open(m_path, &result);
    QVERIFY2(watcher, qPrintable(result.message()));
    QSignalSpy spy(watcher.get(), &LedgerWatcher::refundsChanged);

    QList<LedgerResult::Error> errors;
    const QString failure = inAnotherConnection([&](Ledger &ledger) {
        Refund tooMuch;
        tooMuch.saleLedgerId = m_saleId;
        tooMuch.amount = eur(1001);
        errors << ledger.journalRefundIntent(tooMuch, change(QStringLiteral("engine"))).error();
        errors << ledger.transitionRefund(id, RefundStatus::Draft, {}, change(QStringLiteral("webhook"))).error();
        // The same status again, nothing new: not a change either.
        errors << ledger.transitionRefund(id, RefundStatus::Submitting, {}, change(QStringLiteral("webhook"))).error();
        return QString();
    });
    QCOMPARE(failure, QString());
    QCOMPARE(errors,
             (QList<LedgerResult::Error> {LedgerResult::Error::RemainderExceeded, LedgerResult::Error::StatusRegression,
                                          LedgerResult::Error::None}));
    QTest::qWait(1200);
    QCOMPARE(spy.count(), 0);
}

void TestSqliteLedgerWatcher::refusesWhatIsNotALedger_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // null: no file
    QTest::addColumn<int>("error");

    QTest::newRow("no such file") << "missing.sqlite" << QByteArray() << int(LedgerResult::Error::CannotOpen);
    QTest::newRow("empty file") << "empty.sqlite" << QByteArray("") << int(LedgerResult::Error::NotALedger);
    QTest::newRow("text file") << "notes.txt" << QByteArray("not a database at all, just some words\n")
                               << int(LedgerResult::Error::NotALedger);
}

void TestSqliteLedgerWatcher::refusesWhatIsNotALedger()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, error);

    const QString path = m_dir->filePath(file);
    if (!content.isNull()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }
    LedgerResult result = LedgerResult::success();
    QVERIFY(!SqliteLedgerWatcher::open(path, &result));
    QCOMPARE(int(result.error()), error);
    QVERIFY2(result.message().contains(QDir::toNativeSeparators(path)), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestSqliteLedgerWatcher)
#include "tst_sqliteledgerwatcher.moc"
