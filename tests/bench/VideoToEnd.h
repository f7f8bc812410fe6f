#pragma once

#include <QString>

class QVideoSink;

namespace RefundDesk::Bench {

// For bench_startup's scanning programs: plays the video at path into sink until its end
// (or an error, said on stderr) and returns the event loop's exit code.
int playVideoToEnd(QVideoSink *sink, const QString &path);

// The process's peak resident memory so far, in KiB (getrusage's ru_maxrss).
long peakResidentKb();

} // namespace RefundDesk::Bench
