// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/markdowntext.h"

#include <QFont>
#include <QList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gloss::MarkdownText {

namespace {

// Qt's GitHub dialect with raw HTML read as text.
void parse(QTextDocument &doc, const QString &markdown)
{
    // Headings are sized from the default font; without a GUI (gloss-cli)
    // it has no pixel size, and Qt would warn on every heading.
    QFont font = doc.defaultFont();
    font.setPixelSize(16);
    doc.setDefaultFont(font);
    doc.setMarkdown(markdown,
                    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                    QTextDocument::MarkdownNoHTML));
}

bool ordered(const QTextList *list)
{
    const QTextListFormat::Style s = list->format().style();
    return s == QTextListFormat::ListDecimal || s == QTextListFormat::ListLowerAlpha ||
        s == QTextListFormat::ListUpperAlpha || s == QTextListFormat::ListLowerRoman ||
        s == QTextListFormat::ListUpperRoman;
}

QString blockText(const QTextBlock &block)
{
    QString text = block.text();
    text.replace(QChar::LineSeparator, u'\n');
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

QString safeHref(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1 && scheme != "mailto"_L1))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString escaped(QString text)
{
    text = text.toHtmlEscaped();
    text.replace(QChar::LineSeparator, u"<br>"_s);
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

QString inlineHtml(const QTextBlock &block, bool code)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat f = fragment.charFormat();
        QString piece = escaped(fragment.text());
        if (piece.isEmpty())
            continue;
        if (!code && (f.fontFixedPitch() || f.fontFamilies().toStringList().contains(u"monospace"_s)))
            piece = u"<code>"_s + piece + u"</code>"_s;
        if (f.fontStrikeOut())
            piece = u"<s>"_s + piece + u"</s>"_s;
        if (f.fontItalic())
            piece = u"<em>"_s + piece + u"</em>"_s;
        if (f.fontWeight() >= QFont::Bold)
            piece = u"<strong>"_s + piece + u"</strong>"_s;
        if (f.isAnchor()) {
            if (const QString href = safeHref(f.anchorHref()); !href.isEmpty())
                piece = u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s + piece + u"</a>"_s;
        }
        html += piece;
    }
    return html;
}

// The open containers while blocks are written: block quotes, lists, code.
struct Writer {
    QString html;
    int quotes = 0;
    QList<const QTextList *> lists;
    bool inItem = false;
    bool inCode = false;

    void closeCode()
    {
        if (inCode)
            html += u"</code></pre>\n"_s;
        inCode = false;
    }
    void closeItem()
    {
        if (inItem)
            html += u"</li>\n"_s;
        inItem = false;
    }
    void popList()
    {
        closeItem();
        html += ordered(lists.takeLast()) ? u"</ol>\n"_s : u"</ul>\n"_s;
        inItem = !lists.isEmpty(); // back inside the parent's item
    }
    void setQuotes(int level)
    {
        if (level == quotes)
            return;
        closeCode();
        while (!lists.isEmpty())
            popList();
        for (; quotes < level; ++quotes)
            html += u"<blockquote>\n"_s;
        for (; quotes > level; --quotes)
            html += u"</blockquote>\n"_s;
    }
    void setList(const QTextList *list)
    {
        if (!list) {
            while (!lists.isEmpty())
                popList();
            return;
        }
        if (lists.contains(list)) {
            while (lists.last() != list)
                popList();
            closeItem();
            return;
        }
        while (!lists.isEmpty() && lists.last()->format().indent() >= list->format().indent())
            popList();
        html += ordered(list) ? u"<ol>\n"_s : u"<ul>\n"_s;
        inItem = false;
        lists.append(list);
    }
};

} // namespace

QString toPlainText(const QString &markdown)
{
    QTextDocument doc;
    parse(doc, markdown);
    QStringList lines;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QString text = blockText(b);
        if (const QTextList *list = b.textList())
            text = (ordered(list) ? list->itemText(b) : u"•"_s) + u' ' + text;
        lines << text;
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString toOneLine(const QString &markdown)
{
    return toPlainText(markdown).simplified();
}

QString toSafeHtml(const QString &markdown)
{
    QTextDocument doc;
    parse(doc, markdown);
    Writer w;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat f = b.blockFormat();
        w.setQuotes(f.intProperty(QTextFormat::BlockQuoteLevel));
        const bool code = f.hasProperty(QTextFormat::BlockCodeFence) || f.nonBreakableLines();
        if (!code)
            w.closeCode();
        w.setList(b.textList());
        if (code) {
            w.html += w.inCode ? u"\n"_s : u"<pre><code>"_s;
            w.inCode = true;
            w.html += escaped(blockText(b));
            continue;
        }
        const QString content = inlineHtml(b, false);
        if (b.textList()) {
            w.html += u"<li>"_s + content;
            w.inItem = true;
        } else if (const int level = f.headingLevel(); level > 0) {
            const QString tag = u"h%1"_s.arg(qBound(3, level + 2, 6)); // below the export's own headings
            w.html += u'<' + tag + u'>' + content + u"</"_s + tag + u">\n"_s;
        } else if (!content.isEmpty()) {
            w.html += u"<p>"_s + content + u"</p>\n"_s;
        }
        if (f.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            w.html += u"<hr>\n"_s;
    }
    w.closeCode();
    w.setList(nullptr);
    w.setQuotes(0);
    return w.html.trimmed();
}

} // namespace Gloss::MarkdownText
