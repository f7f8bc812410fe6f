#include "LedgerTime.h"

namespace RefundDesk {

QString toLedgerTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromLedgerTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace RefundDesk
