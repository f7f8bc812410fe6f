#include "ReceiptCommand.h"
#include "ScanCommand.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Receipts draw PDFs, which need a QGuiApplication; the other commands do not.
    if (argc > 1 && qstrcmp(argv[1], "receipt") == 0)
        return RefundDesk::ReceiptCommand::main(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "scan") == 0)
        return RefundDesk::ScanCommand::main(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refundctl"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("RefundDesk on the command line: look up sales, refund them and follow refunds "
                       "to their final state."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
