// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

namespace Gloss {

/// Turns a page scraped as plain text into an Article. It recognises what
/// such scrapes carry besides the story: skip-navigation and menu lines, the
/// headline, the byline and date line, short links, image captions with their
/// credits and alt-text lines, section headings and the agency sign-off.
/// Everything it does not keep as body text is either metadata or a
/// RemovedBlock with its reason.
class TextDumpCleaner final
{
public:
    static Article clean(const QString &dump);
};

} // namespace Gloss
