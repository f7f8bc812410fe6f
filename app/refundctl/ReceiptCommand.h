#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace RefundDesk {

// refundctl receipt REFUND_ID [--pdf FILE] [--paper a4|letter|roll80] [--escpos HOST:PORT|DEVICE]
//                             [--printer] [--email ADDRESS] [--config FILE] [--as EMPLOYEE]
// Reprints or resends a refund's receipt from the ledger: to a PDF file, an ESC/POS printer,
// or by email (with retries). Without an output it prints the receipt as text. Every
// delivery is recorded in the ledger's audit chain.
class ReceiptCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReceiptCommand)

public:
    // The whole program for argv[1] == "receipt": makes the QGuiApplication that PDF fonts
    // need (offscreen unless QT_QPA_PLATFORM says otherwise).
    static int main(int argc, char *argv[]);
    // The work, inside a running application; arguments as QCoreApplication::arguments().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace RefundDesk
