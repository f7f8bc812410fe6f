#pragma once

#include <QStringList>

class QTextStream;

namespace RefundDesk {

// refundctl scan FILE...
// Reads the receipt barcode in each picture (PNG, JPEG, ...) or PDF and prints one JSON line
// per file, in order:
//   {"file":…,"found":true,"text":…,"format":…,"gateway":…,"kind":…,"id":…}
//   {"file":…,"found":false,"reason":…}  (with "text" and "format" when a code was read but is
//                                         not a receipt RefundDesk knows)
// Exit code 0 when every file held a receipt code, 1 when one did not, 2 on a usage error.
class ScanCommand
{
public:
    // The whole program for argv[1] == "scan".
    static int main(int argc, char *argv[]);
    // The work, inside a running application; arguments as QCoreApplication::arguments().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace RefundDesk
