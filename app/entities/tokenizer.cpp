// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/tokenizer.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Code point at i and its length in code units; a lone surrogate is its own
// (non-letter) character.
struct CodePoint {
    char32_t value = 0;
    qsizetype size = 0;
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return {};
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

bool isWordChar(char32_t c)
{
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF))
        return false;
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == 0x00AD /* soft hyphen */ || c == 0x200C ||
        c == 0x200D; // joiners inside Indic and Arabic words
}

bool isSeparator(char32_t c)
{
    return QChar::isSpace(c) || c == 0x200B || c == 0xFEFF || (c < 0x20) || (c >= 0x7F && c < 0xA0);
}

bool isHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019;
}

bool isDigit(char32_t c)
{
    return QChar::isDigit(c);
}

bool isUpper(char32_t c)
{
    return QChar::isUpper(c);
}

bool isLower(char32_t c)
{
    return QChar::isLower(c);
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
}

bool isTerminator(QStringView token)
{
    if (token.isEmpty())
        return false;
    const QChar c = token.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u'。' || c == u'！' || c == u'？';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'’' || c == u'”' || c == u'»' || c == u')' || c == u']' ||
        c == u'}';
}

// Words that keep their full stop in the news data ("Mr.", "Inc.", "vs.").
bool isAbbreviation(QStringView word)
{
    static const QStringView list[] = {
        u"Mr",  u"Mrs",  u"Ms",  u"Dr",  u"Prof", u"St",   u"Jr",  u"Sr",  u"Inc",   u"Corp", u"Co",
        u"Ltd", u"vs",   u"Gen", u"Sen", u"Gov",  u"Rep",  u"Lt",  u"Col", u"Capt",  u"Sgt",  u"Mt",
        u"No",  u"Nos",  u"Jan", u"Feb", u"Aug",  u"Sept", u"Sep", u"Oct", u"Nov",   u"Dec",  u"etc",
        u"Ave", u"Blvd", u"Fr",  u"Rev", u"Bros", u"Cie",  u"Adm", u"Maj", u"approx"};
    for (QStringView a : list)
        if (word == a)
            return true;
    return false;
}

// "U.S", "U.N", "p.m": single letters joined by dots; "J" of "J. Smith".
bool isInitialism(QStringView word)
{
    if (word.size() == 1)
        return QChar::isLetter(word.front().unicode());
    if (!word.contains(u'.'))
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const bool dotSlot = k % 2 == 1;
        if (dotSlot != (word.at(k) == u'.'))
            return false;
    }
    return true;
}

// Clitic after an apostrophe at i: its length (without the apostrophe) or 0.
qsizetype cliticAfter(QStringView text, qsizetype i)
{
    static const QStringView clitics[] = {u"s", u"re", u"ve", u"ll", u"d", u"m"};
    for (QStringView c : clitics) {
        const qsizetype end = i + 1 + c.size();
        if (end > text.size() || text.mid(i + 1, c.size()).compare(c, Qt::CaseInsensitive) != 0)
            continue;
        if (end == text.size() || !isWordChar(codePointAt(text, end).value))
            return c.size();
    }
    return 0;
}

bool startsWithUrl(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i, 8);
    return rest.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
        rest.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
        rest.startsWith(u"www."_s, Qt::CaseInsensitive);
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    QList<Token> run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const CodePoint cp = codePointAt(m_text, i);
            if (isSeparator(cp.value)) {
                if (isLineBreak(cp.value))
                    m_lineBreak = true;
                i += cp.size;
                continue;
            }
            if (startsWithUrl(m_text, i)) {
                i = url(i);
                continue;
            }
            if (isWordChar(cp.value)) {
                i = word(i);
                continue;
            }
            i = punctuation(i, cp);
        }
        return m_tokens;
    }

private:
    void push(qsizetype start, qsizetype end)
    {
        const QStringView token = m_text.mid(start, end - start);
        const bool spaceBefore = start == 0 || isSeparator(codePointAt(m_text, start - 1).value);
        bool sentenceStart = m_tokens.isEmpty() || m_lineBreak;
        if (!sentenceStart && m_pendingEnd) {
            const char32_t first = codePointAt(token, 0).value;
            if (token.size() == 1 && isClosing(token.front()) && !spaceBefore)
                ; // the closing quote still belongs to the sentence that ended
            else if (!isLower(first))
                sentenceStart = true;
            else
                m_pendingEnd = false;
        }
        if (sentenceStart)
            m_pendingEnd = false;
        m_tokens.append({start, end, sentenceStart});
        m_lineBreak = false;
        if (isTerminator(token) && !isAbbreviationToken(token))
            m_pendingEnd = true;
    }

    bool isAbbreviationToken(QStringView token) const
    {
        return token.size() > 1 && token.back() == u'.' &&
            (isAbbreviation(token.chopped(1)) || isInitialism(token.chopped(1)));
    }

    qsizetype url(qsizetype start)
    {
        qsizetype j = start;
        while (j < m_text.size() && !isSeparator(codePointAt(m_text, j).value) &&
               j - start < 4 * Tokenizer::MaxTokenLength)
            ++j;
        // Trailing punctuation belongs to the sentence, not to the address.
        while (j > start + 4 && QStringView(u".,;:!?)\"'’”]").contains(m_text.at(j - 1)))
            --j;
        push(start, j);
        return j;
    }

    qsizetype word(qsizetype start)
    {
        const qsizetype n = m_text.size();
        qsizetype j = start;
        qsizetype segmentStart = start;
        while (j < n && j - start < Tokenizer::MaxTokenLength) {
            const CodePoint cp = codePointAt(m_text, j);
            if (isWordChar(cp.value)) {
                j += cp.size;
                continue;
            }
            const char32_t prev = codePointAt(m_text, j - 1).value;
            const CodePoint next = codePointAt(m_text, j + cp.size);
            const bool nextWord = isWordChar(next.value);
            const bool prevWord = j > start && isWordChar(prev);
            if (!prevWord || !nextWord)
                break;
            if (isHyphen(cp.value) || cp.value == u'@') {
                j += cp.size;
                segmentStart = j;
                continue;
            }
            if (cp.value == u'.') {
                // "U.S", "1.5", "p.dw.com" join; "Palmyra.Image" (a lost space) does not.
                if (j - segmentStart == 1 || isDigit(next.value) || isLower(next.value)) {
                    j += cp.size;
                    segmentStart = j;
                    continue;
                }
                break;
            }
            if ((cp.value == u',' || cp.value == u'/' || cp.value == u':') && isDigit(prev) &&
                isDigit(next.value)) {
                j += cp.size;
                continue;
            }
            if (cp.value == u'&' && isUpper(prev) && isUpper(next.value)) {
                j += cp.size;
                continue;
            }
            if (isApostrophe(cp.value)) {
                // "do" "n't"
                if ((prev == u'n' || prev == u'N') && j - 1 > start &&
                    (next.value == u't' || next.value == u'T') &&
                    !isWordChar(codePointAt(m_text, j + 2).value)) {
                    push(start, j - 1);
                    push(j - 1, j + 2);
                    return j + 2;
                }
                if (cliticAfter(m_text, j) > 0)
                    break; // "Syria" "'s"
                j += cp.size; // "O'Neill", "Qur'an"
                continue;
            }
            break;
        }
        // Abbreviations and initials keep their full stop: "Mr.", "U.S.", "J."
        if (j < n && m_text.at(j) == u'.' && j - start < Tokenizer::MaxTokenLength) {
            const QStringView w = m_text.mid(start, j - start);
            const bool initial = w.size() == 1 ? isUpper(w.front().unicode()) : isInitialism(w);
            if (isAbbreviation(w) || initial)
                ++j;
        }
        push(start, j);
        return j;
    }

    qsizetype punctuation(qsizetype start, CodePoint cp)
    {
        if (isApostrophe(cp.value)) {
            const qsizetype clitic = cliticAfter(m_text, start);
            const bool attached = start > 0 && isWordChar(codePointAt(m_text, start - 1).value);
            if (clitic > 0 && attached) {
                push(start, start + 1 + clitic);
                return start + 1 + clitic;
            }
        }
        qsizetype j = start + cp.size;
        // "...", "--", "!!!" stay one token.
        if (cp.size == 1 &&
            (cp.value == u'.' || cp.value == u'-' || cp.value == u'!' || cp.value == u'?' ||
             cp.value == u'=' || cp.value == u'*')) {
            while (j < m_text.size() && m_text.at(j) == m_text.at(start) &&
                   j - start < Tokenizer::MaxTokenLength)
                ++j;
        }
        push(start, j);
        return j;
    }

    QStringView m_text;
    QList<Token> m_tokens;
    bool m_lineBreak = false;
    bool m_pendingEnd = false;
};

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    return Scanner(text).run();
}

} // namespace Gloss
