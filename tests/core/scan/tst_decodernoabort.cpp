#include "ReceiptImageGenerator.h"
#include "scan/BarcodeDecoder.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

// Debian's ZXing 1.4 is built with assertions and can abort() the whole process while merging
// results (PLATFORM.md). This runs the real decoder, in this process, over hundreds of distorted
// receipts in four orientations and two scales, plus noise and garbage: the test passing at
// all is the proof that the scan path does not take the application down.
class tst_DecoderNoAbort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distortedReceipts();
    void noiseAndGarbage();
};

void tst_DecoderNoAbort::distortedReceipts()
{
    const ReceiptImageGenerator generator;
    const BarcodeDecoder thorough(BarcodeDecoder::Effort::Thorough);
    const BarcodeDecoder frame(BarcodeDecoder::Effort::Frame);
    constexpr int kSamples = 256;
    int decodes = 0;
    int found = 0;
    int correct = 0;
    for (int index = 0; index < kSamples; ++index) {
        const ReceiptSample sample = generator.sample(index);
        const QList<QImage> variants {
            sample.image,
            sample.image.transformed(QTransform().rotate(90)),
            sample.image.transformed(QTransform().rotate(180)),
            sample.image.transformed(QTransform().rotate(270)),
            sample.image.scaled(sample.image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
        };
        // Every variant through the camera's decoder, the picture itself also through the files' one.
        for (qsizetype variant = 0; variant <= variants.size(); ++variant) {
            const BarcodeDecoder &decoder = variant < variants.size() ? frame : thorough;
            const DecodeResult result = decoder.decode(variants.at(variant % variants.size()));
            ++decodes;
            if (result.found) {
                ++found;
                if (result.text == sample.text)
                    ++correct;
                else
                    qWarning("%s variant %d read as %s: %s", qPrintable(sample.name), int(variant),
                             qPrintable(result.formatName()), qPrintable(result.text));
            }
        }
    }
    qInfo("%d decodes, %d found, %d correct", decodes, found, correct);
    QCOMPARE(decodes, kSamples * 6);
    // Nothing read is ever wrong, and most distorted receipts are read.
    QCOMPARE(correct, found);
    QVERIFY2(found * 100 >= decodes * 70, qPrintable(QStringLiteral("%1 of %2").arg(found).arg(decodes)));
}

void tst_DecoderNoAbort::noiseAndGarbage()
{
    const BarcodeDecoder decoder(BarcodeDecoder::Effort::Thorough);
    QRandomGenerator random(7);
    for (int round = 0; round < 40; ++round) {
        const int width = random.bounded(1, 1300);
        const int height = random.bounded(1, 800);
        QImage noise(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            uchar *line = noise.scanLine(y);
            const bool stripes = round % 3 == 0; // bar-like noise tempts the 1D readers
            for (int x = 0; x < width; ++x)
                line[x] = stripes ? uchar((x / random.bounded(1, 4)) % 2 * 255) : uchar(random.bounded(256));
        }
        const DecodeResult result = decoder.decode(noise);
        QVERIFY(!result.found || !result.text.isNull());
    }
}

QTEST_GUILESS_MAIN(tst_DecoderNoAbort)
#include "tst_decodernoabort.moc"
