#include "ReceiptPdf.h"

#include "ReceiptRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace RefundDesk {

namespace {

constexpr int kDpi = 600;
constexpr qreal kPageMarginMm = 20;
// A thermal head prints 72 mm of an 80 mm roll.
constexpr qreal kRollMarginMm = 4;
constexpr qreal kRollWidthMm = 80;
constexpr qreal kPointsPerMm = 72.0 / 25.4;

} // namespace

QString ReceiptPdf::fileName(const ReceiptModel &model)
{
    return QStringLiteral("refund-%1.pdf").arg(model.refundIdText());
}

QByteArray ReceiptPdf::render(const ReceiptModel &model, ReceiptPaper paper)
{
    const bool roll = isRollPaper(paper);
    const ReceiptRenderer renderer(model, roll ? ReceiptRenderer::Style::Roll : ReceiptRenderer::Style::Page);
    const qreal marginMm = roll ? kRollMarginMm : kPageMarginMm;

    QPageSize pageSize = receiptPageSize(paper);
    if (roll) {
        const qreal contentWidthMm = kRollWidthMm - 2 * marginMm;
        const qreal heightMm = renderer.contentHeight(contentWidthMm * kPointsPerMm) / kPointsPerMm;
        pageSize = QPageSize(QSizeF(kRollWidthMm, heightMm + 2 * marginMm), QPageSize::Millimeter,
                             QStringLiteral("Roll 80 mm"), QPageSize::ExactMatch);
    }

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("%1 %2").arg(model.title(), model.refundIdText()));
        writer.setCreator(QStringLiteral("RefundDesk"));
        QPainter painter(&writer);
        renderer.paintOnDevice(painter, writer.pageLayout().paintRectPixels(kDpi).size(), kDpi);
    }
    return pdf;
}

ReceiptOutputResult ReceiptPdf::writeFile(const ReceiptModel &model, ReceiptPaper paper, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReceiptOutputResult::failure(path, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(render(model, paper));
    if (!file.commit())
        return ReceiptOutputResult::failure(path, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return ReceiptOutputResult::success(path);
}

} // namespace RefundDesk
