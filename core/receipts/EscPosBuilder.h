#pragma once

#include <QByteArray>
#include <QStringView>

namespace RefundDesk {

// Builds the byte stream for an Epson-compatible (ESC/POS) thermal printer, command by
// command. Text goes through EscPosCodePage, so selectCodePage(EscPosCodePage::kPc858)
// must come first.
class EscPosBuilder
{
public:
    enum class Align : char { Left = 0, Centre = 1, Right = 2 };
    // GS ( k function 69: the QR code's error correction level.
    enum class QrErrorCorrection : char { L = 48, M = 49, Q = 50, H = 51 };

    EscPosBuilder &initialize(); // ESC @
    EscPosBuilder &selectCodePage(char table); // ESC t n
    EscPosBuilder &align(Align align); // ESC a n
    EscPosBuilder &bold(bool on); // ESC E n
    // GS ! n: width and height multipliers, 1 to 8 each.
    EscPosBuilder &characterSize(int width, int height);
    EscPosBuilder &text(QStringView text);
    EscPosBuilder &line(QStringView text); // text, then LF
    EscPosBuilder &feed(int lines); // ESC d n
    // GS ( k: model 2, module size 1-16 dots, error correction, store the data, print it.
    EscPosBuilder &qrCode(const QByteArray &data, int moduleSize, QrErrorCorrection level);
    EscPosBuilder &cut(); // GS V 66 0: feed to the cutter, partial cut

    const QByteArray &bytes() const { return m_bytes; }

private:
    // GS ( k pL pH cn fn parameters, with pL pH = the length of cn fn parameters.
    void qrFunction(char fn, const QByteArray &parameters);

    QByteArray m_bytes;
};

} // namespace RefundDesk
