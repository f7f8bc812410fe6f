#include "scan/ConsecutiveReadGate.h"

#include <QTest>

using namespace RefundDesk;

class tst_ConsecutiveReadGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offer_data();
    void offer();
};

namespace {
DecodeResult read(const QString &text)
{
    DecodeResult result;
    result.found = !text.isEmpty();
    result.text = text;
    return result;
}
} // namespace

void tst_ConsecutiveReadGate::offer_data()
{
    QTest::addColumn<QStringList>("frames"); // empty string: a frame without a code
    QTest::addColumn<QList<bool>>("accepted");

    QTest::newRow("one frame is not enough") << QStringList {QStringLiteral("A")} << QList<bool> {false};
    QTest::newRow("two agreeing frames") << QStringList {QStringLiteral("A"), QStringLiteral("A")}
                                         << QList<bool> {false, true};
    QTest::newRow("accepted once per run")
        << QStringList {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A")}
        << QList<bool> {false, true, false, false};
    QTest::newRow("a misread in between") << QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")}
                                          << QList<bool> {false, false, false};
    QTest::newRow("an empty frame in between")
        << QStringList {QStringLiteral("A"), QString(), QStringLiteral("A")} << QList<bool> {false, false, false};
    QTest::newRow("new text after a run")
        << QStringList {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B")}
        << QList<bool> {false, true, false, true};
}

void tst_ConsecutiveReadGate::offer()
{
    QFETCH(QStringList, frames);
    QFETCH(QList<bool>, accepted);

    ConsecutiveReadGate gate;
    QList<bool> got;
    for (const QString &frame : frames)
        got.append(gate.offer(read(frame)));
    QCOMPARE(got, accepted);
}

QTEST_GUILESS_MAIN(tst_ConsecutiveReadGate)
#include "tst_consecutivereadgate.moc"
