#include "EscPosReceipt.h"

#include "EscPosBuilder.h"
#include "EscPosCodePage.h"
#include "ReceiptText.h"

namespace RefundDesk {

QByteArray EscPosReceipt::encode(const ReceiptModel &model, int columns)
{
    EscPosBuilder printer;
    printer.initialize().selectCodePage(EscPosCodePage::kPc858);

    printer.align(EscPosBuilder::Align::Centre).bold(true).characterSize(2, 2);
    for (const QString &line : ReceiptText::wrap(model.storeName(), columns / 2))
        printer.line(line);
    printer.characterSize(1, 1).line(model.title()).bold(false);

    printer.align(EscPosBuilder::Align::Left);
    const QString rule(columns, u'-');
    for (const ReceiptSection &section : model.sections()) {
        printer.line(rule);
        if (!section.title.isEmpty()) {
            printer.bold(true);
            for (const QString &line : ReceiptText::wrap(section.title, columns))
                printer.line(line);
            printer.bold(false);
        }
        for (const ReceiptField &field : section.fields) {
            for (const QString &line : ReceiptText::fieldLines(field, columns))
                printer.line(line);
        }
        if (!section.note.isEmpty()) {
            printer.feed(1);
            for (const QString &line : ReceiptText::wrap(section.note, columns))
                printer.line(line);
        }
    }
    printer.line(rule);

    printer.align(EscPosBuilder::Align::Centre).feed(1);
    printer.qrCode(model.qrText().toUtf8(), 6, EscPosBuilder::QrErrorCorrection::M);
    for (const QString &line : ReceiptText::wrap(model.qrCaption(), columns))
        printer.line(line);
    printer.line(model.refundIdText());
    printer.feed(4).cut();
    return printer.bytes();
}

} // namespace RefundDesk
