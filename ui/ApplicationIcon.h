#pragma once

#include <QIcon>
#include <QString>

namespace RefundDesk {

// The application's icon for every window, from the hicolor PNGs compiled in as resources
// (resources/icons), and the desktop entry id that ties the windows to the installed
// org.refunddesk.RefundDesk.desktop.
class ApplicationIcon
{
public:
    static QIcon icon();
    static QString desktopId();
    // Sets the icon on the running QApplication and its desktop file name.
    static void install();
};

} // namespace RefundDesk
