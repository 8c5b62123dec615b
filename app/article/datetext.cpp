// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/datetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
int monthNumber(const QString &name)
{
    static const QStringList english {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                      u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    static const QStringList german {u"jan"_s, u"feb"_s, u"mär"_s, u"apr"_s, u"mai"_s, u"jun"_s,
                                     u"jul"_s, u"aug"_s, u"sep"_s, u"okt"_s, u"nov"_s, u"dez"_s};
    const QString key = name.left(3).toLower();
    qsizetype i = english.indexOf(key);
    if (i < 0)
        i = german.indexOf(key);
    return i < 0 ? 0 : int(i) + 1;
}

const QString MonthNames = u"(Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|"
                           "June?|Juni|July?|Juli|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
                           "Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?)\\.?"_s;
} // namespace

DateInText findDate(const QString &line)
{
    static const QRegularExpression monthFirst(MonthNames +
                                               u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"_s);
    static const QRegularExpression dayFirst(u"(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+"_s + MonthNames +
                                             u",?\\s+(\\d{4})"_s);
    static const QRegularExpression numericDmy(u"\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"_s);
    static const QRegularExpression iso(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);

    DateInText best;
    auto consider = [&](const QRegularExpressionMatch &m, int y, int mo, int d) {
        const QDate date(y, mo, d);
        if (!date.isValid() || (best.isValid() && best.position <= m.capturedStart()))
            return;
        best = {date, m.capturedStart(), m.capturedLength()};
    };
    if (auto m = monthFirst.match(line); m.hasMatch())
        consider(m, m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
    if (auto m = dayFirst.match(line); m.hasMatch())
        consider(m, m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
    if (auto m = numericDmy.match(line); m.hasMatch())
        consider(m, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = iso.match(line); m.hasMatch())
        consider(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return best;
}

} // namespace Gloss
