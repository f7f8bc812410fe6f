#include "OneShotUploadDevice.h"

#include <algorithm>
#include <cstring>

namespace RefundDesk {

OneShotUploadDevice::OneShotUploadDevice(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 left = m_sealed ? 0 : m_body.size() - m_offset;
    return left + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::bytesHandedOut() const
{
    const QMutexLocker lock(&m_mutex);
    return m_offset;
}

qint64 OneShotUploadDevice::seal()
{
    const QMutexLocker lock(&m_mutex);
    m_sealed = true;
    return m_offset;
}

qint64 OneShotUploadDevice::size() const
{
    return m_body.size();
}

bool OneShotUploadDevice::atEnd() const
{
    const QMutexLocker lock(&m_mutex);
    return m_sealed || m_offset >= m_body.size();
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const QMutexLocker lock(&m_mutex);
    if (m_sealed) {
        return -1;
    }
    const qint64 count = std::min(maxSize, m_body.size() - m_offset);
    if (count <= 0) {
        return m_offset >= m_body.size() ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

} // namespace RefundDesk
