// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Gloss::Bidi {

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, line by
/// line: each line takes its direction from its own first letter, whatever
/// the direction around it. "300 meters" stays "300 meters" in a
/// right-to-left interface and an Arabic name keeps its order in a
/// left-to-right one.
inline QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        if (!line.isEmpty())
            line = QChar(0x2068) + line + QChar(0x2069);
    return lines.join(u'\n');
}

} // namespace Gloss::Bidi
