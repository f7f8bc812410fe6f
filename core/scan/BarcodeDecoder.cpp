#include "BarcodeDecoder.h"

#include "ZXingFormat.h"

#include <QTransform>

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace RefundDesk {

namespace {

// ITF carries no length, so a scan line that crosses a tilted or small code can read a
// fragment ("7553638300708622" out of "297553638300708622", measured) that would look like
// another id. Only the lengths receipts use are accepted: ITF-14, and 18 and 20 digits for
// Pockyt's 18-19 digit transaction numbers (odd lengths are printed with a leading zero).
bool isReceiptItfLength(qsizetype length)
{
    return length == 14 || length == 18 || length == 20;
}

// Thorough decoding turns the picture by these angles too: ZXing 1.4 reads linear codes,
// PDF417 and DataMatrix only within a few degrees of level (measured: PDF417 within about 5),
// so codes in between need a turned copy. QR and Aztec are read at any angle already.
constexpr std::array<qreal, 5> kExtraAngles {15.0, 30.0, 45.0, 60.0, 75.0};

constexpr qreal kConfirmAngle = 4.0;

bool readsOnlyNearLevel(BarcodeSymbology symbology)
{
    return symbology != BarcodeSymbology::QrCode && symbology != BarcodeSymbology::Aztec;
}

ZXing::ImageFormat toZXing(FramePixelFormat format)
{
    switch (format) {
    case FramePixelFormat::Luminance:
        return ZXing::ImageFormat::Lum;
    case FramePixelFormat::Rgbx:
        return ZXing::ImageFormat::RGBX;
    case FramePixelFormat::Bgrx:
        return ZXing::ImageFormat::BGRX;
    case FramePixelFormat::Xrgb:
        return ZXing::ImageFormat::XRGB;
    case FramePixelFormat::Xbgr:
        return ZXing::ImageFormat::XBGR;
    }
    return ZXing::ImageFormat::None;
}

DecodeResult toDecodeResult(const ZXing::Result &result, const QTransform &toFrame = QTransform())
{
    DecodeResult decoded;
    const auto symbology = ZXingFormat::fromZXing(result.format());
    if (!result.isValid() || !symbology)
        return decoded;
    const QString text = QString::fromStdString(result.text());
    if (*symbology == BarcodeSymbology::Itf && !isReceiptItfLength(text.size()))
        return decoded;
    decoded.found = true;
    decoded.text = text;
    decoded.symbology = *symbology;
    for (const ZXing::PointI &corner : result.position())
        decoded.position.append(toFrame.map(QPoint(corner.x, corner.y)));
    return decoded;
}

// The frame's luminance as a dense Grayscale8 image, for the passes that need their own copy.
QImage luminanceCopy(const ZXing::ImageView &view)
{
    QImage image(view.width(), view.height(), QImage::Format_Grayscale8);
    const bool lum = view.format() == ZXing::ImageFormat::Lum;
    for (int y = 0; y < view.height(); ++y) {
        uchar *out = image.scanLine(y);
        for (int x = 0; x < view.width(); ++x) {
            const uint8_t *pixel = view.data(x, y);
            out[x] = lum
                ? *pixel
                : ZXing::RGBToLum(pixel[ZXing::RedIndex(view.format())], pixel[ZXing::GreenIndex(view.format())],
                                  pixel[ZXing::BlueIndex(view.format())]);
        }
    }
    return image;
}

ZXing::ImageView viewOf(const QImage &luminance)
{
    return {luminance.constBits(), luminance.width(), luminance.height(), ZXing::ImageFormat::Lum,
            static_cast<int>(luminance.bytesPerLine())};
}

} // namespace

BarcodeDecoder::BarcodeDecoder(Effort effort, const QList<BarcodeSymbology> &symbologies)
    : m_effort(effort)
    , m_symbologies(symbologies)
{ }

DecodeResult BarcodeDecoder::decode(const FrameView &frame) const
{
    if (!frame.isValid() || m_symbologies.isEmpty())
        return {};
    const ZXing::ImageView view(frame.data, frame.width, frame.height, toZXing(frame.format), frame.rowStride,
                                frame.pixelStride);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXingFormat::toZXing(m_symbologies));
    hints.setMaxNumberOfSymbols(1);

    DecodeResult result = toDecodeResult(ZXing::ReadBarcode(view, hints));
    if (result.found || m_effort == Effort::Frame)
        return result;

    // Glare and low contrast defeat the local binarizer more often than the global one.
    hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
    result = toDecodeResult(ZXing::ReadBarcode(view, hints));
    if (result.found)
        return result;
    hints.setBinarizer(ZXing::Binarizer::LocalAverage);

    QImage luminance = luminanceCopy(view);
    QList<BarcodeSymbology> levelOnly;
    std::copy_if(m_symbologies.cbegin(), m_symbologies.cend(), std::back_inserter(levelOnly), readsOnlyNearLevel);
    if (!levelOnly.isEmpty()) {
        ZXing::DecodeHints turnedHints = hints;
        auto decodeTurned = [&luminance, &turnedHints](qreal angle) {
            const QTransform rotation = QTransform().rotate(angle);
            // transformed() gives ARGB32 with transparent corners; those become black here.
            const QImage turned =
                luminance.transformed(rotation, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
            // transformed() also shifts the picture into positive coordinates: map back with the true matrix.
            const QTransform toFrame = QImage::trueMatrix(rotation, luminance.width(), luminance.height()).inverted();
            return toDecodeResult(ZXing::ReadBarcode(viewOf(turned), turnedHints), toFrame);
        };
        for (const qreal angle : kExtraAngles) {
            turnedHints.setFormats(ZXingFormat::toZXing(levelOnly));
            result = decodeTurned(angle);
            if (!result.found)
                continue;
            // At the edge of its angle window a tilted PDF417 or ITF can come out as garbage
            // ("AA"). A real read survives a few degrees more or less; garbage does not.
            turnedHints.setFormats(ZXingFormat::toZXing(result.symbology));
            if (decodeTurned(angle - kConfirmAngle).text == result.text
                || decodeTurned(angle + kConfirmAngle).text == result.text)
                return result;
        }
    }

    // Codes printed light on dark: ZXing 1.4 has no option for that, so invert the picture.
    luminance.invertPixels();
    return toDecodeResult(ZXing::ReadBarcode(viewOf(luminance), hints));
}

DecodeResult BarcodeDecoder::decode(const QImage &image) const
{
    return decode(ScanFrame::fromImage(image));
}

} // namespace RefundDesk
