#pragma once

#include <QPageSize>
#include <QString>
#include <QStringView>

#include <optional>

namespace RefundDesk {

// The paper a receipt is laid out for: an office page, or an 80 mm thermal roll whose
// length follows the content.
enum class ReceiptPaper { A4, Letter, Roll80mm };

// "a4", "letter", "roll80"
QString receiptPaperKey(ReceiptPaper paper);
std::optional<ReceiptPaper> receiptPaperFromKey(QStringView key);
bool isRollPaper(ReceiptPaper paper);
// A4 and Letter; invalid for the roll, whose length depends on the receipt.
QPageSize receiptPageSize(ReceiptPaper paper);

} // namespace RefundDesk
