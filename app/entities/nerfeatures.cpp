// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/nerfeatures.h"

#include "entities/tokenizer.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace Gloss::Ner {

namespace {

// Feature templates. Their numbers are part of the model format.
enum Template : quint64 {
    TBias = 1,
    TWord,
    TLower, // + offset -2..2
    TShape = TLower + 5, // + offset -1..1
    TShapeLeft = TShape + 3,
    TShapeRight,
    TShape3,
    TPrefix, // + length - 1
    TSuffix = TPrefix + 4,
    TPrevious = TSuffix + 4,
    TPrevious2,
    TPreviousLower,
    TPreviousShape,
    TBigramLeft,
    TBigramRight,
    TGazetteer, // + offset -1..1
    TGazetteerShape = TGazetteer + 3,
    TMemory,
    TMemoryMajority,
    TMemoryShape,
    TFirst,
    THeadline,
    TDocCase,
    TDocCaseLower,
    TRunFirst,
    TRunLast,
    TRunShape,
    TLeftWordShape,
    TRightWordShape,
};

constexpr quint64 BeginHash = 0x42e6a1f0c3d5b7a9ULL;
constexpr quint64 EndHash = 0x9c3b5d7f1e2a4c6bULL;

// Lower case, digits as 0: "1996-08-30" and "2001-01-01" look the same.
QString normalise(QStringView word)
{
    QString lower = word.toString().toLower();
    for (QChar &c : lower) {
        if (c.isDigit())
            c = u'0';
        else if (c == u'“' || c == u'”' || c == u'„' || c == u'«' || c == u'»')
            c = u'"'; // the news data has only ASCII quotes
        else if (c == u'’' || c == u'‘')
            c = u'\'';
    }
    if (lower == u"–"_s || lower == u"—"_s)
        return u"--"_s;
    return lower;
}

QChar shapeClass(QChar c)
{
    if (c.isUpper())
        return u'X';
    if (c.isLower())
        return u'x';
    if (c.isDigit())
        return u'd';
    if (c.isLetter())
        return u'l'; // letters without case: Arabic, CJK, ...
    if (c.isMark())
        return u'm';
    return c;
}

// "Xxxx" for "Palmyra", "XX" for "UN", "dddd-dd-dd" for a date; short: runs collapsed.
void shapes(QStringView word, QString &shape, QString &shortShape)
{
    shape.clear();
    shortShape.clear();
    QChar last;
    int run = 0;
    for (qsizetype k = 0; k < word.size() && shape.size() < 16; ++k) {
        const QChar c = shapeClass(word.at(k));
        run = c == last ? run + 1 : 1;
        if (run <= 4)
            shape.append(c);
        if (run == 1)
            shortShape.append(c);
        last = c;
    }
}

bool hasUpper(QStringView word)
{
    for (QChar c : word)
        if (c.isUpper())
            return true;
    return false;
}

bool hasLower(QStringView word)
{
    for (QChar c : word)
        if (c.isLower())
            return true;
    return false;
}

bool hasLetter(QStringView word)
{
    for (QChar c : word)
        if (c.isLetter())
            return true;
    return false;
}

// Capitalised in the sense that matters for names: a capital first letter
// ("Palmyra", "AFP") or a lower-case particle before one ("al-Assad").
bool isConnector(QStringView word)
{
    static const QStringView connectors[] = {u"of",  u"for", u"and", u"de", u"del", u"la", u"von", u"van",
                                             u"der", u"du",  u"des", u"di", u"da",  u"on", u"&"};
    for (QStringView c : connectors)
        if (word == c)
            return true;
    return false;
}

bool isCapitalised(QStringView word)
{
    for (QChar c : word) {
        if (c.isLetter())
            return c.isUpper() || hasUpper(word);
    }
    return false;
}

} // namespace

QString typeCode(Type type)
{
    switch (type) {
    case Type::Person:
        return u"PER"_s;
    case Type::Organisation:
        return u"ORG"_s;
    case Type::Location:
        return u"LOC"_s;
    case Type::Misc:
        break;
    }
    return u"MISC"_s;
}

int typeFromCode(QStringView code)
{
    for (int t = 0; t < TypeCount; ++t)
        if (code == typeCode(Type(t)))
            return t;
    return -1;
}

bool allowed(int previous, int next, bool last)
{
    if (previous != Outside) {
        const Position p = positionOf(previous);
        if (p == Position::Begin || p == Position::Inside) {
            if (next == Outside || typeOf(next) != typeOf(previous))
                return false;
            const Position n = positionOf(next);
            return n == Position::Last || (n == Position::Inside && !last);
        }
    }
    if (next == Outside)
        return true;
    const Position n = positionOf(next);
    return n == Position::Unit || (n == Position::Begin && !last);
}

int bestLabel(const float *scores, int &previous, bool last)
{
    // The best label after a closed name (or none).
    int free = Outside;
    for (int l = 1; l < LabelCount; ++l)
        if (scores[l] > scores[free] && allowed(Outside, l, last))
            free = l;
    if (previous == Outside || allowed(previous, Outside, last))
        return free;
    const Type type = typeOf(previous);
    int going = label(type, Position::Last);
    if (!last && scores[label(type, Position::Inside)] > scores[going])
        going = label(type, Position::Inside);
    if (scores[free] > scores[going]) {
        previous = label(type, positionOf(previous) == Position::Begin ? Position::Unit : Position::Last);
        return free;
    }
    return going;
}

QStringList toIob2(const std::vector<int> &labels)
{
    QStringList tags;
    tags.reserve(qsizetype(labels.size()));
    for (int l : labels) {
        if (l == Outside) {
            tags.append(u"O"_s);
            continue;
        }
        const Position p = positionOf(l);
        const bool begins = p == Position::Begin || p == Position::Unit;
        tags.append((begins ? u"B-"_s : u"I-"_s) + typeCode(typeOf(l)));
    }
    return tags;
}

std::vector<int> fromIob(const QStringList &tags)
{
    const qsizetype n = tags.size();
    std::vector<int> types(size_t(n), -1);
    std::vector<bool> begins(size_t(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        const QString &tag = tags.at(i);
        if (tag.size() < 3 || tag.at(1) != u'-')
            continue;
        const int type = typeFromCode(QStringView(tag).mid(2));
        types[size_t(i)] = type;
        // IOB1 starts a chunk with I- too, unless the same type precedes it.
        begins[size_t(i)] = tag.front() == u'B' || i == 0 || types[size_t(i - 1)] != type;
    }
    std::vector<int> labels(size_t(n), Outside);
    for (qsizetype i = 0; i < n; ++i) {
        const int type = types[size_t(i)];
        if (type < 0)
            continue;
        const bool continues = i + 1 < n && types[size_t(i + 1)] == type && !begins[size_t(i + 1)];
        Position p;
        if (begins[size_t(i)])
            p = continues ? Position::Begin : Position::Unit;
        else
            p = continues ? Position::Inside : Position::Last;
        labels[size_t(i)] = label(Type(type), p);
    }
    return labels;
}

quint64 mix(quint64 x)
{
    // splitmix64's finaliser
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 hashText(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over UTF-16 code units
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h ^ quint64(text.size()));
}

bool Gazetteer::addCategory(const QString &name, const QStringList &phrases)
{
    if (m_categories.size() >= MaxCategories)
        return false;
    const int category = int(m_categories.size());
    m_categories.append(name);
    m_phrases.append(phrases);
    for (const QString &phrase : phrases) {
        const QList<Token> tokens = Tokenizer::tokenize(phrase);
        if (tokens.isEmpty() || tokens.size() > MaxPhraseTokens)
            continue;
        quint64 h = BeginHash;
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            const Token &t = tokens.at(k);
            h = combine(h, hashText(normalise(QStringView(phrase).mid(t.start, t.end - t.start))));
            if (k + 1 < tokens.size())
                m_prefixes.insert(h);
        }
        m_entries[h] |= quint16(1U << category);
    }
    return true;
}

void Gazetteer::match(const std::vector<quint64> &lowerHashes, const std::vector<bool> &capitalised,
                      std::vector<quint64> &bits) const
{
    const size_t n = lowerHashes.size();
    bits.assign(n, 0);
    if (m_entries.isEmpty())
        return;
    for (size_t i = 0; i < n; ++i) {
        if (!capitalised[i])
            continue;
        quint64 h = BeginHash;
        for (size_t len = 1; len <= size_t(MaxPhraseTokens) && i + len <= n; ++len) {
            h = combine(h, lowerHashes[i + len - 1]);
            const auto it = m_entries.constFind(h);
            if (it != m_entries.cend()) {
                for (quint64 mask = *it; mask != 0; mask &= mask - 1) {
                    const quint64 base = quint64(std::countr_zero(mask)) * 4;
                    if (len == 1) {
                        bits[i] |= 1ULL << (base + 3);
                        continue;
                    }
                    bits[i] |= 1ULL << base;
                    for (size_t k = i + 1; k + 1 < i + len; ++k)
                        bits[k] |= 1ULL << (base + 1);
                    bits[i + len - 1] |= 1ULL << (base + 2);
                }
            }
            if (!m_prefixes.contains(h))
                break;
        }
    }
}

void FeatureExtractor::beginDocument(const QList<QList<QStringView>> &sentences)
{
    m_memory.clear();
    m_docCase.clear();
    for (const QList<QStringView> &sentence : sentences) {
        bool headline = true;
        for (QStringView w : sentence)
            if (hasLower(w))
                headline = false;
        if (headline)
            continue;
        for (qsizetype i = 1; i < sentence.size(); ++i) {
            const QStringView w = sentence.at(i);
            if (!hasLetter(w))
                continue;
            const quint8 bit = isCapitalised(w) ? 2 : 1;
            m_docCase[hashText(normalise(w))] |= bit;
        }
    }
}

void FeatureExtractor::beginSentence(const QList<QStringView> &tokens)
{
    const size_t n = size_t(tokens.size());
    m_tokens.assign(n, TokenInfo {});
    m_lowerScratch.resize(n);
    m_capScratch.resize(n);
    bool anyLetters = false;
    m_headline = true;
    QString shape;
    QString shortShape;
    for (size_t i = 0; i < n; ++i) {
        const QStringView w = tokens.at(qsizetype(i));
        TokenInfo &t = m_tokens[i];
        const QString lower = normalise(w);
        t.word = hashText(w);
        t.lower = hashText(lower);
        shapes(w, shape, shortShape);
        t.shape = hashText(shape);
        t.shortShape = hashText(shortShape);
        for (qsizetype l = 1; l <= 4; ++l) {
            if (lower.size() <= l)
                break;
            t.prefixes[size_t(l - 1)] = hashText(QStringView(lower).left(l));
            t.suffixes[size_t(l - 1)] = hashText(QStringView(lower).right(l));
        }
        t.capitalised = isCapitalised(w);
        if (hasLetter(w))
            anyLetters = true;
        if (hasLower(w))
            m_headline = false;
        t.docCase = m_docCase.value(t.lower, 0);
        m_lowerScratch[i] = t.lower;
        m_capScratch[i] = t.capitalised;
    }
    m_headline = m_headline && anyLetters;
    // Runs of capitalised words, joined by lower-case connectors before a
    // capital ("Syrian Observatory for Human Rights"): every word of a run
    // sees its first and last word ("... Committee" names an organisation).
    if (!m_headline) {
        size_t i = 0;
        while (i < n) {
            if (!m_tokens[i].capitalised) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j + 1 < n) {
                if (m_tokens[j + 1].capitalised) {
                    ++j;
                } else if (j + 2 < n && m_tokens[j + 2].capitalised &&
                           isConnector(tokens.at(qsizetype(j + 1)))) {
                    j += 2;
                } else {
                    break;
                }
            }
            for (size_t k = i; k <= j; ++k) {
                TokenInfo &t = m_tokens[k];
                t.runFirst = m_tokens[i].lower;
                t.runLast = m_tokens[j].lower;
                const quint64 position = i == j ? 3 : k == i ? 0 : k == j ? 2 : 1;
                t.runShape = position * 8 + std::min<quint64>(j - i + 1, 6);
            }
            i = j + 1;
        }
    }
    std::vector<quint64> bits;
    m_gazetteer.match(m_lowerScratch, m_capScratch, bits);
    for (size_t i = 0; i < n; ++i)
        m_tokens[i].gazetteer = bits[i];
    m_begin.word = m_begin.lower = m_begin.shape = m_begin.shortShape = BeginHash;
    m_end.word = m_end.lower = m_end.shape = m_end.shortShape = EndHash;
}

const FeatureExtractor::TokenInfo &FeatureExtractor::info(qsizetype i) const
{
    if (i < 0)
        return m_begin;
    if (size_t(i) >= m_tokens.size())
        return m_end;
    return m_tokens[size_t(i)];
}

void FeatureExtractor::extract(qsizetype i, int previous, int previous2, std::vector<quint64> &out) const
{
    out.clear();
    const auto add = [&out](quint64 templ, quint64 value) {
        out.push_back(combine(templ, value));
    };
    const TokenInfo &c = info(i);
    const TokenInfo &p = info(i - 1);
    const TokenInfo &n = info(i + 1);
    add(TBias, 0);
    add(TWord, c.word);
    for (qsizetype k = -2; k <= 2; ++k)
        add(TLower + quint64(k + 2), info(i + k).lower);
    add(TShape, p.shape);
    add(TShape + 1, c.shape);
    add(TShape + 2, n.shape);
    add(TShapeLeft, combine(p.shortShape, c.shortShape));
    add(TShapeRight, combine(c.shortShape, n.shortShape));
    add(TShape3, combine(combine(p.shortShape, c.shortShape), n.shortShape));
    for (size_t l = 0; l < 4 && c.prefixes[l] != 0; ++l) {
        add(TPrefix + l, c.prefixes[l]);
        add(TSuffix + l, c.suffixes[l]);
    }
    add(TPrevious, quint64(previous));
    add(TPrevious2, quint64(previous) * 32 + quint64(previous2));
    add(TPreviousLower, combine(quint64(previous), c.lower));
    add(TPreviousShape, combine(quint64(previous), c.shape));
    add(TBigramLeft, combine(p.lower, c.lower));
    add(TBigramRight, combine(c.lower, n.lower));
    add(TLeftWordShape, combine(p.lower, c.shortShape));
    add(TRightWordShape, combine(c.shortShape, n.lower));
    for (qsizetype k = -1; k <= 1; ++k) {
        for (quint64 bits = info(i + k).gazetteer; bits != 0; bits &= bits - 1) {
            const quint64 bit = quint64(std::countr_zero(bits));
            add(TGazetteer + quint64(k + 1), bit);
            if (k == 0)
                add(TGazetteerShape, combine(bit, c.shortShape));
        }
    }
    if (c.capitalised) {
        const auto it = m_memory.constFind(c.lower);
        if (it != m_memory.cend()) {
            int best = 0;
            for (int t = 0; t <= TypeCount; ++t) {
                if (it->counts[size_t(t)] == 0)
                    continue;
                add(TMemory, quint64(t));
                if (it->counts[size_t(t)] > it->counts[size_t(best)])
                    best = t;
            }
            add(TMemoryMajority, quint64(best));
            add(TMemoryShape, combine(quint64(best), c.shortShape));
        }
    }
    if (c.runShape != 0) {
        add(TRunFirst, c.runFirst);
        add(TRunLast, c.runLast);
        add(TRunShape, c.runShape);
    }
    if (i == 0)
        add(TFirst, c.shape);
    if (m_headline)
        add(THeadline, c.lower);
    if (c.capitalised && (i == 0 || m_headline)) {
        add(TDocCase, c.docCase);
        add(TDocCaseLower, combine(c.docCase, c.lower));
    }
}

void FeatureExtractor::remember(qsizetype i, int label)
{
    const TokenInfo &t = info(i);
    if (!t.capitalised || size_t(i) >= m_tokens.size())
        return;
    Memory &memory = m_memory[t.lower];
    const size_t slot = label == Outside ? size_t(TypeCount) : size_t(typeOf(label));
    if (memory.counts[slot] < 0xFFFF)
        ++memory.counts[slot];
}

} // namespace Gloss::Ner
