#pragma once

#include "domain/RefundStatus.h"
#include "domain/Sale.h"
#include "money/Money.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QString>

class QLabel;

namespace RefundDesk {

// How the screens write amounts, times, statuses and sales for people, in the store's locale,
// so every screen says the same thing the same way.
class DisplayFormat
{
public:
    static QString money(const Money &amount, const QLocale &locale);
    // In the computer's time zone: "12/03/2025 14:05".
    static QString dateTime(const QDateTime &utc, const QLocale &locale);
    static QString date(const QDateTime &utc, const QLocale &locale);
    // "Pockyt 297553638300708562 (POS-PK-1001)".
    static QString saleName(const Sale &sale);
    // A colour for a refund status that reads on the palette's window colour: green for
    // succeeded, amber for waiting, red for rejected, failed and needs review.
    static QColor statusColor(RefundStatus status, const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
    // Shows text in label: in the warning colour when it tells of a problem, in the colour of
    // the label's surroundings otherwise.
    static void showMessage(QLabel *label, const QString &text, bool problem);
};

} // namespace RefundDesk
