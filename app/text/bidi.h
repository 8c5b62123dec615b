// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
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

/// A message with every file path and web address in it isolated, for the
/// status bar and message boxes: "Cannot write into /home/u/out.pdf" keeps
/// the path's order inside an Arabic sentence.
inline QString isolatePaths(const QString &message)
{
    static const QRegularExpression path(
        QStringLiteral(R"((?<![\w/])(?:[A-Za-z][A-Za-z0-9+.-]*://|/)[^\s“”"'«»]*[^\s“”"'«».,;:!?)])"));
    QString out;
    qsizetype last = 0;
    for (auto it = path.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += message.mid(last, m.capturedStart() - last) + QChar(0x2068) + m.captured() + QChar(0x2069);
        last = m.capturedEnd();
    }
    return out + message.mid(last);
}

} // namespace Gloss::Bidi
