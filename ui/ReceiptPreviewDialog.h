#pragma once

#include "receipts/ReceiptModel.h"
#include "receipts/ReceiptOutputResult.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace RefundDesk {

// Shows a refund receipt as it will print on the chosen system printer (the dialog's own
// QPrinter, printer()), with the usual page setup and print buttons. The drawing is core's ReceiptRenderer, so the
// printout matches the PDF: an office page, or the narrow roll layout when the printer's
// paper is narrower than 100 mm.
class ReceiptPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    explicit ReceiptPreviewDialog(const ReceiptModel &model, QWidget *parent = nullptr);

    // Prints without a dialog onto a printer that is already set up (also a PDF printer).
    static ReceiptOutputResult print(const ReceiptModel &model, QPrinter &printer);
    // Where the printer puts its pages, for people and the delivery log: its file or its name.
    static QString destination(const QPrinter &printer);

private:
    ReceiptModel m_model;
};

} // namespace RefundDesk
