// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QList>

namespace Gloss {

/// How re-anchoring went after an article's text changed.
struct ReanchorReport {
    int exact = 0, moved = 0, fuzzy = 0, needsReview = 0;
};

/// Finds every passage of `annotations` again in `text` (the article's new
/// text). Exact, moved and fuzzy matches move the highlight (quote and context
/// refreshed); anything less certain sets needsReview and keeps the old quote,
/// so nothing is ever silently put on other words (docs/anchoring.md). Notes
/// on the article or an entity, and detached highlights, stay as they are.
ReanchorReport reanchor(QList<Annotation> &annotations, const QString &text);

} // namespace Gloss
