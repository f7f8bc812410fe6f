#include "scan/ScannerWedgeDetector.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;

namespace {

// Stands in for the focused widget: records every key event that reaches it.
class KeyRecorder : public QObject
{
public:
    QString typed; // text of the presses that arrived, in order
    int presses = 0;
    int releases = 0;
    QList<int> keys;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            typed += key->text();
            keys.append(key->key());
            ++presses;
            return true;
        }
        if (event->type() == QEvent::KeyRelease) {
            ++releases;
            return true;
        }
        return QObject::event(event);
    }
};

int keyFor(QChar c)
{
    if (c == QLatin1Char('\n'))
        return Qt::Key_Return;
    if (c == QLatin1Char('\t'))
        return Qt::Key_Tab;
    return c.toUpper().unicode();
}

// Sends each character as a press and a release, `gapMs` apart by the events' timestamps.
void type(KeyRecorder &target, const QString &text, int gapMs, quint64 &clock)
{
    for (const QChar c : text) {
        const QString keyText = (c == QLatin1Char('\n')) ? QStringLiteral("\r") : QString(c);
        QKeyEvent press(QEvent::KeyPress, keyFor(c), Qt::NoModifier, keyText);
        press.setTimestamp(clock);
        QCoreApplication::sendEvent(&target, &press);
        QKeyEvent release(QEvent::KeyRelease, keyFor(c), Qt::NoModifier, keyText);
        release.setTimestamp(clock + 2);
        QCoreApplication::sendEvent(&target, &release);
        clock += quint64(gapMs);
    }
}

} // namespace

class tst_ScannerWedgeDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsScannerFromPerson_data();
    void tellsScannerFromPerson();
    void trailingKeystrokesOfAPersonArriveAfterAPause();
    void prefixOnlyHoldsPrefixedBursts();
    void commandKeysPassAndFlush();
};

void tst_ScannerWedgeDetector::tellsScannerFromPerson_data()
{
    QTest::addColumn<QString>("keys"); // \n is Enter, \t is Tab
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("typed"); // what reached the focused object
    QTest::addColumn<QList<int>>("lastKeys"); // the last keys that reached it

    const QList<int> none;
    QTest::newRow("scanner 5 ms, Enter") << QStringLiteral("297553638300708562\n") << 5
                                         << QStringList {QStringLiteral("297553638300708562")} << QString() << none;
    QTest::newRow("scanner 16 ms, Tab") << QStringLiteral("529-1438673740-2\t") << 16
                                        << QStringList {QStringLiteral("529-1438673740-2")} << QString() << none;
    QTest::newRow("fast typist 60 ms") << QStringLiteral("297553638300708562\n") << 60 << QStringList()
                                       << QStringLiteral("297553638300708562\r") << QList<int> {Qt::Key_Return};
    QTest::newRow("typist 35 ms, under the gap limit but slow on average")
        << QStringLiteral("ORDER1001\n") << 35 << QStringList() << QStringLiteral("ORDER1001\r")
        << QList<int> {Qt::Key_Return};
    QTest::newRow("short burst is not a scan")
        << QStringLiteral("12345\n") << 5 << QStringList() << QStringLiteral("12345\r") << QList<int> {Qt::Key_Return};
    QTest::newRow("six characters is enough")
        << QStringLiteral("123456\n") << 5 << QStringList {QStringLiteral("123456")} << QString() << none;
    QTest::newRow("burst without terminator")
        << QStringLiteral("297553638300708562") << 5 << QStringList() << QString() << none;
    QTest::newRow("two scans in a row") << QStringLiteral("123456789\n987654321\n") << 5
                                        << QStringList {QStringLiteral("123456789"), QStringLiteral("987654321")}
                                        << QString() << none;
}

void tst_ScannerWedgeDetector::tellsScannerFromPerson()
{
    QFETCH(QString, keys);
    QFETCH(int, gapMs);
    QFETCH(QStringList, scans);
    QFETCH(QString, typed);
    QFETCH(QList<int>, lastKeys);

    KeyRecorder focused;
    ScannerWedgeDetector detector;
    focused.installEventFilter(&detector);
    QSignalSpy spy(&detector, &ScannerWedgeDetector::scanned);

    quint64 clock = 1000;
    type(focused, keys, gapMs, clock);

    QStringList got;
    for (const QList<QVariant> &arguments : spy)
        got.append(arguments.at(0).toString());
    QCOMPARE(got, scans);
    QCOMPARE(focused.typed, typed);
    QCOMPARE(focused.keys.mid(focused.keys.size() - lastKeys.size()), lastKeys);
    if (scans.isEmpty() && keys.endsWith(QLatin1Char('\n')))
        QCOMPARE(focused.releases, keys.size()); // every release arrived too, none lost
    if (!scans.isEmpty())
        QCOMPARE(focused.releases, 0); // a scan's releases are swallowed with its presses
}

void tst_ScannerWedgeDetector::trailingKeystrokesOfAPersonArriveAfterAPause()
{
    KeyRecorder focused;
    ScannerWedgeDetector detector;
    focused.installEventFilter(&detector);
    QSignalSpy spy(&detector, &ScannerWedgeDetector::scanned);

    quint64 clock = 5000;
    type(focused, QStringLiteral("ab"), 20, clock); // a quick roll of two keys, then nothing
    QCOMPARE(focused.typed, QString()); // still might be a scanner
    QTRY_COMPARE(focused.typed, QStringLiteral("ab"));
    QCOMPARE(focused.releases, 2);
    QCOMPARE(spy.count(), 0);
}

void tst_ScannerWedgeDetector::prefixOnlyHoldsPrefixedBursts()
{
    ScannerWedgeDetector::Settings settings;
    settings.prefix = QStringLiteral("#@");
    KeyRecorder focused;
    ScannerWedgeDetector detector(settings);
    focused.installEventFilter(&detector);
    QSignalSpy spy(&detector, &ScannerWedgeDetector::scanned);

    quint64 clock = 1000;
    // Without the prefix even a fast burst is typing, and passes at once.
    type(focused, QStringLiteral("123456789"), 5, clock);
    QCOMPARE(focused.typed, QStringLiteral("123456789"));
    type(focused, QStringLiteral("\n"), 5, clock);
    QCOMPARE(spy.count(), 0);

    clock += 500;
    type(focused, QStringLiteral("#@297553638300708562\n"), 5, clock);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("297553638300708562"));
    QCOMPARE(focused.typed, QStringLiteral("123456789\r"));

    // A '#' that a person types goes through as soon as the next key is not the prefix's.
    clock += 500;
    type(focused, QStringLiteral("#x"), 5, clock);
    QCOMPARE(focused.typed, QStringLiteral("123456789\r#x"));
}

void tst_ScannerWedgeDetector::commandKeysPassAndFlush()
{
    KeyRecorder focused;
    ScannerWedgeDetector detector;
    focused.installEventFilter(&detector);
    QSignalSpy spy(&detector, &ScannerWedgeDetector::scanned);

    quint64 clock = 1000;
    type(focused, QStringLiteral("abc"), 5, clock);
    QKeyEvent paste(QEvent::KeyPress, Qt::Key_V, Qt::ControlModifier, QStringLiteral("\x16"));
    paste.setTimestamp(clock);
    QCoreApplication::sendEvent(&focused, &paste);
    QCOMPARE(focused.typed, QStringLiteral("abc\x16"));
    QCOMPARE(focused.keys.last(), int(Qt::Key_V));
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(tst_ScannerWedgeDetector)
#include "tst_scannerwedgedetector.moc"
