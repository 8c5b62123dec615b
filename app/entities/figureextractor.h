// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Gloss {

class TokenView;

/// A number of the text with what it counts.
struct FigureMatch {
    qsizetype start = 0; // [start, end) in the text
    qsizetype end = 0;
    QString name; // "15,000 residents", "more than 3,000 people", "$5 million", "40 percent"
    QString value; // the number: "15000", "5000000", "0.4"
    QString unit; // "residents", "USD", "percent"; empty when the text does not say
    friend bool operator==(const FigureMatch &, const FigureMatch &) = default;
};

/// Finds figures by rules: a number (digits with thousands separators and
/// decimals, "5 million", "5bn", "two" to "ninety") with the noun it counts
/// ("300 meters"), a partitive borrowing the noun of the number that follows
/// ("15,000 of Palmyra's 70,000 residents": 15,000 residents), compounds
/// ("2,000-year-old": 2,000 years), percentages, money ("$5 million",
/// "3 billion euros") and comparisons that change the meaning ("more than",
/// "at least", "up to"). Identifiers are not figures: a number after a word
/// such as "resolution", "article", "flight" or after a name ("Boeing 737"),
/// times, ordinals, years, and numbers inside dates.
class FigureExtractor final
{
public:
    /// `taken` marks tokens already used (dates, names): they are skipped.
    static QList<FigureMatch> find(const TokenView &tokens, const std::vector<bool> &taken);
};

} // namespace Gloss
