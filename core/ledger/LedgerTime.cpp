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

// Writes value as count decimal digits, zero-padded, at out.
void putDigits(QChar *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString toLedgerTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // Three times in every refund change: QDateTime's general formatter was a noticeable
    // part of storing a webhook. Exactly what it writes for these years.
    const QTime clock = utc.time();
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, date.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    out[10] = u'T';
    putDigits(out + 11, clock.hour(), 2);
    out[13] = u':';
    putDigits(out + 14, clock.minute(), 2);
    out[16] = u':';
    putDigits(out + 17, clock.second(), 2);
    out[19] = u'.';
    putDigits(out + 20, clock.msec(), 3);
    out[23] = u'Z';
    return text;
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
