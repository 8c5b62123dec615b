// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/textdumpcleaner.h"

#include "article/datetext.h"
#include "article/metatext.h"
#include "article/removalreasons.h"
#include "text/language.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
using Chunk = QStringList; // consecutive non-blank lines

const QRegularExpression &navigationLine()
{
    static const QRegularExpression re(
        u"^(?:\\d{1,2}[.)]\\s*)?(?:skip|jump|go)\\s+to\\b|^(?:\\d{1,2}[.)]\\s*)?(?:zum inhalt|"
        "zur navigation|aller au contenu|main menu|menu|navigation|search|sign in|log in|"
        "subscribe|newsletter)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &listNumberArtefact()
{
    static const QRegularExpression re(u"^\\d{1,2}[.)]\\s+(.*)$"_s);
    return re;
}

const QRegularExpression &bareUrl()
{
    static const QRegularExpression re(u"^(?:https?://|www\\.)\\S+$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Image: dpa" on its own line, or glued to the end of a caption
// ("...of Palmyra.Image: picture alliance/AP Photo").
const QRegularExpression &creditLine()
{
    static const QRegularExpression re(
        u"^(.*?)(?:^|(?<=[.!?\"”’)\\]]))\\s*(?:Image|Images|Photo|Photos|Picture|Pictures|"
        "Bild|Foto|Credit|Copyright|©)\\s*:\\s*(\\S.{0,80})$"_s);
    return re;
}

// "ls, jar/msh (AFP, Reuters)": editors' initials and the agencies used.
const QRegularExpression &agencySignOff()
{
    static const QRegularExpression re(
        u"^([a-z]{1,4}(?:/[a-z]{1,4})*(?:\\s*,\\s*[a-z]{1,4}(?:/[a-z]{1,4})*)*)\\s*"
        "\\(([A-Za-z][A-Za-z .&-]{1,30}(?:\\s*,\\s*[A-Za-z][A-Za-z .&-]{1,30})*)\\)\\s*$"_s);
    return re;
}

bool endsSentence(const QString &line)
{
    static const QRegularExpression re(u"[.!?:;…\"”’'»)]\\s*$"_s);
    return re.match(line).hasMatch();
}

bool looksLikeHeading(const QString &line)
{
    if (line.size() > 100 || endsSentence(line) || line.endsWith(u','))
        return false;
    const qsizetype words = line.split(u' ', Qt::SkipEmptyParts).size();
    return words >= 1 && words <= 12 && line.front().isUpper();
}

QList<Chunk> splitChunks(const QString &dump)
{
    QList<Chunk> chunks;
    Chunk current;
    QString normalised = dump;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalised.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty()) {
            if (!current.isEmpty())
                chunks.append(std::exchange(current, {}));
            continue;
        }
        current.append(line);
    }
    if (!current.isEmpty())
        chunks.append(current);
    return chunks;
}

// Paragraph text from a chunk: lines that end a sentence end a paragraph,
// other line breaks are soft wraps.
QStringList paragraphsOf(const Chunk &chunk)
{
    static const QRegularExpression listMarker(u"^(?:[-*•·–]|\\d{1,3}[.)])\\s+\\S"_s);
    QStringList out;
    QString current;
    for (const QString &line : chunk) {
        // A list marker starts a new item, whatever the line before ended with.
        if (!current.isEmpty() && listMarker.match(line).hasMatch())
            out.append(std::exchange(current, {}));
        current = current.isEmpty() ? line : current + u' ' + line;
        if (endsSentence(line)) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

class Builder
{
public:
    Article article;

    void remove(const QString &text, const QString &reason)
    {
        article.removed.append({text, reason, article.blocks.size()});
    }
    void add(Block::Kind kind, const QString &text, int level = 0)
    {
        Block b;
        b.kind = kind;
        b.text = text;
        b.level = level;
        article.blocks.append(b);
    }
};

// A chunk whose last line carries an image credit is a figure: caption lines,
// optionally preceded by alt-text lines that do not read as sentences.
bool takeFigure(const Chunk &chunk, Builder &out)
{
    const auto m = creditLine().match(chunk.last());
    if (!m.hasMatch())
        return false;
    const QString gluedCaption = m.captured(1).trimmed();
    QStringList lines = chunk.mid(0, chunk.size() - 1);
    if (!gluedCaption.isEmpty())
        lines.append(gluedCaption);
    // A credit on its own needs something to be the credit of.
    if (lines.isEmpty())
        return false;
    Block b;
    b.kind = Block::Kind::Figure;
    b.credit = m.captured(2).trimmed();
    b.text = lines.takeLast();
    b.alt = lines.join(u' ');
    out.article.blocks.append(b);
    return true;
}
} // namespace

Article TextDumpCleaner::clean(const QString &dump)
{
    Builder out;
    out.article.sourceKind = u"text"_s;
    QList<Chunk> chunks = splitChunks(dump);

    // Navigation before the headline: skip links, menus and the list-number
    // artefacts a scraper leaves on them ("1. Skip to content").
    bool titleFound = false;
    qsizetype chunkIndex = 0;
    for (; chunkIndex < chunks.size() && !titleFound; ++chunkIndex) {
        Chunk &chunk = chunks[chunkIndex];
        Chunk rest;
        for (const QString &line : std::as_const(chunk)) {
            const bool listArtefact = listNumberArtefact().match(line).hasMatch() && line.size() <= 40;
            if (!titleFound && (navigationLine().match(line).hasMatch() || listArtefact)) {
                out.remove(line, RemovalReason::Navigation);
                continue;
            }
            if (!titleFound && !bareUrl().match(line).hasMatch()) {
                out.article.title = line;
                titleFound = true;
                continue;
            }
            rest.append(line);
        }
        chunk = rest;
        if (titleFound && !rest.isEmpty())
            break; // the rest of this chunk is body
    }
    if (titleFound && chunkIndex < chunks.size() && chunks[chunkIndex].isEmpty())
        ++chunkIndex;

    // Byline and date: the first line after the headline that holds a date.
    if (chunkIndex < chunks.size() && !chunks[chunkIndex].isEmpty()) {
        const QString line = chunks[chunkIndex].first();
        const DateInText date = findDate(line);
        if (date.isValid() && line.size() <= 160) {
            out.article.published = date.date.toString(Qt::ISODate);
            QString byline = line.left(date.position) + u' ' + line.mid(date.position + date.length);
            byline = byline.simplified();
            static const QRegularExpression edgePunct(u"^[\\s|·•,–—-]+|[\\s|·•,–—-]+$"_s);
            byline.remove(edgePunct);
            out.article.byline = byline;
            out.article.authors = MetaText::splitAuthors(byline);
            chunks[chunkIndex].removeFirst();
            if (chunks[chunkIndex].isEmpty())
                ++chunkIndex;
        }
    }

    for (; chunkIndex < chunks.size(); ++chunkIndex) {
        Chunk chunk;
        for (const QString &line : std::as_const(chunks[chunkIndex])) {
            if (bareUrl().match(line).hasMatch()) {
                if (out.article.url.isEmpty())
                    out.article.url = line.startsWith(u"www."_s) ? u"https://"_s + line : line;
                out.remove(line, RemovalReason::ShortLink);
                continue;
            }
            chunk.append(line);
        }
        if (chunk.isEmpty())
            continue;

        const bool last = chunkIndex == chunks.size() - 1;
        if (last && chunk.size() == 1) {
            if (const auto m = agencySignOff().match(chunk.first()); m.hasMatch()) {
                out.article.signOff = chunk.first();
                for (const QString &agency : m.captured(2).split(u',', Qt::SkipEmptyParts))
                    out.article.agencies.append(agency.trimmed());
                out.remove(chunk.first(), RemovalReason::AgencySignOff);
                continue;
            }
        }
        if (takeFigure(chunk, out))
            continue;
        if (chunk.size() == 1 && looksLikeHeading(chunk.first())) {
            out.add(Block::Kind::Heading, chunk.first(), 2);
            continue;
        }
        static const QRegularExpression listMarker(u"^(?:[-*•·–]|\\d{1,3}[.)])\\s+(\\S.*)$"_s);
        for (const QString &paragraph : paragraphsOf(chunk)) {
            if (const auto m = listMarker.match(paragraph); m.hasMatch())
                out.add(Block::Kind::ListItem, m.captured(1));
            else
                out.add(Block::Kind::Paragraph, paragraph);
        }
    }

    Article &article = out.article;
    article.rebuildText();
    if (!article.url.isEmpty())
        article.site = MetaText::siteOf(article.url);
    article.lang = Language::detect(article.text);
    article.dir =
        article.lang.isEmpty() ? Language::directionOfText(article.text) : Language::direction(article.lang);
    return article;
}

} // namespace Gloss
