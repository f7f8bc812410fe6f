// Scanning bench: milliseconds per 1280x720 frame and detection rate, on the generated receipt
// set, through (a) the app's frame path (FrameDecodeWorker + BarcodeDecoder exactly as the
// camera uses them, thread hand-off and queued signal included), (b) ZXing's ReadBarcode called
// directly on the same buffer with the same hints, and (c) zbar on the same buffer.
//   bench_scan [--count N] [--rounds R]
#include "ReceiptImageGenerator.h"
#include "ZbarReader.h"
#include "scan/FrameDecodeWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QPainter>

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

namespace {

struct Frame
{
    QImage luminance; // 1280x720 Grayscale8, dense rows
    QString truth;
    QString symbology;
};

struct Tally
{
    qint64 bestNanoseconds = std::numeric_limits<qint64>::max(); // fastest round over all frames
    int detected = 0; // frames read with exactly the right text
    QMap<QString, int> detectedBySymbology;
};

// A camera-sized frame: the receipt picture in the middle of a grey 1280x720 frame.
QImage cameraFrame(const QImage &picture)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(110);
    QPainter(&frame).drawImage((frame.width() - picture.width()) / 2, (frame.height() - picture.height()) / 2, picture);
    return frame;
}

// The hints BarcodeDecoder uses for camera frames (Effort::Frame): the eight receipt
// symbologies, one symbol, ZXing's defaults otherwise (tryHarder, tryRotate, tryDownscale).
ZXing::DecodeHints appHints()
{
    using F = ZXing::BarcodeFormat;
    ZXing::DecodeHints hints;
    hints.setFormats(F::QRCode | F::Code128 | F::Code39 | F::EAN13 | F::ITF | F::PDF417 | F::DataMatrix | F::Aztec);
    hints.setMaxNumberOfSymbols(1);
    return hints;
}

QString readWithWorker(FrameDecodeWorker &worker, const QImage &frame)
{
    QEventLoop loop;
    QString text;
    const QMetaObject::Connection connection =
        QObject::connect(&worker, &FrameDecodeWorker::decoded, &loop, [&](const DecodeResult &result, quint64) {
            text = result.found ? result.text : QString();
            loop.quit();
        });
    worker.submit(ScanFrame::fromImage(frame));
    loop.exec();
    QObject::disconnect(connection);
    return text;
}

QString readWithZXing(const QImage &frame, const ZXing::DecodeHints &hints)
{
    const ZXing::ImageView view(frame.constBits(), frame.width(), frame.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(frame.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

void measure(Tally &tally, const QList<Frame> &frames, const std::function<QString(const Frame &)> &read)
{
    int detected = 0;
    QMap<QString, int> bySymbology;
    QElapsedTimer timer;
    timer.start();
    for (const Frame &frame : frames) {
        if (read(frame) == frame.truth) {
            ++detected;
            ++bySymbology[frame.symbology];
        }
    }
    tally.bestNanoseconds = std::min(tally.bestNanoseconds, timer.nsecsElapsed());
    tally.detected = detected;
    tally.detectedBySymbology = bySymbology;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RefundDesk scanning bench."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Receipt pictures (default 256)."),
                                         QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({countOption, roundsOption});
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const ReceiptImageGenerator generator;
    QList<Frame> frames;
    QMap<QString, int> framesBySymbology;
    for (int i = 0; i < count; ++i) {
        const ReceiptSample sample = generator.sample(i);
        frames.append({cameraFrame(sample.image), sample.text, barcodeSymbologyName(sample.symbology)});
        ++framesBySymbology[frames.last().symbology];
    }

    FrameDecodeWorker worker(BarcodeDecoder(BarcodeDecoder::Effort::Frame));
    const ZXing::DecodeHints hints = appHints();
    const Bench::ZbarReader zbarReader;

    Tally appPath;
    Tally rawZXing;
    Tally zbar;
    // Rounds alternate the three so that a busy machine slows each of them alike.
    for (int round = 0; round < rounds; ++round) {
        measure(appPath, frames, [&worker](const Frame &frame) { return readWithWorker(worker, frame.luminance); });
        measure(rawZXing, frames, [&hints](const Frame &frame) { return readWithZXing(frame.luminance, hints); });
        measure(zbar, frames,
                [&zbarReader](const Frame &frame) { return zbarReader.read(frame.luminance, frame.truth); });
    }

    const auto msPerFrame = [&frames](const Tally &tally) {
        return double(tally.bestNanoseconds) / 1e6 / double(frames.size());
    };
    const auto rate = [&frames](const Tally &tally) {
        return 100.0 * tally.detected / double(frames.size());
    };
    std::printf("%d frames of 1280x720, best of %d rounds\n\n", int(frames.size()), rounds);
    std::printf("| path | ms/frame | detected | rate |\n|---|---:|---:|---:|\n");
    for (const auto &[name, tally] : {std::pair {"app (FrameDecodeWorker)", &appPath},
                                      std::pair {"ZXing ReadBarcode", &rawZXing}, std::pair {"zbar", &zbar}})
        std::printf("| %s | %.2f | %d | %.1f%% |\n", name, msPerFrame(*tally), tally->detected, rate(*tally));
    std::printf("\napp/ZXing time %.3f, app/zbar time %.3f\n\n", msPerFrame(appPath) / msPerFrame(rawZXing),
                msPerFrame(appPath) / msPerFrame(zbar));
    std::printf("| symbology | frames | app | ZXing | zbar |\n|---|---:|---:|---:|---:|\n");
    for (auto it = framesBySymbology.cbegin(); it != framesBySymbology.cend(); ++it)
        std::printf("| %s | %d | %d | %d | %d |\n", qPrintable(it.key()), it.value(),
                    appPath.detectedBySymbology.value(it.key()), rawZXing.detectedBySymbology.value(it.key()),
                    zbar.detectedBySymbology.value(it.key()));
    return 0;
}
