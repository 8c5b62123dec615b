// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/boilerplaterules.h"

#include "article/cuewords.h"
#include "article/datetext.h"
#include "article/metatext.h"
#include "article/removalreasons.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss::BoilerplateRules {

namespace {
constexpr qsizetype ShortLine = 200;

double linkShare(const Block &b)
{
    if (b.text.isEmpty())
        return 0;
    qsizetype linked = 0, end = 0;
    for (const InlineSpan &s : b.spans) {
        if (s.kind != InlineSpan::Kind::Link || s.end <= end)
            continue;
        linked += s.end - std::max(s.start, end);
        end = s.end;
    }
    return double(linked) / double(b.text.size());
}

bool isText(const Block &b)
{
    return b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::ListItem ||
        b.kind == Block::Kind::Heading || b.kind == Block::Kind::Quote;
}

QString withoutScheme(QString url)
{
    url.remove(QRegularExpression(u"^[a-z]+://(?:www\\.)?"_s));
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString isoDateOf(const QString &line)
{
    const DateInText d = findDate(line);
    if (d.isValid())
        return d.date.toString(Qt::ISODate);
    return MetaText::isoDate(line);
}

// "https://example.org", "mail@example.org", "Where do hens lay?": a link
// that is the text itself, or a question the article answers.
bool isAddressOrQuestion(const QString &text)
{
    return text.contains(u'@') || text.contains(u"http"_s) || text.contains(u"www."_s) ||
        text.trimmed().endsWith(u'?') || text.trimmed().endsWith(u':');
}

// One pass over an article: a reason per block, then the blocks without one stay.
class Pass
{
public:
    Pass(Article &article, const QString &pageUrl)
        : m_a(article)
        , m_reason(article.blocks.size())
        , m_page(withoutScheme(pageUrl))
    {
        qsizetype offset = 0;
        for (const Block &b : std::as_const(m_a.blocks)) {
            m_offset.append(offset);
            offset += b.text.size();
        }
        m_total = std::max<qsizetype>(1, offset);
    }

    Found run()
    {
        lines();
        moreStories();
        linkLists();
        linkTeasers();
        repeatedWidgets();
        trailingSections();
        commit();
        return m_found;
    }

private:
    bool inSecondHalf(qsizetype i) const { return m_offset[i] * 2 >= m_total; }
    QString lineReason(qsizetype i);
    QString judge(const QString &line, qsizetype i, bool attachCredit);
    QString metaRowReason(const QString &line) const;
    QString linesReason(qsizetype i);
    void lines();
    void moreStories();
    void linkLists();
    void linkTeasers();
    void repeatedWidgets();
    void trailingSections();
    void commit();
    void makeFigure(Block &b, const QString &caption, const QString &credit);

    Article &m_a;
    QStringList m_reason;
    QList<qsizetype> m_offset; // characters of the blocks before each block
    qsizetype m_total = 1;
    QString m_page;
    Found m_found;
    QHash<qsizetype, QList<RemovedBlock>> m_before, m_after; // lines cut from a block's ends
};

void cutFront(Block &b, qsizetype n)
{
    b.text = b.text.mid(n);
    for (InlineSpan &s : b.spans) {
        s.start = std::max<qsizetype>(0, s.start - n);
        s.end = std::max<qsizetype>(0, s.end - n);
    }
    b.spans.removeIf([](const InlineSpan &s) { return s.end <= s.start; });
}

void cutBack(Block &b, qsizetype size)
{
    b.text.truncate(size);
    for (InlineSpan &s : b.spans)
        s.end = std::min(s.end, size);
    b.spans.removeIf([](const InlineSpan &s) { return s.end <= s.start; });
}

void Pass::makeFigure(Block &b, const QString &caption, const QString &credit)
{
    b.kind = Block::Kind::Figure;
    b.level = 0;
    b.credit = credit;
    b.text = b.text.left(caption.size());
    for (InlineSpan &s : b.spans)
        s.end = std::min(s.end, b.text.size());
    b.spans.removeIf([](const InlineSpan &s) { return s.end <= s.start; });
}

QString Pass::lineReason(qsizetype i)
{
    Block &b = m_a.blocks[i];
    if (b.text.contains(u'\n'))
        return linesReason(i);
    const QString reason = judge(b.text.simplified(), i, true);
    if (!reason.isEmpty())
        return reason;
    QString caption, credit;
    if (b.kind == Block::Kind::Paragraph && CueWords::splitTrailingCredit(b.text, &caption, &credit))
        makeFigure(b, caption, credit); // "Caption. (Photo: Jane Doe/AP)" is a picture's caption
    return {};
}

// A block of several lines (<br>): a line that closes or opens it can be
// a dateline or a credit of its own; a block of nothing else goes whole.
QString Pass::linesReason(qsizetype i)
{
    Block &b = m_a.blocks[i];
    const QStringList lines = b.text.split(u'\n');
    QStringList reasons;
    for (const QString &line : lines)
        reasons.append(line.trimmed().isEmpty() ? QString() : judge(line.simplified(), i, false));
    qsizetype first = 0, last = lines.size() - 1;
    while (first <= last && (!reasons[first].isEmpty() || lines[first].trimmed().isEmpty()))
        ++first;
    if (first > last) {
        const auto it =
            std::find_if(reasons.cbegin(), reasons.cend(), [](const QString &r) { return !r.isEmpty(); });
        return it != reasons.cend() ? *it : QString();
    }
    while (last > first && (!reasons[last].isEmpty() || lines[last].trimmed().isEmpty()))
        --last;
    qsizetype cut = 0;
    for (qsizetype k = 0; k < first; ++k) {
        if (!reasons[k].isEmpty())
            m_before[i].append({lines[k].simplified(), reasons[k], 0});
        cut += lines[k].size() + 1;
    }
    qsizetype keep = cut;
    for (qsizetype k = first; k <= last; ++k)
        keep += lines[k].size() + (k < last ? 1 : 0);
    for (qsizetype k = last + 1; k < lines.size(); ++k)
        if (!reasons[k].isEmpty())
            m_after[i].append({lines[k].simplified(), reasons[k], 0});
    if (keep < b.text.size())
        cutBack(b, keep);
    if (cut > 0)
        cutFront(b, cut);
    return {};
}

// "Freitag | 14. Juni 2019 | 0 Comments": a row of the post's metadata.
QString Pass::metaRowReason(const QString &line) const
{
    if (line.size() > 200)
        return {};
    const QStringList parts = line.split(QRegularExpression(u"\\s*[|•·]\\s*"_s), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    int meta = 0;
    bool date = false;
    for (const QString &p : parts) {
        if (p.size() > 60)
            return {};
        const bool isDate = CueWords::isDateline(p);
        date = date || isDate;
        if (isDate || CueWords::isCommentsLine(p) || !CueWords::bylineNames(p).isEmpty() ||
            CueWords::isShareRow(p) || CueWords::isTagList(p) || CueWords::isWidgetNotice(p))
            ++meta;
    }
    if (meta * 2 < parts.size())
        return {};
    return date ? RemovalReason::Dateline : RemovalReason::Boilerplate;
}

QString Pass::judge(const QString &t, qsizetype i, bool attachCredit)
{
    if (CueWords::isShortcode(t))
        return RemovalReason::Shortcode;
    if (t.size() <= ShortLine && !m_page.isEmpty() && t.startsWith(u"http"_s, Qt::CaseInsensitive) &&
        withoutScheme(t) == m_page)
        return RemovalReason::PageAddress;
    if (CueWords::isAdLabel(t))
        return RemovalReason::Advertisement;
    if (CueWords::isWidgetNotice(t))
        return RemovalReason::Boilerplate;
    if (CueWords::isShareRow(t))
        return RemovalReason::ShareBar;
    if (CueWords::isTeaser(t))
        return RemovalReason::ReadMore;
    bool labelOnly = false;
    if (const QString credit = CueWords::creditLine(t, &labelOnly); !credit.isEmpty()) {
        // The credit of the picture just before it.
        for (qsizetype k = i - 1; k >= 0 && !labelOnly && attachCredit; --k) {
            if (!m_reason[k].isEmpty())
                continue;
            if (m_a.blocks[k].kind == Block::Kind::Figure && m_a.blocks[k].credit.isEmpty())
                m_a.blocks[k].credit = credit;
            break;
        }
        return RemovalReason::ImageCredit;
    }
    bool update = false;
    if (CueWords::isDateline(t, &update)) {
        QString &slot = update ? m_found.modified : m_found.published;
        if (slot.isEmpty())
            slot = isoDateOf(t);
        return RemovalReason::Dateline;
    }
    if (i < 6 || i + 3 >= m_a.blocks.size()) {
        if (const QString names = CueWords::bylineNames(t); !names.isEmpty()) {
            if (m_found.byline.isEmpty())
                m_found.byline = names;
            return RemovalReason::Byline;
        }
    }
    if (CueWords::isCopyright(t))
        return RemovalReason::Copyright;
    if (CueWords::isCitation(t))
        return RemovalReason::Citation;
    if (CueWords::isTagList(t))
        return RemovalReason::TagList;
    if (CueWords::isCommentsLine(t))
        return RemovalReason::Comments;
    if (CueWords::isDisclaimer(t))
        return RemovalReason::Disclaimer;
    if (CueWords::isSubscription(t))
        return RemovalReason::Subscription;
    if (CueWords::isContact(t))
        return RemovalReason::Contact;
    if (CueWords::isFieldLabel(t))
        return RemovalReason::Boilerplate;
    return metaRowReason(t);
}

void Pass::lines()
{
    for (qsizetype i = 0; i < m_a.blocks.size(); ++i) {
        Block &b = m_a.blocks[i];
        if (b.kind == Block::Kind::Figure) {
            static const QRegularExpression lead(u"^[\\s.,;:·|-]+"_s);
            const QString text = b.text.simplified().remove(lead);
            if (b.credit.isEmpty() && !CueWords::creditLine(text).isEmpty()) {
                m_reason[i] = RemovalReason::ImageCredit; // a caption that only credits the picture
                continue;
            }
            if (CueWords::isAdLabel(text)) {
                m_reason[i] = RemovalReason::Advertisement;
                continue;
            }
            QString caption, credit;
            if (b.credit.isEmpty() && CueWords::splitTrailingCredit(b.text, &caption, &credit))
                makeFigure(b, caption, credit);
            continue;
        }
        if (isText(b))
            m_reason[i] = lineReason(i);
    }
}

// "You may also like" over headlines: the heading and the short, linked
// blocks under it, up to the first paragraph of text.
void Pass::moreStories()
{
    const qsizetype n = m_a.blocks.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Block &b = m_a.blocks[i];
        if (!m_reason[i].isEmpty() && m_reason[i] != RemovalReason::ReadMore)
            continue;
        if (!isText(b))
            continue;
        const QString t = b.text.simplified();
        if (!CueWords::isMoreStoriesHeading(t)) {
            // A weaker cue counts at the end, over links or nothing.
            if (!inSecondHalf(i) || b.kind == Block::Kind::ListItem || !CueWords::isMoreHeading(t))
                continue;
            qsizetype next = i + 1;
            while (next < n && !m_reason[next].isEmpty())
                ++next;
            if (next < n && linkShare(m_a.blocks[next]) < 0.5 &&
                m_a.blocks[next].kind != Block::Kind::Heading &&
                m_a.blocks[next].kind != Block::Kind::Figure && m_a.blocks[next].text.size() > 100)
                continue;
        }
        m_reason[i] = RemovalReason::MoreStories;
        qsizetype j = i + 1;
        for (; j < n && j <= i + 30; ++j) {
            const Block &next = m_a.blocks[j];
            if (!m_reason[j].isEmpty())
                continue;
            const bool headline = next.text.size() <= ShortLine &&
                (linkShare(next) >= 0.5 || next.kind == Block::Kind::Heading ||
                 next.kind == Block::Kind::Figure || next.text.size() <= 60);
            if (!headline || next.kind == Block::Kind::Table)
                break;
            m_reason[j] = RemovalReason::MoreStories;
        }
        i = j - 1;
    }
}

// Three or more short blocks in a row that are all links: headlines of
// other stories, where they close the article or follow a heading.
void Pass::linkLists()
{
    const qsizetype n = m_a.blocks.size();
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        while (
            j < n && m_reason[j].isEmpty() &&
            (m_a.blocks[j].kind == Block::Kind::ListItem || m_a.blocks[j].kind == Block::Kind::Paragraph) &&
            m_a.blocks[j].text.size() <= ShortLine && linkShare(m_a.blocks[j]) >= 0.8)
            ++j;
        if (j - i >= 3) {
            bool closing = true;
            for (qsizetype k = j; k < n && closing; ++k)
                closing = !m_reason[k].isEmpty() || m_a.blocks[k].text.size() < 120;
            const bool underHeading = i > 0 && m_a.blocks[i - 1].kind == Block::Kind::Heading;
            if ((closing && inSecondHalf(i)) || (underHeading && inSecondHalf(i))) {
                for (qsizetype k = i; k < j; ++k)
                    m_reason[k] = RemovalReason::MoreStories;
                if (underHeading && m_a.blocks[i - 1].text.size() <= 80 && m_reason[i - 1].isEmpty())
                    m_reason[i - 1] = RemovalReason::MoreStories;
            }
        }
        i = std::max(j, i + 1);
    }
}

// A short paragraph that is one link stands for another article, between
// the paragraphs or after the last one; so do the short blocks that are
// mostly links at the end of the article.
void Pass::linkTeasers()
{
    const qsizetype n = m_a.blocks.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Block &b = m_a.blocks[i];
        auto prose = [&](qsizetype k) {
            return k < 0 || k >= n || (m_a.blocks[k].text.size() >= 100 && linkShare(m_a.blocks[k]) < 0.5);
        };
        const bool alone = prose(i - 1) && prose(i + 1); // between paragraphs of the story
        if (m_reason[i].isEmpty() && b.kind == Block::Kind::Paragraph && b.text.size() <= 120 && alone &&
            linkShare(b) >= 0.9 && !isAddressOrQuestion(b.text))
            m_reason[i] = RemovalReason::MoreStories;
    }
    QList<qsizetype> tail;
    qsizetype i = n - 1;
    for (; i > 0; --i) {
        const Block &b = m_a.blocks[i];
        if (!m_reason[i].isEmpty())
            continue;
        if (b.kind == Block::Kind::Table || b.text.size() > ShortLine || linkShare(b) < 0.6 ||
            isAddressOrQuestion(b.text))
            break;
        tail.append(i);
    }
    // A "See also" list closes reference articles.
    while (i > 0 && !m_reason[i].isEmpty())
        --i;
    if (m_a.blocks[i].kind == Block::Kind::Heading &&
        CueWords::isSeeAlsoHeading(m_a.blocks[i].text.simplified()))
        return;
    for (qsizetype k : std::as_const(tail))
        m_reason[k] = RemovalReason::MoreStories;
}

// The same short block three times (or twice, as a link) between the items
// of a list: share buttons, "Advert", "Buy now" after every item.
void Pass::repeatedWidgets()
{
    QHash<QString, int> count;
    QStringList key(m_a.blocks.size());
    for (qsizetype i = 0; i < m_a.blocks.size(); ++i) {
        const Block &b = m_a.blocks[i];
        if (!m_reason[i].isEmpty() || !isText(b) || b.kind == Block::Kind::Heading || b.text.size() > 120)
            continue;
        key[i] = b.text.simplified().toLower();
        if (key[i].size() >= 2)
            ++count[key[i]];
    }
    for (qsizetype i = 0; i < m_a.blocks.size(); ++i) {
        if (key[i].size() < 2)
            continue;
        const int c = count.value(key[i]);
        const Block &b = m_a.blocks[i];
        if (c >= 3 || (c == 2 && b.text.size() <= 60 && linkShare(b) >= 0.5))
            m_reason[i] = RemovalReason::RepeatedWidget;
    }
}

// "About Example Corp" or "Press contact" in the second half, with only a
// few blocks after it: the publisher's section that closes a press release.
void Pass::trailingSections()
{
    const qsizetype n = m_a.blocks.size();
    for (qsizetype i = 1; i < n; ++i) {
        const Block &b = m_a.blocks[i];
        if (!m_reason[i].isEmpty() || !inSecondHalf(i) || b.text.size() > 70 ||
            (b.kind != Block::Kind::Heading && b.kind != Block::Kind::Paragraph))
            continue;
        const QString t = b.text.simplified();
        bool author = false;
        QString reason;
        if (CueWords::isAboutHeading(t, &author))
            reason = author ? RemovalReason::AuthorBio : RemovalReason::AboutPublisher;
        else if (CueWords::isContactHeading(t))
            reason = RemovalReason::Contact;
        if (reason.isEmpty())
            continue;
        qsizetype after = 0, chars = 0;
        for (qsizetype k = i + 1; k < n; ++k) {
            if (m_reason[k].isEmpty()) {
                ++after;
                chars += m_a.blocks[k].text.size();
            }
        }
        if (after == 0 || after > 6 || chars > 2000)
            continue;
        for (qsizetype k = i; k < n; ++k)
            if (m_reason[k].isEmpty())
                m_reason[k] = reason;
        return;
    }
}

void Pass::commit()
{
    // Rules that would leave nothing judge a page without a story (a sign-in
    // wall): what it shows stays.
    if (std::all_of(m_reason.cbegin(), m_reason.cend(), [](const QString &r) { return !r.isEmpty(); }))
        return;
    QList<Block> kept;
    QList<RemovedBlock> removed;
    qsizetype r = 0;
    for (qsizetype i = 0; i < m_a.blocks.size(); ++i) {
        while (r < m_a.removed.size() && m_a.removed[r].beforeBlock <= i) {
            removed.append(m_a.removed[r]);
            removed.last().beforeBlock = kept.size();
            ++r;
        }
        for (RemovedBlock r : m_before.value(i)) {
            r.beforeBlock = kept.size();
            removed.append(r);
        }
        if (m_reason[i].isEmpty())
            kept.append(m_a.blocks[i]);
        else
            removed.append({m_a.blocks[i].text, m_reason[i], kept.size()});
        for (RemovedBlock r : m_after.value(i)) {
            r.beforeBlock = kept.size();
            removed.append(r);
        }
    }
    for (; r < m_a.removed.size(); ++r) {
        removed.append(m_a.removed[r]);
        removed.last().beforeBlock = kept.size();
    }
    m_a.blocks = kept;
    m_a.removed = removed;
}
} // namespace

Found apply(Article &article, const QString &pageUrl)
{
    if (article.blocks.isEmpty())
        return {};
    return Pass(article, pageUrl).run();
}

} // namespace Gloss::BoilerplateRules
