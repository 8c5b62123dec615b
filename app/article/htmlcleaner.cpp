// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlcleaner.h"

#include "text/language.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

// Page chrome left out of the article, with the reason shown to the user.
QString chromeReason(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_NAV:
        return u"navigation"_s;
    case GUMBO_TAG_HEADER:
        return u"page-header"_s;
    case GUMBO_TAG_FOOTER:
        return u"page-footer"_s;
    case GUMBO_TAG_ASIDE:
        return u"aside"_s;
    case GUMBO_TAG_FORM:
        return u"form"_s;
    default:
        return {};
    }
}

bool isBlockContainer(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI:
    case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
        return true;
    default:
        return false;
    }
}

void appendText(const GumboNode *node, QString &out, int depth)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isSkipped(tagOf(node)) || depth > HtmlCleaner::MaxDepth)
        return;
    if (tagOf(node) == GUMBO_TAG_BR) {
        out += u' ';
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        appendText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
}

QString textOf(const GumboNode *node)
{
    QString out;
    appendText(node, out, 0);
    return out.simplified();
}

bool hasBlockChild(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (isBlockContainer(tagOf(static_cast<const GumboNode *>(children.data[i]))))
            return true;
    return false;
}

const GumboNode *findFirst(const GumboNode *node, GumboTag tag, int depth = 0)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > HtmlCleaner::MaxDepth)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (auto found = findFirst(static_cast<const GumboNode *>(children.data[i]), tag, depth + 1))
            return found;
    return nullptr;
}

struct Meta {
    QString title, ogTitle, siteName, author, published, modified, canonical, lang, dir;
};

void collectMeta(const GumboNode *node, Meta &meta, int depth = 0)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > HtmlCleaner::MaxDepth)
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_TITLE && meta.title.isEmpty()) {
        meta.title = textOf(node);
    } else if (tag == GUMBO_TAG_META) {
        const QString key = (attribute(node, "property") + attribute(node, "name")).toLower();
        const QString content = attribute(node, "content");
        auto set = [&](QString &field) {
            if (field.isEmpty())
                field = content;
        };
        if (key == "og:title"_L1)
            set(meta.ogTitle);
        else if (key == "og:site_name"_L1)
            set(meta.siteName);
        else if (key == "author"_L1 || key == "article:author"_L1)
            set(meta.author);
        else if (key == "article:published_time"_L1 || key == "date"_L1)
            set(meta.published);
        else if (key == "article:modified_time"_L1)
            set(meta.modified);
        else if (key == "og:url"_L1)
            set(meta.canonical);
    } else if (tag == GUMBO_TAG_LINK && attribute(node, "rel").toLower() == "canonical"_L1) {
        meta.canonical = attribute(node, "href");
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectMeta(static_cast<const GumboNode *>(children.data[i]), meta, depth + 1);
}

class BlockCollector
{
public:
    Article &article;

    void visit(const GumboNode *node, int depth)
    {
        if (node->type != GUMBO_NODE_ELEMENT || isSkipped(tagOf(node)))
            return;
        const GumboTag tag = node->v.element.tag;
        if (const QString reason = chromeReason(tag); !reason.isEmpty()) {
            if (const QString text = textOf(node); !text.isEmpty())
                article.removed.append({text, reason, article.blocks.size()});
            return;
        }
        switch (tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            add(Block::Kind::Heading, textOf(node), int(tag - GUMBO_TAG_H1) + 1);
            return;
        case GUMBO_TAG_P:
            add(Block::Kind::Paragraph, textOf(node));
            return;
        case GUMBO_TAG_BLOCKQUOTE:
            if (!hasBlockChild(node)) {
                add(Block::Kind::Quote, textOf(node));
                return;
            }
            break;
        case GUMBO_TAG_LI:
            if (!hasBlockChild(node)) {
                add(Block::Kind::ListItem, textOf(node));
                return;
            }
            break;
        case GUMBO_TAG_PRE:
            add(Block::Kind::Preformatted, textOf(node));
            return;
        case GUMBO_TAG_FIGURE: {
            Block b;
            b.kind = Block::Kind::Figure;
            if (auto caption = findFirst(node, GUMBO_TAG_FIGCAPTION))
                b.text = textOf(caption);
            if (auto img = findFirst(node, GUMBO_TAG_IMG)) {
                b.alt = attribute(img, "alt");
                b.imageUrl = attribute(img, "src");
            }
            if (b.text.isEmpty())
                b.text = b.alt;
            if (!b.text.isEmpty())
                article.blocks.append(b);
            return;
        }
        default:
            break;
        }
        if (depth >= HtmlCleaner::MaxDepth) {
            add(Block::Kind::Paragraph, textOf(node));
            return;
        }
        // A container with loose text and no block children reads as a paragraph.
        if (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_TD) {
            if (!hasBlockChild(node)) {
                add(Block::Kind::Paragraph, textOf(node));
                return;
            }
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            visit(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }

    // Walks from `node` down to the content root: what lies beside it is
    // kept as removed text, the content root itself becomes the article.
    void visitAround(const GumboNode *node, const GumboNode *content, int depth)
    {
        if (!node || node == content || depth > HtmlCleaner::MaxDepth) {
            visit(content, 0);
            return;
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT) {
                if (const QString text = textOf(child); !text.isEmpty())
                    article.removed.append({text, u"outside-article"_s, article.blocks.size()});
                continue;
            }
            if (isSkipped(tagOf(child)))
                continue;
            if (contains(child, content)) {
                visitAround(child, content, depth + 1);
                continue;
            }
            if (const QString text = textOf(child); !text.isEmpty()) {
                const QString reason = chromeReason(tagOf(child));
                article.removed.append({text, reason.isEmpty() ? u"outside-article"_s : reason,
                                        article.blocks.size()});
            }
        }
    }

private:
    static bool contains(const GumboNode *ancestor, const GumboNode *node)
    {
        for (const GumboNode *n = node; n; n = n->parent)
            if (n == ancestor)
                return true;
        return false;
    }

    void add(Block::Kind kind, const QString &text, int level = 0)
    {
        if (text.isEmpty())
            return;
        Block b;
        b.kind = kind;
        b.text = text;
        b.level = level;
        article.blocks.append(b);
    }
};

QString isoDate(const QString &value)
{
    QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(value, Qt::RFC2822Date);
    if (!dt.isValid())
        return {};
    if (value.size() <= 10)
        return dt.date().toString(Qt::ISODate);
    return dt.toString(Qt::ISODate);
}
} // namespace

QByteArray HtmlCleaner::toUtf8(const QByteArray &html)
{
    if (auto encoding = QStringConverter::encodingForData(html))
        return QString(QStringDecoder(*encoding).decode(html)).toUtf8();
    static const QRegularExpression charset(
        u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(html.left(4096));
    if (const auto m = charset.match(head); m.hasMatch()) {
        const QByteArray name = m.captured(1).toLatin1().toLower();
        if (name != "utf-8" && name != "utf8") {
            QStringDecoder decoder(name.constData());
            if (decoder.isValid())
                return QString(decoder.decode(html)).toUtf8();
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(html);
    if (!utf8.hasError())
        return html;
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return QString(windows1252.decode(html)).toUtf8();
    return QString::fromLatin1(html).toUtf8();
}

Article HtmlCleaner::clean(const QByteArray &html)
{
    const QByteArray utf8 = toUtf8(html);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 1000;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));

    Article article;
    article.sourceKind = u"html"_s;
    Meta meta;
    collectMeta(output->root, meta);
    meta.lang = attribute(output->root, "lang");
    meta.dir = attribute(output->root, "dir").toLower();

    const GumboNode *content = findFirst(output->root, GUMBO_TAG_ARTICLE);
    if (!content)
        content = findFirst(output->root, GUMBO_TAG_MAIN);
    if (!content)
        content = findFirst(output->root, GUMBO_TAG_BODY);
    if (content) {
        BlockCollector collector{article};
        collector.visitAround(findFirst(output->root, GUMBO_TAG_BODY), content, 0);
    }
    gumbo_destroy_output(&options, output);

    article.title = !meta.ogTitle.isEmpty() ? meta.ogTitle : meta.title;
    // The first heading usually repeats the title; keep it once, in the header.
    if (!article.blocks.isEmpty() && article.blocks.first().kind == Block::Kind::Heading &&
        article.blocks.first().level == 1) {
        const QString h1 = article.blocks.first().text;
        if (article.title.isEmpty() || article.title.contains(h1))
            article.title = h1;
        if (article.title == h1) {
            article.blocks.removeFirst();
            for (RemovedBlock &r : article.removed)
                r.beforeBlock = qMax<qsizetype>(0, r.beforeBlock - 1);
        }
    }
    if (!meta.author.isEmpty())
        article.authors = meta.author.split(QRegularExpression(u"\\s*(?:,|\\band\\b)\\s*"_s),
                                            Qt::SkipEmptyParts);
    article.byline = meta.author;
    article.published = isoDate(meta.published);
    article.modified = isoDate(meta.modified);
    article.site = meta.siteName;
    article.url = meta.canonical;
    article.rebuildText();
    article.lang = meta.lang.isEmpty() ? Language::detect(article.text) : meta.lang;
    if (meta.dir == "rtl"_L1 || meta.dir == "ltr"_L1)
        article.dir = meta.dir;
    else
        article.dir = article.lang.isEmpty() ? Language::directionOfText(article.text)
                                             : Language::direction(article.lang);
    return article;
}

} // namespace Gloss
