#pragma once

#include <QDateTime>
#include <QString>

namespace RefundDesk {

// The ledger stores times as ISO 8601 UTC text with milliseconds, "2024-03-01T09:30:00.000Z":
// fixed width, so text order is time order in SQLite and PostgreSQL alike, and people can
// read it in a SQL shell. An invalid QDateTime becomes an empty string and back.
QString toLedgerTime(const QDateTime &time);
QDateTime fromLedgerTime(const QString &text);

} // namespace RefundDesk
