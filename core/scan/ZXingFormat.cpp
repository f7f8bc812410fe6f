#include "ZXingFormat.h"

namespace RefundDesk::ZXingFormat {

ZXing::BarcodeFormat toZXing(BarcodeSymbology symbology)
{
    switch (symbology) {
    case BarcodeSymbology::QrCode:
        return ZXing::BarcodeFormat::QRCode;
    case BarcodeSymbology::Code128:
        return ZXing::BarcodeFormat::Code128;
    case BarcodeSymbology::Code39:
        return ZXing::BarcodeFormat::Code39;
    case BarcodeSymbology::Ean13:
        return ZXing::BarcodeFormat::EAN13;
    case BarcodeSymbology::Itf:
        return ZXing::BarcodeFormat::ITF;
    case BarcodeSymbology::Pdf417:
        return ZXing::BarcodeFormat::PDF417;
    case BarcodeSymbology::DataMatrix:
        return ZXing::BarcodeFormat::DataMatrix;
    case BarcodeSymbology::Aztec:
        return ZXing::BarcodeFormat::Aztec;
    }
    return ZXing::BarcodeFormat::None;
}

std::optional<BarcodeSymbology> fromZXing(ZXing::BarcodeFormat format)
{
    for (const BarcodeSymbology symbology : allBarcodeSymbologies()) {
        if (toZXing(symbology) == format)
            return symbology;
    }
    return std::nullopt;
}

ZXing::BarcodeFormats toZXing(const QList<BarcodeSymbology> &symbologies)
{
    ZXing::BarcodeFormats formats;
    for (const BarcodeSymbology symbology : symbologies)
        formats |= toZXing(symbology);
    return formats;
}

} // namespace RefundDesk::ZXingFormat
