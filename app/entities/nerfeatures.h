// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// The internals the tagger and its trainer share: labels, stable hashing,
// the gazetteer and the feature templates. Not a public API.
namespace Gloss::Ner {

/// Entity types of the CoNLL-2003 scheme, in label order.
enum class Type : int { Person, Organisation, Location, Misc };
constexpr int TypeCount = 4;

/// BILOU labels: 0 is O, then Begin, Inside, Last, Unit for each type.
enum class Position : int { Begin, Inside, Last, Unit };
constexpr int LabelCount = 1 + 4 * TypeCount;
constexpr int Outside = 0;

constexpr int label(Type type, Position position)
{
    return 1 + int(type) * 4 + int(position);
}
constexpr Type typeOf(int label)
{
    return Type((label - 1) / 4);
}
constexpr Position positionOf(int label)
{
    return Position((label - 1) % 4);
}

/// "PER", "ORG", "LOC", "MISC".
QString typeCode(Type type);
/// -1 for a code that is none of them.
int typeFromCode(QStringView code);

/// Whether `next` may follow `previous` in a well-formed BILOU sequence;
/// `last` says `next` ends the sentence.
bool allowed(int previous, int next, bool last);

/// The label of the next token, greedily: the best that may follow
/// `previous`; but when a name is open (B- or I-) and ending it scores better
/// than going on, `previous` is rewritten to close it (B- to U-, I- to L-),
/// so that one early mistake does not drag the following words into a name.
int bestLabel(const float *scores, int &previous, bool last);

/// Converts BILOU labels to IOB2 tags ("B-PER", "I-PER", "O").
QStringList toIob2(const std::vector<int> &labels);
/// Converts IOB1 or IOB2 tags to BILOU labels; unknown types become O.
std::vector<int> fromIob(const QStringList &tags);

/// Stable 64-bit hashes (the model's keys depend on them: never change them
/// without bumping the model format version).
quint64 mix(quint64 x);
quint64 hashText(QStringView text);
inline quint64 combine(quint64 a, quint64 b)
{
    return mix(a * 0x9E3779B97F4A7C15ULL + b);
}

/// Phrases by category ("country", "city", ...), matched case-insensitively
/// on token sequences that start with a capital letter.
class Gazetteer
{
public:
    static constexpr int MaxCategories = 16;
    static constexpr int MaxPhraseTokens = 8;

    /// Adds a category; false when there are MaxCategories already.
    bool addCategory(const QString &name, const QStringList &phrases);
    const QStringList &categories() const { return m_categories; }
    const QList<QStringList> &phrases() const { return m_phrases; }

    /// For each token (lower-case hashes, whether it is capitalised), a bit
    /// mask of category * 4 + position (B, I, L, U) of every match covering it.
    void match(const std::vector<quint64> &lowerHashes, const std::vector<bool> &capitalised,
               std::vector<quint64> &bits) const;

private:
    QStringList m_categories;
    QList<QStringList> m_phrases;
    QHash<quint64, quint16> m_entries; // token-sequence hash -> category mask
    QSet<quint64> m_prefixes;
};

/// Computes the features of one token at a time, left to right, for one
/// document: the sentence and its neighbours, the gazetteer, and what the
/// tagger decided earlier in the document ("memory", Ratinov & Roth 2009).
class FeatureExtractor
{
public:
    explicit FeatureExtractor(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    { }

    /// Forgets the previous document and learns the new one's capitalisation.
    void beginDocument(const QList<QList<QStringView>> &sentences);
    void beginSentence(const QList<QStringView> &tokens);
    /// Feature keys of token i given the two previous labels.
    void extract(qsizetype i, int previous, int previous2, std::vector<quint64> &out) const;
    /// Records the decision for token i for later mentions of the word.
    void remember(qsizetype i, int label);

private:
    struct TokenInfo {
        quint64 word = 0;
        quint64 lower = 0;
        quint64 shape = 0;
        quint64 shortShape = 0;
        std::array<quint64, 4> prefixes {};
        std::array<quint64, 4> suffixes {};
        quint64 gazetteer = 0;
        quint64 runFirst = 0;
        quint64 runLast = 0;
        quint64 runShape = 0;
        quint8 docCase = 0;
        bool capitalised = false;
    };
    struct Memory {
        std::array<quint16, TypeCount + 1> counts {}; // the types, then O
    };

    const TokenInfo &info(qsizetype i) const;

    const Gazetteer &m_gazetteer;
    std::vector<TokenInfo> m_tokens;
    TokenInfo m_begin;
    TokenInfo m_end;
    bool m_headline = false;
    QHash<quint64, quint8> m_docCase; // lower-case hash -> seen lower / capitalised mid-sentence
    QHash<quint64, Memory> m_memory;
    std::vector<quint64> m_lowerScratch;
    std::vector<bool> m_capScratch;
};

} // namespace Gloss::Ner
