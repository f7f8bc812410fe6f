#pragma once

#include "scan/BarcodeDecoder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace RefundDesk::TestSupport {

// What poppler's pdftoppm makes of a PDF, and what RefundDesk's own decoder reads from it.
struct RenderedPdf
{
    QString error; // empty when the page was rendered
    QImage page; // the first page
    QString qrText; // empty when no code was found
};

// Renders the PDF's first page to PNG with pdftoppm (Debian: poppler-utils), as a person's
// viewer or printer would, then decodes the QR code with BarcodeDecoder.
inline RenderedPdf renderPdf(const QByteArray &pdf, int dpi = 150)
{
    RenderedPdf rendered;
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        rendered.error = QStringLiteral("pdftoppm not found: install poppler-utils");
        return rendered;
    }
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("receipt.pdf"));
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        rendered.error = QStringLiteral("cannot write %1").arg(pdfPath);
        return rendered;
    }
    file.close();
    QProcess process;
    process.start(pdftoppm,
                  {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                   pdfPath, dir.filePath(QStringLiteral("page"))});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        rendered.error =
            QStringLiteral("pdftoppm failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return rendered;
    }
    rendered.page = QImage(dir.filePath(QStringLiteral("page.png")));
    if (rendered.page.isNull()) {
        rendered.error = QStringLiteral("pdftoppm wrote no readable page.png");
        return rendered;
    }
    const DecodeResult decoded =
        BarcodeDecoder(BarcodeDecoder::Effort::Thorough, {BarcodeSymbology::QrCode}).decode(rendered.page);
    if (decoded.found)
        rendered.qrText = decoded.text;
    return rendered;
}

} // namespace RefundDesk::TestSupport
