#include "VideoScanPipeline.h"
#include "scan/ReceiptCode.h"

#include <QFileInfo>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

using namespace RefundDesk;

// Plays a generated receipt clip through the real QMediaPlayer -> QVideoSink -> decoder path.
class tst_VideoScanPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheTransactionFromAVideo();
};

void tst_VideoScanPipeline::readsTheTransactionFromAVideo()
{
    const QString video = QStringLiteral(RECEIPT_VIDEO);
    QVERIFY2(QFileInfo::exists(video), qPrintable(video));

    VideoScanPipeline pipeline;
    QSignalSpy decodedSpy(&pipeline, &VideoScanPipeline::frameDecoded);
    QSignalSpy acceptedSpy(&pipeline, &VideoScanPipeline::codeAccepted);
    QSignalSpy framesSpy(pipeline.videoSink(), &QVideoSink::videoFrameChanged);

    QMediaPlayer player;
    QSignalSpy errorSpy(&player, &QMediaPlayer::errorOccurred);
    player.setVideoSink(pipeline.videoSink());
    player.setSource(QUrl::fromLocalFile(video));
    player.play();

    QTRY_VERIFY_WITH_TIMEOUT(!acceptedSpy.isEmpty() || !errorSpy.isEmpty(), 20000);
    QVERIFY2(errorSpy.isEmpty(), qPrintable(player.errorString()));
    QVERIFY(framesSpy.count() >= 2); // real frames came through the sink
    QVERIFY(decodedSpy.count() >= 2); // two agreeing decodes are needed

    const auto result = acceptedSpy.first().at(0).value<DecodeResult>();
    QCOMPARE(result.symbology, BarcodeSymbology::QrCode);
    const ReceiptCode code = ReceiptCode::parse(result.text);
    QVERIFY2(code.isOk(), qPrintable(code.message()));
    QCOMPARE(code.gateway(), std::optional<GatewayId>(GatewayId::Pockyt));
    QCOMPARE(code.kind(), ReceiptCode::Kind::Transaction);
    QCOMPARE(code.id(), QStringLiteral("297553638300708562"));
    QCOMPARE(acceptedSpy.count(), 1); // the same receipt is accepted once
    player.stop();
}

QTEST_MAIN(tst_VideoScanPipeline)
#include "tst_videoscanpipeline.moc"
