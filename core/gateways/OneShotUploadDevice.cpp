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
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::size() const
{
    return m_body.size();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_offset >= m_body.size();
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - m_offset);
    if (count <= 0) {
        return m_offset >= m_body.size() ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

} // namespace RefundDesk
