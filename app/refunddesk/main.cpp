#include "Appearance.h"
#include "DeskLauncher.h"
#include "ScreenshotTour.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

namespace {

struct Options
{
    QCommandLineOption demo {QStringLiteral("demo"),
                             QStringLiteral("Start with the gateway sandbox, sample sales and demo employees "
                                            "(clerk 1111, manager 2222, backoffice 3333).")};
    QCommandLineOption config {QStringLiteral("config"),
                               QStringLiteral("The configuration file (default: REFUNDDESK_CONFIG, else the per-user "
                                              "refunddesk.ini)."),
                               QStringLiteral("FILE")};
    QCommandLineOption screenshotTour {QStringLiteral("screenshot-tour"),
                                       QStringLiteral("With --demo: walk through every screen, save a PNG of each "
                                                      "into DIR and quit."),
                                       QStringLiteral("DIR")};
    QCommandLineOption appearance {QStringLiteral("appearance"),
                                   QStringLiteral("system, light or dark (default: the one chosen in Settings)."),
                                   QStringLiteral("MODE")};
};

void describeOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QStringLiteral("RefundDesk: refunds at the counter and in the back office."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.config, options.screenshotTour, options.appearance});
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
    const Options options;
    std::unique_ptr<QCoreApplication> app;
    if (wantsOnlyInformation(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refunddesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("RefundDesk"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());

    QCommandLineParser parser;
    describeOptions(parser, options);
    parser.process(*app); // exits for --help and --version
    if (parser.isSet(options.screenshotTour) && !parser.isSet(options.demo)) {
        qCritical("--screenshot-tour needs --demo: it refunds sample sales.");
        return 2;
    }

    RefundDesk::Appearance::rememberSystemPalette();
    RefundDesk::Appearance::apply(parser.isSet(options.appearance)
                                      ? RefundDesk::Appearance::modeFromKey(parser.value(options.appearance))
                                      : RefundDesk::Appearance::saved());

    RefundDesk::DeskLauncher launcher({parser.isSet(options.demo), parser.value(options.config)});
    QObject::connect(&launcher, &RefundDesk::DeskLauncher::quitRequested, app.get(), &QCoreApplication::quit);
    std::unique_ptr<RefundDesk::ScreenshotTour> tour;
    if (parser.isSet(options.screenshotTour)) {
        tour = std::make_unique<RefundDesk::ScreenshotTour>(launcher, parser.value(options.screenshotTour));
        QObject::connect(tour.get(), &RefundDesk::ScreenshotTour::finished, app.get(), &QCoreApplication::exit);
    }
    launcher.start();
    return QCoreApplication::exec();
}
