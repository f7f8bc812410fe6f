// Start-up and scanning memory bench.
// 1. Time from launching `refunddesk --config <empty ledger> --exit-when-ready` to its "ready"
//    line (the main window exposed, the sign-in asked for, the event loop about to wait),
//    against bench_startup_bare (a QApplication showing one QWidget, ready at the same
//    moment), launched the same way: same environment, offscreen platform, rounds alternating.
// 2. Peak resident memory of the scanner decoding a 1280x720 video to its end through the
//    app's frame path (bench_videoscan_app: QMediaPlayer -> VideoScanPipeline) against the
//    same video decoded by ZXing alone (bench_videoscan_zxing), each a process of its own.
//    The video (generated receipt frames encoded to VP8/WebM with GStreamer, as the scan
//    tests make theirs) is kept in the data folder and reused.
//   bench_startup [--rounds N] [--video-rounds N] [--data DIR] [--demo]
#include "BenchSamples.h"
#include "ReceiptImageGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace RefundDesk;
using namespace RefundDesk::Bench;
using namespace RefundDesk::TestData;

namespace {

constexpr int kVideoFrames = 150; // 5 s at 30 frames per second
const QString kReceiptText = QStringLiteral("refunddesk:sale?gateway=pockyt&transaction=297553638300708562");

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(message));
    std::exit(1);
}

// Milliseconds from starting program to its "ready" line.
double millisecondsToReady(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (process.state() == QProcess::NotRunning || timer.elapsed() > 60000)
            die(QStringLiteral("%1 did not get ready: %2")
                    .arg(program, QString::fromUtf8(process.readAllStandardError())));
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return ms;
}

struct VideoRun
{
    qint64 maxRssKb = 0;
    QString summary; // frames, decoded, found
};

VideoRun scanVideo(const QString &program, const QString &video, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, {video});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QRegularExpressionMatch rss = QRegularExpression(QStringLiteral("maxrss_kb=(\\d+)")).match(out);
    if (!rss.hasMatch())
        die(QStringLiteral("%1 said: %2").arg(program, out));
    return {rss.captured(1).toLongLong(), out.section(QStringLiteral(" maxrss"), 0, 0)};
}

// The receipt clip at 1280x720, made once.
QString receiptVideo(const QDir &data)
{
    const QString video = data.filePath(QStringLiteral("receipt-720p.webm"));
    if (QFileInfo(video).size() > 0)
        return video;
    const QString gst = QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0"));
    if (gst.isEmpty())
        die(QStringLiteral("gst-launch-1.0 not found: install gstreamer1.0-tools and gstreamer1.0-plugins-good"));
    QTemporaryDir frames;
    for (int i = 0; i < kVideoFrames; ++i) {
        const QImage image = ReceiptImageGenerator::videoFrame(BarcodeSymbology::QrCode, kReceiptText, i, kVideoFrames,
                                                               QSize(1280, 720));
        if (!image.save(frames.filePath(QStringLiteral("frame-%1.png").arg(i, 3, 10, QLatin1Char('0')))))
            die(QStringLiteral("cannot write frames into %1").arg(frames.path()));
    }
    const int encoded = QProcess::execute(
        gst,
        {QStringLiteral("-q"), QStringLiteral("multifilesrc"),
         QStringLiteral("location=%1").arg(frames.filePath(QStringLiteral("frame-%03d.png"))),
         QStringLiteral("index=0"), QStringLiteral("stop-index=%1").arg(kVideoFrames - 1),
         QStringLiteral("caps=image/png,framerate=30/1"), QStringLiteral("!"), QStringLiteral("pngdec"),
         QStringLiteral("!"), QStringLiteral("videoconvert"), QStringLiteral("!"), QStringLiteral("vp8enc"),
         QStringLiteral("deadline=1"), QStringLiteral("!"), QStringLiteral("webmmux"), QStringLiteral("!"),
         QStringLiteral("filesink"), QStringLiteral("location=%1").arg(video)});
    if (encoded != 0 || QFileInfo(video).size() == 0)
        die(QStringLiteral("gst-launch-1.0 could not encode %1").arg(video));
    return video;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RefundDesk start-up and scanning memory bench."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Start-up rounds per program (default 15)."),
                                          QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption videoRoundsOption(QStringLiteral("video-rounds"),
                                               QStringLiteral("Video scans per program (default 3)."),
                                               QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder for the generated video (default: bench-data beside "
                                                       "this program)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Also time `refunddesk --demo` (sandbox, sample sales)."));
    parser.addOptions({roundsOption, videoRoundsOption, dataOption, demoOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int videoRounds = std::max(1, parser.value(videoRoundsOption).toInt());
    const QDir data(parser.isSet(dataOption)
                        ? parser.value(dataOption)
                        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench-data")));
    if (!QDir().mkpath(data.path()))
        die(QStringLiteral("cannot create %1").arg(data.path()));

    // A clean, equal environment for every program: offscreen, no user settings, no session bus.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name).toLower()));
    QDir(home.path()).mkdir(QStringLiteral("runtime"));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=%1").arg(home.filePath(QStringLiteral("no-bus"))));

    // An empty ledger: a store and a ledger file, no gateways (nothing to read from a keychain).
    const QString config = home.filePath(QStringLiteral("refunddesk.ini"));
    {
        QFile file(config);
        const QByteArray ini = QStringLiteral("[store]\nid=S1\nname=Bench store\ncurrency=EUR\nlocale=en_US\n"
                                              "register=R1\n[ledger]\nurl=sqlite:%1\n")
                                   .arg(home.filePath(QStringLiteral("ledger.db")))
                                   .toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            die(QStringLiteral("cannot write %1").arg(config));
    }

    struct Program
    {
        QString name;
        QString path;
        QStringList arguments;
        BenchSamples ms;
    };
    QList<Program> programs {
        {QStringLiteral("refunddesk (empty ledger)"),
         QStringLiteral(BENCH_REFUNDDESK),
         {QStringLiteral("--config"), config, QStringLiteral("--exit-when-ready")},
         {}},
        {QStringLiteral("bare QWidget program"), QStringLiteral(BENCH_BARE_WINDOW), {}, {}},
    };
    if (parser.isSet(demoOption))
        programs.append({QStringLiteral("refunddesk --demo"),
                         QStringLiteral(BENCH_REFUNDDESK),
                         {QStringLiteral("--demo"), QStringLiteral("--exit-when-ready")},
                         {}});
    // The first start of each creates files and fills caches: untimed.
    for (Program &program : programs)
        millisecondsToReady(program.path, program.arguments, env);
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            // The order turns every round.
            Program &program = programs[(i + round) % programs.size()];
            program.ms.add(millisecondsToReady(program.path, program.arguments, env));
        }
    }

    const QString video = receiptVideo(data);
    BenchSamples appRss;
    BenchSamples zxingRss;
    QString appSummary;
    QString zxingSummary;
    for (int round = 0; round < videoRounds; ++round) {
        const auto runApp = [&] {
            const VideoRun run = scanVideo(QStringLiteral(BENCH_VIDEOSCAN_APP), video, env);
            appRss.add(double(run.maxRssKb) / 1024);
            appSummary = run.summary;
        };
        const auto runZxing = [&] {
            const VideoRun run = scanVideo(QStringLiteral(BENCH_VIDEOSCAN_ZXING), video, env);
            zxingRss.add(double(run.maxRssKb) / 1024);
            zxingSummary = run.summary;
        };
        if (round % 2 == 0) {
            runApp();
            runZxing();
        } else {
            runZxing();
            runApp();
        }
    }

    const double bare = programs.at(1).ms.median();
    std::printf("\nStart-up: time to a shown, usable main window; medians of %d rounds (QT_QPA_PLATFORM=offscreen)\n\n",
                rounds);
    std::printf(
        "| program | ms (median) | min | max | ratio to bare | target | met |\n|---|---:|---:|---:|---:|---|---|\n");
    for (const Program &program : std::as_const(programs)) {
        const double median = program.ms.median();
        const bool isBare = program.path == QLatin1String(BENCH_BARE_WINDOW);
        const bool targeted = program.arguments.contains(QStringLiteral("--config"));
        std::printf("| %s | %.1f | %.1f | %.1f | %.2f | %s | %s |\n", qPrintable(program.name), median,
                    program.ms.minimum(), program.ms.maximum(), median / bare, targeted ? "<= 1.5x" : "",
                    targeted ? (median / bare <= 1.5 ? "yes" : "NO") : (isBare ? "" : "(not a target)"));
    }
    std::printf("\nScanning a %d-frame 1280x720 video to its end: peak RSS, medians of %d runs\n\n", kVideoFrames,
                videoRounds);
    std::printf(
        "| path | peak RSS (MB) | frames | ratio to ZXing alone | target | met |\n|---|---:|---|---:|---|---|\n");
    std::printf("| QMediaPlayer -> VideoScanPipeline | %.1f | %s | %.2f | <= 120 MB | %s |\n", appRss.median(),
                qPrintable(appSummary), appRss.median() / zxingRss.median(), appRss.median() <= 120 ? "yes" : "NO");
    std::printf("| QMediaPlayer -> QVideoSink -> ZXing::ReadBarcode | %.1f | %s | 1.00 | | |\n", zxingRss.median(),
                qPrintable(zxingSummary));
    return 0;
}
