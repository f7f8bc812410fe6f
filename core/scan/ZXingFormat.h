#pragma once

#include "BarcodeSymbology.h"

#include <ZXing/BarcodeFormat.h>
#include <optional>

// Private to core/scan: the one place RefundDesk's symbologies meet ZXing's format flags.
namespace RefundDesk::ZXingFormat {

ZXing::BarcodeFormat toZXing(BarcodeSymbology symbology);
std::optional<BarcodeSymbology> fromZXing(ZXing::BarcodeFormat format);
ZXing::BarcodeFormats toZXing(const QList<BarcodeSymbology> &symbologies);

} // namespace RefundDesk::ZXingFormat
