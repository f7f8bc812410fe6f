#pragma once

#include <QByteArray>
#include <QIODevice>

namespace RefundDesk {

// A request body that can be read exactly once. Qt 6.4 re-sends a POST when the server
// closes the connection before answering (PLATFORM.md); from a sequential device that
// cannot be rewound, and with upload buffering off, it cannot, and reports
// ContentReSendError instead. bytesHandedOut() also tells whether any of the body was
// given to Qt for sending: until then the request cannot have reached the server,
// because Qt writes the headers together with the first body bytes.
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

    qint64 bytesHandedOut() const { return m_offset; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace RefundDesk
