// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

namespace Gloss {

/// Markdown for Obsidian and Zotero users: YAML front matter (title,
/// authors, date, url, tags), then each highlight as a "> " quote with a link
/// back to the passage (a #:~:text= fragment), its colour's meaning, note and
/// tags; notes on the article and on entities after.
class MarkdownExporter final
{
public:
    static QString toMarkdown(const Article &article, const QList<Annotation> &annotations,
                              const HighlightPalette &palette, const ExportOptions &options = {});
    /// A text fragment link (https://wicg.github.io/scroll-to-text-fragment/) to `quote` in `url`.
    static QString textFragmentUrl(const QString &url, const QString &quote);
};

} // namespace Gloss
