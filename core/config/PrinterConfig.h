#pragma once

#include <QString>

namespace RefundDesk {

// The [printer] section: where ESC/POS receipts go.
struct PrinterConfig
{
    // "HOST:PORT" (a network printer's raw port, usually 9100) or a device path
    // (/dev/usb/lp0, /dev/ttyUSB0, COM3). Empty: no thermal printer configured.
    QString escpos;
    // Only for serial ports.
    qint32 baudRate = 9600;
};

} // namespace RefundDesk
