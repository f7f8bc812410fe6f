#include "EscPosSender.h"

#include <QCoreApplication>
#include <QFile>
#include <QSerialPort>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace RefundDesk {

namespace {

// A terminal device is a serial line whose speed has to be set; anything else (a USB
// printer class device, a file) takes the bytes as they are.
bool isSerialLine(const QString &path)
{
#ifdef Q_OS_UNIX
    // Non-blocking: opening a serial line can otherwise wait for its carrier signal.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return false;
    const bool terminal = ::isatty(fd) == 1;
    ::close(fd);
    return terminal;
#else
    return path.contains(QLatin1String("COM"), Qt::CaseInsensitive);
#endif
}

// Runs in the worker thread: blocking calls are fine there, each bounded by timeoutMs.
ReceiptOutputResult writeToDevice(const QString &path, const QByteArray &bytes, qint32 baudRate, int timeoutMs)
{
    if (isSerialLine(path)) {
        QSerialPort port;
        port.setPortName(path);
        if (!port.open(QIODevice::WriteOnly))
            return ReceiptOutputResult::failure(
                path, EscPosSender::tr("Cannot open the serial port %1: %2").arg(path, port.errorString()));
        if (!port.setBaudRate(baudRate) || !port.setDataBits(QSerialPort::Data8)
            || !port.setParity(QSerialPort::NoParity) || !port.setStopBits(QSerialPort::OneStop)
            || !port.setFlowControl(QSerialPort::HardwareControl)) {
            return ReceiptOutputResult::failure(
                path, EscPosSender::tr("Cannot set up the serial port %1: %2").arg(path, port.errorString()));
        }
        port.write(bytes);
        while (port.bytesToWrite() > 0) {
            if (!port.waitForBytesWritten(timeoutMs)) {
                return ReceiptOutputResult::failure(
                    path,
                    EscPosSender::tr("The printer on %1 did not take the receipt: %2").arg(path, port.errorString()));
            }
        }
        return ReceiptOutputResult::success(path);
    }
    QFile device(path);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ReceiptOutputResult::failure(
            path, EscPosSender::tr("Cannot open the printer device %1: %2").arg(path, device.errorString()));
    if (device.write(bytes) != bytes.size() || !device.flush())
        return ReceiptOutputResult::failure(
            path, EscPosSender::tr("Cannot write to the printer device %1: %2").arg(path, device.errorString()));
    return ReceiptOutputResult::success(path);
}

} // namespace

EscPosSender::EscPosSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EscPosSender::onTimeout);
}

EscPosSender::~EscPosSender()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void EscPosSender::send(const EscPosTarget &target, const QByteArray &bytes)
{
    if (m_busy) {
        Q_EMIT finished(ReceiptOutputResult::failure(target.describe(),
                                                     tr("The printer is still busy with the previous receipt.")));
        return;
    }
    if (!target.isValid()) {
        Q_EMIT finished(ReceiptOutputResult::failure(target.describe(), target.error));
        return;
    }
    m_busy = true;
    m_target = target;
    m_bytes = bytes;
    m_written = 0;
    if (target.kind == EscPosTarget::Kind::Tcp)
        sendTcp();
    else
        sendToDevice();
}

void EscPosSender::sendTcp()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_bytes); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EscPosSender::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_written == m_bytes.size())
            finish(ReceiptOutputResult::success(m_target.describe()));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // Some printers close the connection as soon as they have the job.
        if (error == QAbstractSocket::RemoteHostClosedError && m_written == m_bytes.size())
            return;
        finish(ReceiptOutputResult::failure(
            m_target.describe(),
            tr("Cannot send the receipt to the printer at %1: %2").arg(m_target.describe(), m_socket->errorString())));
    });
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(m_target.host, m_target.port);
}

void EscPosSender::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    m_timer.start(m_timeoutMs); // progress: the printer is still taking data
    Q_EMIT progress(m_written, m_bytes.size());
    if (m_written == m_bytes.size())
        m_socket->disconnectFromHost();
}

void EscPosSender::sendToDevice()
{
    const QString path = m_target.devicePath;
    const QByteArray bytes = m_bytes;
    const qint32 baudRate = m_baudRate;
    const int timeoutMs = m_timeoutMs;
    QPointer<EscPosSender> self(this);
    m_thread = QThread::create([self, path, bytes, baudRate, timeoutMs] {
        const ReceiptOutputResult result = writeToDevice(path, bytes, baudRate, timeoutMs);
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, size = bytes.size()] {
                if (!self)
                    return;
                if (result.ok)
                    Q_EMIT self->progress(size, size);
                self->finish(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void EscPosSender::onTimeout()
{
    if (!m_socket)
        return;
    const QString where = m_target.describe();
    finish(ReceiptOutputResult::failure(
        where,
        tr("The printer at %1 did not answer within %2 seconds.").arg(where).arg(m_timeoutMs / 1000.0, 0, 'f', 1)));
}

void EscPosSender::finish(const ReceiptOutputResult &result)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace RefundDesk
