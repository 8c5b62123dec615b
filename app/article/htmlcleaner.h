// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QUrl>

namespace Gloss {

/// Cleans an HTML page into an Article on gumbo's HTML5 parser.
///
/// The bytes are decoded (HtmlCharset) and stripped of scripts, styles and
/// comments with their nesting bounded (HtmlPrescan), parsed into a flat
/// HtmlDom, and read for metadata (HtmlMetadata: JSON-LD, OpenGraph and meta
/// tags). HtmlContentFinder then finds the article the way Readability does
/// and HtmlBlockWriter writes its blocks, spans, figures and tables; every
/// piece of text left out is kept as a RemovedBlock with its reason. A last
/// pass takes out what only shows as a block: a heading repeating the title,
/// pull quotes that repeat the text, ad labels and "Read more" teasers.
class HtmlCleaner final
{
public:
    /// Nesting followed before tags are dropped (their text is kept).
    static constexpr int MaxDepth = 512;

    /// `pageUrl`, when known, resolves relative links and images.
    static Article clean(const QByteArray &html, const QUrl &pageUrl = {});
    /// The page's declared or detected character set, decoded to UTF-8.
    static QByteArray toUtf8(const QByteArray &html);
};

} // namespace Gloss
