#pragma once

#include "BarcodeDecoder.h"
#include "DecodeResult.h"
#include "ScanFrame.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace RefundDesk {

// Decodes frames on its own thread so the UI thread never waits on ZXing. Holds at most one
// frame waiting: a new frame replaces the waiting one, so a slow decode drops stale frames
// instead of queueing them, and the decoder always works on the newest picture.
class FrameDecodeWorker : public QObject
{
    Q_OBJECT

public:
    explicit FrameDecodeWorker(const BarcodeDecoder &decoder = BarcodeDecoder(), QObject *parent = nullptr);
    ~FrameDecodeWorker() override;

    // Thread-safe. Returns the frame's number (1, 2, ...), which decoded() carries back.
    quint64 submit(const ScanFrame &frame);

    quint64 submittedCount() const;
    quint64 decodedCount() const;

Q_SIGNALS:
    // Emitted on the decoding thread: receivers on other threads get it queued (the default
    // connection does that), so keep this object's receivers off the decoding thread.
    void decoded(const RefundDesk::DecodeResult &result, quint64 frameNumber);

private:
    void run();

    const BarcodeDecoder m_decoder;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    ScanFrame m_pending;
    quint64 m_pendingNumber = 0; // 0: nothing waiting
    quint64 m_submitted = 0;
    quint64 m_decoded = 0;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace RefundDesk
