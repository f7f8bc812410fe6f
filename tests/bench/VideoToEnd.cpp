#include "VideoToEnd.h"

#include <QCoreApplication>
#include <QMediaPlayer>
#include <QUrl>

#include <cstdio>
#include <sys/resource.h>

namespace RefundDesk::Bench {

int playVideoToEnd(QVideoSink *sink, const QString &path)
{
    QMediaPlayer player;
    player.setVideoSink(sink);
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &player, [](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
            QCoreApplication::quit();
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &player, [&player] {
        std::fprintf(stderr, "%s\n", qPrintable(player.errorString()));
        QCoreApplication::exit(1);
    });
    player.setSource(QUrl::fromLocalFile(path));
    player.play();
    return QCoreApplication::exec();
}

long peakResidentKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace RefundDesk::Bench
