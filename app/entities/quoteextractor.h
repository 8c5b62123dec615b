// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Gloss {

class TokenView;

/// A direct quotation and the words of its attribution, not yet resolved to
/// entities. Spans are [start, end) in the text; -1 when absent.
struct QuoteMatch {
    qsizetype start = 0; // the quoted words, without the marks and a trailing comma
    qsizetype end = 0;
    QString text;
    qsizetype speakerStart = -1; // "an unnamed Syrian military source", "Kodmani", "he"
    qsizetype speakerEnd = -1;
    bool pronoun = false; // the speaker is "he", "she", "they"...
    QString verb; // "said", "told", "according to"
    qsizetype objectStart =
        -1; // after "told": "the AFP news agency", "Russian Foreign Minister Sergei Lavrov"
    qsizetype objectEnd = -1;
    friend bool operator==(const QuoteMatch &, const QuoteMatch &) = default;
};

/// Finds direct quotations ("...", “...”, «...», „...“) paragraph by
/// paragraph, and their attribution in the same sentence: after the quotation
/// (`"...," Kodmani said`, `"...," said Kerry`, `"...," an unnamed source told
/// the AFP news agency`, `"...", according to the ministry`) or before it
/// (`Kerry said: "..."`, `He added, "..."`). A quotation of one word, or of
/// fewer than four words without attribution, is a scare quote, not a
/// quotation. A quotation left open at the end of a paragraph ends there
/// (news style reopens it in the next paragraph).
class QuoteExtractor final
{
public:
    static QList<QuoteMatch> find(const TokenView &tokens);
    /// "said", "told", "noted", "added", "reiterated"...
    static bool isSpeechVerb(QStringView lowerWord);
};

} // namespace Gloss
