#include "BarcodeSymbology.h"

#include <array>

namespace RefundDesk {

namespace {

struct SymbologyName
{
    BarcodeSymbology symbology;
    const char16_t *name;
    bool linear;
};

constexpr std::array<SymbologyName, 8> kSymbologies {{
    {BarcodeSymbology::QrCode, u"QRCode", false},
    {BarcodeSymbology::Code128, u"Code128", true},
    {BarcodeSymbology::Code39, u"Code39", true},
    {BarcodeSymbology::Ean13, u"EAN-13", true},
    {BarcodeSymbology::Itf, u"ITF", true},
    {BarcodeSymbology::Pdf417, u"PDF417", false},
    {BarcodeSymbology::DataMatrix, u"DataMatrix", false},
    {BarcodeSymbology::Aztec, u"Aztec", false},
}};

const SymbologyName &entryOf(BarcodeSymbology symbology)
{
    return kSymbologies.at(static_cast<std::size_t>(symbology));
}

} // namespace

QList<BarcodeSymbology> allBarcodeSymbologies()
{
    QList<BarcodeSymbology> result;
    for (const auto &entry : kSymbologies)
        result.append(entry.symbology);
    return result;
}

QString barcodeSymbologyName(BarcodeSymbology symbology)
{
    return QString::fromUtf16(entryOf(symbology).name);
}

std::optional<BarcodeSymbology> barcodeSymbologyFromName(QStringView name)
{
    for (const auto &entry : kSymbologies) {
        if (name == QStringView(entry.name))
            return entry.symbology;
    }
    return std::nullopt;
}

bool isLinearSymbology(BarcodeSymbology symbology)
{
    return entryOf(symbology).linear;
}

} // namespace RefundDesk
