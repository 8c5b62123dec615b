// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/dateextractor.h"

#include "entities/entitywords.h"
#include "entities/tokenview.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

int monthOf(QStringView w)
{
    static const QStringView names[12][3] = {
        {u"january", u"jan", u"jan."}, {u"february", u"feb", u"feb."}, {u"march", u"mar", u"mar."},
        {u"april", u"apr", u"apr."},   {u"may", u"may", u"may"},       {u"june", u"jun", u"jun."},
        {u"july", u"jul", u"jul."},    {u"august", u"aug", u"aug."},   {u"september", u"sept", u"sept."},
        {u"october", u"oct", u"oct."}, {u"november", u"nov", u"nov."}, {u"december", u"dec", u"dec."}};
    for (int m = 0; m < 12; ++m)
        for (QStringView n : names[m])
            if (w == n)
                return m + 1;
    if (w == u"sep" || w == u"sep.")
        return 9;
    return 0;
}

int weekdayOf(QStringView w)
{
    static const QStringView names[7] = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                         u"friday", u"saturday", u"sunday"};
    for (int d = 0; d < 7; ++d)
        if (w == names[d])
            return d + 1;
    return 0;
}

// "25", "25th", "1st": 1..31, else 0.
int dayOf(QStringView w)
{
    qsizetype digits = 0;
    while (digits < w.size() && w.at(digits).isDigit() && w.at(digits).unicode() < 0x80)
        ++digits;
    if (digits == 0 || digits > 2)
        return 0;
    const QStringView rest = w.mid(digits);
    if (!rest.isEmpty() && rest != u"st" && rest != u"nd" && rest != u"rd" && rest != u"th")
        return 0;
    const int d = w.left(digits).toInt();
    return d >= 1 && d <= 31 ? d : 0;
}

// Four ASCII digits, 1000..2999, else 0.
int yearOf(QStringView w)
{
    if (w.size() != 4)
        return 0;
    for (QChar c : w)
        if (c < u'0' || c > u'9')
            return 0;
    const int y = w.toInt();
    return y >= 1000 && y <= 2999 ? y : 0;
}

// "a", "one" ... "twelve", or digits.
int countOf(QStringView w)
{
    static const QStringView words[] = {u"one",   u"two",   u"three", u"four", u"five",   u"six",
                                        u"seven", u"eight", u"nine",  u"ten",  u"eleven", u"twelve"};
    if (w == u"a" || w == u"an")
        return 1;
    for (int k = 0; k < 12; ++k)
        if (w == words[k])
            return k + 1;
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok && n > 0 && n < 10000 ? n : 0;
}

using EntityRules::isOneOf;

// Words before a bare month or year that make it a date ("in March", "since 2011").
bool isDatePreposition(QStringView w)
{
    return isOneOf(w, {u"in",         u"since", u"until", u"till", u"by",  u"during", u"from",    u"of",
                       u"before",     u"after", u"early", u"late", u"mid", u"mid-",   u"between", u"through",
                       u"throughout", u"last",  u"next",  u"this", u"to",  u"and"});
}

QString dayValue(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString monthValue(int year, int month)
{
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

QString weekValue(QDate d)
{
    if (!d.isValid())
        return {};
    int year = 0;
    const int week = d.weekNumber(&year);
    return u"%1-W%2"_s.arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
}

class Matcher
{
public:
    Matcher(const TokenView &t, QDate anchor)
        : m_t(t)
        , m_anchor(anchor)
    { }

    // A match starting at token i: sets m_end (exclusive) and m_value.
    bool at(qsizetype i)
    {
        m_start = i;
        m_end = i;
        m_value.clear();
        const QString &w = m_t.lower(i);
        if (iso(i) || monthFirst(i) || dayFirst(i) || weekday(i, i, 0) || deictic(i) || ago(i) ||
            shifted(i) || bareYear(i))
            return m_end > i;
        // "midday Thursday", "late Monday"
        if (isOneOf(w, {u"midday", u"noon", u"midnight", u"early", u"late"}) && m_t.joined(i))
            return weekday(i + 1, i, 0) && m_end > i;
        return false;
    }

    qsizetype start() const { return m_start; }
    qsizetype end() const { return m_end; }
    const QString &value() const { return m_value; }

private:
    bool capitalised(qsizetype i) const { return m_t.isCapitalised(i) && !m_t.inHeadline(i); }

    // Whether the sentence up to token i speaks of the future.
    bool future(qsizetype i) const
    {
        const qsizetype from = qMax(m_t.sentenceBegin(i), i - 12);
        for (qsizetype k = i - 1; k >= from; --k)
            if (isOneOf(m_t.lower(k),
                        {u"will", u"'ll", u"shall", u"due", u"scheduled", u"expected", u"plans", u"planned",
                         u"upcoming", u"next"}))
                return true;
        return false;
    }

    bool take(qsizetype end, QString value)
    {
        m_end = end;
        m_value = std::move(value);
        return true;
    }

    bool iso(qsizetype i)
    {
        const QStringView w = m_t.word(i);
        if (w.size() != 10 || w.at(4) != u'-' || w.at(7) != u'-')
            return false;
        const QDate d = QDate::fromString(w.toString(), Qt::ISODate);
        return d.isValid() && take(i + 1, dayValue(d));
    }

    // A month and a day without a year: the one nearest the article's date,
    // looking back unless the sentence speaks of the future.
    QString inferDay(int month, int day, qsizetype i) const
    {
        if (!m_anchor.isValid())
            return {};
        const bool ahead = future(i);
        QDate best;
        for (int y = m_anchor.year() - 1; y <= m_anchor.year() + 1; ++y) {
            const QDate d(y, month, day);
            if (!d.isValid())
                continue;
            if (ahead ? d >= m_anchor && !best.isValid() : d <= m_anchor.addDays(7))
                best = d;
        }
        return dayValue(best);
    }

    QString inferMonth(int month, qsizetype i, int shift = 0) const
    {
        if (!m_anchor.isValid())
            return {};
        int year = m_anchor.year();
        const int current = m_anchor.month();
        if (shift < 0) // "last March": before this month
            year -= month >= current ? 1 : 0;
        else if (shift > 0) // "next March"
            year += month <= current ? 1 : 0;
        else if (future(i))
            year += month < current ? 1 : 0;
        else
            year -= month > current ? 1 : 0;
        return monthValue(year, month);
    }

    // "August 25, 2015", "Aug. 25", "March 2016", "in March".
    bool monthFirst(qsizetype i)
    {
        const int month = monthOf(m_t.lower(i));
        if (month == 0 || !capitalised(i))
            return false;
        qsizetype k = i + 1;
        if (const int day = dayOf(m_t.lower(k)); day > 0 && m_t.joined(i)) {
            qsizetype yearAt = -1;
            if (m_t.is(k + 1, u",") && yearOf(m_t.word(k + 2)))
                yearAt = k + 2;
            else if (m_t.joined(k) && yearOf(m_t.word(k + 1)))
                yearAt = k + 1;
            if (yearAt > 0)
                return take(yearAt + 1, dayValue(QDate(yearOf(m_t.word(yearAt)), month, day)));
            return take(k + 1, inferDay(month, day, i));
        }
        if (const int year = yearOf(m_t.word(k)); year > 0 && m_t.joined(i))
            return take(k + 1, monthValue(year, month));
        // A month alone only after a word that makes it a date ("may" is a verb).
        const QString &before = i > 0 ? m_t.lower(i - 1) : QString();
        if (i > 0 && isDatePreposition(before) &&
            !isOneOf(before, {u"last", u"next", u"this", u"to", u"and"}))
            return take(i + 1, inferMonth(month, i));
        return false;
    }

    // "25 August 2015", "25th of August".
    bool dayFirst(qsizetype i)
    {
        const int day = dayOf(m_t.lower(i));
        if (day == 0)
            return false;
        qsizetype k = i + 1;
        if (m_t.is(k, u"of"))
            ++k;
        const int month = monthOf(m_t.lower(k));
        if (month == 0 || !capitalised(k) || !m_t.joined(i))
            return false;
        if (const int year = yearOf(m_t.word(k + 1)); year > 0 && m_t.joined(k))
            return take(k + 2, dayValue(QDate(year, month, day)));
        return take(k + 1, inferDay(month, day, i));
    }

    QString resolveWeekday(int weekday, qsizetype i, int shift) const
    {
        if (!m_anchor.isValid())
            return {};
        const int today = m_anchor.dayOfWeek();
        int delta;
        if (shift < 0) // "last Monday": the latest one before today
            delta = -(((today - weekday) + 6) % 7 + 1);
        else if (shift > 0) // "next Monday"
            delta = ((weekday - today) + 6) % 7 + 1;
        else if (future(i))
            delta = ((weekday - today) + 7) % 7;
        else // within the six days before, or today
            delta = -(((today - weekday) + 7) % 7);
        return dayValue(m_anchor.addDays(delta));
    }

    // "Thursday", "Thursday night", "Thursday, March 24".
    bool weekday(qsizetype i, qsizetype from, int shift)
    {
        const int weekday = weekdayOf(m_t.lower(i));
        if (weekday == 0 || !capitalised(i) || (from < i && !m_t.joined(from)))
            return false;
        if (m_t.is(i + 1, u",") && monthFirst(i + 2) && m_end > i + 2) {
            m_start = from;
            return true;
        }
        m_start = from;
        qsizetype end = i + 1;
        if (m_t.joined(i) && isOneOf(m_t.lower(i + 1), {u"morning", u"afternoon", u"evening", u"night"}))
            ++end;
        return take(end, resolveWeekday(weekday, i, shift));
    }

    bool deictic(qsizetype i)
    {
        const QString &w = m_t.lower(i);
        const int shift = w == u"yesterday" ? -1 : w == u"tomorrow" ? 1 : 0;
        if (shift != 0 || w == u"today" || w == u"tonight")
            return take(i + 1, m_anchor.isValid() ? dayValue(m_anchor.addDays(shift)) : QString());
        if (w == u"this" && m_t.joined(i) &&
            isOneOf(m_t.lower(i + 1), {u"morning", u"afternoon", u"evening"}))
            return take(i + 2, dayValue(m_anchor));
        if (w == u"last" && m_t.joined(i) && m_t.is(i + 1, u"night"))
            return take(i + 2, m_anchor.isValid() ? dayValue(m_anchor.addDays(-1)) : QString());
        return false;
    }

    // "two days ago", "a year ago".
    bool ago(qsizetype i)
    {
        const int count = countOf(m_t.lower(i));
        if (count == 0 || !m_t.joined(i) || !m_t.joined(i + 1) || !m_t.is(i + 2, u"ago"))
            return false;
        QString unit = m_t.lower(i + 1);
        if (unit.endsWith(u's'))
            unit.chop(1);
        if (!m_anchor.isValid())
            return isOneOf(unit, {u"day", u"week", u"month", u"year"}) && take(i + 3, QString());
        if (unit == u"day")
            return take(i + 3, dayValue(m_anchor.addDays(-count)));
        if (unit == u"week")
            return take(i + 3, weekValue(m_anchor.addDays(-7 * count)));
        if (unit == u"month") {
            const QDate d = m_anchor.addMonths(-count);
            return take(i + 3, monthValue(d.year(), d.month()));
        }
        if (unit == u"year")
            return take(i + 3, QString::number(m_anchor.year() - count));
        return false;
    }

    // "last week", "this month", "next year", "last March", "last Monday".
    bool shifted(qsizetype i)
    {
        const QString &w = m_t.lower(i);
        const int shift = w == u"last" ? -1 : w == u"next" ? 1 : w == u"this" ? 0 : 2;
        if (shift == 2 || !m_t.joined(i))
            return false;
        const QString &unit = m_t.lower(i + 1);
        if (weekdayOf(unit) > 0)
            return weekday(i + 1, i, shift == 0 ? 0 : shift);
        if (const int month = monthOf(unit); month > 0 && capitalised(i + 1) && unit.size() > 3)
            return take(i + 2,
                        shift == 0 ? (m_anchor.isValid() ? monthValue(m_anchor.year(), month) : QString())
                                   : inferMonth(month, i, shift));
        if (!isOneOf(unit, {u"week", u"weekend", u"month", u"year"}))
            return false;
        if (!m_anchor.isValid())
            return take(i + 2, QString());
        if (unit == u"week")
            return take(i + 2, weekValue(m_anchor.addDays(7 * shift)));
        if (unit == u"weekend") {
            const QString week = weekValue(m_anchor.addDays(7 * shift));
            return take(i + 2, week + u"-WE"_s);
        }
        if (unit == u"month") {
            const QDate d = m_anchor.addMonths(shift);
            return take(i + 2, monthValue(d.year(), d.month()));
        }
        return take(i + 2, QString::number(m_anchor.year() + shift));
    }

    // "in 2015", "since 2011", "between 2011 and 2015".
    bool bareYear(qsizetype i)
    {
        const int year = yearOf(m_t.word(i));
        if (year < 1800 || year > 2100 || i == 0)
            return false;
        const QString &before = m_t.lower(i - 1);
        if (!isDatePreposition(before) || isOneOf(before, {u"last", u"next", u"this"}))
            return false;
        // "to" and "and" only continue a range ("from 2011 to 2015").
        if (isOneOf(before, {u"to", u"and"}) && !(i >= 2 && yearOf(m_t.word(i - 2))))
            return false;
        // "in 2015 people..." is still a year; "of 2000 people" is a count.
        const QString &after = i + 1 < m_t.size() ? m_t.lower(i + 1) : QString();
        if (before == u"of" && !after.isEmpty() && m_t.isWord(i + 1) && !m_t.isCapitalised(i + 1))
            return false;
        return take(i + 1, QString::number(year));
    }

    const TokenView &m_t;
    QDate m_anchor;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    QString m_value;
};

} // namespace

QDate DateExtractor::anchorFrom(const QString &published)
{
    if (published.size() < 10)
        return {};
    return QDate::fromString(published.left(10), Qt::ISODate);
}

QList<DateMatch> DateExtractor::find(const TokenView &tokens, QDate anchor)
{
    QList<DateMatch> out;
    Matcher matcher(tokens, anchor);
    const qsizetype n = tokens.size();
    for (qsizetype i = 0; i < n;) {
        if (matcher.at(i)) {
            const qsizetype first = matcher.start(), last = matcher.end();
            out.append({tokens.start(first), tokens.end(last - 1), first, last, matcher.value()});
            i = last;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace Gloss
