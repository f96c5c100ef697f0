// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace csc {

Theme::Mode Theme::s_current = Theme::Mode::System;
QString Theme::s_systemStyle;

void Theme::apply(Mode mode)
{
    if (s_systemStyle.isEmpty() && QApplication::style())
        s_systemStyle = QApplication::style()->name();
    s_current = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(
            QStyleFactory::create(s_systemStyle.isEmpty() ? QStringLiteral("Fusion") : s_systemStyle));
        // A palette without resolved roles falls back to the platform's (and the style's) colours.
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QToolTip::setPalette(QApplication::palette());
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf2);
    const QColor text(0x1d, 0x22, 0x2b);
    const QColor disabledText(0x9a, 0xa0, 0xa8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x87, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xd0, 0x30, 0x30));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa5, 0xad));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x64, 0x6a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xc6));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3f, 0xb5));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xbd, 0xc4));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7c, 0x80, 0x87);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return p;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromString(const QString &s)
{
    if (s == QLatin1String("light"))
        return Mode::Light;
    if (s == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return tr("&Light");
    case Mode::Dark:
        return tr("&Dark");
    case Mode::System:
        break;
    }
    return tr("&System");
}

} // namespace csc
