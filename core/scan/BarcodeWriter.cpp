#include "BarcodeWriter.h"

#include "ZXingFormat.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <exception>

namespace RefundDesk {

namespace {

int quietZoneModules(BarcodeSymbology symbology)
{
    if (isLinearSymbology(symbology))
        return 10;
    return symbology == BarcodeSymbology::QrCode ? 4 : 2;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// ZXing's level scale is 0-8; 4 is QR level Q-ish and a middle level for Aztec and PDF417.
constexpr int kEccLevel = 4;

} // namespace

QImage BarcodeWriter::render(BarcodeSymbology symbology, const QString &text, int moduleSize, int barHeight)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    ZXing::BitMatrix matrix;
    try {
        auto writer = ZXing::MultiFormatWriter(ZXingFormat::toZXing(symbology)).setMargin(0);
        if (!isLinearSymbology(symbology))
            writer.setEccLevel(kEccLevel);
        // Plain ASCII stays without an ECI marker, which some older scanners mishandle.
        if (!isAscii(text))
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        matrix = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &) {
        // ZXing's writers throw for characters or lengths the symbology cannot carry.
        return {};
    }
    if (matrix.width() <= 0 || matrix.height() <= 0)
        return {};

    const int quiet = quietZoneModules(symbology) * moduleSize;
    const bool linear = isLinearSymbology(symbology);
    const int codeWidth = matrix.width() * moduleSize;
    const int codeHeight =
        linear ? (barHeight > 0 ? barHeight : std::max(40 * moduleSize, codeWidth / 4)) : matrix.height() * moduleSize;
    const int verticalQuiet = linear ? quiet / 2 : quiet;

    QImage image(codeWidth + 2 * quiet, codeHeight + 2 * verticalQuiet, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < codeHeight; ++y) {
        const int matrixY = linear ? 0 : y / moduleSize;
        uchar *line = image.scanLine(y + verticalQuiet) + quiet;
        for (int x = 0; x < codeWidth; ++x) {
            if (matrix.get(x / moduleSize, matrixY))
                line[x] = 0;
        }
    }
    return image;
}

QImage BarcodeWriter::renderQr(const QString &text, int moduleSize)
{
    return render(BarcodeSymbology::QrCode, text, moduleSize);
}

} // namespace RefundDesk
