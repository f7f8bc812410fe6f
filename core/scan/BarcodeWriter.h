#pragma once

#include "BarcodeSymbology.h"

#include <QImage>
#include <QString>

namespace RefundDesk {

// Draws barcodes for receipts: black modules on white, with the symbology's quiet zone included
// (ten modules for linear codes, four for QR, two for the other matrix codes), as a Grayscale8
// image that prints and scans without further scaling.
class BarcodeWriter
{
public:
    // A null image when the text cannot be written in that symbology (characters, length or
    // check digit it does not allow). barHeight is in pixels and only used by linear codes;
    // 0 picks a quarter of the code's width, at least 40 modules.
    static QImage render(BarcodeSymbology symbology, const QString &text, int moduleSize, int barHeight = 0);

    // The QR code RefundDesk prints on its receipts, error correction level M-Q.
    static QImage renderQr(const QString &text, int moduleSize);
};

} // namespace RefundDesk
