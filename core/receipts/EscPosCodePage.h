#pragma once

#include <QByteArray>
#include <QStringView>

namespace RefundDesk {

// Text for thermal printers in code page PC858 (PC850 with the euro sign at 0xD5), which
// Epson-compatible printers select with ESC t 19. QStringConverter has no DOS code pages,
// so the table is here. Characters PC858 lacks become a close ASCII stand-in where one is
// obvious (typographic quotes, dashes, narrow spaces, the minus sign) and '?' otherwise.
class EscPosCodePage
{
public:
    // The n of ESC t n for PC858.
    static constexpr char kPc858 = 19;

    static QByteArray encode(QStringView text);
    // The character a PC858 byte stands for (the inverse of encode, for tests and previews).
    static char16_t decode(unsigned char byte);
};

} // namespace RefundDesk
