// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Gloss {

/// One paragraph of a comparison between two versions of an article.
struct ParagraphChange {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const ParagraphChange &, const ParagraphChange &) = default;
};

/// What changed between two versions, paragraph by paragraph (longest common
/// subsequence; a changed paragraph shows as removed then added).
QList<ParagraphChange> diffParagraphs(const QStringList &before, const QStringList &after);

} // namespace Gloss
