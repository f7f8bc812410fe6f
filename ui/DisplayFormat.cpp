#include "DisplayFormat.h"

#include "domain/GatewayId.h"

#include <QGuiApplication>
#include <QLabel>

namespace RefundDesk {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QString DisplayFormat::money(const Money &amount, const QLocale &locale)
{
    return amount.toDisplayString(locale);
}

QString DisplayFormat::dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::date(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayFormat::saleName(const Sale &sale)
{
    QString name = gatewayDisplayName(sale.gateway) + u' ' + sale.transactionId;
    if (!sale.reference.isEmpty() && sale.reference != sale.transactionId)
        name += QStringLiteral(" (%1)").arg(sale.reference);
    return name;
}

QColor DisplayFormat::statusColor(RefundStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case RefundStatus::Succeeded:
        return dark ? QColor(0x6e, 0xe7, 0x9a) : QColor(0x15, 0x80, 0x3d);
    case RefundStatus::Draft:
    case RefundStatus::Submitting:
    case RefundStatus::Pending:
        return dark ? QColor(0xfc, 0xd3, 0x4d) : QColor(0x92, 0x40, 0x0e);
    case RefundStatus::NeedsReview:
    case RefundStatus::Rejected:
    case RefundStatus::Failed:
        return dark ? QColor(0xfc, 0xa5, 0xa5) : QColor(0xb9, 0x1c, 0x1c);
    }
    return palette.color(QPalette::WindowText);
}

QColor DisplayFormat::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xfc, 0xa5, 0xa5) : QColor(0xb9, 0x1c, 0x1c);
}

void DisplayFormat::showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    // The surroundings' palette, not the label's own, which may still hold the last warning.
    const QPalette around = label->parentWidget() ? label->parentWidget()->palette() : QGuiApplication::palette();
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problem ? warningColor(around) : around.color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace RefundDesk
