// Plays a video through the scanner's real frame path (QMediaPlayer -> VideoScanPipeline:
// the frame adapter, the decoding thread, the two-read gate) to its end and prints what was
// decoded and the process's peak resident memory (getrusage ru_maxrss), for bench_startup.
//   bench_videoscan_app VIDEO
#include "VideoScanPipeline.h"
#include "VideoToEnd.h"

#include <QGuiApplication>
#include <QVideoSink>

#include <cstdio>

using namespace RefundDesk;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_videoscan_app VIDEO\n");
        return 2;
    }
    VideoScanPipeline pipeline;
    int frames = 0;
    int decoded = 0;
    int found = 0;
    int accepted = 0;
    QObject::connect(pipeline.videoSink(), &QVideoSink::videoFrameChanged, &app, [&frames] { ++frames; });
    QObject::connect(&pipeline, &VideoScanPipeline::frameDecoded, &app, [&](const DecodeResult &result, QSize) {
        ++decoded;
        found += result.found ? 1 : 0;
    });
    QObject::connect(&pipeline, &VideoScanPipeline::codeAccepted, &app, [&accepted] { ++accepted; });

    const int status = Bench::playVideoToEnd(pipeline.videoSink(), QString::fromLocal8Bit(argv[1]));

    std::printf("frames=%d decoded=%d found=%d accepted=%d maxrss_kb=%ld\n", frames, decoded, found, accepted,
                Bench::peakResidentKb());
    return status;
}
