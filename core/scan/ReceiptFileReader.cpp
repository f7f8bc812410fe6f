#include "ReceiptFileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <cmath>

namespace RefundDesk {

namespace {

bool isPdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(5) == QByteArrayLiteral("%PDF-");
}

// Camera pictures are large; ZXing scales them down itself, but an absurd size is refused.
constexpr qint64 kMaxImagePixels = 100'000'000;

} // namespace

ReceiptFileReader::ReceiptFileReader(const BarcodeDecoder &decoder)
    : m_decoder(decoder)
{ }

QStringList ReceiptFileReader::nameFilters()
{
    QStringList filters;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        filters.append(QStringLiteral("*.") + QString::fromLatin1(format));
    filters.append(QStringLiteral("*.pdf"));
    return filters;
}

FileScanResult ReceiptFileReader::scan(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        FileScanResult result;
        result.message = tr("No such file.");
        return result;
    }
    return isPdf(path) ? scanPdfFile(path) : scanImageFile(path);
}

FileScanResult ReceiptFileReader::scanImageFile(const QString &path) const
{
    FileScanResult result;
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone picture's EXIF orientation
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxImagePixels) {
        result.message = tr("The picture is too large.");
        return result;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.message = tr("Not a picture or PDF file RefundDesk can read (%1).").arg(reader.errorString());
        return result;
    }
    result.page = 1;
    result.code = m_decoder.decode(image);
    result.status = result.code.found ? FileScanResult::Status::Found : FileScanResult::Status::NoCode;
    if (!result.code.found)
        result.message = tr("No barcode found in the picture.");
    return result;
}

FileScanResult ReceiptFileReader::scanPdfFile(const QString &path) const
{
    FileScanResult result;
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None) {
        result.message = tr("The PDF file cannot be opened.");
        return result;
    }
    const int pages = std::min(document.pageCount(), kMaxPdfPages);
    for (int page = 0; page < pages; ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels(static_cast<int>(std::lround(points.width() * kPdfDotsPerInch / 72.0)),
                           static_cast<int>(std::lround(points.height() * kPdfDotsPerInch / 72.0)));
        if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > kMaxImagePixels)
            continue;
        QImage image = document.render(page, pixels);
        if (image.isNull())
            continue;
        // Pages are transparent where nothing is drawn; on black that would hide the code.
        if (image.hasAlphaChannel()) {
            QImage opaque(image.size(), QImage::Format_RGB32);
            opaque.fill(Qt::white);
            QPainter(&opaque).drawImage(0, 0, image);
            image = opaque;
        }
        const DecodeResult code = m_decoder.decode(image);
        if (code.found) {
            result.status = FileScanResult::Status::Found;
            result.code = code;
            result.page = page + 1;
            return result;
        }
    }
    result.status = pages > 0 ? FileScanResult::Status::NoCode : FileScanResult::Status::Unreadable;
    result.message = pages > 0 ? tr("No barcode found on the PDF's pages.") : tr("The PDF file has no pages.");
    return result;
}

} // namespace RefundDesk
