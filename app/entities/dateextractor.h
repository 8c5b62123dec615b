// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Gloss {

class TokenView;

/// A date expression of the text and its ISO 8601 value.
struct DateMatch {
    qsizetype start = 0; // [start, end) in the text
    qsizetype end = 0;
    qsizetype firstToken = 0; // [firstToken, lastToken) in the TokenView
    qsizetype lastToken = 0;
    QString value; // "2016-03-24", "2016-W11", "2016-03", "2015"; empty: relative, no anchor
    friend bool operator==(const DateMatch &, const DateMatch &) = default;
};

/// Finds dates by rules (the tagger knows no dates) and resolves relative
/// ones against the article's date, as a reader of the day would:
/// "August 25, 2015", "25 August", "March 2016", "2016-03-24"; a weekday
/// ("Thursday", "on Monday", "midday Thursday", "Thursday night") is the one
/// within the six days before the article or the article's day itself, or the
/// next one when the sentence speaks of the future ("will", "due",
/// "scheduled"); "last/next Monday"; "today", "yesterday", "tomorrow",
/// "last night"; "two days ago", "a year ago"; "last/this/next week" (ISO
/// week, "2016-W11"), month and year; a month after "in", "since", "until"...
/// ("in March": the latest March not after the article's month); a year after
/// such a word ("in 2015").
class DateExtractor final
{
public:
    /// `anchor` is the article's date; when it is invalid relative dates
    /// keep an empty value.
    static QList<DateMatch> find(const TokenView &tokens, QDate anchor);
    /// The article's date from Article::published ("2016-03-24" or a date-time).
    static QDate anchorFrom(const QString &published);
};

} // namespace Gloss
