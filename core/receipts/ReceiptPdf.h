#pragma once

#include "ReceiptModel.h"
#include "ReceiptOutputResult.h"
#include "ReceiptPaper.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// The receipt as a one-page PDF: A4 or Letter with page margins, or an 80 mm roll as long as
// the receipt. Needs a QGuiApplication (fonts).
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReceiptPdf)

public:
    static QByteArray render(const ReceiptModel &model, ReceiptPaper paper);
    // Writes render() to path, replacing it atomically.
    static ReceiptOutputResult writeFile(const ReceiptModel &model, ReceiptPaper paper, const QString &path);
    // "refund-<refund id>.pdf": the attachment's and the default file's name.
    static QString fileName(const ReceiptModel &model);
};

} // namespace RefundDesk
