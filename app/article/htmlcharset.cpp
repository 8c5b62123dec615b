// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlcharset.h"

#include <QString>
#include <QStringDecoder>

#include <cstring>

namespace Gloss::HtmlCharset {

namespace {
// How far into the page a declaration is looked for. The standard says 1024
// bytes, but pages put long scripts and comments before their <meta charset>.
constexpr qsizetype DeclarationWindow = 8192;

// Windows-1252 code points for bytes 0x80..0x9F (the rest map to themselves).
constexpr char16_t Windows1252High[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                          0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool startsWithNoCase(const char *data, const char *lowerWord, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        if (lower(data[i]) != lowerWord[i])
            return false;
    return true;
}

bool isLabelChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == ':';
}

// Length of the well-formed UTF-8 sequence at `p` (1..4), 0 when it is not one.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) {
        return p + i < end && (p[i] & 0xC0) == 0x80;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0; // overlong or surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

QByteArray normalisedLabel(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label == "utf8" || label == "utf-8" || label == "unicode-1-1-utf-8" || label.startsWith("utf-16") ||
        label == "unicode" || label == "x-user-defined")
        return label == "x-user-defined" ? QByteArray("windows-1252") : QByteArray("utf-8");
    if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "l1" ||
        label == "us-ascii" || label == "ascii" || label == "cp1252" || label == "iso_8859-1" ||
        label == "windows-1252" || label == "cp819" || label == "ibm819")
        return "windows-1252";
    if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "chinese" ||
        label == "gb_2312-80" || label == "csgb2312")
        return "gb18030"; // the superset decodes all of them
    if (label == "sjis" || label == "x-sjis" || label == "ms_kanji" || label == "windows-31j" ||
        label == "shift-jis")
        return "shift_jis";
    if (label == "ks_c_5601-1987" || label == "korean" || label == "windows-949")
        return "euc-kr";
    if (label == "big5-hkscs" || label == "x-x-big5")
        return "big5";
    return label;
}

// The value after `charset` in a tag's text, as in `charset="x"` or `content="...; charset=x"`.
QByteArray charsetIn(const char *tag, qsizetype size)
{
    for (qsizetype i = 0; i + 7 <= size; ++i) {
        if (lower(tag[i]) != 'c' || !startsWithNoCase(tag + i, "charset", 7))
            continue;
        qsizetype j = i + 7;
        while (j < size && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\n' || tag[j] == '\r'))
            ++j;
        if (j >= size || tag[j] != '=')
            continue;
        ++j;
        while (j < size && (tag[j] == ' ' || tag[j] == '"' || tag[j] == '\''))
            ++j;
        qsizetype k = j;
        while (k < size && isLabelChar(tag[k]))
            ++k;
        if (k > j)
            return QByteArray(tag + j, k - j);
    }
    return {};
}

QByteArray repairMixedUtf8(const QByteArray &bytes)
{
    // Well-formed UTF-8 stays; each stray byte is read as Windows-1252.
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const int n = utf8SequenceLength(p, end);
        if (n > 0) {
            out.append(reinterpret_cast<const char *>(p), n);
            p += n;
            continue;
        }
        const char16_t u = *p < 0xA0 ? Windows1252High[*p - 0x80] : char16_t(*p);
        if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
        } else {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
        }
        out.append(char(0x80 | (u & 0x3F)));
        ++p;
    }
    return out;
}

QByteArray decodeWith(const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid())
        decoder = QStringDecoder("windows-1252");
    if (!decoder.isValid())
        return QString::fromLatin1(bytes).toUtf8();
    return QString(decoder.decode(bytes)).toUtf8();
}

// An undeclared legacy page. Japanese text is full of kana, which Shift_JIS
// and EUC-JP decode to and the Chinese sets do not; Korean is hangul; of the
// Chinese sets the one that decodes the bytes cleanly into ideographs wins.
// Otherwise Cyrillic when high bytes come in runs (words) rather than alone
// between ASCII letters (accents), else Windows-1252.
QByteArray guessLegacy(const QByteArray &bytes)
{
    struct Guess {
        const char *name;
        int script; // 0 kana, 1 hangul, 2 ideographs
        int percent; // of the non-ASCII characters
    };
    static constexpr Guess Guesses[] = {
        {"shift_jis", 0, 20}, {"euc-jp", 0, 20}, {"euc-kr", 1, 90}, {"gb18030", 2, 90}, {"big5", 2, 90}};
    // Double-byte text has its high bytes in pairs; Cyrillic or Greek words
    // in a single-byte set have runs of any length.
    qsizetype runs = 0, oddRuns = 0, run = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i < bytes.size() && static_cast<unsigned char>(bytes[i]) >= 0x80) {
            ++run;
            continue;
        }
        if (run > 0) {
            ++runs;
            oddRuns += run % 2;
        }
        run = 0;
    }
    const bool doubleByte = runs > 0 && oddRuns * 10 <= runs;
    for (const Guess &guess : Guesses) {
        if (!doubleByte && guess.script != 0)
            continue;
        QStringDecoder decoder(guess.name);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            continue;
        qsizetype nonAscii = 0, matching = 0, halfWidth = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80)
                continue;
            ++nonAscii;
            if (u >= 0xFF61 && u <= 0xFF9F)
                ++halfWidth;
            const bool kana = u >= 0x3040 && u <= 0x30FF;
            const bool hangul = u >= 0xAC00 && u <= 0xD7AF;
            const bool ideograph = (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
                (u >= 0xFF00 && u <= 0xFF60) || kana;
            if ((guess.script == 0 && kana) || (guess.script == 1 && hangul) ||
                (guess.script == 2 && ideograph))
                ++matching;
        }
        if (nonAscii > 0 && halfWidth * 20 < nonAscii && matching * 100 >= nonAscii * guess.percent)
            return guess.name;
    }
    qsizetype high = 0, paired = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) < 0xC0)
            continue;
        ++high;
        if ((i > 0 && static_cast<unsigned char>(bytes[i - 1]) >= 0xC0) ||
            (i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0xC0))
            ++paired;
    }
    return high > 20 && paired * 2 > high ? "windows-1251" : "windows-1252";
}
} // namespace

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Skip ASCII eight bytes at a time.
        if (end - p >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

QByteArray declared(const QByteArray &html)
{
    const qsizetype window = qMin(html.size(), DeclarationWindow);
    const char *data = html.constData();
    if (html.startsWith("<?xml")) {
        const qsizetype close = html.indexOf("?>");
        if (close > 0) {
            const QByteArray decl = html.left(close);
            const qsizetype at = decl.indexOf("encoding");
            if (at > 0) {
                qsizetype j = at + 8;
                while (j < decl.size() &&
                       (decl[j] == '=' || decl[j] == ' ' || decl[j] == '"' || decl[j] == '\''))
                    ++j;
                qsizetype k = j;
                while (k < decl.size() && decl[k] != '"' && decl[k] != '\'' && decl[k] != ' ')
                    ++k;
                if (k > j)
                    return normalisedLabel(decl.mid(j, k - j));
            }
        }
    }
    for (qsizetype i = 0; i + 5 < window; ++i) {
        if (data[i] != '<' || !startsWithNoCase(data + i + 1, "meta", 4))
            continue;
        const char *close = static_cast<const char *>(std::memchr(data + i, '>', window - i));
        if (!close)
            break;
        const QByteArray charset = charsetIn(data + i, close - (data + i));
        if (!charset.isEmpty())
            return normalisedLabel(charset);
        i = close - data;
    }
    return {};
}

QByteArray toUtf8(const QByteArray &html)
{
    if (html.startsWith("\xEF\xBB\xBF"))
        return html.mid(3);
    if (html.startsWith("\xFF\xFE") || html.startsWith("\xFE\xFF") ||
        (html.size() >= 2 && ((html[0] == '<' && html[1] == '\0') || (html[0] == '\0' && html[1] == '<')))) {
        const bool little = html.startsWith("\xFF\xFE") || html[1] == '\0';
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(html);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text.toUtf8();
    }

    bool ascii = true;
    for (char c : html) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return html; // every ASCII-compatible encoding reads ASCII the same

    const QByteArray charset = declared(html);
    const bool validUtf8 = isValidUtf8(html.constData(), html.size());
    if (validUtf8)
        return html; // multi-byte UTF-8 that decodes cleanly is UTF-8, whatever the page says
    if (charset.isEmpty() || charset == "utf-8") {
        // Mostly UTF-8 with a few stray bytes: repair; otherwise a legacy page.
        qsizetype goodMultibyte = 0, bad = 0;
        const auto *p = reinterpret_cast<const unsigned char *>(html.constData());
        const auto *end = p + html.size();
        while (p < end) {
            if (*p < 0x80) {
                ++p;
                continue;
            }
            const int n = utf8SequenceLength(p, end);
            if (n > 0) {
                ++goodMultibyte;
                p += n;
            } else {
                ++bad;
                ++p;
            }
        }
        if (charset == "utf-8" || goodMultibyte >= bad)
            return repairMixedUtf8(html);
        return decodeWith(html, guessLegacy(html).constData());
    }
    return decodeWith(html, charset.constData());
}

} // namespace Gloss::HtmlCharset
