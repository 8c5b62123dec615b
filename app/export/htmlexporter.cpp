// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlexporter.h"

#include "entities/datedisplay.h"
#include "text/markdowntext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMap>

#include <set>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::HtmlExporter)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString styleSheet(const HighlightPalette &palette, const ExportOptions &options)
{
    QString css = uR"(
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11.5pt; line-height: 1.55;
       color: #1d1d1f; background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
header h1 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 22pt; line-height: 1.2; margin: 0 0 .3em; }
header .meta { color: #555; font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt;
               border-bottom: 1px solid #ccc; padding-bottom: .8em; margin-bottom: 1.4em; }
header .meta div { margin: .1em 0; }
h2, h3 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; page-break-after: avoid; }
p, li, blockquote, figure { orphans: 3; widows: 3; }
blockquote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #ccc; font-style: italic; }
figure { margin: 1.2em 0; page-break-inside: avoid; }
figure .image { background: #eee; color: #666; font-size: 9pt; padding: 1em; text-align: center;
                font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
figcaption { color: #555; font-size: 9.5pt; margin-top: .3em; }
figcaption .credit { display: block; font-size: 8.5pt; }
mark { color: inherit; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 1.5px;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
sup.note-ref { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #1a5fb4; font-weight: bold; }
section.notes, section.entities { page-break-before: always; }
section.notes ol { padding-left: 1.6em; }
section.notes li { margin-bottom: 1em; page-break-inside: avoid; }
section.notes .quote { font-style: italic; color: #333; }
section.notes .meta { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #555; }
section.notes .note { margin-top: .2em; }
section.notes .note p, section.notes .note ul, section.notes .note ol, section.notes .note pre { margin: .2em 0; }
section.notes .note blockquote { font-style: normal; }
section.notes .note pre { white-space: pre-wrap; }
section.entities td { padding: .1em .8em .1em 0; vertical-align: top; }
)"_s;
    static const QStringList styles {u"solid"_s, u"double"_s, u"dashed"_s, u"dotted"_s, u"wavy"_s};
    int i = 0;
    for (const auto &e : palette.entries())
        css += u"mark.%1 { background: %2; text-decoration-style: %3; }\n"_s.arg(
            HighlightPalette::styleClass(e.key), e.color.name(), styles.value(i++ % 5));
    css += u"@page { size: %1; margin: 2cm 2cm 2.2cm; }\n"_s.arg(
        options.paper == QPageSize::Letter ? u"letter"_s : u"A4"_s);
    return css;
}

// The block's text with highlight marks and note markers.
QString renderText(const Block &block, const QList<Annotation> &selected,
                   const QMap<QString, int> &noteNumbers)
{
    const qsizetype blockEnd = block.start + block.text.size();
    std::set<qsizetype> cuts {block.start, blockEnd};
    QList<const Annotation *> here;
    for (const Annotation &a : selected) {
        if (!a.isPassage() || a.end <= block.start || a.start >= blockEnd)
            continue;
        here << &a;
        cuts.insert(qMax(a.start, block.start));
        cuts.insert(qMin(a.end, blockEnd));
    }
    QString out;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const qsizetype from = *it, to = *std::next(it);
        const QString text = esc(block.text.mid(from - block.start, to - from));
        const Annotation *top = nullptr;
        for (const Annotation *a : std::as_const(here))
            if (a->start <= from && a->end >= to && (!top || a->start >= top->start))
                top = a;
        if (top)
            out += u"<mark class=\"%1\">%2</mark>"_s.arg(HighlightPalette::styleClass(top->color), text);
        else
            out += text;
        // A note marker where a noted highlight ends.
        for (const Annotation *a : std::as_const(here))
            if (a->end == to && noteNumbers.contains(a->id))
                out += u"<sup class=\"note-ref\">[%1]</sup>"_s.arg(noteNumbers.value(a->id));
    }
    return out;
}
// The dates the article names, as people read them; the ISO value is kept
// in each <time>'s datetime.
QString dateIndex(const QList<Entity> &entities)
{
    QString rows;
    for (const Entity &e : entities) {
        if (e.type != Entity::Type::Date || e.value.isEmpty())
            continue;
        rows +=
            u"<tr><td dir=\"auto\"><time datetime=\"%1\">%2</time></td><td dir=\"auto\">%3</td><td>%4</td></tr>\n"_s
                .arg(esc(e.value), esc(DateDisplay::text(e.value)), esc(e.aliases.join(u", "_s)),
                     QString::number(e.mentions.size()));
    }
    if (rows.isEmpty())
        return {};
    return u"<h2>"_s + esc(Tr::tr("Dates")) + u"</h2>\n<table class=\"dates\">\n"_s + rows + u"</table>\n"_s;
}
// The title, authors, date, site, address and when the annotations were made.
QString headerHtml(const Article &article, const QList<Annotation> &selected)
{
    QString html;
    html += u"<header>\n<h1>"_s + esc(article.title) + u"</h1>\n<div class=\"meta\">\n"_s;
    if (!article.authors.isEmpty())
        html += u"<div class=\"authors\">"_s + esc(article.authors.join(u", "_s)) + u"</div>\n"_s;
    QStringList line;
    if (!article.published.isEmpty())
        line << esc(article.published.left(10));
    if (!article.site.isEmpty())
        line << esc(article.site);
    if (!line.isEmpty())
        html += u"<div>"_s + line.join(u" · "_s) + u"</div>\n"_s;
    if (!article.url.isEmpty())
        html += u"<div class=\"source\">"_s + esc(article.url) + u"</div>\n"_s;
    if (const QDateTime last = lastAnnotated(selected); last.isValid())
        html += u"<div class=\"annotated\">"_s +
            esc(Tr::tr("Annotated %1").arg(QLocale().toString(last.toUTC().date(), QLocale::LongFormat))) +
            u"</div>\n"_s;
    html += u"</div>\n</header>\n<main>\n"_s;

    return html;
}

// The article's blocks, with highlight marks and note markers.
QString bodyHtml(const Article &article, const QList<Annotation> &selected,
                 const QMap<QString, int> &noteNumbers)
{
    QString html;
    bool inList = false;
    for (const Block &b : article.blocks) {
        const bool listItem = b.kind == Block::Kind::ListItem;
        if (listItem && !inList)
            html += u"<ul>\n"_s;
        if (!listItem && inList)
            html += u"</ul>\n"_s;
        inList = listItem;
        const QString text = renderText(b, selected, noteNumbers);
        switch (b.kind) {
        case Block::Kind::Heading: {
            const int level = qBound(2, b.level, 6);
            html += u"<h%1>%2</h%1>\n"_s.arg(level).arg(text);
            break;
        }
        case Block::Kind::Quote:
            html += u"<blockquote>"_s + text + u"</blockquote>\n"_s;
            break;
        case Block::Kind::ListItem:
            html += u"<li>"_s + text + u"</li>\n"_s;
            break;
        case Block::Kind::Preformatted:
            html += u"<pre>"_s + text + u"</pre>\n"_s;
            break;
        case Block::Kind::Figure:
            html += u"<figure>"_s;
            if (!b.alt.isEmpty())
                html += u"<div class=\"image\">"_s + esc(b.alt) + u"</div>"_s;
            html += u"<figcaption>"_s + text;
            if (!b.credit.isEmpty())
                html += u"<span class=\"credit\">"_s + esc(b.credit) + u"</span>"_s;
            html += u"</figcaption></figure>\n"_s;
            break;
        default:
            html += u"<p>"_s + text + u"</p>\n"_s;
        }
    }
    if (inList)
        html += u"</ul>\n"_s;
    html += u"</main>\n"_s;

    return html;
}

// The numbered notes: quote, colour meaning, tags, the note rendered from Markdown.
QString notesHtml(const QList<std::pair<int, const Annotation *>> &numbered, const HighlightPalette &palette)
{
    QString html;
    {
        html += u"<section class=\"notes\">\n<h2>"_s + esc(Tr::tr("Notes")) + u"</h2>\n<ol>\n"_s;
        for (const auto &[n, a] : numbered) {
            html += u"<li value=\"%1\" id=\"note-%1\">"_s.arg(n);
            if (a->isPassage())
                html += u"<div class=\"quote\" dir=\"auto\">“"_s + esc(a->exact) + u"”</div>"_s;
            else if (!a->entity.isEmpty())
                html += u"<div class=\"quote\" dir=\"auto\">"_s + esc(Tr::tr("On %1").arg(a->entity)) +
                    u"</div>"_s;
            else
                html += u"<div class=\"quote\" dir=\"auto\">"_s + esc(Tr::tr("On the whole article")) +
                    u"</div>"_s;
            QStringList meta;
            if (a->isPassage())
                meta << esc(palette.meaning(a->color));
            for (const QString &t : a->tags)
                meta << u'#' + esc(t);
            if (!meta.isEmpty())
                html += u"<div class=\"meta\">"_s + meta.join(u" · "_s) + u"</div>"_s;
            // Notes are Markdown: rendered, and nothing of the note's own markup passes.
            html += u"<div class=\"note\" dir=\"auto\">"_s + MarkdownText::toSafeHtml(a->note) +
                u"</div></li>\n"_s;
        }
        html += u"</ol>\n</section>\n"_s;
    }

    return html;
}

// People, organisations and places, dates, and the quotes by speaker.
QString entityIndexHtml(const QList<Entity> &entities)
{
    QString html;
    {
        html += u"<section class=\"entities\">\n<h2>"_s + esc(Tr::tr("People, organisations and places")) +
            u"</h2>\n<table>\n"_s;
        for (const Entity &e : entities) {
            if (e.type != Entity::Type::Person && e.type != Entity::Type::Organisation &&
                e.type != Entity::Type::Place)
                continue;
            html += u"<tr><td dir=\"auto\">%1</td><td dir=\"auto\">%2</td><td>%3</td></tr>\n"_s.arg(
                esc(e.name), esc(e.role), QString::number(e.mentions.size()));
        }
        html += u"</table>\n"_s;
        html += dateIndex(entities);
        // Who said what: the quotations grouped by speaker.
        QMap<QString, QStringList> bySpeaker;
        QStringList order;
        for (const Entity &e : entities) {
            if (e.type != Entity::Type::Quote)
                continue;
            const QString speaker = e.speaker.isEmpty() ? Tr::tr("Unattributed") : e.speaker;
            if (!bySpeaker.contains(speaker))
                order << speaker;
            bySpeaker[speaker] << e.name;
        }
        if (!order.isEmpty()) {
            html += u"<h2>"_s + esc(Tr::tr("Quotes by speaker")) + u"</h2>\n"_s;
            for (const QString &speaker : std::as_const(order)) {
                html += u"<h3 dir=\"auto\">"_s + esc(speaker) + u"</h3>\n"_s;
                for (const QString &quote : bySpeaker.value(speaker))
                    html += u"<blockquote dir=\"auto\">"_s + esc(quote) + u"</blockquote>\n"_s;
            }
        }
        html += u"</section>\n"_s;
    }
    return html;
}

} // namespace

QString HtmlExporter::toHtml(const Article &article, const QList<Annotation> &annotations,
                             const HighlightPalette &palette, const ExportOptions &options,
                             const QList<Entity> &entities)
{
    const QList<Annotation> selected = options.select(annotations);
    const auto numbered = numberNotes(selected);
    QMap<QString, int> noteNumbers;
    for (const auto &[n, a] : numbered)
        noteNumbers.insert(a->id, n);

    QString html =
        u"<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
            esc(article.lang.isEmpty() ? u"en"_s : article.lang),
            article.dir == "rtl"_L1 ? u"rtl"_s : u"ltr"_s);
    html +=
        u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"_s;
    html += u"<title>"_s + esc(article.title) + u"</title>\n<style>"_s + styleSheet(palette, options) +
        u"</style>\n</head>\n<body>\n"_s;

    html += headerHtml(article, selected);
    html += bodyHtml(article, selected, noteNumbers);
    if (options.notesSection && !numbered.isEmpty())
        html += notesHtml(numbered, palette);
    if (options.entityIndex && !entities.isEmpty())
        html += entityIndexHtml(entities);
    html += u"</body>\n</html>\n"_s;
    return html;
}

QString HtmlExporter::withoutHighlightColours(const QString &html)
{
    QString out = html;
    const qsizetype head = out.indexOf(u"</head>"_s);
    if (head >= 0)
        out.insert(head, u"<style>mark { background: none !important; }</style>\n"_s);
    return out;
}

} // namespace Gloss
