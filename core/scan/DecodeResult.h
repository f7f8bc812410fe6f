#pragma once

#include "BarcodeSymbology.h"

#include <QMetaType>
#include <QPolygon>
#include <QString>

namespace RefundDesk {

// What the decoder read from one frame or image.
struct DecodeResult
{
    bool found = false;
    QString text; // the code's content, UTF-8 decoded
    BarcodeSymbology symbology = BarcodeSymbology::QrCode; // meaningful only when found
    // The code's four corners in frame pixels, clockwise from the code's own top-left.
    QPolygon position;

    QString formatName() const { return found ? barcodeSymbologyName(symbology) : QString(); }
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::DecodeResult)
