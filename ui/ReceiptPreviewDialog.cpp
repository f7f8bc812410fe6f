#include "ReceiptPreviewDialog.h"

#include "receipts/ReceiptRenderer.h"

#include <QPainter>

namespace RefundDesk {

ReceiptPreviewDialog::ReceiptPreviewDialog(const ReceiptModel &model, QWidget *parent)
    : QPrintPreviewDialog(parent)
    , m_model(model)
{
    setWindowTitle(tr("Refund receipt %1").arg(model.refundIdText()));
    printer()->setDocName(tr("Refund receipt %1").arg(model.refundIdText()));
    connect(this, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) { print(m_model, *printer); });
}

ReceiptOutputResult ReceiptPreviewDialog::print(const ReceiptModel &model, QPrinter &printer)
{
    const QString destination = ReceiptPreviewDialog::destination(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return ReceiptOutputResult::failure(destination, tr("Cannot start printing on %1.").arg(destination));
    const QPageLayout layout = printer.pageLayout();
    const ReceiptRenderer renderer(model, ReceiptRenderer::styleForWidth(layout.paintRect(QPageLayout::Point).width()));
    renderer.paintOnDevice(painter, layout.paintRectPixels(printer.resolution()).size(), printer.resolution());
    if (!painter.end())
        return ReceiptOutputResult::failure(destination, tr("Printing on %1 failed.").arg(destination));
    return ReceiptOutputResult::success(destination);
}

QString ReceiptPreviewDialog::destination(const QPrinter &printer)
{
    return printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
}

} // namespace RefundDesk
