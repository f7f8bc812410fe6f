#pragma once

#include <QImage>
#include <QString>

namespace zbar {
struct zbar_image_scanner_s; // zbar.h declares its C API in this namespace for C++
}

namespace RefundDesk::Bench {

// zbar's image scanner with every symbology it has enabled, reading Grayscale8 frames. Kept in
// its own file: zbar's C++ headers clash with macros from ZXing's.
class ZbarReader
{
public:
    ZbarReader();
    ~ZbarReader();
    ZbarReader(const ZbarReader &) = delete;
    ZbarReader &operator=(const ZbarReader &) = delete;

    // The text of the symbol that equals `expected` if zbar found it, else of the last symbol
    // found, else empty: zbar may report several symbols in one frame.
    QString read(const QImage &luminance, const QString &expected) const;

private:
    zbar::zbar_image_scanner_s *m_scanner;
};

} // namespace RefundDesk::Bench
