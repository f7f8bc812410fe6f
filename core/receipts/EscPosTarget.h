#pragma once

#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// Where ESC/POS bytes go: a network printer's raw TCP port, or a local device (a USB
// printer's /dev/usb/lp0, a serial port).
struct EscPosTarget
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::EscPosTarget)

public:
    enum class Kind { Invalid, Tcp, Device };

    Kind kind = Kind::Invalid;
    QString host; // Tcp: a host name or address ("[::1]" is given back as "::1")
    quint16 port = 0; // Tcp
    QString devicePath; // Device
    QString error; // Invalid: why, in plain words

    bool isValid() const { return kind != Kind::Invalid; }
    // "printer.local:9100", "/dev/usb/lp0": for messages and the delivery log.
    QString describe() const;

    // "HOST:PORT", "[v6addr]:PORT", a path starting with '/', or a Windows COM port.
    static EscPosTarget parse(const QString &text);
};

} // namespace RefundDesk
