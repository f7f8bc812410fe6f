#include "VideoFrameAdapter.h"
#include "scan/BarcodeDecoder.h"
#include "scan/BarcodeWriter.h"

#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

using namespace RefundDesk;

// Builds camera-like frames by hand in each layout and reads them through the adapter.
class tst_VideoFrameAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachLayout_data();
    void readsEachLayout();
    void keepsTheFrameMappedWhileInUse();
    void invalidFrame();
};

namespace {

const QString kText = QStringLiteral("529-1438673740-2");

QImage codePicture()
{
    // Even sizes: 4:2:0 chroma planes need them.
    const QImage code = BarcodeWriter::renderQr(kText, 4);
    QImage picture(code.width() + 32 - code.width() % 2, code.height() + 32 - code.height() % 2,
                   QImage::Format_Grayscale8);
    picture.fill(255);
    for (int y = 0; y < code.height(); ++y)
        std::copy_n(code.constScanLine(y), code.width(), picture.scanLine(y + 16) + 16);
    return picture;
}

QVideoFrame frameOf(const QImage &luminance, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(luminance.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int width = luminance.width();
    for (int y = 0; y < luminance.height(); ++y) {
        const uchar *lum = luminance.constScanLine(y);
        uchar *line = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < width; ++x) {
            switch (format) {
            case QVideoFrameFormat::Format_NV12:
            case QVideoFrameFormat::Format_YUV420P:
                line[x] = lum[x];
                break;
            case QVideoFrameFormat::Format_YUYV:
                line[2 * x] = lum[x];
                line[2 * x + 1] = 128;
                break;
            case QVideoFrameFormat::Format_UYVY:
                line[2 * x] = 128;
                line[2 * x + 1] = lum[x];
                break;
            case QVideoFrameFormat::Format_BGRA8888:
            case QVideoFrameFormat::Format_RGBA8888:
                std::fill_n(line + 4 * x, 3, lum[x]);
                line[4 * x + 3] = 255;
                break;
            default:
                break;
            }
        }
    }
    // Chroma planes at grey, so a conversion would give the same picture.
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::fill_n(frame.bits(plane), frame.mappedBytes(plane), uchar(128));
    frame.unmap();
    return frame;
}

} // namespace

void tst_VideoFrameAdapter::readsEachLayout_data()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
    QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P;
    QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
    QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY;
    QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888;
    QTest::newRow("RGBA8888") << QVideoFrameFormat::Format_RGBA8888;
}

void tst_VideoFrameAdapter::readsEachLayout()
{
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    const QImage picture = codePicture();
    const QVideoFrame frame = frameOf(picture, format);
    QVERIFY(frame.isValid());

    const ScanFrame scanFrame = VideoFrameAdapter::toScanFrame(frame);
    QVERIFY(!scanFrame.isNull());
    QCOMPARE(scanFrame.view().width, picture.width());
    QCOMPARE(scanFrame.view().height, picture.height());
    const DecodeResult result = BarcodeDecoder().decode(scanFrame);
    QVERIFY(result.found);
    QCOMPARE(result.text, kText);
}

void tst_VideoFrameAdapter::keepsTheFrameMappedWhileInUse()
{
    QVideoFrame frame = frameOf(codePicture(), QVideoFrameFormat::Format_NV12);
    {
        const ScanFrame scanFrame = VideoFrameAdapter::toScanFrame(frame);
        const ScanFrame copy = scanFrame; // what the decoder thread holds
        QVERIFY(frame.isMapped()); // the handles share one mapping
        QCOMPARE(copy.view().data, scanFrame.view().data); // no pixel copy between them
    }
    QVERIFY(!frame.isMapped()); // the last copy gave it back
}

void tst_VideoFrameAdapter::invalidFrame()
{
    QVERIFY(VideoFrameAdapter::toScanFrame(QVideoFrame()).isNull());
}

QTEST_MAIN(tst_VideoFrameAdapter)
#include "tst_videoframeadapter.moc"
