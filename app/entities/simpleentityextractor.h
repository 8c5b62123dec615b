// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

namespace Gloss {

/// A first, rule-based extractor: runs of capitalised words, typed by a few
/// keyword rules, titles split off as roles, and surname mentions merged into
/// an earlier full name. The trained tagger replaces it.
class SimpleEntityExtractor final
{
public:
    static QList<Entity> extract(const QString &text);
};

} // namespace Gloss
