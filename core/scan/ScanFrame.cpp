#include "ScanFrame.h"

#include <QSysInfo>

namespace RefundDesk {

ScanFrame::ScanFrame(const FrameView &view, std::shared_ptr<const void> owner)
    : m_view(view)
    , m_owner(std::move(owner))
{ }

ScanFrame ScanFrame::fromImage(const QImage &image)
{
    if (image.isNull())
        return {};
    const bool littleEndian = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    FrameView view;
    QImage shared = image;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        view.format = FramePixelFormat::Luminance;
        view.pixelStride = 1;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words: B, G, R, A in memory on little-endian machines.
        view.format = littleEndian ? FramePixelFormat::Bgrx : FramePixelFormat::Xrgb;
        view.pixelStride = 4;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        view.format = FramePixelFormat::Rgbx;
        view.pixelStride = 4;
        break;
    default:
        shared = image.convertToFormat(QImage::Format_Grayscale8);
        view.format = FramePixelFormat::Luminance;
        view.pixelStride = 1;
        break;
    }
    auto owner = std::make_shared<const QImage>(std::move(shared));
    view.data = owner->constBits();
    view.width = owner->width();
    view.height = owner->height();
    view.rowStride = static_cast<int>(owner->bytesPerLine());
    return ScanFrame(view, owner);
}

} // namespace RefundDesk
