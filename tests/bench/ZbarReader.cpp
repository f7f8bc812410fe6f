#include "ZbarReader.h"

#include <zbar.h>

namespace RefundDesk::Bench {

using namespace zbar;

ZbarReader::ZbarReader()
    : m_scanner(zbar_image_scanner_create())
{
    zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
}

ZbarReader::~ZbarReader()
{
    zbar_image_scanner_destroy(m_scanner);
}

QString ZbarReader::read(const QImage &luminance, const QString &expected) const
{
    Q_ASSERT(luminance.format() == QImage::Format_Grayscale8 && luminance.bytesPerLine() == luminance.width());
    constexpr unsigned long y800 = 'Y' | ('8' << 8) | ('0' << 16) | (static_cast<unsigned long>('0') << 24);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, y800);
    zbar_image_set_size(image, static_cast<unsigned>(luminance.width()), static_cast<unsigned>(luminance.height()));
    zbar_image_set_data(image, luminance.constBits(), static_cast<unsigned long>(luminance.sizeInBytes()), nullptr);
    zbar_scan_image(m_scanner, image);
    QString text;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image); symbol; symbol = zbar_symbol_next(symbol)) {
        text = QString::fromUtf8(zbar_symbol_get_data(symbol));
        if (text == expected)
            break;
    }
    zbar_image_destroy(image);
    return text;
}

} // namespace RefundDesk::Bench
