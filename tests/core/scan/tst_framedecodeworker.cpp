#include "ReceiptImageGenerator.h"
#include "scan/FrameDecodeWorker.h"

#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

class tst_FrameDecodeWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsStaleFramesAndDecodesTheNewest();
    void decodesOnItsOwnThread();
};

void tst_FrameDecodeWorker::dropsStaleFramesAndDecodesTheNewest()
{
    const ReceiptImageGenerator generator;
    // 99 frames of one receipt, then the last frame shows another: only the newest counts.
    const ReceiptSample stale = generator.sample(0);
    const ReceiptSample newest = generator.sample(8);
    QVERIFY(stale.text != newest.text);

    FrameDecodeWorker worker;
    QSignalSpy spy(&worker, &FrameDecodeWorker::decoded);
    const ScanFrame staleFrame = ScanFrame::fromImage(stale.image);
    for (int i = 0; i < 99; ++i)
        worker.submit(staleFrame);
    QCOMPARE(worker.submit(ScanFrame::fromImage(newest.image)), quint64(100));

    // The newest frame is always decoded, and it is the last thing decoded.
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(1).value<quint64>() == 100, 20000);
    QTest::qWait(50); // nothing may follow it
    const QList<QVariant> last = spy.last();
    QCOMPARE(last.at(1).value<quint64>(), quint64(100));
    const auto result = last.at(0).value<DecodeResult>();
    QVERIFY(result.found);
    QCOMPARE(result.text, newest.text);

    // Stale frames were dropped, not queued: far fewer decodes than frames.
    QVERIFY2(spy.count() < 100, qPrintable(QString::number(spy.count())));
    QVERIFY2(spy.count() <= 10, qPrintable(QString::number(spy.count())));
    QCOMPARE(worker.decodedCount(), quint64(spy.count()));
    QCOMPARE(worker.submittedCount(), quint64(100));
    // Frame numbers only go up.
    quint64 previous = 0;
    for (const QList<QVariant> &arguments : spy) {
        QVERIFY(arguments.at(1).value<quint64>() > previous);
        previous = arguments.at(1).value<quint64>();
    }
}

void tst_FrameDecodeWorker::decodesOnItsOwnThread()
{
    FrameDecodeWorker worker;
    QThread *decodingThread = nullptr;
    connect(
        &worker, &FrameDecodeWorker::decoded, this, [&decodingThread] { decodingThread = QThread::currentThread(); },
        Qt::DirectConnection);
    QSignalSpy spy(&worker, &FrameDecodeWorker::decoded);
    worker.submit(ScanFrame::fromImage(ReceiptImageGenerator().sample(1).image));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(decodingThread != nullptr);
    QVERIFY(decodingThread != QThread::currentThread());
    QVERIFY(spy.at(0).at(0).value<DecodeResult>().found);
}

QTEST_GUILESS_MAIN(tst_FrameDecodeWorker)
#include "tst_framedecodeworker.moc"
