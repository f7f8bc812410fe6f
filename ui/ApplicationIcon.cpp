#include "ApplicationIcon.h"

#include <QApplication>

namespace RefundDesk {

QIcon ApplicationIcon::icon()
{
    QIcon icon;
    // 512 is left out of the resources: no window decoration asks for more than 256.
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/%2.png").arg(size).arg(desktopId()), QSize(size, size));
    return icon;
}

QString ApplicationIcon::desktopId()
{
    return QStringLiteral("org.refunddesk.RefundDesk");
}

void ApplicationIcon::install()
{
    QApplication::setWindowIcon(icon());
    // Wayland compositors find the window's icon and name through the desktop entry.
    QGuiApplication::setDesktopFileName(desktopId());
}

} // namespace RefundDesk
