#pragma once

#include "BarcodeSymbology.h"
#include "DecodeResult.h"
#include "ScanFrame.h"

#include <QImage>
#include <QList>

namespace RefundDesk {

// Reads one barcode from a frame with ZXing 1.4. Only ever calls the single-result ReadBarcode
// with an explicit list of formats: Debian's build aborts the process from ReadBarcodes and
// from some formats (PLATFORM.md). Thread-safe: decode() may run on any thread.
class BarcodeDecoder
{
public:
    enum class Effort {
        // Camera and video frames: one pass over the frame; the next frame is the retry.
        Frame,
        // Files and pictures: when the first pass finds nothing, also a second binarizer (glare,
        // low contrast), copies turned in 15 degree steps (tilted linear, PDF417 and
        // DataMatrix codes) and the inverted picture (white-on-black codes).
        Thorough,
    };

    explicit BarcodeDecoder(Effort effort = Effort::Frame,
                            const QList<BarcodeSymbology> &symbologies = allBarcodeSymbologies());

    Effort effort() const { return m_effort; }
    QList<BarcodeSymbology> symbologies() const { return m_symbologies; }

    DecodeResult decode(const FrameView &frame) const;
    DecodeResult decode(const ScanFrame &frame) const { return decode(frame.view()); }
    DecodeResult decode(const QImage &image) const;

private:
    Effort m_effort;
    QList<BarcodeSymbology> m_symbologies;
};

} // namespace RefundDesk
