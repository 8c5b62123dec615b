// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"
#include "article/htmlcontentfinder.h"
#include "article/inlinetext.h"

#include <QUrl>

#include <gumbo.h>
#include <vector>

namespace Gloss {

class HtmlDom;

/// Turns the article HtmlContentFinder chose into blocks, and everything
/// else on the page into removed blocks with their reasons. Headings,
/// paragraphs, list items (with their nesting), block quotes, preformatted
/// text, figures (caption, credit, alt text, image) and data tables (cells
/// and header cells) become blocks; emphasis, strong text, code and links
/// (resolved to absolute URLs) become spans. Text the page hides, and boxes
/// the finder left out, are kept as removed blocks where they stood.
class HtmlBlockWriter final
{
public:
    HtmlBlockWriter(const HtmlDom &dom, const HtmlContentFinder &finder, const QUrl &baseUrl,
                    Article &article);

    void write();
    /// Blocks that came from elements marked as pull quotes.
    const QList<qsizetype> &pullQuoteBlocks() const { return m_pullQuotes; }
    /// The first image in the article, for when the page names no lead image.
    QString firstImage() const { return m_firstImage; }

private:
    void around(int node, int depth);
    void content(int node, int depth);
    bool structure(int node, int depth, GumboTag tag);
    void element(int node, int depth, GumboTag tag);
    void children(int node, int depth);
    void removed(int node, HtmlContentFinder::Cause cause);
    void flush();
    void addBlock(Block block);
    void figure(int node, int depth);
    void table(int node, int depth);
    bool isContainerFigure(int node) const;
    QString imageOf(int node) const;
    Block::Kind paragraphKind() const;

    const HtmlDom &m_dom;
    const HtmlContentFinder &m_finder;
    QUrl m_base;
    Article &m_article;
    InlineText m_inline;
    std::vector<quint8> m_mark; // 1: part of the article, 2: holds part of it, 4: ends an item
    QList<qsizetype> m_pullQuotes;
    std::vector<int> m_skip; // a figure's credits, read apart from its caption
    QString m_firstImage;
    int m_headingLevel = 0;
    int m_listDepth = 0;
    int m_quoteDepth = 0;
    int m_listItemDepth = 0; // list depth of the innermost open <li>, 0 outside one
    int m_preDepth = 0;
    int m_inlineOnly = 0; // inside a heading or a table cell: blocks do not break the text
    bool m_pullQuote = false;
    bool m_afterBreak = false;
};

} // namespace Gloss
