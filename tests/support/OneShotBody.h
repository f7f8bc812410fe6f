#pragma once

#include <QByteArray>
#include <QIODevice>

namespace RefundDesk {

// A request body Qt cannot rewind: sequential, read once. With
// QNetworkRequest::DoNotBufferUploadDataAttribute it stops Qt 6.4 from silently sending a
// POST a second time when the server closes the connection before answering (PLATFORM.md);
// the reply then fails with ContentReSendError instead.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace RefundDesk
