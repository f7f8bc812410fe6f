#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// The symbologies RefundDesk reads from receipts and can write. Kept to this list on purpose:
// Debian's ZXing 1.4 aborts the process on some other formats (PLATFORM.md).
enum class BarcodeSymbology { QrCode, Code128, Code39, Ean13, Itf, Pdf417, DataMatrix, Aztec };

// Every symbology above, in declaration order.
QList<BarcodeSymbology> allBarcodeSymbologies();
// ZXing's names: "QRCode", "Code128", "Code39", "EAN-13", "ITF", "PDF417", "DataMatrix", "Aztec".
QString barcodeSymbologyName(BarcodeSymbology symbology);
std::optional<BarcodeSymbology> barcodeSymbologyFromName(QStringView name);
// Linear codes need a quiet zone of ten modules and a bar height, matrix codes do not.
bool isLinearSymbology(BarcodeSymbology symbology);

} // namespace RefundDesk
