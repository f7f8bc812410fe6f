#pragma once

#include "scan/ConsecutiveReadGate.h"
#include "scan/DecodeResult.h"
#include "scan/FrameDecodeWorker.h"

#include <QObject>
#include <QSize>

class QVideoFrame;
class QVideoSink;

namespace RefundDesk {

// The one frame path for the camera and for video files: QVideoSink -> decoder thread ->
// accepted code. Hand videoSink() to QMediaCaptureSession::setVideoSink() or
// QMediaPlayer::setVideoSink(). Each frame reaches the decoder without a pixel copy (see
// VideoFrameAdapter); while the decoder is busy, newer frames replace older ones. A code is
// accepted when two consecutive decoded frames read the same text.
class VideoScanPipeline : public QObject
{
    Q_OBJECT

public:
    explicit VideoScanPipeline(QObject *parent = nullptr);
    ~VideoScanPipeline() override;

    QVideoSink *videoSink() const { return m_sink; }

    // A new source: forget earlier reads, and results still on their way from earlier frames.
    void restart();

Q_SIGNALS:
    // Every decoded frame, found or not, with the size of the frame it came from (for the overlay).
    void frameDecoded(const RefundDesk::DecodeResult &result, QSize frameSize);
    void codeAccepted(const RefundDesk::DecodeResult &result);

private:
    void onVideoFrame(const QVideoFrame &frame);
    void onDecoded(const DecodeResult &result, quint64 frameNumber);

    QVideoSink *m_sink;
    FrameDecodeWorker m_worker;
    ConsecutiveReadGate m_gate;
    quint64 m_firstCurrentFrame = 1; // frames before this one belong to an earlier source
    QSize m_frameSize;
};

} // namespace RefundDesk
