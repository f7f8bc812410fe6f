#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refund-sandbox"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulator of the four payment gateways RefundDesk refunds through, on loopback."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
