#include "Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace RefundDesk {

namespace {

const QLatin1String kSettingsKey("appearance/mode");

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

} // namespace

void Appearance::rememberSystemPalette()
{
    systemPalette() = QApplication::palette();
}

QString Appearance::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

Appearance::Mode Appearance::saved()
{
    return modeFromKey(QSettings().value(kSettingsKey).toString());
}

void Appearance::save(Mode mode)
{
    QSettings().setValue(kSettingsKey, modeKey(mode));
}

QPalette Appearance::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf9, 0xfa, 0xfb));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xeb));
    palette.setColor(QPalette::ToolTipText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::Button, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::ButtonText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::Mid, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Dark, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Shadow, QColor(0x37, 0x41, 0x51));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x9c, 0xa3, 0xaf));
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x2a));
    palette.setColor(QPalette::WindowText, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::Base, QColor(0x15, 0x18, 0x1d));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x2b, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x37, 0x41, 0x51));
    palette.setColor(QPalette::ToolTipText, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    palette.setColor(QPalette::ButtonText, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x93, 0xc5, 0xfd));
    palette.setColor(QPalette::Light, QColor(0x4b, 0x55, 0x63));
    palette.setColor(QPalette::Midlight, QColor(0x37, 0x41, 0x51));
    palette.setColor(QPalette::Mid, QColor(0x2d, 0x33, 0x3b));
    palette.setColor(QPalette::Dark, QColor(0x11, 0x13, 0x17));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x6b, 0x72, 0x80));
    return palette;
}

void Appearance::apply(Mode mode)
{
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(systemPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace RefundDesk
