// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlprescan.h"

#include <cstring>
#include <string_view>
#include <vector>

namespace Gloss::HtmlPrescan {

namespace {
// More attributes on one tag than any page needs; the rest are dropped.
constexpr int MaxAttributes = 256;

enum class TagClass { Normal, Void, Unnested, RawText, Script, Style, Plaintext };

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

TagClass classify(std::string_view name)
{
    static constexpr std::string_view Void[] = {
        "area",  "base",   "br",    "col", "embed",  "hr",    "img",      "input",   "link", "meta",
        "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image"};
    // Elements the parser closes by itself (or never nests): counting them would
    // make a page of unclosed <p>s look deep.
    static constexpr std::string_view Unnested[] = {
        "html", "head",  "body",  "p",     "li",       "dt",      "dd", "option", "optgroup", "tr", "td",
        "th",   "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",     "rp",       "rtc"};
    static constexpr std::string_view RawText[] = {"title",  "textarea", "xmp",
                                                   "iframe", "noembed",  "noframes"};
    if (name == "script")
        return TagClass::Script;
    if (name == "style")
        return TagClass::Style;
    if (name == "plaintext")
        return TagClass::Plaintext;
    for (std::string_view v : Void)
        if (v == name)
            return TagClass::Void;
    for (std::string_view v : Unnested)
        if (v == name)
            return TagClass::Unnested;
    for (std::string_view v : RawText)
        if (v == name)
            return TagClass::RawText;
    return TagClass::Normal;
}

quint32 hashName(std::string_view name)
{
    quint32 h = 2166136261u;
    for (char c : name)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

class Scanner
{
public:
    Scanner(const QByteArray &html, int maxDepth)
        : m_s(html.constData())
        , m_n(html.size())
        , m_maxDepth(maxDepth)
    {
        m_out.reserve(m_n);
    }

    Output run()
    {
        qsizetype i = 0;
        while (i < m_n) {
            const char *lt = static_cast<const char *>(std::memchr(m_s + i, '<', size_t(m_n - i)));
            if (!lt)
                break;
            const qsizetype at = lt - m_s;
            if (at + 1 >= m_n)
                break;
            const char c = m_s[at + 1];
            if (c == '!')
                i = markup(at);
            else if (c == '/')
                i = endTag(at);
            else if (isAlpha(c))
                i = startTag(at);
            else if (c == '?')
                i = skipTo(at, '>');
            else
                i = at + 1;
            if (i < 0)
                break; // <plaintext>: the rest is text
        }
        m_out.append(m_s + m_copied, m_n - m_copied);
        return {m_out, m_limited};
    }

private:
    // Copies the input up to `upTo` and skips it until `resume`.
    void cut(qsizetype upTo, qsizetype resume)
    {
        m_out.append(m_s + m_copied, upTo - m_copied);
        m_copied = resume;
    }

    qsizetype skipTo(qsizetype from, char c) const
    {
        const void *p = std::memchr(m_s + from, c, size_t(m_n - from));
        return p ? static_cast<const char *>(p) - m_s + 1 : m_n;
    }

    qsizetype find(qsizetype from, std::string_view what) const
    {
        const void *p = memmem(m_s + from, size_t(m_n - from), what.data(), what.size());
        return p ? static_cast<const char *>(p) - m_s : -1;
    }

    // <!-- comments --> are dropped; <!DOCTYPE> and other bogus comments stay.
    qsizetype markup(qsizetype at)
    {
        if (at + 3 < m_n && m_s[at + 2] == '-' && m_s[at + 3] == '-') {
            qsizetype end;
            if (at + 4 < m_n && m_s[at + 4] == '>')
                end = at + 5; // <!-->
            else if (at + 5 < m_n && m_s[at + 4] == '-' && m_s[at + 5] == '>')
                end = at + 6; // <!--->
            else {
                const qsizetype close = find(at + 4, "-->");
                end = close < 0 ? m_n : close + 3;
            }
            cut(at, end);
            return end;
        }
        return skipTo(at, '>');
    }

    // Index past the '>' that ends the tag, honouring quoted attribute values.
    // `cutAt` is where attributes beyond MaxAttributes begin (-1: none): the
    // parser checks each attribute against the ones before it.
    qsizetype tagEnd(qsizetype from, bool *selfClosing, qsizetype *cutAt = nullptr) const
    {
        qsizetype i = from;
        int attributes = 0;
        bool inName = false;
        if (cutAt)
            *cutAt = -1;
        while (i < m_n) {
            const char c = m_s[i];
            if (c == '>') {
                if (selfClosing)
                    *selfClosing = i > from && m_s[i - 1] == '/';
                return i + 1;
            }
            if (isSpace(c) || c == '/') {
                inName = false;
                ++i;
                continue;
            }
            if (c == '=') {
                ++i;
                while (i < m_n && isSpace(m_s[i]))
                    ++i;
                if (i < m_n && (m_s[i] == '"' || m_s[i] == '\'')) {
                    i = skipTo(i + 1, m_s[i]);
                } else {
                    while (i < m_n && !isSpace(m_s[i]) && m_s[i] != '>')
                        ++i;
                }
                inName = false;
                continue;
            }
            if (!inName && ++attributes == MaxAttributes + 1 && cutAt)
                *cutAt = i;
            inName = true;
            ++i;
        }
        return m_n;
    }

    std::string_view readName(qsizetype from, qsizetype *end)
    {
        qsizetype i = from;
        qsizetype len = 0;
        while (i < m_n && !isSpace(m_s[i]) && m_s[i] != '/' && m_s[i] != '>') {
            if (len < qsizetype(sizeof m_name))
                m_name[len++] = lower(m_s[i]);
            ++i;
        }
        *end = i;
        return std::string_view(m_name, size_t(len));
    }

    // Index past the end tag </name...> closing a raw-text element, or the end.
    qsizetype rawTextEnd(qsizetype from, std::string_view name) const
    {
        qsizetype i = from;
        while (i < m_n) {
            const qsizetype lt = find(i, "</");
            if (lt < 0)
                return m_n;
            qsizetype j = lt + 2;
            qsizetype k = 0;
            while (k < qsizetype(name.size()) && j < m_n && lower(m_s[j]) == name[size_t(k)]) {
                ++j;
                ++k;
            }
            if (k == qsizetype(name.size()) &&
                (j >= m_n || isSpace(m_s[j]) || m_s[j] == '/' || m_s[j] == '>'))
                return skipTo(j, '>');
            i = lt + 2;
        }
        return m_n;
    }

    qsizetype startTag(qsizetype at)
    {
        qsizetype nameEnd;
        const std::string_view name = readName(at + 1, &nameEnd);
        bool selfClosing = false;
        qsizetype cutAt = -1;
        const qsizetype end = tagEnd(nameEnd, &selfClosing, &cutAt);
        if (cutAt > 0 && end <= m_n && m_s[end - 1] == '>')
            cut(cutAt, end - 1);
        switch (classify(name)) {
        case TagClass::Script: {
            const qsizetype close = rawTextEnd(end, "script");
            // JSON-LD carries the article's metadata; everything else goes.
            const std::string_view tag(m_s + at, size_t(end - at));
            bool jsonLd = false;
            for (size_t k = 0; k + 7 <= tag.size() && !jsonLd; ++k)
                jsonLd = lower(tag[k]) == 'l' && lower(tag[k + 1]) == 'd' && tag[k + 2] == '+' &&
                    lower(tag[k + 3]) == 'j' && lower(tag[k + 4]) == 's';
            if (!jsonLd)
                cut(at, close);
            return close;
        }
        case TagClass::Style: {
            const qsizetype close = rawTextEnd(end, "style");
            cut(at, close);
            return close;
        }
        case TagClass::RawText:
            return rawTextEnd(end, name);
        case TagClass::Plaintext:
            return -1;
        case TagClass::Void:
        case TagClass::Unnested:
            return end;
        case TagClass::Normal:
            break;
        }
        if (selfClosing)
            return end;
        const bool drop = m_depth >= m_maxDepth;
        m_stack.push_back({hashName(name), drop});
        if (drop) {
            m_limited = true;
            cut(at, end);
        } else {
            ++m_depth;
        }
        return end;
    }

    qsizetype endTag(qsizetype at)
    {
        if (at + 2 >= m_n || !isAlpha(m_s[at + 2]))
            return skipTo(at, '>');
        qsizetype nameEnd;
        const std::string_view name = readName(at + 2, &nameEnd);
        const qsizetype end = tagEnd(nameEnd, nullptr);
        const TagClass kind = classify(name);
        if (kind != TagClass::Normal)
            return end;
        // Match the nearest open element of that name; a stray end tag is left
        // to the parser. Looking further than a few hundred entries down would
        // make a page of stray end tags quadratic.
        const quint32 h = hashName(name);
        const qsizetype lowest = qMax<qsizetype>(0, qsizetype(m_stack.size()) - 512);
        for (qsizetype k = qsizetype(m_stack.size()) - 1; k >= lowest; --k) {
            if (m_stack[size_t(k)].hash != h)
                continue;
            if (m_stack[size_t(k)].dropped)
                cut(at, end);
            for (qsizetype j = qsizetype(m_stack.size()) - 1; j >= k; --j)
                if (!m_stack[size_t(j)].dropped)
                    --m_depth;
            m_stack.resize(size_t(k));
            break;
        }
        return end;
    }

    struct Entry {
        quint32 hash;
        bool dropped;
    };

    const char *m_s;
    qsizetype m_n;
    int m_maxDepth;
    QByteArray m_out;
    qsizetype m_copied = 0;
    std::vector<Entry> m_stack;
    int m_depth = 0;
    bool m_limited = false;
    char m_name[24];
};
} // namespace

Output prepare(const QByteArray &utf8, int maxDepth)
{
    return Scanner(utf8, maxDepth).run();
}

} // namespace Gloss::HtmlPrescan
