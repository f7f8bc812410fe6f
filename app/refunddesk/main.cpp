#include "Appearance.h"
#include "DeskLauncher.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Version.h"
#include "i18n/AppTranslator.h"
#include "i18n/UiLanguage.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

namespace {

class Options
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::DeskOptions)

public:
    QCommandLineOption demo {QStringLiteral("demo"),
                             tr("Start with the gateway sandbox, sample sales and demo employees "
                                "(clerk 1111, manager 2222, backoffice 3333).")};
    QCommandLineOption config {QStringLiteral("config"),
                               tr("The configuration file (default: REFUNDDESK_CONFIG, else the per-user "
                                  "refunddesk.ini)."),
                               QStringLiteral("FILE")};
    QCommandLineOption screenshotTour {QStringLiteral("screenshot-tour"),
                                       tr("With --demo: walk through every screen, save a PNG of each into DIR and "
                                          "quit."),
                                       QStringLiteral("DIR")};
    QCommandLineOption appearance {QStringLiteral("appearance"),
                                   tr("system, light or dark (default: the one chosen in Settings)."),
                                   QStringLiteral("MODE")};
    QCommandLineOption language {QStringLiteral("language"),
                                 tr("The language of the texts: en, de, ms or zh_CN (default: the one chosen in "
                                    "Settings, else the system's)."),
                                 QStringLiteral("CODE")};
};

void describeOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(Options::tr("RefundDesk: refunds at the counter and in the back office."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.config, options.screenshotTour, options.appearance, options.language});
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

// --exit-when-ready (tests/bench/bench_startup): start-up is over when the main window is
// exposed and the event loop is about to wait for something to do; say "ready" then, and quit.
void quitWhenReady(RefundDesk::DeskLauncher &launcher)
{
    QObject::connect(&launcher, &RefundDesk::DeskLauncher::windowReady, &launcher, [&launcher] {
        auto idle = std::make_shared<QMetaObject::Connection>();
        *idle = QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                                 &launcher, [&launcher, idle] {
                                     const QWindow *window =
                                         launcher.window() ? launcher.window()->windowHandle() : nullptr;
                                     if (!window || !window->isExposed())
                                         return;
                                     QObject::disconnect(*idle);
                                     std::printf("ready\n");
                                     std::fflush(stdout);
                                     QCoreApplication::quit();
                                 });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsOnlyInformation(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refunddesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("RefundDesk"));
    QCoreApplication::setApplicationVersion(RefundDesk::versionString());

    // The language comes before the options are described: --help speaks it too.
    const RefundDesk::UiLanguage::Resolved language =
        RefundDesk::UiLanguage::resolve(RefundDesk::UiLanguage::takeOption(QCoreApplication::arguments()),
                                        RefundDesk::UiLanguage::saved(), QLocale::system().uiLanguages());
    if (!language.error.isEmpty()) {
        QTextStream(stderr) << language.error << Qt::endl;
        return 2;
    }
    if (!RefundDesk::AppTranslator::install(language.code, app.get()).catalog)
        qWarning("The texts in %s are missing from this build; they stay in English.", qUtf8Printable(language.code));

    const Options options;
    QCommandLineParser parser;
    describeOptions(parser, options);
    QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
                                     QStringLiteral("Print \"ready\" and quit once the main window is up."));
    exitWhenReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenReady);
    parser.process(*app); // exits for --help and --version
    if (parser.isSet(options.screenshotTour) && !parser.isSet(options.demo)) {
        QTextStream(stderr) << Options::tr("--screenshot-tour needs --demo: it refunds sample sales.") << Qt::endl;
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
    if (parser.isSet(exitWhenReady))
        quitWhenReady(launcher);
    launcher.start();
    return QCoreApplication::exec();
}
