#include "FrameDecodeWorker.h"

#include <QThread>

namespace RefundDesk {

FrameDecodeWorker::FrameDecodeWorker(const BarcodeDecoder &decoder, QObject *parent)
    : QObject(parent)
    , m_decoder(decoder)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("FrameDecodeWorker"));
    m_thread->start();
}

FrameDecodeWorker::~FrameDecodeWorker()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_pending = {};
        m_pendingNumber = 0;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

quint64 FrameDecodeWorker::submit(const ScanFrame &frame)
{
    quint64 number = 0;
    {
        const QMutexLocker locker(&m_mutex);
        number = ++m_submitted;
        m_pending = frame; // the frame it replaces, if any, is released here: dropped, never decoded
        m_pendingNumber = number;
    }
    m_wake.wakeOne();
    return number;
}

quint64 FrameDecodeWorker::submittedCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_submitted;
}

quint64 FrameDecodeWorker::decodedCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_decoded;
}

void FrameDecodeWorker::run()
{
    for (;;) {
        ScanFrame frame;
        quint64 number = 0;
        {
            QMutexLocker locker(&m_mutex);
            while (!m_stopping && m_pendingNumber == 0)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            frame = std::exchange(m_pending, ScanFrame());
            number = std::exchange(m_pendingNumber, 0);
        }
        const DecodeResult result = m_decoder.decode(frame);
        frame = {}; // give the frame's memory back before telling anyone
        {
            const QMutexLocker locker(&m_mutex);
            ++m_decoded;
        }
        Q_EMIT decoded(result, number);
    }
}

} // namespace RefundDesk
