#include "LedgerTime.h"

#include <QDate>
#include <QTime>

namespace RefundDesk {

namespace {

// The number written in text[from, from + count), or -1 when one of those is not a digit.
int number(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// What toLedgerTime() writes, "2024-03-01T09:30:00.000Z", read field by field; invalid for
// any other shape or an impossible date or time.
QDateTime fromFixedWidth(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return QDateTime();
    const int year = number(text, 0, 4);
    const int month = number(text, 5, 2);
    const int day = number(text, 8, 2);
    const int hour = number(text, 11, 2);
    const int minute = number(text, 14, 2);
    const int second = number(text, 17, 2);
    const int millisecond = number(text, 20, 3);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millisecond < 0)
        return QDateTime();
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

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
    // Every row holds two or more times: QDateTime's general ISO 8601 parser was a tenth of a
    // sale lookup (docs/benchmarks.md). It still reads what another shape (a row edited by
    // hand, 24:00, an offset) means.
    if (const QDateTime fixed = fromFixedWidth(text); fixed.isValid())
        return fixed;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace RefundDesk
