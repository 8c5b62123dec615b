// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Gloss {

/// One token of a text: [start, end) in UTF-16 code units (QString indices),
/// and whether a sentence starts with it.
struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    bool sentenceStart = false;
    friend bool operator==(const Token &, const Token &) = default;
};

/// Splits text into tokens the way the CoNLL-2003 news data is tokenised, so
/// that the tagger sees at run time what it saw in training: words keep their
/// inner hyphens, apostrophes and dots ("al-Assad", "O'Neill", "U.S.",
/// "2,000-year-old"), possessives and clitics are split off ("Syria" "'s",
/// "do" "n't"), punctuation and quotes stand alone, URLs and e-mail addresses
/// stay whole. Works on code points, so letters outside the BMP and combining
/// marks stay inside their word; runs longer than MaxTokenLength are cut so
/// that text without spaces still gives bounded tokens. Sentences start after
/// a line break and after . ! ? (and closing quotes) before a word that is not
/// lower-case.
class Tokenizer final
{
public:
    static constexpr qsizetype MaxTokenLength = 128;

    static QList<Token> tokenize(QStringView text);
};

} // namespace Gloss
