// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Gloss {

QString Appearance::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Sepia:
        return u"sepia"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Appearance Appearance::load()
{
    QSettings s;
    Appearance a;
    const QString theme = s.value("reader/theme"_L1, u"system"_s).toString();
    for (Theme t : {Theme::System, Theme::Light, Theme::Sepia, Theme::Dark})
        if (themeName(t) == theme)
            a.theme = t;
    a.fontFamily = s.value("reader/fontFamily"_L1).toString();
    a.fontSize = qBound(10, s.value("reader/fontSize"_L1, 18).toInt(), 40);
    a.lineWidth = qBound(20, s.value("reader/lineWidth"_L1, 38).toInt(), 80);
    a.loadImages = s.value("reader/loadImages"_L1, false).toBool();
    return a;
}

void Appearance::save() const
{
    QSettings s;
    s.setValue("reader/theme"_L1, themeName(theme));
    s.setValue("reader/fontFamily"_L1, fontFamily);
    s.setValue("reader/fontSize"_L1, fontSize);
    s.setValue("reader/lineWidth"_L1, lineWidth);
    s.setValue("reader/loadImages"_L1, loadImages);
}

Appearance::Theme Appearance::effectiveTheme() const
{
    if (theme != Theme::System)
        return theme;
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? Theme::Dark : Theme::Light;
}

QJsonObject Appearance::toJson() const
{
    return QJsonObject {{"theme"_L1, themeName(effectiveTheme())},
                        {"fontFamily"_L1, fontFamily},
                        {"fontSize"_L1, fontSize},
                        {"lineWidth"_L1, lineWidth},
                        {"images"_L1, loadImages}};
}

} // namespace Gloss
