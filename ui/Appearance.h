#pragma once

#include <QPalette>
#include <QString>

namespace RefundDesk {

// Light and dark palettes (Qt 6.4 has no colour-scheme API): System keeps the palette the
// platform gave the application at start (a desktop in dark mode gives a dark one), Light and
// Dark replace it. The choice is a per-user preference kept in QSettings, not in the store's
// configuration.
class Appearance
{
public:
    enum class Mode { System, Light, Dark };

    // Call once after QApplication exists, before any apply().
    static void rememberSystemPalette();
    static void apply(Mode mode);
    static Mode saved();
    static void save(Mode mode);

    static QString modeKey(Mode mode); // "system", "light", "dark"
    static Mode modeFromKey(const QString &key); // System for anything else
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace RefundDesk
