// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/datedisplay.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss::DateDisplay {

namespace {

// The locale's long date format without the weekday ("d MMMM yyyy",
// "MMMM d, yyyy", "d. MMMM yyyy"), and that without the year.
QString dayMonthYearFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(u"d{4}[,،]?\\s*|[,،]?\\s*d{4}"_s);
    format.remove(weekday);
    return format.trimmed();
}

QString withoutYear(QString format)
{
    static const QRegularExpression year(u"[,،.]?\\s*y+\\s*(г\\.)?|y+[.,،]?\\s*"_s);
    format.remove(year);
    return format.trimmed();
}

// "14–20 March 2016", "28 March – 3 April 2016", "29 December 2015 – 4 January 2016".
QString range(QDate from, QDate to, const QLocale &locale)
{
    const QString full = dayMonthYearFormat(locale);
    if (from.year() != to.year())
        return locale.toString(from, full) + u" – "_s + locale.toString(to, full);
    if (from.month() != to.month())
        return locale.toString(from, withoutYear(full)) + u" – "_s + locale.toString(to, full);
    // Same month: the day field of the end date becomes "first–last".
    static const QRegularExpression day(u"(?<![dM])d(?!d)"_s);
    QString format = full;
    const QRegularExpressionMatch m = day.match(format);
    if (!m.hasMatch())
        return locale.toString(from, full) + u" – "_s + locale.toString(to, full);
    format.replace(m.capturedStart(), 1, u"'"_s + locale.toString(from.day()) + u"–'d"_s);
    return locale.toString(to, format);
}

} // namespace

QString text(const QString &iso, const QLocale &locale)
{
    static const QRegularExpression dayRe(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression monthRe(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression yearRe(u"^\\d{4}$"_s);
    static const QRegularExpression weekRe(u"^(\\d{4})-W(\\d{2})(-WE)?$"_s);
    if (const auto m = dayRe.match(iso); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? locale.toString(d, QLocale::LongFormat) : iso;
    }
    if (const auto m = monthRe.match(iso); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return d.isValid() ? locale.standaloneMonthName(d.month()) + u' ' + locale.toString(d, u"yyyy"_s)
                           : iso;
    }
    if (yearRe.match(iso).hasMatch())
        return locale.toString(QDate(iso.toInt(), 1, 1), u"yyyy"_s);
    if (const auto m = weekRe.match(iso); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int week = m.captured(2).toInt();
        // ISO week 1 holds 4 January; weeks start on Monday.
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
        if (week < 1 || week > 53 || !monday.isValid())
            return iso;
        return m.capturedLength(3) ? range(monday.addDays(5), monday.addDays(6), locale)
                                   : range(monday, monday.addDays(6), locale);
    }
    return iso;
}

} // namespace Gloss::DateDisplay
