#pragma once

#include "ReceiptModel.h"

#include <QString>
#include <QStringList>

namespace RefundDesk {

// The receipt as text: fixed-width lines for thermal printers and the plain-text part of
// the email, and HTML for the email's rich part.
class ReceiptText
{
public:
    // The whole receipt in lines of at most `columns` characters, without the QR code.
    static QStringList plainLines(const ReceiptModel &model, int columns);
    static QString plainText(const ReceiptModel &model, int columns = 72);
    // A self-contained HTML document (inline styles only: mail clients drop style sheets).
    static QString html(const ReceiptModel &model);

    // "Refund amount          12,50 €" when label and value fit on one line, otherwise the
    // label on its own line and the value wrapped below it, indented by two.
    static QStringList fieldLines(const ReceiptField &field, int columns);
    // Word wrap at spaces; words longer than a line are cut.
    static QStringList wrap(const QString &text, int columns);
    // Centred in `columns` (for headings).
    static QString centred(const QString &text, int columns);
};

} // namespace RefundDesk
