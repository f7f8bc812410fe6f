#pragma once

#include "ReceiptModel.h"

#include <QByteArray>

namespace RefundDesk {

// The receipt as one ESC/POS job for an 80 mm printer: initialize, code page PC858,
// the store name large and bold, the sections as fixed-width text, the refund's QR code,
// feed and cut.
class EscPosReceipt
{
public:
    // Font A on an 80 mm roll prints 42 characters on 512-dot heads and 48 on 576-dot
    // heads; 42 fits both.
    static constexpr int kColumns = 42;

    static QByteArray encode(const ReceiptModel &model, int columns = kColumns);
};

} // namespace RefundDesk
