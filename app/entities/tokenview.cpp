// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/tokenview.h"

#include <algorithm>

namespace Gloss {

TokenView::TokenView(const QString &text)
    : m_text(text)
    , m_tokens(Tokenizer::tokenize(text))
{
    const qsizetype n = m_tokens.size();
    m_lower.reserve(size_t(n));
    m_sentence.reserve(size_t(n));
    bool lowerSeen = false;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.sentenceStart || i == 0) {
            if (i > 0)
                m_headline.push_back(!lowerSeen);
            m_sentenceFirst.push_back(i);
            lowerSeen = false;
        }
        m_sentence.push_back(qsizetype(m_sentenceFirst.size()) - 1);
        QString lower = QStringView(m_text).mid(t.start, t.end - t.start).toString().toLower();
        lower.replace(u'\u2019', u'\'');
        if (!lowerSeen)
            for (const QChar c : QStringView(m_text).mid(t.start, t.end - t.start))
                if (c.isLower()) {
                    lowerSeen = true;
                    break;
                }
        m_lower.push_back(std::move(lower));
    }
    if (n > 0)
        m_headline.push_back(!lowerSeen);
}

QStringView TokenView::word(qsizetype i) const
{
    if (i < 0 || i >= size())
        return {};
    const Token &t = m_tokens.at(i);
    return QStringView(m_text).mid(t.start, t.end - t.start);
}

const QString &TokenView::lower(qsizetype i) const
{
    return m_lower[size_t(i)];
}

qsizetype TokenView::sentenceBegin(qsizetype i) const
{
    return m_sentenceFirst[size_t(sentence(i))];
}

qsizetype TokenView::sentenceEnd(qsizetype i) const
{
    const size_t s = size_t(sentence(i)) + 1;
    return s < m_sentenceFirst.size() ? m_sentenceFirst[s] : size();
}

bool TokenView::inHeadline(qsizetype i) const
{
    return m_headline[size_t(sentence(i))];
}

bool TokenView::isCapitalised(qsizetype i) const
{
    const QStringView w = word(i);
    if (w.isEmpty())
        return false;
    const char32_t first = w.front().isHighSurrogate() && w.size() > 1
        ? QChar::surrogateToUcs4(w.at(0), w.at(1))
        : char32_t(w.front().unicode());
    return QChar::isUpper(first) || QChar::isTitleCase(first);
}

bool TokenView::isAllCaps(qsizetype i) const
{
    const QStringView w = word(i);
    int letters = 0;
    for (const QChar c : w) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 2;
}

bool TokenView::isWord(qsizetype i) const
{
    const QStringView w = word(i);
    if (w.isEmpty() || !w.front().isLetter())
        return false;
    return std::all_of(w.begin(), w.end(), [](QChar c) {
        return c.isLetter() || c.isMark() || c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.';
    });
}

bool TokenView::isPunctuation(qsizetype i) const
{
    const QStringView w = word(i);
    return !w.isEmpty() && !w.front().isLetterOrNumber() && !w.front().isSurrogate();
}

bool TokenView::joined(qsizetype i) const
{
    if (i < 0 || i + 1 >= size() || m_tokens.at(i + 1).sentenceStart)
        return false;
    for (qsizetype k = end(i); k < start(i + 1); ++k) {
        const QChar c = m_text.at(k);
        if (c != u' ' && c != u'\u00A0' && c != u'\t')
            return false;
    }
    return true;
}

qsizetype TokenView::tokenAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](qsizetype o, const Token &t) { return o < t.end; });
    return qsizetype(it - m_tokens.cbegin());
}

} // namespace Gloss
