#include "ReceiptPaper.h"

namespace RefundDesk {

QString receiptPaperKey(ReceiptPaper paper)
{
    switch (paper) {
    case ReceiptPaper::A4:
        return QStringLiteral("a4");
    case ReceiptPaper::Letter:
        return QStringLiteral("letter");
    case ReceiptPaper::Roll80mm:
        return QStringLiteral("roll80");
    }
    Q_UNREACHABLE();
}

std::optional<ReceiptPaper> receiptPaperFromKey(QStringView key)
{
    for (const ReceiptPaper paper : {ReceiptPaper::A4, ReceiptPaper::Letter, ReceiptPaper::Roll80mm}) {
        if (key.compare(receiptPaperKey(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

bool isRollPaper(ReceiptPaper paper)
{
    return paper == ReceiptPaper::Roll80mm;
}

QPageSize receiptPageSize(ReceiptPaper paper)
{
    switch (paper) {
    case ReceiptPaper::A4:
        return QPageSize(QPageSize::A4);
    case ReceiptPaper::Letter:
        return QPageSize(QPageSize::Letter);
    case ReceiptPaper::Roll80mm:
        break;
    }
    return QPageSize();
}

} // namespace RefundDesk
