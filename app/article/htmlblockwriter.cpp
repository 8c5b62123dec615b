// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlblockwriter.h"

#include "article/htmldom.h"
#include "article/htmlhints.h"
#include "article/htmlmetadata.h"
#include "article/removalreasons.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
using Cause = HtmlContentFinder::Cause;
using Type = HtmlDom::Type;

// Deeper than this the tree is read as plain text (HtmlPrescan already
// bounds the nesting; this bounds the recursion whatever the input).
constexpr int MaxDepth = 1500;

enum Mark : quint8 { InArticle = 1, HoldsArticle = 2, EndsItem = 4 };

int headingLevel(GumboTag tag)
{
    return tag <= GUMBO_TAG_H2 ? 2 : int(tag - GUMBO_TAG_H1) + 1;
}

// "Caption text. Photo: Jane Doe/AP" -> the credit after the label.
const QRegularExpression &creditAtEnd()
{
    static const QRegularExpression re(
        u"(?:^|\\s|\\()(?:(?:photo(?:graph)?|image|picture|foto|bild|credit|illustration|"
        "source|quelle|crédit|fotos?)s?(?:\\s+credit)?\\s*:|©|\\(c\\))\\s*([^()]{1,120}?)\\)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

HtmlBlockWriter::HtmlBlockWriter(const HtmlDom &dom, const HtmlContentFinder &finder, const QUrl &baseUrl,
                                 Article &article)
    : m_dom(dom)
    , m_finder(finder)
    , m_base(baseUrl)
    , m_article(article)
{ }

void HtmlBlockWriter::write()
{
    m_mark.assign(size_t(m_dom.size()), 0);
    for (const HtmlContentFinder::Item &item : m_finder.items()) {
        for (int c = item.first;; c = m_dom[c].end) {
            m_mark[size_t(c)] |= InArticle;
            if (c == item.last)
                break;
        }
        m_mark[size_t(item.last)] |= EndsItem;
        for (int p = m_dom[item.first].parent; p >= 0; p = m_dom[p].parent)
            m_mark[size_t(p)] |= HoldsArticle;
    }
    const int root = m_dom.body() >= 0 ? m_dom.body() : m_dom.html();
    if (root >= 0)
        around(root, 0);
    flush();
}

void HtmlBlockWriter::around(int node, int depth)
{
    for (int c = node + 1; c < m_dom[node].end; c = m_dom[c].end) {
        const quint8 mark = m_mark[size_t(c)];
        if (mark & InArticle) {
            content(c, depth + 1);
            if (mark & EndsItem)
                flush();
        } else if (mark & HoldsArticle) {
            around(c, depth + 1);
        } else {
            const Cause cause = m_finder.cause(c);
            removed(c, cause != Cause::None ? cause : m_finder.causeFromHints(c, Cause::OutsideArticle));
        }
    }
}

void HtmlBlockWriter::removed(int node, Cause cause)
{
    const QString reason = HtmlContentFinder::reasonName(cause);
    if (reason.isEmpty())
        return;
    const QString text =
        m_dom[node].type == Type::Element ? m_dom.plainText(node) : m_dom.text(node).simplified();
    if (!text.isEmpty())
        m_article.removed.append({text, reason, m_article.blocks.size()});
}

Block::Kind HtmlBlockWriter::paragraphKind() const
{
    if (m_headingLevel > 0)
        return Block::Kind::Heading;
    if (m_preDepth > 0)
        return Block::Kind::Preformatted;
    if (m_listItemDepth > 0)
        return Block::Kind::ListItem;
    if (m_quoteDepth > 0)
        return Block::Kind::Quote;
    return Block::Kind::Paragraph;
}

void HtmlBlockWriter::addBlock(Block block)
{
    if (m_pullQuote)
        m_pullQuotes.append(m_article.blocks.size());
    m_article.blocks.append(std::move(block));
}

void HtmlBlockWriter::flush()
{
    m_afterBreak = false;
    if (m_inline.isEmpty()) {
        m_inline.take(nullptr);
        return;
    }
    Block b;
    b.kind = paragraphKind();
    b.text = m_inline.take(&b.spans);
    if (b.kind == Block::Kind::Heading)
        b.level = m_headingLevel;
    else if (b.kind == Block::Kind::ListItem)
        b.level = m_listItemDepth;
    addBlock(std::move(b));
}

void HtmlBlockWriter::children(int node, int depth)
{
    for (int c = node + 1; c < m_dom[node].end; c = m_dom[c].end)
        content(c, depth + 1);
}

void HtmlBlockWriter::content(int node, int depth)
{
    const HtmlDom::Node &n = m_dom[node];
    if (!m_skip.empty() && std::find(m_skip.begin(), m_skip.end(), node) != m_skip.end())
        return;
    if (const Cause cause = m_finder.cause(node); cause != Cause::None) {
        if (cause == Cause::Ignored || cause == Cause::Empty)
            return;
        if (n.type == Type::Element && HtmlDom::isBlock(n.tag) && !m_inlineOnly)
            flush();
        removed(node, cause);
        return;
    }
    if (n.type != Type::Element) {
        m_inline.append(m_dom.text(node));
        if (n.type == Type::Text)
            m_afterBreak = false;
        return;
    }
    if (depth > MaxDepth) {
        m_inline.append(m_dom.plainText(node));
        return;
    }
    const GumboTag tag = n.tag;
    if (tag == GUMBO_TAG_BR) {
        if (m_inlineOnly && !m_preDepth) {
            m_inline.space();
        } else if (m_afterBreak && !m_preDepth) {
            flush(); // two line breaks in a row end a paragraph
        } else {
            m_inline.lineBreak();
            m_afterBreak = true;
        }
        return;
    }
    m_afterBreak = false;
    if (HtmlDom::isIgnored(tag))
        return;
    const bool pullQuote = ((n.classHints | n.idHints) & HtmlHints::PullQuote) && !m_pullQuote;
    if (pullQuote) {
        flush();
        m_pullQuote = true;
    }
    if (!structure(node, depth, tag))
        element(node, depth, tag);
    if (pullQuote) {
        flush();
        m_pullQuote = false;
    }
}

// Headings, quotes, lists, preformatted text, figures, tables and displayed
// equations: the elements that shape blocks. False for any other element.
bool HtmlBlockWriter::structure(int node, int depth, GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        if (m_inlineOnly) {
            children(node, depth);
            m_inline.space();
            break;
        }
        flush();
        m_headingLevel = headingLevel(tag);
        ++m_inlineOnly;
        children(node, depth);
        flush();
        --m_inlineOnly;
        m_headingLevel = 0;
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        flush();
        ++m_quoteDepth;
        children(node, depth);
        flush();
        --m_quoteDepth;
        break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_MENU:
        flush();
        ++m_listDepth;
        children(node, depth);
        flush();
        --m_listDepth;
        break;
    case GUMBO_TAG_LI: {
        if (m_inlineOnly) {
            children(node, depth);
            m_inline.space();
            break;
        }
        flush();
        const int saved = m_listItemDepth;
        m_listItemDepth = qMax(1, m_listDepth);
        children(node, depth);
        flush();
        m_listItemDepth = saved;
        break;
    }
    case GUMBO_TAG_PRE:
        if (!m_inlineOnly)
            flush();
        ++m_preDepth;
        m_inline.setPreserveSpace(true);
        children(node, depth);
        if (!m_inlineOnly)
            flush();
        --m_preDepth;
        m_inline.setPreserveSpace(m_preDepth > 0);
        break;
    case GUMBO_TAG_FIGURE:
        if (m_inlineOnly)
            children(node, depth);
        else
            figure(node, depth);
        break;
    case GUMBO_TAG_TABLE:
        if (m_inlineOnly) {
            m_inline.space();
            children(node, depth);
            m_inline.space();
        } else if (m_finder.isDataTable(node)) {
            flush();
            table(node, depth);
        } else {
            flush();
            children(node, depth);
            flush();
        }
        break;
    case GUMBO_TAG_MATH:
        // A displayed equation stands on its own line; an inline one stays in the sentence.
        if (!m_inlineOnly && m_dom.attributeText(node, "display") == "block"_L1) {
            flush();
            children(node, depth);
            flush();
        } else {
            children(node, depth);
        }
        break;
    default:
        return false;
    }
    return true;
}

// Images, links, emphasis, code and every other element.
void HtmlBlockWriter::element(int node, int depth, GumboTag tag)
{
    const bool block = HtmlDom::isBlock(tag);
    switch (tag) {
    case GUMBO_TAG_IMG:
        if (m_firstImage.isEmpty())
            m_firstImage = imageOf(node);
        break;
    case GUMBO_TAG_A: {
        const QString href = m_dom.attributeText(node, "href");
        const bool link = !href.isEmpty() && !href.startsWith(u"javascript:"_s, Qt::CaseInsensitive);
        if (link)
            m_inline.openSpan(InlineSpan::Kind::Link, HtmlMetadata::resolve(m_base, href));
        children(node, depth);
        if (link)
            m_inline.closeSpan();
        break;
    }
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
        m_inline.openSpan(InlineSpan::Kind::Emphasis);
        children(node, depth);
        m_inline.closeSpan();
        break;
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
        m_inline.openSpan(InlineSpan::Kind::Strong);
        children(node, depth);
        m_inline.closeSpan();
        break;
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TT:
        if (m_preDepth) {
            children(node, depth);
            break;
        }
        m_inline.openSpan(InlineSpan::Kind::Code);
        children(node, depth);
        m_inline.closeSpan();
        break;
    default:
        if (!block) {
            children(node, depth);
        } else if (m_inlineOnly) {
            m_inline.space();
            children(node, depth);
            m_inline.space();
        } else {
            flush();
            children(node, depth);
            flush();
        }
        break;
    }
}

bool HtmlBlockWriter::isContainerFigure(int node) const
{
    for (int k = node + 1; k < m_dom[node].end; ++k) {
        if (m_dom[k].type != Type::Element)
            continue;
        switch (m_dom[k].tag) {
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_AUDIO:
            return false;
        default:
            break;
        }
    }
    return true;
}

QString HtmlBlockWriter::imageOf(int node) const
{
    for (int k = node; k < m_dom[node].end; ++k) {
        if (!m_dom.isElement(k, GUMBO_TAG_IMG) && !m_dom.isElement(k, GUMBO_TAG_SOURCE))
            continue;
        QString src = m_dom.attributeText(k, "src");
        if (src.isEmpty() || src.startsWith(u"data:"_s)) {
            for (const char *lazy : {"data-src", "data-original", "data-lazy-src", "data-url"}) {
                src = m_dom.attributeText(k, lazy);
                if (!src.isEmpty())
                    break;
            }
        }
        if (src.isEmpty()) {
            QString set = m_dom.attributeText(k, "srcset");
            if (set.isEmpty())
                set = m_dom.attributeText(k, "data-srcset");
            src = set.section(u',', 0, 0).trimmed().section(u' ', 0, 0);
        }
        if (!src.isEmpty() && !src.startsWith(u"data:"_s))
            return HtmlMetadata::resolve(m_base, src);
    }
    return {};
}

void HtmlBlockWriter::figure(int node, int depth)
{
    if (isContainerFigure(node)) {
        flush();
        children(node, depth);
        flush();
        return;
    }
    flush();
    int caption = -1;
    for (int k = node + 1; k < m_dom[node].end && caption < 0; ++k)
        if (m_dom.isElement(k, GUMBO_TAG_FIGCAPTION) && m_finder.cause(k) == Cause::None)
            caption = k;
    // Credits are metadata, inside the caption or beside it.
    Block b;
    b.kind = Block::Kind::Figure;
    for (int k = node + 1; k < m_dom[node].end;) {
        const HtmlDom::Node &n = m_dom[k];
        if (n.type == Type::Element && ((n.classHints | n.idHints) & HtmlHints::Credit) &&
            !(n.classHints & HtmlHints::Caption)) {
            if (b.credit.isEmpty()) // without the "Credit" label only screen readers get
                b.credit = m_dom.plainText(k, HtmlHints::ScreenReaderOnly).simplified();
            m_skip.push_back(k);
            k = n.end;
            continue;
        }
        if (m_dom.isElement(k, GUMBO_TAG_IMG) && b.alt.isEmpty())
            b.alt = m_dom.attributeText(k, "alt").simplified();
        ++k;
    }
    b.imageUrl = imageOf(node);
    if (caption >= 0) {
        // Text beside the caption (a figure around a whole paragraph) stays text.
        for (int c = node + 1; c < m_dom[node].end; c = m_dom[c].end)
            if (c > caption || m_dom[c].end <= caption)
                content(c, depth + 1);
        flush();
    }
    const int captionRoot = caption >= 0 ? caption : node;
    ++m_inlineOnly;
    children(captionRoot, depth);
    --m_inlineOnly;
    m_skip.clear();
    b.text = m_inline.take(&b.spans);
    if (b.credit.isEmpty()) {
        if (const auto m = creditAtEnd().match(b.text); m.hasMatch() && m.capturedStart() > 0) {
            b.credit = m.captured(1).trimmed();
            b.text = b.text.left(m.capturedStart()).trimmed();
            for (InlineSpan &s : b.spans)
                s.end = qMin(s.end, b.text.size());
            b.spans.removeIf([](const InlineSpan &s) { return s.end <= s.start; });
        }
    }
    if (b.text.isEmpty()) {
        // An image is not text; without a caption there is no block, but its credit is kept.
        if (m_firstImage.isEmpty())
            m_firstImage = b.imageUrl;
        if (!b.credit.isEmpty())
            m_article.removed.append({b.credit, RemovalReason::ImageCredit, m_article.blocks.size()});
        return;
    }
    addBlock(std::move(b));
}

void HtmlBlockWriter::table(int node, int depth)
{
    QList<QList<TableCell>> rows;
    QList<QList<QList<InlineSpan>>> rowSpans;
    ++m_inlineOnly;
    for (int k = node + 1; k < m_dom[node].end;) {
        const HtmlDom::Node &n = m_dom[k];
        if (m_finder.cause(k) != Cause::None || n.type != Type::Element ||
            (n.tag != GUMBO_TAG_TR && n.tag != GUMBO_TAG_CAPTION && n.tag != GUMBO_TAG_THEAD &&
             n.tag != GUMBO_TAG_TBODY && n.tag != GUMBO_TAG_TFOOT)) {
            k = n.type == Type::Element ? n.end : k + 1;
            continue;
        }
        if (n.tag == GUMBO_TAG_CAPTION) {
            // The caption reads as a paragraph before the table.
            --m_inlineOnly;
            children(k, depth + 1);
            flush();
            ++m_inlineOnly;
            k = n.end;
            continue;
        }
        if (n.tag != GUMBO_TAG_TR) {
            ++k; // into thead, tbody, tfoot
            continue;
        }
        QList<TableCell> cells;
        QList<QList<InlineSpan>> cellSpans;
        for (int c = k + 1; c < n.end; c = m_dom[c].end) {
            if (!m_dom.isElement(c, GUMBO_TAG_TD) && !m_dom.isElement(c, GUMBO_TAG_TH))
                continue;
            if (m_finder.cause(c) == Cause::None)
                children(c, depth + 2);
            TableCell cell;
            QList<InlineSpan> spans;
            cell.text = m_inline.take(&spans);
            // A cell's text never breaks the table's "\t" and "\n" structure.
            cell.text.replace(u'\t', u' ').replace(u'\n', u' ');
            cell.header = m_dom.isElement(c, GUMBO_TAG_TH);
            cell.colspan = qBound(1, m_dom.attributeText(c, "colspan").toInt(), 1000);
            cell.rowspan = qBound(1, m_dom.attributeText(c, "rowspan").toInt(), 1000);
            cells.append(cell);
            cellSpans.append(spans);
        }
        if (!cells.isEmpty()) {
            rows.append(cells);
            rowSpans.append(cellSpans);
        }
        k = n.end;
    }
    --m_inlineOnly;
    Block b;
    b.kind = Block::Kind::Table;
    b.rows = rows;
    b.text = Block::tableText(rows);
    if (b.text.trimmed().isEmpty())
        return;
    qsizetype offset = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            for (InlineSpan s : std::as_const(rowSpans[r][c])) {
                s.start += offset;
                s.end += offset;
                b.spans.append(s);
            }
            offset += rows[r][c].text.size() + 1; // the "\t" or "\n" after it
        }
    }
    addBlock(std::move(b));
}

} // namespace Gloss
