// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QByteArray>

namespace Gloss {

/// Cleans an HTML page into an Article on gumbo's HTML5 parser: metadata from
/// <title>, <html lang|dir>, <link rel=canonical> and OpenGraph/article meta
/// tags; blocks from the page's <article>, <main> or <body>, leaving out
/// navigation, headers, footers, asides, forms and scripts (kept as removed
/// blocks with their reason).
class HtmlCleaner final
{
public:
    /// Maximum element nesting followed; deeper content is flattened.
    static constexpr int MaxDepth = 256;

    static Article clean(const QByteArray &html);
    /// The page's declared or detected character set, decoded to UTF-8.
    static QByteArray toUtf8(const QByteArray &html);
};

} // namespace Gloss
