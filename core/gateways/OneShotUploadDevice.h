#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QMutex>

namespace RefundDesk {

// A request body that can be read exactly once. Qt 6.4 re-sends a POST when the server
// closes the connection before answering (PLATFORM.md); from a sequential device that
// cannot be rewound, and with upload buffering off, it cannot, and reports
// ContentReSendError instead. bytesHandedOut() also tells whether any of the body was
// given to Qt for sending: until then the request cannot have reached the server,
// because Qt writes the headers together with the first body bytes.
//
// seal() closes the tap for good. Aborting a reply does not stop Qt from reading the body:
// a reply aborted before the event loop ran still starts its queued operation afterwards
// and asks for the body then. A job that has told the engine "nothing was sent" must seal
// first, so that the answer stays true.
class OneShotUploadDevice : public QIODevice
{
public:
    explicit OneShotUploadDevice(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override;
    bool atEnd() const override;

    qint64 bytesHandedOut() const;

    // From now on Qt gets no more of the body (a read fails). Returns bytesHandedOut(),
    // which can no longer change.
    qint64 seal();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_sealed = false;
    // Qt reads the body from the reply's thread today; the lock keeps seal() and a read
    // from ever interleaving should that change.
    mutable QMutex m_mutex;
};

} // namespace RefundDesk
