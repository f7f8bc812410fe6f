#include "ReceiptImageGenerator.h"
#include "scan/BarcodeDecoder.h"
#include "scan/BarcodeWriter.h"
#include "scan/ReceiptCode.h"

#include <QPainter>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::TestData;

class tst_BarcodeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachSymbology_data();
    void readsEachSymbology();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerRefusesWhatASymbologyCannotCarry();
    void refundReceiptQrReadsBack();
    void readsLuminanceWithPixelStride();
    void readsWhiteOnBlackOnlyWhenThorough();
    void readsOnlyTheSymbologiesAskedFor();
    void emptyAndInvalidFrames();
};

void tst_BarcodeDecoder::readsEachSymbology_data()
{
    QTest::addColumn<int>("index");
    const ReceiptImageGenerator generator;
    // The clean picture of every symbology and, in files, the picture turned by any angle.
    for (int index = 0; index < 16; ++index) {
        const ReceiptSample sample = generator.sample(index);
        QTest::newRow(qPrintable(sample.name)) << index;
    }
}

void tst_BarcodeDecoder::readsEachSymbology()
{
    QFETCH(int, index);
    const ReceiptSample sample = ReceiptImageGenerator().sample(index);

    if (sample.distortion == Distortion::Rotation && sample.symbology == BarcodeSymbology::Pdf417) {
        // ZXing 1.4 reads PDF417 only within about 5 degrees of level, so a PDF417 turned by a
        // random angle is not read; it must never be misread either.
        const DecodeResult result = BarcodeDecoder(BarcodeDecoder::Effort::Thorough).decode(sample.image);
        QVERIFY(!result.found || result.text == sample.text);
        return;
    }
    QList<BarcodeDecoder::Effort> efforts {BarcodeDecoder::Effort::Thorough};
    // A camera frame needs linear codes held near level; the next frame is the retry.
    if (sample.distortion == Distortion::Clean)
        efforts.append(BarcodeDecoder::Effort::Frame);
    for (const BarcodeDecoder::Effort effort : efforts) {
        const DecodeResult result = BarcodeDecoder(effort).decode(sample.image);
        QVERIFY(result.found);
        QCOMPARE(result.text, sample.text);
        QCOMPARE(result.symbology, sample.symbology);
        QCOMPARE(result.formatName(), barcodeSymbologyName(sample.symbology));
        // The position is a quadrilateral inside the picture, around a real area.
        QCOMPARE(result.position.size(), 4);
        QVERIFY(sample.image.rect().adjusted(-2, -2, 2, 2).contains(result.position.boundingRect()));
        QVERIFY(result.position.boundingRect().width() > 20);
    }
}

void tst_BarcodeDecoder::writerRoundTrip_data()
{
    QTest::addColumn<BarcodeSymbology>("symbology");
    QTest::addColumn<QString>("text");
    for (const BarcodeSymbology symbology : allBarcodeSymbologies())
        QTest::newRow(qPrintable(barcodeSymbologyName(symbology)))
            << symbology << ReceiptImageGenerator::receiptText(symbology, 3);
    QTest::newRow("QR with non-ASCII text") << BarcodeSymbology::QrCode << QStringLiteral("Rückerstattung 10,00 € ✓");
}

void tst_BarcodeDecoder::writerRoundTrip()
{
    QFETCH(BarcodeSymbology, symbology);
    QFETCH(QString, text);

    const QImage image = BarcodeWriter::render(symbology, text, 3);
    QVERIFY(!image.isNull());
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    // Quiet zone: the border is white all round.
    for (int x = 0; x < image.width(); ++x) {
        QCOMPARE(image.pixelColor(x, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(x, image.height() - 1), QColor(Qt::white));
    }
    const DecodeResult result = BarcodeDecoder(BarcodeDecoder::Effort::Frame, {symbology}).decode(image);
    QVERIFY(result.found);
    QCOMPARE(result.text, text);
    QCOMPARE(result.symbology, symbology);
}

void tst_BarcodeDecoder::writerRefusesWhatASymbologyCannotCarry()
{
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::Ean13, QStringLiteral("ABC"), 2).isNull());
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::Itf, QStringLiteral("12345"), 2).isNull()); // odd length
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::QrCode, QString(), 2).isNull());
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::QrCode, QStringLiteral("x"), 0).isNull());
    QVERIFY(BarcodeWriter::render(BarcodeSymbology::QrCode, QString(8000, QLatin1Char('x')), 1).isNull()); // too long

    const QImage qr = BarcodeWriter::renderQr(QStringLiteral("refunddesk:sale?gateway=secpaid&transaction=1"), 4);
    QCOMPARE(qr.width(), qr.height());
    QCOMPARE(qr.width() % 4, 0);
}

void tst_BarcodeDecoder::refundReceiptQrReadsBack()
{
    // What RefundDesk prints on a refund receipt, scanned back at the counter.
    const QString refundId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    const QString text = ReceiptCode::refundCode(GatewayId::Pockyt, refundId, QStringLiteral("297553638300708562"));
    const DecodeResult result = BarcodeDecoder().decode(BarcodeWriter::renderQr(text, 3));
    QVERIFY(result.found);
    const ReceiptCode code = ReceiptCode::parse(result.text);
    QCOMPARE(code.kind(), ReceiptCode::Kind::Refund);
    QCOMPARE(code.gateway(), std::optional<GatewayId>(GatewayId::Pockyt));
    QCOMPARE(code.id(), refundId);
    QCOMPARE(code.refundedTransactionId(), QStringLiteral("297553638300708562"));
}

void tst_BarcodeDecoder::readsLuminanceWithPixelStride()
{
    // A YUYV frame: luminance in every other byte, chroma between.
    const QImage code = BarcodeWriter::renderQr(QStringLiteral("297553638300708562"), 4);
    const int width = code.width();
    const int height = code.height();
    QByteArray yuyv(width * height * 2, char(128));
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            yuyv[(y * width + x) * 2] = char(code.constScanLine(y)[x]);
    }
    FrameView view;
    view.data = reinterpret_cast<const uchar *>(yuyv.constData());
    view.width = width;
    view.height = height;
    view.rowStride = width * 2;
    view.pixelStride = 2;
    const DecodeResult result = BarcodeDecoder().decode(view);
    QVERIFY(result.found);
    QCOMPARE(result.text, QStringLiteral("297553638300708562"));
}

void tst_BarcodeDecoder::readsWhiteOnBlackOnlyWhenThorough()
{
    QImage code = BarcodeWriter::renderQr(QStringLiteral("529-1438673740-2"), 4);
    QImage inverted(code.width() + 40, code.height() + 40, QImage::Format_Grayscale8);
    inverted.fill(0);
    code.invertPixels();
    QPainter(&inverted).drawImage(20, 20, code);

    QVERIFY(!BarcodeDecoder(BarcodeDecoder::Effort::Frame).decode(inverted).found);
    const DecodeResult result = BarcodeDecoder(BarcodeDecoder::Effort::Thorough).decode(inverted);
    QVERIFY(result.found);
    QCOMPARE(result.text, QStringLiteral("529-1438673740-2"));
}

void tst_BarcodeDecoder::readsOnlyTheSymbologiesAskedFor()
{
    const QImage qr = BarcodeWriter::renderQr(QStringLiteral("12345"), 4);
    QVERIFY(!BarcodeDecoder(BarcodeDecoder::Effort::Thorough, {BarcodeSymbology::Code128}).decode(qr).found);
    QVERIFY(!BarcodeDecoder(BarcodeDecoder::Effort::Thorough, {}).decode(qr).found);
    QVERIFY(BarcodeDecoder(BarcodeDecoder::Effort::Thorough, {BarcodeSymbology::QrCode}).decode(qr).found);
}

void tst_BarcodeDecoder::emptyAndInvalidFrames()
{
    const BarcodeDecoder decoder(BarcodeDecoder::Effort::Thorough);
    QVERIFY(!decoder.decode(QImage()).found);
    QVERIFY(!decoder.decode(FrameView()).found);
    QImage blank(1280, 720, QImage::Format_Grayscale8);
    blank.fill(200);
    const DecodeResult result = decoder.decode(blank);
    QVERIFY(!result.found);
    QVERIFY(result.text.isEmpty());
    QVERIFY(result.formatName().isEmpty());
    QVERIFY(result.position.isEmpty());
    // A view that claims more bytes per row than pixels is refused, not read past its end.
    FrameView bad;
    bad.data = blank.constBits();
    bad.width = 1280;
    bad.height = 720;
    bad.rowStride = 100;
    QVERIFY(!bad.isValid());
    QVERIFY(!decoder.decode(bad).found);
}

QTEST_GUILESS_MAIN(tst_BarcodeDecoder)
#include "tst_barcodedecoder.moc"
