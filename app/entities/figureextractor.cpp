// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/figureextractor.h"

#include "entities/entitywords.h"
#include "entities/tokenview.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

using EntityRules::isOneOf;

// A number written in digits: "15,000", "1.5", "300"; with what follows the
// digits in the same token ("-year-old", "bn", "km").
struct Digits {
    double value = 0;
    QStringView number; // the digits as written
    QStringView rest;
    bool grouped = false;
    bool decimal = false;
    bool ok = false;
};

Digits parseDigits(QStringView w)
{
    Digits d;
    qsizetype k = 0;
    QString plain;
    while (k < w.size()) {
        const QChar c = w.at(k);
        if (c >= u'0' && c <= u'9') {
            plain += c;
        } else if (c == u',' && k > 0 && w.at(k - 1).isDigit()) {
            // A thousands separator has exactly three digits after it.
            bool three = k + 3 < w.size();
            for (qsizetype j = k + 1; three && j <= k + 3; ++j)
                three = w.at(j) >= u'0' && w.at(j) <= u'9';
            if (!three || (k + 4 < w.size() && w.at(k + 4).isDigit()))
                break;
            d.grouped = true;
        } else if (c == u'.' && !d.decimal && k > 0 && k + 1 < w.size() && w.at(k + 1).isDigit()) {
            plain += c;
            d.decimal = true;
        } else {
            break;
        }
        ++k;
    }
    if (plain.isEmpty() || plain.size() > 15)
        return d;
    d.value = plain.toDouble(&d.ok);
    d.number = w.left(k);
    d.rest = w.mid(k);
    return d;
}

int spelledNumber(QStringView w)
{
    static const QStringView units[] = {u"zero",    u"one",     u"two",       u"three",    u"four",
                                        u"five",    u"six",     u"seven",     u"eight",    u"nine",
                                        u"ten",     u"eleven",  u"twelve",    u"thirteen", u"fourteen",
                                        u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
    static const QStringView tens[] = {u"twenty", u"thirty",  u"forty",  u"fifty",
                                       u"sixty",  u"seventy", u"eighty", u"ninety"};
    for (int k = 0; k < 20; ++k)
        if (w == units[k])
            return k;
    const qsizetype dash = w.indexOf(u'-');
    const QStringView head = dash > 0 ? w.left(dash) : w;
    for (int k = 0; k < 8; ++k) {
        if (head != tens[k])
            continue;
        if (dash < 0)
            return 20 + 10 * k;
        for (int u = 1; u < 10; ++u)
            if (w.mid(dash + 1) == units[u])
                return 20 + 10 * k + u;
    }
    return -1;
}

double scaleOf(QStringView w)
{
    if (w == u"thousand")
        return 1e3;
    if (w == u"million" || w == u"m" || w == u"mn")
        return 1e6;
    if (w == u"billion" || w == u"bn" || w == u"b")
        return 1e9;
    if (w == u"trillion" || w == u"tn")
        return 1e12;
    return 0;
}

QString currencyOf(QStringView w)
{
    if (w == u"$" || w == u"us$" || w == u"dollars" || w == u"dollar")
        return u"USD"_s;
    if (w == u"€" || w == u"euros" || w == u"euro")
        return u"EUR"_s;
    if (w == u"£" || w == u"pounds")
        return u"GBP"_s;
    if (w == u"¥" || w == u"yen")
        return u"JPY"_s;
    if (w == u"rubles" || w == u"roubles")
        return u"RUB"_s;
    return {};
}

// Words after which a number names something rather than counts it.
bool isIdentifierWord(QStringView w)
{
    return isOneOf(w, {u"resolution", u"resolutions", u"article", u"articles",  u"flight",   u"route",
                       u"number",     u"no.",         u"no",      u"nos.",      u"room",     u"page",
                       u"pages",      u"chapter",     u"section", u"paragraph", u"platform", u"gate",
                       u"version",    u"model",       u"highway", u"bus",       u"line",     u"channel",
                       u"code",       u"item",        u"rule",    u"amendment", u"grade",    u"season",
                       u"episode",    u"volume",      u"vol.",    u"issue",     u"edition",  u"#",
                       u"apartment",  u"building",    u"block",   u"road",      u"street",   u"exit",
                       u"level",      u"zone",        u"sector",  u"phase",     u"protocol"});
}

// Words that cannot be what a number counts.
bool isStopWord(QStringView w)
{
    static const QSet<QString> words {
        u"of"_s,      u"to"_s,      u"in"_s,     u"on"_s,     u"at"_s,     u"from"_s,    u"by"_s,
        u"for"_s,     u"with"_s,    u"and"_s,    u"or"_s,     u"but"_s,    u"the"_s,     u"a"_s,
        u"an"_s,      u"is"_s,      u"are"_s,    u"was"_s,    u"were"_s,   u"be"_s,      u"been"_s,
        u"have"_s,    u"has"_s,     u"had"_s,    u"will"_s,   u"would"_s,  u"can"_s,     u"could"_s,
        u"should"_s,  u"may"_s,     u"might"_s,  u"must"_s,   u"that"_s,   u"which"_s,   u"who"_s,
        u"whom"_s,    u"whose"_s,   u"as"_s,     u"than"_s,   u"per"_s,    u"into"_s,    u"over"_s,
        u"under"_s,   u"after"_s,   u"before"_s, u"since"_s,  u"during"_s, u"between"_s, u"among"_s,
        u"against"_s, u"through"_s, u"about"_s,  u"around"_s, u"this"_s,   u"these"_s,   u"those"_s,
        u"it"_s,      u"its"_s,     u"they"_s,   u"them"_s,   u"their"_s,  u"he"_s,      u"she"_s,
        u"we"_s,      u"his"_s,     u"her"_s,    u"our"_s,    u"not"_s,    u"also"_s,    u"ago"_s,
        u"so"_s,      u"if"_s,      u"when"_s,   u"where"_s,  u"while"_s,  u"did"_s,     u"do"_s,
        u"does"_s,    u"said"_s,    u"says"_s,   u"out"_s,    u"up"_s,     u"down"_s,    u"off"_s,
        u"too"_s,     u"very"_s,    u"all"_s,    u"each"_s};
    return words.contains(w.toString());
}

// Adjectives between a number and its noun ("3,000 more people").
bool isCountAdjective(QStringView w)
{
    return isOneOf(w,
                   {u"more", u"other", u"new", u"additional", u"extra", u"further", u"armed", u"young",
                    u"foreign", u"local", u"innocent", u"unarmed", u"elderly", u"wounded", u"dead"});
}

QString plural(QStringView unit, double value)
{
    QString u = unit.toString().toLower();
    if (value == 1 || u.endsWith(u's'))
        return u;
    if (u == u"foot")
        return u"feet"_s;
    if (u == u"person")
        return u"people"_s;
    if (u == u"century")
        return u"centuries"_s;
    if (u.endsWith(u'y') && u.size() > 2 && !QStringView(u"aeiou").contains(u.at(u.size() - 2)))
        return u.chopped(1) + u"ies"_s;
    if (u.endsWith(u"ch"_s) || u.endsWith(u"sh"_s) || u.endsWith(u'x'))
        return u + u"es"_s;
    return u + u's';
}

QString valueText(double v)
{
    QString s = QString::number(v, 'f', 6);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

class Finder
{
public:
    Finder(const TokenView &t, const std::vector<bool> &taken)
        : m_t(t)
        , m_taken(taken)
    { }

    QList<FigureMatch> run()
    {
        QList<FigureMatch> out;
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (taken(i))
                continue;
            FigureMatch m;
            const qsizetype next = figureAt(i, m);
            if (!m.name.isEmpty())
                out.append(m);
            if (next > i)
                i = next - 1;
        }
        return out;
    }

private:
    bool taken(qsizetype i) const
    {
        return i < 0 || i >= m_t.size() || (size_t(i) < m_taken.size() && m_taken[size_t(i)]);
    }

    struct Number {
        double value = 0;
        qsizetype first = 0, last = 0; // tokens [first, last)
        QString written; // "15,000", "5 million", "two"
        QString unit; // from the token itself: "years" of "2,000-year-old"
        bool spelled = false;
        bool yearLike = false;
        bool ok = false;
    };

    // The number at token i, with a scale word ("5 million", "5bn").
    Number numberAt(qsizetype i) const
    {
        Number n;
        const QStringView w = m_t.word(i);
        if (w.isEmpty() || taken(i))
            return n;
        n.first = i;
        n.last = i + 1;
        if (w.front().isDigit()) {
            if (w.contains(u':') || w.contains(u'/'))
                return n;
            const Digits d = parseDigits(w);
            if (!d.ok)
                return n;
            n.value = d.value;
            n.written = d.number.toString();
            n.yearLike =
                !d.grouped && !d.decimal && d.number.size() == 4 && d.value >= 1800 && d.value <= 2100;
            const QString rest = d.rest.toString().toLower();
            if (rest.startsWith(u'-')) {
                // "2,000-year-old", "300-meter": the number and its unit.
                const QStringList parts = rest.mid(1).split(u'-');
                if (parts.isEmpty() || parts.first().isEmpty() || !parts.first().front().isLetter() ||
                    isStopWord(parts.first()) || parts.first() == u"old"_s || parts.first() == u"strong"_s)
                    return n;
                n.unit = plural(parts.first(), n.value);
            } else if (const double s = scaleOf(rest); s > 0) {
                n.value *= s;
                n.written = w.toString();
            } else if (!rest.isEmpty()) {
                // "3rd", "G20"-like tails, "km": units written on the number.
                if (!isOneOf(rest, {u"km", u"kg", u"mm", u"cm", u"mph", u"kph", u"ft", u"mw", u"gw", u"kw"}))
                    return n;
                n.unit = rest;
            }
        } else {
            const int v = spelledNumber(m_t.lower(i));
            if (v < 1)
                return n;
            n.value = v;
            n.spelled = true;
            n.written = w.toString();
        }
        if (n.unit.isEmpty() && m_t.joined(i)) {
            if (const double s = scaleOf(m_t.lower(i + 1)); s > 0 && m_t.lower(i + 1).size() > 2) {
                n.value *= s;
                n.written += u' ' + m_t.word(i + 1).toString();
                n.last = i + 2;
                n.yearLike = false;
            }
        }
        n.ok = true;
        return n;
    }

    // The noun a number counts, from token k on: sets `end` past it.
    QString nounAt(qsizetype k, qsizetype &end, QString &written) const
    {
        if (taken(k) || !m_t.joined(k - 1))
            return {};
        qsizetype j = k;
        QStringList words;
        // One modifier: "3,000 Syrian refugees", "3,000 more people".
        if ((isCountAdjective(m_t.lower(j)) || (m_t.isCapitalised(j) && !m_t.isAllCaps(j))) &&
            m_t.joined(j) && !taken(j + 1) && m_t.isWord(j + 1) && !m_t.isCapitalised(j + 1) &&
            !isStopWord(m_t.lower(j + 1))) {
            words << m_t.word(j).toString();
            ++j;
        }
        if (!m_t.isWord(j) || m_t.isCapitalised(j) || isStopWord(m_t.lower(j)) || scaleOf(m_t.lower(j)) > 0)
            return {};
        // "12 died", "3,000 fled": a verb, not what is counted; but "12 wounded".
        if (m_t.lower(j).endsWith(u"ed"_s) &&
            !isOneOf(m_t.lower(j),
                     {u"wounded", u"injured", u"killed", u"displaced", u"detained", u"arrested", u"dead",
                      u"hundred"}))
            return {};
        words << m_t.word(j).toString();
        // "15 flood warnings": the noun is the last of a compound.
        const QString &next = j + 1 < m_t.size() ? m_t.lower(j + 1) : QString();
        if (m_t.joined(j) && !taken(j + 1) && m_t.isWord(j + 1) && !m_t.isCapitalised(j + 1) &&
            next.endsWith(u's') && !m_t.lower(j).endsWith(u's') && !isStopWord(next) &&
            !next.endsWith(u"ss"_s)) {
            words << m_t.word(j + 1).toString();
            ++j;
        }
        end = j + 1;
        written = words.join(u' ');
        return m_t.lower(j);
    }

    qsizetype figureAt(qsizetype i, FigureMatch &m) const
    {
        Number n = numberAt(i);
        if (!n.ok)
            return i;
        // A list marker ("1. Skip to content").
        if (m_t.sentenceStart(i) && m_t.is(i + 1, u"."))
            return i;
        const qsizetype before = i - 1;
        QString currency;
        qsizetype first = i;
        if (before >= 0 && m_t.joined(before) && !(currency = currencyOf(m_t.lower(before))).isEmpty() &&
            !m_t.isWord(before)) {
            first = before;
            if (before > 0 && m_t.is(before - 1, u"us") && m_t.joined(before - 1))
                first = before - 1;
        } else if (before >= 0 && m_t.joined(before)) {
            const QString &b = m_t.lower(before);
            if (isIdentifierWord(b))
                return n.last; // "resolution 2254" names a resolution
            // "Boeing 737", "Geneva 2": a number that belongs to a name.
            if (m_t.isCapitalised(before) && !m_t.sentenceStart(before) && !m_t.inHeadline(before) &&
                !isStopWord(b) && b != u"us")
                return n.last;
        }
        // "at 10 : 30" written apart, "item 5:": not a count.
        if (m_t.is(n.last, u":"))
            return n.last;

        qsizetype end = n.last;
        QString unit = n.unit, unitWritten;
        QString name;
        if (!currency.isEmpty()) {
            unit = currency;
        } else if (unit.isEmpty()) {
            const QString &after = n.last < m_t.size() ? m_t.lower(n.last) : QString();
            if (after == u"%" && m_t.joined(n.last - 1)) {
                unit = u"percent"_s;
                end = n.last + 1;
            } else if ((after == u"percent" || after == u"pct") && m_t.joined(n.last - 1)) {
                unit = u"percent"_s;
                end = n.last + 1;
            } else if (after == u"per" && m_t.is(n.last + 1, u"cent") && m_t.joined(n.last - 1)) {
                unit = u"percent"_s;
                end = n.last + 2;
            } else if (const QString c = currencyOf(after); !c.isEmpty() && m_t.joined(n.last - 1)) {
                unit = c;
                unitWritten = m_t.word(n.last).toString();
                end = n.last + 1;
            } else if (after == u"of" && m_t.joined(n.last - 1)) {
                unit = partitiveUnit(n.last + 1);
            } else {
                unit = nounAt(n.last, end, unitWritten);
            }
        }
        if (n.yearLike && (unit.isEmpty() || !unit.endsWith(u's')))
            return n.last; // a year, not a count
        // "Cook, 58, added": an age in apposition, not a figure of the story.
        if (unit.isEmpty() && currency.isEmpty() && m_t.is(first - 1, u",") && m_t.is(n.last, u",") &&
            m_t.isCapitalised(first - 2) && !n.spelled)
            return n.last;
        if (n.spelled &&
            (unit.isEmpty() || unit == u"percent"_s || (!unit.endsWith(u's') && unit != u"people"_s)))
            return n.last; // "one of them", "the two met"

        // Comparisons change what the figure says; approximations do not.
        QString qualifier;
        const qsizetype q = first - 2;
        if (q >= 0 && m_t.joined(q) && m_t.joined(q + 1)) {
            const QString pair = m_t.lower(q) + u' ' + m_t.lower(q + 1);
            if (isOneOf(pair,
                        {u"more than", u"less than", u"fewer than", u"at least", u"at most", u"up to",
                         u"as many as", u"as much as"})) {
                qualifier = m_t.word(q).toString() + u' ' + m_t.word(q + 1).toString();
                first = q;
            }
        }

        if (!currency.isEmpty()) {
            // "$5 million" as written, "5 million euros" too.
            const qsizetype from = qualifier.isEmpty() ? first : first + 2;
            name =
                QStringView(m_t.text()).mid(m_t.start(from), m_t.end(end - 1) - m_t.start(from)).toString();
        } else if (unit == u"percent"_s) {
            name = n.written + u" percent"_s;
        } else if (!unitWritten.isEmpty()) {
            name = n.written + u' ' + unitWritten;
        } else if (!unit.isEmpty()) {
            name = n.written + u' ' + unit;
        } else {
            name = n.written;
        }
        if (!qualifier.isEmpty())
            name = qualifier.toLower() + u' ' + name;
        m.start = m_t.start(first);
        m.end = m_t.end(end - 1);
        m.name = name.simplified();
        m.value = valueText(n.value);
        m.unit = unit;
        return end;
    }

    // "15,000 of Palmyra's 70,000 residents", "15,000 of the residents".
    QString partitiveUnit(qsizetype k) const
    {
        const qsizetype stop = qMin(m_t.sentenceEnd(qMin(k, m_t.size() - 1)), k + 8);
        for (qsizetype j = k; j < stop && j < m_t.size(); ++j) {
            if (m_t.isPunctuation(j) && !m_t.is(j, u"'s") && !m_t.is(j, u"'"))
                return {};
            if (j > k && !m_t.isCapitalised(j) && m_t.isWord(j) && !isStopWord(m_t.lower(j)) &&
                !isCountAdjective(m_t.lower(j)) &&
                (m_t.is(j - 1, u"the") || m_t.is(j - 1, u"its") || m_t.is(j - 1, u"their")))
                return m_t.lower(j);
            const Number n = numberAt(j);
            if (n.ok) {
                if (!n.unit.isEmpty())
                    return n.unit;
                qsizetype end = 0;
                QString written;
                return nounAt(n.last, end, written);
            }
        }
        return {};
    }

    const TokenView &m_t;
    const std::vector<bool> &m_taken;
};

} // namespace

QList<FigureMatch> FigureExtractor::find(const TokenView &tokens, const std::vector<bool> &taken)
{
    return Finder(tokens, taken).run();
}

} // namespace Gloss
