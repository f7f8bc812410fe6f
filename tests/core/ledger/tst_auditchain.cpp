#include "ledger/AuditChain.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace RefundDesk;

namespace {

const QByteArray kKey("audit chain test key");

AuditEntry sampleEntry()
{
    AuditEntry entry;
    entry.seq = 1;
    entry.at = QDateTime::fromString(QStringLiteral("2024-03-01T08:00:00.000Z"), Qt::ISODateWithMs);
    entry.actor = QStringLiteral("alice");
    entry.action = QStringLiteral("refund.intent");
    entry.subject = QStringLiteral("r-42");
    entry.detail = QString::fromUtf8("R\xc3\xbc"
                                     "ckgabe");
    entry.storeId = QStringLiteral("S01");
    entry.registerId = QStringLiteral("R1");
    entry.prevHash = AuditChain::genesisHash();
    return entry;
}

// Four rows chained correctly with kKey.
QList<AuditEntry> chain()
{
    QList<AuditEntry> rows;
    QString prevHash = AuditChain::genesisHash();
    for (qint64 seq = 1; seq <= 4; ++seq) {
        AuditEntry entry = sampleEntry();
        entry.seq = seq;
        entry.at = entry.at.addSecs(seq);
        entry.detail = QStringLiteral("row %1").arg(seq);
        entry.prevHash = prevHash;
        entry.hash = AuditChain::rowHash(kKey, entry);
        prevHash = entry.hash;
        rows.append(entry);
    }
    return rows;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalContentIsLengthPrefixedUtf8();
    void rowHashIsHmacSha256OverPrevHashAndContent();
    void genesisHashIsSixtyFourZeros();
    void check_data();
    void check();
};

void TestAuditChain::canonicalContentIsLengthPrefixedUtf8()
{
    QCOMPARE(AuditChain::canonicalContent(sampleEntry()),
             QByteArray("1:1,24:2024-03-01T08:00:00.000Z,5:alice,13:refund.intent,4:r-42,9:R\xc3\xbc"
                        "ckgabe,3:S01,2:R1,"));

    // The same characters split differently between fields give different content.
    AuditEntry a = sampleEntry();
    a.actor = QStringLiteral("ab");
    a.action = QStringLiteral("c");
    AuditEntry b = sampleEntry();
    b.actor = QStringLiteral("a");
    b.action = QStringLiteral("bc");
    QVERIFY(AuditChain::canonicalContent(a) != AuditChain::canonicalContent(b));
}

void TestAuditChain::rowHashIsHmacSha256OverPrevHashAndContent()
{
    const AuditEntry entry = sampleEntry();
    // Known answer, computed independently of Qt and OpenSSL (Python's hmac module).
    QCOMPARE(AuditChain::rowHash(kKey, entry),
             QStringLiteral("ab1fa3c09704104ffd125b9a4a99c351667d6e658bc2cf8eda74d58f68836dfb"));
    const QByteArray expected = QMessageAuthenticationCode::hash(
        entry.prevHash.toLatin1() + AuditChain::canonicalContent(entry), kKey, QCryptographicHash::Sha256);
    QCOMPARE(AuditChain::rowHash(kKey, entry), QString::fromLatin1(expected.toHex()));
    QVERIFY(AuditChain::rowHash(QByteArray("another key"), entry) != AuditChain::rowHash(kKey, entry));
}

void TestAuditChain::genesisHashIsSixtyFourZeros()
{
    QCOMPARE(AuditChain::genesisHash(), QString(64, QLatin1Char('0')));
}

void TestAuditChain::check_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<bool>("intact");
    QTest::addColumn<qint64>("rowCount");
    QTest::addColumn<qint64>("firstBadSeq");

    QTest::newRow("untouched") << QString() << true << qint64(4) << qint64(0);
    QTest::newRow("detail of row 3 edited") << QStringLiteral("edit3") << false << qint64(2) << qint64(3);
    QTest::newRow("row 1 edited") << QStringLiteral("edit1") << false << qint64(0) << qint64(1);
    QTest::newRow("row 2 removed") << QStringLiteral("remove2") << false << qint64(1) << qint64(3);
    QTest::newRow("rows 2 and 3 swapped") << QStringLiteral("swap23") << false << qint64(1) << qint64(3);
    QTest::newRow("row 3 re-hashed with another key") << QStringLiteral("rekey3") << false << qint64(2) << qint64(3);
    QTest::newRow("row 3 linked elsewhere and re-hashed")
        << QStringLiteral("relink3") << false << qint64(2) << qint64(3);
    QTest::newRow("checked with another key") << QStringLiteral("wrongkey") << false << qint64(0) << qint64(1);
}

void TestAuditChain::check()
{
    QFETCH(QString, tamper);
    QFETCH(bool, intact);
    QFETCH(qint64, rowCount);
    QFETCH(qint64, firstBadSeq);

    QList<AuditEntry> rows = chain();
    QByteArray key = kKey;
    if (tamper == QLatin1String("edit3")) {
        rows[2].detail = QStringLiteral("row 3, edited");
    } else if (tamper == QLatin1String("edit1")) {
        rows[0].actor = QStringLiteral("mallory");
    } else if (tamper == QLatin1String("remove2")) {
        rows.removeAt(1);
    } else if (tamper == QLatin1String("swap23")) {
        rows.swapItemsAt(1, 2);
    } else if (tamper == QLatin1String("rekey3")) {
        rows[2].detail = QStringLiteral("row 3, edited");
        rows[2].hash = AuditChain::rowHash(QByteArray("mallory's key"), rows[2]);
    } else if (tamper == QLatin1String("relink3")) {
        rows[2].prevHash = AuditChain::genesisHash();
        rows[2].hash = AuditChain::rowHash(kKey, rows[2]);
    } else if (tamper == QLatin1String("wrongkey")) {
        key = QByteArray("another installation's key");
    }

    AuditChain checker(key);
    bool allMatched = true;
    for (const AuditEntry &row : rows)
        allMatched = checker.check(row) && allMatched;
    QCOMPARE(allMatched, intact);
    const AuditCheck result = checker.result();
    QCOMPARE(result.intact, intact);
    QCOMPARE(result.rowCount, rowCount);
    QCOMPARE(result.firstBadSeq, firstBadSeq);
    QCOMPARE(result.problem.isEmpty(), intact);
    if (!intact)
        QVERIFY2(result.problem.contains(QStringLiteral("row %1").arg(firstBadSeq)), qPrintable(result.problem));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
