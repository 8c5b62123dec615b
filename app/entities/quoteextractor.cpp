// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/quoteextractor.h"

#include "entities/entitywords.h"
#include "entities/tokenview.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

using EntityRules::isOneOf;

bool isQuoteMark(QStringView w)
{
    return isOneOf(w, {u"\"", u"\u201C", u"\u201D", u"\u00AB", u"\u00BB", u"\u201E", u"\u2018", u"\u2019"});
}

// Tokens that end an attribution: the sentence's end, or another quotation.
bool endsClause(const TokenView &t, qsizetype j)
{
    const QString &w = t.lower(j);
    return w == u"." || w == u"!" || w == u"?" || w == u";" || isQuoteMark(w) || w == u"(";
}

// Words that end a speaker named after the verb: "said Kerry in Moscow".
bool endsSpeaker(const TokenView &t, qsizetype j)
{
    return endsClause(t, j) || t.is(j, u",") || t.is(j, u":") ||
        isOneOf(t.lower(j),
                {u"in", u"on", u"at", u"during", u"after", u"before", u"when", u"while", u"as", u"who",
                 u"which", u"that", u"referring", u"adding", u"noting"});
}

bool isPronoun(QStringView w)
{
    return isOneOf(w, {u"he", u"she", u"they", u"i", u"we"});
}

struct Span {
    qsizetype open = -1; // the opening mark
    qsizetype close = -1; // the closing mark, or the paragraph's end when left open
    bool closed = false;
    qsizetype paragraphStart = 0;
    qsizetype paragraphEnd = 0; // the line break after the paragraph, or the text's end
};

// Quotation marks paired within each paragraph.
QList<Span> pairMarks(const QString &text)
{
    QList<Span> spans;
    const qsizetype n = text.size();
    qsizetype open = -1;
    qsizetype paragraphStart = 0;
    QChar expect;
    auto isSpace = [&](qsizetype k) {
        return k < 0 || k >= n || text.at(k).isSpace();
    };
    for (qsizetype p = 0; p <= n; ++p) {
        const QChar c = p < n ? text.at(p) : QChar(u'\n');
        if (c == u'\n') {
            if (open >= 0 && p - open > 1)
                spans.append({open, p, false, paragraphStart, p});
            open = -1;
            for (qsizetype k = spans.size() - 1; k >= 0 && spans.at(k).paragraphStart == paragraphStart; --k)
                spans[k].paragraphEnd = p;
            paragraphStart = p + 1;
            continue;
        }
        if (open < 0) {
            const bool before = isSpace(p - 1) || QStringView(u"([—–-/").contains(text.at(p - 1));
            if (c == u'"' && before && !isSpace(p + 1)) {
                open = p;
                expect = u'"';
            } else if (c == u'\u201C') {
                open = p;
                expect = u'\u201D';
            } else if (c == u'\u00AB') {
                open = p;
                expect = u'\u00BB';
            } else if (c == u'\u201E') {
                open = p;
                expect = u'\u201C';
            } else if (c == u'\u2018' && before && p + 1 < n && text.at(p + 1).isLetter()) {
                open = p;
                expect = u'\u2019';
            }
            continue;
        }
        const bool closes = c == expect || (expect == u'\u201C' && c == u'\u201D');
        // A closing single quote is not an apostrophe inside a word ("don’t").
        if (closes && !(c == u'\u2019' && p + 1 < n && text.at(p + 1).isLetter())) {
            spans.append({open, p, true, paragraphStart, p});
            open = -1;
        }
    }
    return spans;
}

class Attribution
{
public:
    explicit Attribution(const TokenView &t)
        : m_t(t)
    { }

    // Looks after the closing mark, then before the opening one.
    bool find(QuoteMatch &q, const Span &s)
    {
        if (s.closed && after(q, m_t.tokenAt(s.close) + 1))
            return true;
        return before(q, m_t.tokenAt(s.open));
    }

private:
    // Sets the speaker to tokens [first, last) when they can name one: a
    // noun phrase, not a clause ("was a momentary flicker as if to").
    void setSpeaker(QuoteMatch &q, qsizetype first, qsizetype last) const
    {
        const auto isLeading = [&](qsizetype k) {
            return m_t.isPunctuation(k) ||
                isOneOf(m_t.lower(k),
                        {u"and", u"but", u"or", u"so", u"yet", u"as", u"while", u"although", u"though",
                         u"because", u"when", u"then", u"also", u"now"});
        };
        const auto isTrailing = [&](qsizetype k) {
            const QString &w = m_t.lower(k);
            return m_t.isPunctuation(k) ||
                isOneOf(w,
                        {u"also", u"then", u"later", u"again", u"further", u"previously", u"recently",
                         u"once", u"still", u"earlier", u"has", u"had", u"have", u"reportedly"}) ||
                (w.endsWith(u"ly"_s) && w.size() > 4 && !m_t.isCapitalised(k));
        };
        while (first < last && isLeading(first))
            ++first;
        while (last > first && isTrailing(last - 1))
            --last;
        if (first >= last)
            return;
        for (qsizetype k = first; k < last; ++k)
            if (isOneOf(m_t.lower(k),
                        {u"was",   u"were",  u"is",    u"are",  u"be",    u"been",   u"being", u"has",
                         u"have",  u"had",   u"do",    u"does", u"did",   u"if",     u"to",    u"that",
                         u"which", u"would", u"will",  u"can",  u"could", u"should", u"may",   u"might",
                         u"must",  u"not",   u"there", u"what", u"this"}))
                return;
        q.speakerStart = m_t.start(first);
        q.speakerEnd = m_t.end(last - 1);
        q.pronoun = last - first == 1 && isPronoun(m_t.lower(first));
    }

    // `"...," Kodmani said`, `"...," said Kerry`, `"...", according to X`.
    bool after(QuoteMatch &q, qsizetype from)
    {
        if (from >= m_t.size() || from == 0)
            return false;
        // The attribution stays in the quotation's paragraph.
        for (qsizetype k = m_t.end(from - 1); k < m_t.start(from); ++k)
            if (m_t.text().at(k) == u'\n')
                return false;
        qsizetype stop = from;
        while (stop < m_t.size() && stop < from + 25 && !(stop > from && m_t.sentenceStart(stop)) &&
               !endsClause(m_t, stop))
            ++stop;
        for (qsizetype v = from; v < stop; ++v) {
            const QString &w = m_t.lower(v);
            const bool according = w == u"according" && m_t.is(v + 1, u"to");
            if (!according && !QuoteExtractor::isSpeechVerb(w))
                continue;
            q.verb = according ? u"according to"_s : m_t.word(v).toString();
            qsizetype first = from;
            while (first < v && m_t.isPunctuation(first))
                ++first;
            if (according || first == v) {
                // The verb first: the speaker follows it.
                const qsizetype s = v + (according ? 2 : 1);
                qsizetype e = s;
                while (e < stop && !endsSpeaker(m_t, e))
                    ++e;
                // "said the spokeswoman, Bassma Kodmani": the name after the comma.
                if (m_t.is(e, u",") && e + 1 < stop && m_t.isCapitalised(e + 1)) {
                    ++e;
                    while (e < stop && !endsSpeaker(m_t, e))
                        ++e;
                }
                setSpeaker(q, s, e);
                return q.speakerStart >= 0;
            }
            // The speaker first: the words between the quotation and the verb,
            // up to a comma ("Kerry, who met Lavrov, said").
            qsizetype e = first;
            while (e < v && !m_t.is(e, u","))
                ++e;
            if (e - first > 12)
                return false;
            setSpeaker(q, first, e);
            if (isOneOf(w, {u"told", u"tells", u"tell"})) {
                qsizetype oe = v + 1;
                while (oe < stop && !m_t.is(oe, u",") && !m_t.is(oe, u"that"))
                    ++oe;
                if (oe > v + 1) {
                    q.objectStart = m_t.start(v + 1);
                    q.objectEnd = m_t.end(oe - 1);
                }
            }
            return q.speakerStart >= 0;
        }
        return false;
    }

    // `Kerry said: "..."`, `He added, "..."`, `According to Kerry, "..."`.
    bool before(QuoteMatch &q, qsizetype openToken)
    {
        const qsizetype begin = qMax(m_t.sentenceBegin(qMin(openToken, m_t.size() - 1)), openToken - 25);
        for (qsizetype v = openToken - 1; v >= begin; --v) {
            const QString &w = m_t.lower(v);
            if (isQuoteMark(w))
                return false; // another quotation is nearer
            const bool according = w == u"according" && m_t.is(v + 1, u"to");
            if (!according && !QuoteExtractor::isSpeechVerb(w))
                continue;
            q.verb = according ? u"according to"_s : m_t.word(v).toString();
            if (according) {
                qsizetype e = v + 2;
                while (e < openToken && !endsSpeaker(m_t, e))
                    ++e;
                setSpeaker(q, v + 2, e);
                return q.speakerStart >= 0;
            }
            qsizetype s = v;
            while (s > begin && !m_t.is(s - 1, u",") && !endsClause(m_t, s - 1) && v - s < 12)
                --s;
            qsizetype speakerEnd = v;
            if (s == v && s > begin && m_t.is(s - 1, u",")) {
                // "The company's spokesman, Paul Clarke, told": the apposition.
                speakerEnd = s - 1;
                s = speakerEnd;
                while (s > begin && !m_t.is(s - 1, u",") && !endsClause(m_t, s - 1) && speakerEnd - s < 12)
                    --s;
            }
            if (s < speakerEnd) {
                setSpeaker(q, s, speakerEnd);
                // "told CNN on Thursday:": the outlet, or whom it was told.
                if (isOneOf(w, {u"told", u"tells", u"tell"})) {
                    qsizetype oe = v + 1;
                    while (oe < openToken && !m_t.isPunctuation(oe) && !m_t.is(oe, u"that"))
                        ++oe;
                    if (oe > v + 1) {
                        q.objectStart = m_t.start(v + 1);
                        q.objectEnd = m_t.end(oe - 1);
                    }
                }
                return q.speakerStart >= 0;
            }
            // "said Kerry: ..."
            qsizetype e = v + 1;
            while (e < openToken && !endsSpeaker(m_t, e))
                ++e;
            setSpeaker(q, v + 1, e);
            return q.speakerStart >= 0;
        }
        return false;
    }

    const TokenView &m_t;
};

} // namespace

bool QuoteExtractor::isSpeechVerb(QStringView w)
{
    static const QSet<QString> verbs {
        u"said"_s,      u"says"_s,       u"say"_s,        u"told"_s,         u"tells"_s,      u"noted"_s,
        u"notes"_s,     u"added"_s,      u"adds"_s,       u"reiterated"_s,   u"reiterates"_s, u"stated"_s,
        u"states"_s,    u"explained"_s,  u"explains"_s,   u"warned"_s,       u"warns"_s,      u"insisted"_s,
        u"insists"_s,   u"declared"_s,   u"declares"_s,   u"claimed"_s,      u"claims"_s,     u"argued"_s,
        u"argues"_s,    u"asked"_s,      u"asks"_s,       u"replied"_s,      u"replies"_s,    u"responded"_s,
        u"wrote"_s,     u"writes"_s,     u"tweeted"_s,    u"announced"_s,    u"continued"_s,  u"stressed"_s,
        u"stresses"_s,  u"emphasised"_s, u"emphasized"_s, u"acknowledged"_s, u"admitted"_s,   u"recalled"_s,
        u"commented"_s, u"remarked"_s,   u"concluded"_s,  u"urged"_s,        u"suggested"_s,  u"confirmed"_s,
        u"denied"_s,    u"cautioned"_s,  u"predicted"_s,  u"observed"_s,     u"conceded"_s,   u"complained"_s,
        u"joked"_s,     u"recounted"_s,  u"shouted"_s,    u"testified"_s,    u"posted"_s,     u"quipped"_s};
    return verbs.contains(w.toString());
}

QList<QuoteMatch> QuoteExtractor::find(const TokenView &tokens)
{
    const QString &text = tokens.text();
    QList<QuoteMatch> quotes;
    Attribution attribution(tokens);
    qsizetype previousParagraphEnd = -1; // where the paragraph of the last attributed quotation ends
    qsizetype previous = -1; // the last attributed quotation
    for (const Span &s : pairMarks(text)) {
        QuoteMatch q;
        q.start = s.open + 1;
        q.end = s.close;
        while (q.start < q.end && text.at(q.start).isSpace())
            ++q.start;
        while (q.end > q.start && (text.at(q.end - 1).isSpace() || text.at(q.end - 1) == u','))
            --q.end;
        if (q.end <= q.start)
            continue;
        int words = 0;
        for (qsizetype k = tokens.tokenAt(q.start); k < tokens.size() && tokens.start(k) < q.end; ++k)
            words += tokens.word(k).front().isLetterOrNumber();
        const bool attributed = attribution.find(q, s);
        if (words < 2 || (!attributed && words < 4))
            continue;
        // A quotation without attribution right after an attributed one
        // continues it: news style names the speaker once.
        if (!attributed && previous >= 0 && s.paragraphStart <= previousParagraphEnd + 2) {
            const QuoteMatch &p = quotes.at(previous);
            q.speakerStart = p.speakerStart;
            q.speakerEnd = p.speakerEnd;
            q.pronoun = p.pronoun;
            q.verb = p.verb;
        }
        q.text = text.mid(q.start, q.end - q.start).simplified();
        quotes.append(q);
        if (q.speakerStart >= 0) {
            previous = quotes.size() - 1;
            previousParagraphEnd = s.paragraphEnd;
        }
    }
    return quotes;
}

} // namespace Gloss
