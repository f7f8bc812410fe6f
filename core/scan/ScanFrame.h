#pragma once

#include <QImage>
#include <QMetaType>

#include <memory>

namespace RefundDesk {

// How a frame's bytes are laid out. The decoder reads luminance straight from a single channel
// (a YUV frame's Y plane, one byte of YUYV) or from packed RGB, so no frame is converted first.
enum class FramePixelFormat {
    Luminance, // one byte per sample at pixelStride; YUYV/UYVY/AYUV are this with an offset and stride
    Rgbx, // bytes R, G, B, X
    Bgrx, // bytes B, G, R, X: QImage::Format_RGB32 on little-endian machines
    Xrgb,
    Xbgr,
};

// A frame's pixels as the decoder reads them. Does not own the memory.
struct FrameView
{
    const uchar *data = nullptr; // first sample of the first row
    int width = 0;
    int height = 0;
    int rowStride = 0; // bytes from one row to the next
    int pixelStride = 1; // bytes from one sample to the next
    FramePixelFormat format = FramePixelFormat::Luminance;

    bool isValid() const
    {
        const int minimumPixelStride = format == FramePixelFormat::Luminance ? 1 : 4;
        return data && width > 0 && height > 0 && pixelStride >= minimumPixelStride && rowStride >= width * pixelStride;
    }
};

// A frame plus whatever keeps its memory valid (a mapped video frame, a QImage, a buffer),
// released when the last copy of the ScanFrame goes. Copies are cheap and share the pixels,
// so a frame can cross to the decoder thread without its pixels being copied.
class ScanFrame
{
public:
    ScanFrame() = default;
    ScanFrame(const FrameView &view, std::shared_ptr<const void> owner);

    // Shares the image's pixels when the decoder can read its format (Grayscale8, RGB32,
    // ARGB32, RGBX8888, RGBA8888); converts other formats to Grayscale8 once.
    static ScanFrame fromImage(const QImage &image);

    bool isNull() const { return !m_view.isValid(); }
    const FrameView &view() const { return m_view; }

private:
    FrameView m_view;
    std::shared_ptr<const void> m_owner;
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::ScanFrame)
