// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/tokenizer.h"

#include <QList>
#include <QString>

#include <vector>

namespace Gloss {

/// A text with its tokens and what the rule-based extractors ask of them:
/// a token's words in lower case, its sentence, whether it is capitalised,
/// whether two tokens are neighbours on one line. Built once per text and
/// shared by the date, figure, quote and name rules.
class TokenView final
{
public:
    explicit TokenView(const QString &text);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype i) const { return m_tokens.at(i); }
    qsizetype start(qsizetype i) const { return m_tokens.at(i).start; }
    qsizetype end(qsizetype i) const { return m_tokens.at(i).end; }

    /// The token's text; empty outside [0, size()).
    QStringView word(qsizetype i) const;
    /// The token's text in lower case, typographic apostrophes as "'".
    const QString &lower(qsizetype i) const;
    /// Whether token i is `w` (lower case ASCII), ignoring case.
    bool is(qsizetype i, QStringView w) const { return i >= 0 && i < size() && lower(i) == w; }

    qsizetype sentence(qsizetype i) const { return m_sentence[size_t(i)]; }
    bool sentenceStart(qsizetype i) const { return m_tokens.at(i).sentenceStart; }
    /// The first token of token i's sentence, and one past its last.
    qsizetype sentenceBegin(qsizetype i) const;
    qsizetype sentenceEnd(qsizetype i) const;
    /// A sentence without lower-case letters: a headline or shouting, where
    /// capitals say nothing.
    bool inHeadline(qsizetype i) const;

    /// Starts with an upper-case or title-case letter.
    bool isCapitalised(qsizetype i) const;
    /// Two or more letters, all upper case ("HNC", "UN").
    bool isAllCaps(qsizetype i) const;
    /// Letters only (hyphens and apostrophes inside allowed).
    bool isWord(qsizetype i) const;
    bool isPunctuation(qsizetype i) const;
    /// Tokens i and i + 1 stand on one line, in one sentence, with only
    /// spaces between them.
    bool joined(qsizetype i) const;

    /// The first token that ends after `offset` (size() when none).
    qsizetype tokenAt(qsizetype offset) const;

private:
    QString m_text;
    QList<Token> m_tokens;
    std::vector<QString> m_lower;
    std::vector<qsizetype> m_sentence;
    std::vector<qsizetype> m_sentenceFirst; // per sentence
    std::vector<bool> m_headline; // per sentence
};

} // namespace Gloss
