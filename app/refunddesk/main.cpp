#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

namespace {

void describeOptions(QCommandLineParser &parser, const QCommandLineOption &demoOption)
{
    parser.setApplicationDescription(QStringLiteral("RefundDesk: refunds at the counter and in the back office."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demoOption);
}

// --help and --version must answer on a machine without a display, where QApplication cannot start.
bool wantsOnlyInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Start with the gateway sandbox and sample sales."));
    std::unique_ptr<QCoreApplication> app;
    if (wantsOnlyInformation(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refunddesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("RefundDesk"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());

    QCommandLineParser parser;
    describeOptions(parser, demoOption);
    parser.process(*app); // exits for --help and --version

    RefundDesk::MainWindow window(parser.isSet(demoOption));
    window.show();
    return QCoreApplication::exec();
}
