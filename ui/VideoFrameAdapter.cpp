#include "VideoFrameAdapter.h"

#include <QVideoFrame>

#include <memory>
#include <optional>

namespace RefundDesk {

namespace {

struct Layout
{
    FramePixelFormat format = FramePixelFormat::Luminance;
    int offset = 0; // bytes from a pixel's start to its luminance sample
    int pixelStride = 1;
};

// How to find luminance in plane 0 of each format, or nothing for formats that need converting.
std::optional<Layout> layoutOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return Layout {FramePixelFormat::Luminance, 0, 1};
    case F::Format_YUYV:
        return Layout {FramePixelFormat::Luminance, 0, 2};
    case F::Format_UYVY:
        return Layout {FramePixelFormat::Luminance, 1, 2};
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return Layout {FramePixelFormat::Luminance, 1, 4};
    // 16-bit little-endian samples: the high byte is enough for a barcode.
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
    case F::Format_YUV420P10:
        return Layout {FramePixelFormat::Luminance, 1, 2};
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return Layout {FramePixelFormat::Xrgb, 0, 4};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return Layout {FramePixelFormat::Bgrx, 0, 4};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return Layout {FramePixelFormat::Xbgr, 0, 4};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return Layout {FramePixelFormat::Rgbx, 0, 4};
    default:
        return std::nullopt;
    }
}

} // namespace

ScanFrame VideoFrameAdapter::toScanFrame(const QVideoFrame &source)
{
    if (!source.isValid())
        return {};
    const std::optional<Layout> layout = layoutOf(source.pixelFormat());
    if (!layout)
        return ScanFrame::fromImage(source.toImage());

    // The shared owner keeps this handle mapped; the last ScanFrame copy unmaps it.
    std::shared_ptr<QVideoFrame> mapped(new QVideoFrame(source), [](QVideoFrame *frame) {
        frame->unmap();
        delete frame;
    });
    if (!mapped->map(QVideoFrame::ReadOnly) || !mapped->bits(0))
        return ScanFrame::fromImage(source.toImage());

    FrameView view;
    view.data = mapped->bits(0) + layout->offset;
    view.width = mapped->width();
    view.height = mapped->height();
    view.rowStride = mapped->bytesPerLine(0);
    view.pixelStride = layout->pixelStride;
    view.format = layout->format;
    return ScanFrame(view, std::move(mapped));
}

} // namespace RefundDesk
