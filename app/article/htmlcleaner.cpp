// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlcleaner.h"

#include "article/articlebodymatch.h"
#include "article/boilerplaterules.h"
#include "article/htmlblockwriter.h"
#include "article/htmlcharset.h"
#include "article/htmlcontentfinder.h"
#include "article/htmldom.h"
#include "article/htmlmetadata.h"
#include "article/htmlprescan.h"
#include "article/metatext.h"
#include "article/removalreasons.h"
#include "text/language.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
constexpr qsizetype ExcerptLength = 300;

bool isAdLabel(const QString &text)
{
    static const QRegularExpression re(
        u"^(?:ad(?:vertising|vertisement)?|anzeige|pub(?:licité)?|publicidad|werbung|广告|реклама|"
        "anuncio|sponsored|(?:loading|正在加载|загрузка|chargement|cargando)(?:…|\\.\\.\\.)?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 20 && re.match(text).hasMatch();
}

// "Read more: <a>Another story</a>": a teaser for another page, mostly a link.
bool isReadMoreTeaser(const Block &b)
{
    static const QRegularExpression re(
        u"^(?:read more|read also|also read|see also|related|more on this|recommended|"
        "lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leer más|lee también|leia mais|"
        "leggi anche)\\b\\s*[:.»›>-]?"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (b.text.size() > 200 || !re.match(b.text).hasMatch())
        return false;
    qsizetype linked = 0;
    for (const InlineSpan &s : b.spans)
        if (s.kind == InlineSpan::Kind::Link)
            linked += s.end - s.start;
    return linked * 2 >= b.text.size() - 12;
}

QString normalised(const QString &text)
{
    return text.simplified().toLower();
}

// Takes out blocks that only show as blocks, keeping them as removed text at
// their place among the other removed blocks.
void tidy(Article &article, const QList<qsizetype> &pullQuoteBlocks)
{
    QString body; // the text of every block that is not a quote, to find repeats in
    for (const Block &b : std::as_const(article.blocks))
        if (b.kind != Block::Kind::Quote)
            body += normalised(b.text) + u'\n';

    QList<Block> kept;
    QList<RemovedBlock> removed;
    qsizetype r = 0;
    bool titleSeen = false;
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        while (r < article.removed.size() && article.removed[r].beforeBlock <= i) {
            removed.append(article.removed[r]);
            removed.last().beforeBlock = kept.size();
            ++r;
        }
        const Block &b = article.blocks[i];
        QString reason;
        if (!titleSeen && b.kind == Block::Kind::Heading && i < 3 &&
            HtmlMetadata::textSimilarity(article.title, b.text) > 0.75) {
            reason = RemovalReason::Title;
            titleSeen = true;
        } else if (b.kind != Block::Kind::Table && isAdLabel(b.text)) {
            reason = RemovalReason::Advertisement;
        } else if ((b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::ListItem) &&
                   isReadMoreTeaser(b)) {
            reason = RemovalReason::ReadMore;
        } else if ((b.kind == Block::Kind::Quote || pullQuoteBlocks.contains(i)) && b.text.size() >= 20 &&
                   body.count(normalised(b.text)) > (b.kind == Block::Kind::Quote ? 0 : 1)) {
            reason = RemovalReason::PullQuote; // it repeats the article's own words
        }
        if (reason.isEmpty())
            kept.append(b);
        else
            removed.append({b.text, reason, kept.size()});
    }
    for (; r < article.removed.size(); ++r) {
        removed.append(article.removed[r]);
        removed.last().beforeBlock = kept.size();
    }
    article.blocks = kept;
    article.removed = removed;
}

// Words of a text, lower-cased, for a quick overlap.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// How much of `line` (by characters of its words) the summary's words hold.
double overlap(const QSet<QString> &summaryWords, const QString &line)
{
    qsizetype in = 0, all = 0;
    for (const QString &w : wordsOf(line)) {
        all += w.size();
        if (summaryWords.contains(w))
            in += w.size();
    }
    return all > 0 ? double(in) / double(all) : 0;
}

// The page's own summary (its description) found in removed text: the lead
// paragraph, which pages set in the header or beside the article's box.
void restoreLead(Article &article, const QString &description)
{
    QString summary = description.simplified();
    while (summary.endsWith(u'…') || summary.endsWith(u"..."_s))
        summary.chop(summary.endsWith(u'…') ? 1 : 3);
    if (summary.size() < 60)
        return;
    const QString probe = normalised(summary.left(60));
    if (normalised(article.text).contains(probe))
        return;
    const QString inSummary = normalised(summary);
    const QStringList summaryWordList = wordsOf(summary);
    const QSet<QString> summaryWords(summaryWordList.cbegin(), summaryWordList.cend());
    for (qsizetype r = 0; r < article.removed.size(); ++r) {
        const RemovedBlock found = article.removed[r];
        if (found.reason != RemovalReason::OutsideArticle && found.reason != RemovalReason::PageHeader &&
            found.reason != RemovalReason::Boilerplate)
            continue;
        const QStringList lines = found.text.split(u'\n');
        qsizetype first = -1;
        for (qsizetype k = 0; k < lines.size() && first < 0; ++k) {
            const QString line = normalised(lines[k]);
            if (line.size() >= 40 && line.size() <= 3 * summary.size() + 200 &&
                (line.contains(probe) ||
                 (line.size() * 2 >= summary.size() && overlap(summaryWords, line) >= 0.6)))
                first = k;
        }
        if (first < 0)
            continue;
        qsizetype last = first; // the lead may run over several paragraphs of the summary
        while (last + 1 < lines.size() && lines[last + 1].size() >= 40 &&
               inSummary.contains(normalised(lines[last + 1]).left(40)))
            ++last;
        const qsizetype at = found.beforeBlock;
        QList<RemovedBlock> parts;
        const QString before = lines.mid(0, first).join(u'\n').trimmed();
        const QString after = lines.mid(last + 1).join(u'\n').trimmed();
        if (!before.isEmpty())
            parts.append({before, found.reason, at});
        if (!after.isEmpty())
            parts.append({after, found.reason, at + 1});
        for (qsizetype k = last; k >= first; --k)
            article.blocks.insert(at, {Block::Kind::Paragraph, lines[k].simplified()});
        const qsizetype added = last - first + 1;
        for (qsizetype k = 0; k < article.removed.size(); ++k)
            if (article.removed[k].beforeBlock > at || (article.removed[k].beforeBlock == at && k > r))
                article.removed[k].beforeBlock += added;
        for (RemovedBlock &p : parts)
            if (p.beforeBlock > at)
                p.beforeBlock = at + added;
        article.removed.removeAt(r);
        for (qsizetype k = parts.size() - 1; k >= 0; --k)
            article.removed.insert(r, parts[k]);
        return;
    }
}

// Language::detect leaves Chinese, Japanese and Korean to the page; when the
// page does not say, the script does: kana is Japanese, hangul Korean.
QString cjkLanguage(QStringView text)
{
    qsizetype han = 0, kana = 0, hangul = 0, letters = 0;
    for (QChar c : text.left(20000)) {
        if (!c.isLetter())
            continue;
        ++letters;
        const char16_t u = c.unicode();
        if (u >= 0x3040 && u <= 0x30FF)
            ++kana;
        else if (u >= 0x4E00 && u <= 0x9FFF)
            ++han;
        else if (u >= 0xAC00 && u <= 0xD7AF)
            ++hangul;
    }
    if (letters == 0)
        return {};
    if (hangul * 2 > letters)
        return u"ko"_s;
    if ((han + kana) * 2 > letters)
        return kana * 10 > han + kana ? u"ja"_s : u"zh"_s;
    return {};
}

QString excerptOf(const Article &article)
{
    for (const Block &b : article.blocks) {
        if (b.kind != Block::Kind::Paragraph || b.text.size() < 40)
            continue;
        if (b.text.size() <= ExcerptLength)
            return b.text;
        const qsizetype cut = b.text.lastIndexOf(u' ', ExcerptLength);
        return b.text.left(cut > 0 ? cut : ExcerptLength) + u'…';
    }
    return {};
}
} // namespace

QByteArray HtmlCleaner::toUtf8(const QByteArray &html)
{
    return HtmlCharset::toUtf8(html);
}

Article HtmlCleaner::clean(const QByteArray &html, const QUrl &pageUrl)
{
    const HtmlPrescan::Output prepared = HtmlPrescan::prepare(HtmlCharset::toUtf8(html), MaxDepth);
    const HtmlDom dom(prepared.html);
    const HtmlMetadata meta = HtmlMetadata::read(dom, pageUrl);

    HtmlContentFinder finder(dom, meta.title, !meta.byline.isEmpty());
    finder.run();

    QString firstImage;
    auto write = [&] {
        Article a;
        a.title = meta.title;
        HtmlBlockWriter writer(dom, finder, meta.baseUrl, a);
        writer.write();
        if (a.title.isEmpty() && !a.blocks.isEmpty() && a.blocks.first().kind == Block::Kind::Heading)
            a.title = a.blocks.first().text; // tidy() keeps it as removed text
        tidy(a, writer.pullQuoteBlocks());
        a.rebuildText();
        firstImage = writer.firstImage();
        return a;
    };
    Article article = write();
    // The page states its text in JSON-LD, and what was found covers little of it.
    const ArticleBodyMatch stated(meta.articleBody);
    if (stated.isUsable() && stated.recall(article.text) < 0.6) {
        double f1 = 0;
        const int best = stated.bestElement(dom, &f1);
        if (best >= 0 && f1 >= 0.6) {
            finder.retarget(best);
            Article second = write();
            if (stated.recall(second.text) > stated.recall(article.text))
                article = second;
        }
        if (stated.recall(article.text) < 0.5) {
            // The page does not hold its own text (scripts build it): take the stated one.
            QList<RemovedBlock> removed;
            for (const Block &b : std::as_const(article.blocks))
                removed.append({b.text, RemovalReason::OutsideArticle, 0});
            for (RemovedBlock r : std::as_const(article.removed)) {
                r.beforeBlock = 0;
                removed.append(r);
            }
            article.blocks.clear();
            for (const QString &p : stated.paragraphs())
                article.blocks.append({Block::Kind::Paragraph, p});
            article.removed = removed;
        }
    }
    article.sourceKind = u"html"_s;
    article.rebuildText();
    restoreLead(article, meta.excerpt);
    const BoilerplateRules::Found found = BoilerplateRules::apply(article, meta.url);

    QString byline = !meta.byline.isEmpty() ? meta.byline : finder.byline();
    if (byline.isEmpty())
        byline = found.byline;
    article.byline = MetaText::cleanByline(byline);
    article.authors = !meta.authors.isEmpty() ? meta.authors : MetaText::splitAuthors(article.byline);
    article.published = MetaText::isoDate(meta.published);
    if (article.published.isEmpty())
        article.published = found.published;
    article.modified = MetaText::isoDate(meta.modified);
    if (article.modified.isEmpty())
        article.modified = found.modified;
    article.url = meta.url;
    article.site = !meta.siteName.isEmpty() ? meta.siteName : MetaText::siteOf(meta.url);
    article.leadImage = !meta.leadImage.isEmpty() ? meta.leadImage : firstImage;
    article.rebuildText();
    article.excerpt = !meta.excerpt.isEmpty() ? meta.excerpt : excerptOf(article);
    article.lang = !meta.lang.isEmpty() ? meta.lang : Language::detect(article.text);
    if (article.lang.isEmpty())
        article.lang = cjkLanguage(article.text);
    QString dir = finder.dir();
    if (dir != "rtl"_L1 && dir != "ltr"_L1)
        dir = meta.dir;
    if (dir.isEmpty())
        dir = article.lang.isEmpty() ? Language::directionOfText(article.text)
                                     : Language::direction(article.lang);
    article.dir = dir;
    return article;
}

} // namespace Gloss
