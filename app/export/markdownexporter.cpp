// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownexporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::MarkdownExporter)
};

QString yamlString(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u' ');
    return u'"' + escaped + u'"';
}

// Text fragments need "-", "&" and "," encoded too.
QString fragmentPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, {}, "-&,"));
}

QString quoteLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << (line.isEmpty() ? u">"_s : u"> "_s + line);
    return lines.join(u'\n');
}

QString tagList(const QStringList &tags)
{
    QStringList out;
    for (QString t : tags)
        out << u'#' + t.replace(u' ', u'-');
    return out.join(u' ');
}
} // namespace

QString MarkdownExporter::textFragmentUrl(const QString &url, const QString &quote)
{
    if (url.isEmpty())
        return {};
    const QStringList words = quote.simplified().split(u' ', Qt::SkipEmptyParts);
    QString directive;
    if (words.size() <= 8)
        directive = fragmentPart(words.join(u' '));
    else
        directive = fragmentPart(words.mid(0, 4).join(u' ')) + u',' +
            fragmentPart(words.mid(words.size() - 4).join(u' '));
    const QString base = url.section(u'#', 0, 0);
    return base + u"#:~:text="_s + directive;
}

QString MarkdownExporter::toMarkdown(const Article &article, const QList<Annotation> &annotations,
                                     const HighlightPalette &palette, const ExportOptions &options)
{
    const QList<Annotation> selected = options.select(annotations);
    QStringList allTags;
    for (const Annotation &a : selected)
        for (const QString &t : a.tags)
            if (!allTags.contains(t))
                allTags << t;

    QString md = u"---\n"_s;
    md += u"title: "_s + yamlString(article.title) + u'\n';
    QStringList authors;
    for (const QString &a : article.authors)
        authors << yamlString(a);
    md += u"authors: ["_s + authors.join(u", "_s) + u"]\n"_s;
    if (!article.published.isEmpty())
        md += u"date: "_s + article.published + u'\n';
    if (!article.url.isEmpty())
        md += u"url: "_s + article.url + u'\n';
    if (!article.site.isEmpty())
        md += u"site: "_s + yamlString(article.site) + u'\n';
    QStringList tagItems;
    for (const QString &t : allTags)
        tagItems << yamlString(t);
    md += u"tags: ["_s + tagItems.join(u", "_s) + u"]\n"_s;
    if (const QDateTime last = lastAnnotated(selected); last.isValid())
        md += u"annotated: "_s + last.toUTC().toString(Qt::ISODate) + u'\n';
    md += u"---\n\n# "_s + article.title + u"\n\n"_s;

    for (const Annotation &a : selected) {
        if (!a.isPassage())
            continue;
        md += quoteLines(a.exact) + u"\n\n"_s;
        QStringList meta;
        meta << u"**"_s + palette.meaning(a.color) + u"**"_s;
        if (const QString link = textFragmentUrl(article.url, a.exact); !link.isEmpty())
            meta << u"[%1](%2)"_s.arg(Tr::tr("in the article"), link);
        md += meta.join(u" · "_s) + u"\n\n"_s;
        if (!a.note.isEmpty())
            md += a.note + u"\n\n"_s;
        if (!a.tags.isEmpty())
            md += tagList(a.tags) + u"\n\n"_s;
        md += u"---\n\n"_s;
    }
    bool heading = false;
    for (const Annotation &a : selected) {
        if (a.isPassage() || a.note.isEmpty())
            continue;
        if (!heading) {
            md += u"## "_s + Tr::tr("Notes") + u"\n\n"_s;
            heading = true;
        }
        if (!a.entity.isEmpty())
            md += u"### "_s + a.entity + u"\n\n"_s;
        md += a.note + u"\n\n"_s;
        if (!a.tags.isEmpty())
            md += tagList(a.tags) + u"\n\n"_s;
    }
    return md;
}

} // namespace Gloss
