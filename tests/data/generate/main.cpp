#include "ReceiptImageGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int writeImageSet(const QDir &out, int count, quint32 seed)
{
    const ReceiptImageGenerator generator(seed);
    QJsonArray manifest;
    for (int i = 0; i < count; ++i) {
        const ReceiptSample sample = generator.sample(i);
        const QString file = sample.name + QStringLiteral(".png");
        if (!sample.image.save(out.filePath(file)))
            return fail(QStringLiteral("cannot write %1").arg(out.filePath(file)));
        manifest.append(QJsonObject {{QStringLiteral("file"), file},
                                     {QStringLiteral("format"), barcodeSymbologyName(sample.symbology)},
                                     {QStringLiteral("distortion"), distortionName(sample.distortion)},
                                     {QStringLiteral("text"), sample.text}});
    }
    QSaveFile manifestFile(out.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::WriteOnly))
        return fail(manifestFile.errorString());
    manifestFile.write(QJsonDocument(manifest).toJson());
    return manifestFile.commit() ? 0 : fail(manifestFile.errorString());
}

int writeVideoFrames(const QDir &out, const QString &text, int frameCount)
{
    for (int frame = 0; frame < frameCount; ++frame) {
        const QImage image =
            ReceiptImageGenerator::videoFrame(BarcodeSymbology::QrCode, text, frame, frameCount, QSize(640, 480));
        const QString file = out.filePath(QStringLiteral("frame-%1.png").arg(frame, 3, 10, QLatin1Char('0')));
        if (!image.save(file))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}

} // namespace

// Writes the receipt test set (PNG files and manifest.json with the ground truth) or the PNG
// frames of a receipt video clip. Same arguments, same bytes.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates receipt barcode pictures for RefundDesk's tests."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Number of images (default 256)."),
                                         QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("seed"),
                                        QStringLiteral("20240601"));
    const QCommandLineOption videoOption(QStringLiteral("video-frames"),
                                         QStringLiteral("Write this many frames of a clip of a receipt QR instead."),
                                         QStringLiteral("n"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("What the clip's QR code carries."),
                                        QStringLiteral("text"));
    parser.addOptions({outOption, countOption, seedOption, videoOption, textOption});
    parser.process(app);

    if (!parser.isSet(outOption))
        return fail(QStringLiteral("--out is required"));
    const QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("cannot create %1").arg(out.path()));

    if (parser.isSet(videoOption)) {
        const int frames = parser.value(videoOption).toInt();
        if (frames <= 0 || !parser.isSet(textOption))
            return fail(QStringLiteral("--video-frames needs a positive count and --text"));
        return writeVideoFrames(out, parser.value(textOption), frames);
    }
    bool countOk = false;
    bool seedOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!countOk || count <= 0 || !seedOk)
        return fail(QStringLiteral("--count and --seed must be positive numbers"));
    return writeImageSet(out, count, seed);
}
