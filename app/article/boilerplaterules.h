// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QString>

/// Rules over the blocks of an article the HTML cleaner wrote, for what the
/// page keeps inside the article's own container: picture captions and
/// credits (made figure blocks, the credit metadata), datelines and byline
/// lines (made metadata), share rows, ad labels, shortcodes, "Read also:"
/// teasers, headings over other stories and the links under them, link
/// lists, widgets repeated between the items of a list, and the publisher's
/// trailing boilerplate (copyright, contact details, citation notes, the
/// "About the company" section of a press release, subscription prompts,
/// tag lists, comment policies). Every block taken out is kept as removed
/// text with its reason. The rules read the words of the languages
/// (CueWords) and the shape of the blocks, never the name of a site.
namespace Gloss::BoilerplateRules {

/// Metadata the rules read from the lines they took out.
struct Found {
    QString byline; // the names of a "By NAME - date" line
    QString published; // ISO date of a dateline
    QString modified; // ISO date of an "Updated …" line
};

/// Applies the rules to `article` (blocks and removed text); `pageUrl` is
/// the page's own address, which the page may print as a line.
Found apply(Article &article, const QString &pageUrl);

} // namespace Gloss::BoilerplateRules
