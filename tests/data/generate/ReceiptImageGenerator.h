#pragma once

#include "scan/BarcodeSymbology.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace RefundDesk::TestData {

// What happened to a receipt between the printer and the camera.
enum class Distortion { Clean, Rotation, Blur, Perspective, Noise, LowContrast, Glare, Small };

QList<Distortion> allDistortions();
QString distortionName(Distortion distortion);

struct ReceiptSample
{
    QString name; // "0042-QRCode-Blur", unique in a set, usable as a file name
    BarcodeSymbology symbology = BarcodeSymbology::QrCode;
    Distortion distortion = Distortion::Clean;
    QString text; // what the code carries: the ground truth
    QImage image; // Grayscale8, imageSize()
};

// Photographs of receipts, made up: a receipt with printed lines and one barcode on a table,
// then one distortion. Deterministic: sample(i) depends only on the seed and i, so a test, the
// bench and the file set on disk all see the same pictures.
class ReceiptImageGenerator
{
public:
    explicit ReceiptImageGenerator(quint32 seed = 20240601);

    static QSize imageSize() { return {800, 600}; }

    // Sample i cycles through every symbology and, for each, through every distortion.
    ReceiptSample sample(int index) const;
    QList<ReceiptSample> samples(int count) const;

    // Receipt-shaped content for a symbology: gateway ids, RefundDesk receipt URLs and JSON
    // within what the symbology can carry (digits only for ITF and EAN-13).
    static QString receiptText(BarcodeSymbology symbology, int index);

    // One frame of a short clip: the receipt slides into view, turning slightly, then rests.
    static QImage videoFrame(BarcodeSymbology symbology, const QString &text, int frame, int frameCount, QSize size);

private:
    quint32 m_seed;
};

} // namespace RefundDesk::TestData
