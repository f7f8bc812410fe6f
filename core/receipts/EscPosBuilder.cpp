#include "EscPosBuilder.h"

#include "EscPosCodePage.h"

#include <algorithm>

namespace RefundDesk {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kLf = 0x0A;
constexpr char kQrCn = 49; // GS ( k cn for QR Code
// The most data GS ( k fn 80 stores in one symbol (pL pH is 16 bits, minus cn fn m).
constexpr qsizetype kMaxQrData = 7089;

} // namespace

EscPosBuilder &EscPosBuilder::initialize()
{
    m_bytes.append(kEsc).append('@');
    return *this;
}

EscPosBuilder &EscPosBuilder::selectCodePage(char table)
{
    m_bytes.append(kEsc).append('t').append(table);
    return *this;
}

EscPosBuilder &EscPosBuilder::align(Align align)
{
    m_bytes.append(kEsc).append('a').append(static_cast<char>(align));
    return *this;
}

EscPosBuilder &EscPosBuilder::bold(bool on)
{
    m_bytes.append(kEsc).append('E').append(on ? char(1) : char(0));
    return *this;
}

EscPosBuilder &EscPosBuilder::characterSize(int width, int height)
{
    Q_ASSERT(width >= 1 && width <= 8 && height >= 1 && height <= 8);
    m_bytes.append(kGs).append('!').append(static_cast<char>(((width - 1) << 4) | (height - 1)));
    return *this;
}

EscPosBuilder &EscPosBuilder::text(QStringView text)
{
    m_bytes.append(EscPosCodePage::encode(text));
    return *this;
}

EscPosBuilder &EscPosBuilder::line(QStringView text)
{
    m_bytes.append(EscPosCodePage::encode(text)).append(kLf);
    return *this;
}

EscPosBuilder &EscPosBuilder::feed(int lines)
{
    m_bytes.append(kEsc).append('d').append(static_cast<char>(std::clamp(lines, 0, 255)));
    return *this;
}

void EscPosBuilder::qrFunction(char fn, const QByteArray &parameters)
{
    const qsizetype length = parameters.size() + 2;
    m_bytes.append(kGs).append('(').append('k');
    m_bytes.append(static_cast<char>(length & 0xFF)).append(static_cast<char>((length >> 8) & 0xFF));
    m_bytes.append(kQrCn).append(fn).append(parameters);
}

EscPosBuilder &EscPosBuilder::qrCode(const QByteArray &data, int moduleSize, QrErrorCorrection level)
{
    Q_ASSERT(moduleSize >= 1 && moduleSize <= 16);
    Q_ASSERT(!data.isEmpty() && data.size() <= kMaxQrData);
    qrFunction(65, QByteArray("\x32\x00", 2)); // model 2
    qrFunction(67, QByteArray(1, static_cast<char>(moduleSize)));
    qrFunction(69, QByteArray(1, static_cast<char>(level)));
    qrFunction(80, QByteArray(1, '0') + data); // m = 48
    qrFunction(81, QByteArray(1, '0'));
    return *this;
}

EscPosBuilder &EscPosBuilder::cut()
{
    m_bytes.append(kGs).append('V').append(char(66)).append(char(0));
    return *this;
}

} // namespace RefundDesk
