#include "VideoScanPipeline.h"

#include "VideoFrameAdapter.h"

#include <QVideoFrame>
#include <QVideoSink>

namespace RefundDesk {

VideoScanPipeline::VideoScanPipeline(QObject *parent)
    : QObject(parent)
    , m_sink(new QVideoSink(this))
{
    // With GStreamer the sink signals on the GUI thread and the stream waits for this slot:
    // it only maps the frame and hands it over, the decoding happens on the worker's thread.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoScanPipeline::onVideoFrame);
    connect(&m_worker, &FrameDecodeWorker::decoded, this, &VideoScanPipeline::onDecoded);
}

VideoScanPipeline::~VideoScanPipeline() = default;

void VideoScanPipeline::restart()
{
    m_gate.reset();
    m_firstCurrentFrame = m_worker.submittedCount() + 1;
}

void VideoScanPipeline::onVideoFrame(const QVideoFrame &frame)
{
    const ScanFrame scanFrame = VideoFrameAdapter::toScanFrame(frame);
    if (scanFrame.isNull())
        return;
    m_frameSize = QSize(scanFrame.view().width, scanFrame.view().height);
    m_worker.submit(scanFrame);
}

void VideoScanPipeline::onDecoded(const DecodeResult &result, quint64 frameNumber)
{
    if (frameNumber < m_firstCurrentFrame)
        return;
    Q_EMIT frameDecoded(result, m_frameSize);
    if (m_gate.offer(result))
        Q_EMIT codeAccepted(result);
}

} // namespace RefundDesk
