#include "ledger/LedgerTime.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>

using namespace RefundDesk;

// The ledger's text times: what toLedgerTime() writes reads back as the same instant, in UTC,
// and any other text means what QDateTime's ISO 8601 parser says it means.
class TestLedgerTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromLedgerTime_data();
    void fromLedgerTime();
    void roundTrip_data();
    void roundTrip();
    void writesWhatQtWrites();
};

void TestLedgerTime::fromLedgerTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a time

    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("as written") << "2024-03-01T09:30:00.000Z" << utc(2024, 3, 1, 9, 30, 0, 0);
    QTest::newRow("milliseconds") << "2024-02-28T13:14:15.678Z" << utc(2024, 2, 28, 13, 14, 15, 678);
    QTest::newRow("last instant of a year") << "1999-12-31T23:59:59.999Z" << utc(1999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("leap day") << "2024-02-29T00:00:00.001Z" << utc(2024, 2, 29, 0, 0, 0, 1);
    QTest::newRow("no leap day") << "2023-02-29T00:00:00.000Z" << QDateTime();
    QTest::newRow("month 13") << "2024-13-01T00:00:00.000Z" << QDateTime();
    QTest::newRow("minute 60") << "2024-03-01T09:60:00.000Z" << QDateTime();
    QTest::newRow("not a digit") << "2024-03-01T09:3a:00.000Z" << QDateTime();
    QTest::newRow("end of the day") << "2024-03-01T24:00:00.000Z" << utc(2024, 3, 2, 0, 0, 0, 0);
    QTest::newRow("without milliseconds") << "2024-03-01T09:30:00Z" << utc(2024, 3, 1, 9, 30, 0, 0);
    QTest::newRow("with an offset") << "2024-03-01T10:30:00.250+01:00" << utc(2024, 3, 1, 9, 30, 0, 250);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("words") << "yesterday at noon, roughly" << QDateTime();
}

void TestLedgerTime::fromLedgerTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime read = RefundDesk::fromLedgerTime(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(read, expected);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestLedgerTime::roundTrip_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTC") << QDateTime(QDate(2024, 3, 1), QTime(9, 30, 0, 5), Qt::UTC) << "2024-03-01T09:30:00.005Z";
    QTest::newRow("offset from UTC") << QDateTime(QDate(2024, 3, 1), QTime(0, 15, 0, 120), Qt::OffsetFromUTC, 2 * 3600)
                                     << "2024-02-29T22:15:00.120Z";
    QTest::newRow("invalid") << QDateTime() << "";
    QTest::newRow("first instant of a year")
        << QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0, 0), Qt::UTC) << "2025-01-01T00:00:00.000Z";
    QTest::newRow("last instant of a year")
        << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) << "1999-12-31T23:59:59.999Z";
    QTest::newRow("year 1") << QDateTime(QDate(1, 2, 3), QTime(4, 5, 6, 7), Qt::UTC) << "0001-02-03T04:05:06.007Z";
}

void TestLedgerTime::writesWhatQtWrites()
{
    // The hand-written formatter against QDateTime's own, over a spread of instants.
    QDateTime time(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    for (int step = 0; step < 2000; ++step) {
        time = time.addMSecs(qint64(step) * 86'399'937 + 7);
        QCOMPARE(toLedgerTime(time), time.toString(Qt::ISODateWithMs));
    }
    const QDateTime farFuture(QDate(12345, 6, 7), QTime(8, 9, 10, 11), Qt::UTC);
    QCOMPARE(toLedgerTime(farFuture), farFuture.toString(Qt::ISODateWithMs));
}

void TestLedgerTime::roundTrip()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);

    QCOMPARE(toLedgerTime(time), text);
    const QDateTime back = RefundDesk::fromLedgerTime(text);
    QCOMPARE(back.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(back, time);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestLedgerTime)
#include "tst_ledgertime.moc"
