#pragma once

#include "EscPosTarget.h"
#include "ReceiptOutputResult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;
class QThread;

namespace RefundDesk {

// Sends an ESC/POS job to a printer without blocking the caller's thread: over raw TCP
// (port 9100) with QTcpSocket, or to a device in a worker thread (a serial port at the
// configured speed through QSerialPort, anything else, like /dev/usb/lp0, as a file).
// finished() is emitted exactly once per send(), also on timeout.
class EscPosSender : public QObject
{
    Q_OBJECT

public:
    explicit EscPosSender(QObject *parent = nullptr);
    ~EscPosSender() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setBaudRate(qint32 baudRate) { m_baudRate = baudRate; }
    bool isBusy() const { return m_busy; }

    // One job at a time: a send() while busy finishes at once with a failure.
    void send(const EscPosTarget &target, const QByteArray &bytes);

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const RefundDesk::ReceiptOutputResult &result);

private:
    void sendTcp();
    void sendToDevice();
    void onBytesWritten(qint64 bytes);
    void onTimeout();
    void finish(const ReceiptOutputResult &result);

    EscPosTarget m_target;
    QByteArray m_bytes;
    qint64 m_written = 0;
    int m_timeoutMs = 10000;
    qint32 m_baudRate = 9600;
    bool m_busy = false;
    QTimer m_timer;
    QTcpSocket *m_socket = nullptr;
    QThread *m_thread = nullptr;
};

} // namespace RefundDesk
