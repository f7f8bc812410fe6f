#include "EscPosCodePage.h"

#include <array>

namespace RefundDesk {

namespace {

// Bytes 0x80..0xFF of PC858, as Unicode.
constexpr std::array<char16_t, 128> kHighHalf {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C,
    0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6,
    0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

// Stand-ins for characters PC858 does not have.
char asciiStandIn(char16_t c)
{
    switch (c) {
    case u'\u2018': // single quotes
    case u'\u2019':
    case u'\u201A':
        return '\'';
    case u'\u201C': // double quotes
    case u'\u201D':
    case u'\u201E':
        return '"';
    case u'\u2010': // hyphens, dashes and the minus sign
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
        return '-';
    case u'\u2009': // thin, narrow no-break and other spaces some locales put in amounts
    case u'\u202F':
    case u'\u2007':
    case u'\u2002':
    case u'\u2003':
        return ' ';
    case u'\u2026':
        return '.';
    default:
        return '?';
    }
}

} // namespace

QByteArray EscPosCodePage::encode(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = text[at].unicode();
        // A character outside the BMP is one unknown character, not two.
        if (text[at].isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
            bytes.append('?');
            ++at;
            continue;
        }
        // Control characters would be read as printer commands.
        if (c >= 0x20 && c < 0x7F) {
            bytes.append(static_cast<char>(c));
            continue;
        }
        char byte = c < 0x20 || c == 0x7F ? '?' : asciiStandIn(c);
        for (std::size_t i = 0; i < kHighHalf.size(); ++i) {
            if (kHighHalf[i] == c) {
                byte = static_cast<char>(0x80 + i);
                break;
            }
        }
        bytes.append(byte);
    }
    return bytes;
}

char16_t EscPosCodePage::decode(unsigned char byte)
{
    return byte < 0x80 ? char16_t(byte) : kHighHalf[byte - 0x80u];
}

} // namespace RefundDesk
