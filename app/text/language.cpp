// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/language.h"

#include <QHash>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Gloss::Language {

namespace {
struct StopWords {
    QLatin1StringView code;
    QLatin1StringView words;
};

// The most frequent function words of each language, chosen so that the lists
// barely overlap.
constexpr std::array Lists {
    StopWords {"en"_L1,
               "the of and to in is that for it with was on as by at from have has are "
               "this which were been their said would"_L1},
    StopWords {"de"_L1,
               "der die und das den von zu mit sich des auf ist im dem nicht ein eine "
               "auch es an werden aus er hat dass sie nach wird bei"_L1},
    StopWords {"fr"_L1,
               "le la les des du et en un une est pour que qui dans par sur pas au plus "
               "ne se ce avec sont il elle ont"_L1},
    StopWords {"es"_L1,
               "el la los las del y en un una es por que con para se al lo como más "
               "pero sus ha fue este"_L1},
    StopWords {"it"_L1,
               "il di che la e un una per non sono del della nel con si le gli ha è "
               "anche al dei alla"_L1},
    StopWords {"nl"_L1,
               "de het een van en in is dat op te voor met zijn niet aan er ook als "
               "bij door maar om"_L1},
    StopWords {"pt"_L1,
               "o a os as de do da dos das e em um uma que para com não por mais se "
               "foi ao pelo pela"_L1},
};

bool isRtlScript(char32_t c)
{
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
        (c >= 0xFE70 && c <= 0xFEFC); // Arabic Presentation Forms-B, without U+FEFF (a byte-order mark)
}
} // namespace

QString direction(const QString &languageCode)
{
    static const QSet<QString> rtl {u"ar"_s, u"he"_s, u"fa"_s, u"ur"_s, u"yi"_s,
                                    u"ps"_s, u"sd"_s, u"ug"_s, u"dv"_s, u"ckb"_s};
    const QString base = languageCode.section(u'-', 0, 0).toLower();
    return rtl.contains(base) ? u"rtl"_s : u"ltr"_s;
}

QString directionOfText(QStringView text)
{
    qsizetype rtl = 0, letters = 0;
    for (char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        if (isRtlScript(c))
            ++rtl;
    }
    return letters > 0 && rtl * 2 > letters ? u"rtl"_s : u"ltr"_s;
}

QString detect(QStringView text)
{
    // Sample the start: enough for a stable guess, bounded for huge inputs.
    const QStringView sample = text.left(20000);
    qsizetype arabic = 0, hebrew = 0, cyrillic = 0, greek = 0, cjk = 0, letters = 0;
    for (QChar c : sample) {
        if (!c.isLetter())
            continue;
        ++letters;
        const char16_t u = c.unicode();
        if (u >= 0x0600 && u <= 0x06FF)
            ++arabic;
        else if (u >= 0x0590 && u <= 0x05FF)
            ++hebrew;
        else if (u >= 0x0400 && u <= 0x04FF)
            ++cyrillic;
        else if (u >= 0x0370 && u <= 0x03FF)
            ++greek;
        else if (u >= 0x3040 && u <= 0x9FFF)
            ++cjk;
    }
    if (letters == 0)
        return {};
    if (arabic * 2 > letters)
        return u"ar"_s;
    if (hebrew * 2 > letters)
        return u"he"_s;
    if (cyrillic * 2 > letters)
        return u"ru"_s;
    if (greek * 2 > letters)
        return u"el"_s;
    if (cjk * 2 > letters)
        return {};

    static const auto lookup = [] {
        QHash<QString, QList<int>> words;
        for (int i = 0; i < int(Lists.size()); ++i)
            for (const QString &w : QString(Lists[i].words).split(u' ', Qt::SkipEmptyParts))
                words[w].append(i);
        return words;
    }();
    std::array<int, Lists.size()> score {};
    qsizetype begin = -1;
    int total = 0;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const bool letter = i < sample.size() && sample[i].isLetter();
        if (letter && begin < 0)
            begin = i;
        if (!letter && begin >= 0) {
            const auto it = lookup.constFind(sample.mid(begin, i - begin).toString().toLower());
            if (it != lookup.cend())
                for (int lang : *it)
                    ++score[lang];
            ++total;
            begin = -1;
        }
    }
    int best = 0;
    for (int i = 1; i < int(score.size()); ++i)
        if (score[i] > score[best])
            best = i;
    // Require the function words to be a noticeable share of the text.
    if (score[best] < 3 || score[best] * 20 < total)
        return {};
    return Lists[best].code;
}

} // namespace Gloss::Language
