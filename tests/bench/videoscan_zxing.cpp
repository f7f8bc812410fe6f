// The baseline of the scanner's memory: the same video played by QMediaPlayer into a bare
// QVideoSink, each frame's luminance read by ZXing::ReadBarcode directly in the frame slot
// with the hints the camera path uses, and nothing of RefundDesk. Prints what was decoded
// and the process's peak resident memory, for bench_startup.
//   bench_videoscan_zxing VIDEO
#include "VideoToEnd.h"

#include <QGuiApplication>
#include <QImage>
#include <QVideoFrame>
#include <QVideoSink>

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <cstdio>

namespace {

// The luminance plane of planar and semi-planar YUV frames, as GStreamer's VP8 decoder gives
// them; anything else through a grey QImage.
bool readFrame(const QVideoFrame &input, const ZXing::DecodeHints &hints)
{
    QVideoFrame frame = input;
    if (!frame.map(QVideoFrame::ReadOnly))
        return false;
    bool found = false;
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV422P: {
        const ZXing::ImageView view(frame.bits(0), frame.width(), frame.height(), ZXing::ImageFormat::Lum,
                                    frame.bytesPerLine(0));
        found = ZXing::ReadBarcode(view, hints).isValid();
        break;
    }
    default: {
        const QImage grey = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                    static_cast<int>(grey.bytesPerLine()));
        found = ZXing::ReadBarcode(view, hints).isValid();
        break;
    }
    }
    frame.unmap();
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_videoscan_zxing VIDEO\n");
        return 2;
    }
    // BarcodeDecoder's camera hints (Effort::Frame): the eight receipt symbologies, one symbol.
    using F = ZXing::BarcodeFormat;
    ZXing::DecodeHints hints;
    hints.setFormats(F::QRCode | F::Code128 | F::Code39 | F::EAN13 | F::ITF | F::PDF417 | F::DataMatrix | F::Aztec);
    hints.setMaxNumberOfSymbols(1);

    QVideoSink sink;
    int frames = 0;
    int found = 0;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &app, [&](const QVideoFrame &frame) {
        ++frames;
        found += readFrame(frame, hints) ? 1 : 0;
    });
    const int status = RefundDesk::Bench::playVideoToEnd(&sink, QString::fromLocal8Bit(argv[1]));

    std::printf("frames=%d decoded=%d found=%d accepted=0 maxrss_kb=%ld\n", frames, frames, found,
                RefundDesk::Bench::peakResidentKb());
    return status;
}
