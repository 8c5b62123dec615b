// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Gloss {

/// How the reader page looks, as the user set it in Settings (kept in
/// QSettings): theme, font, size, line width, and whether figures load
/// their pictures from the web.
struct Appearance {
    enum class Theme { System, Light, Sepia, Dark };

    Theme theme = Theme::System;
    QString fontFamily; // empty: the reader's default serif
    int fontSize = 18; // px
    int lineWidth = 38; // em
    bool loadImages = false; // off: reading makes no network request

    static Appearance load();
    void save() const;

    /// The theme the page should use: System follows the window palette.
    Theme effectiveTheme() const;
    static QString themeName(Theme theme); // "light", "sepia", "dark", "system"
    /// What the page script applies.
    QJsonObject toJson() const;
    friend bool operator==(const Appearance &, const Appearance &) = default;
};

} // namespace Gloss
