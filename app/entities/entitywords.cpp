// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitywords.h"

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

// Heads of organisation names: a capitalised run holding one is an organisation.
const QSet<QString> &organisationWords()
{
    static const QSet<QString> words = makeSet(
        {u"observatory",  u"committee",    u"council",     u"ministry", u"agency",     u"organisation",
         u"organization", u"commission",   u"association", u"union",    u"party",      u"institute",
         u"university",   u"college",      u"court",       u"tribunal", u"bank",       u"corporation",
         u"corp.",        u"company",      u"inc.",        u"ltd.",     u"federation", u"foundation",
         u"department",   u"assembly",     u"parliament",  u"senate",   u"congress",   u"coalition",
         u"alliance",     u"league",       u"movement",    u"front",    u"army",       u"brigade",
         u"brigades",     u"authority",    u"bureau",      u"fund",     u"centre",     u"center",
         u"network",      u"society",      u"trust",       u"board",    u"office",     u"forces",
         u"service",      u"services",     u"group",       u"church",   u"airlines",   u"airways",
         u"press",        u"news",         u"times",       u"post",     u"journal",    u"herald",
         u"tribune",      u"broadcasting", u"television",  u"radio",    u"tv",         u"guard"});
    return words;
}

// Organisation heads distinctive enough that the word alone names the one
// organisation of the article that has it ("the Observatory").
const QSet<QString> &distinctiveHeads()
{
    static const QSet<QString> words =
        makeSet({u"observatory", u"committee", u"council", u"commission", u"ministry", u"agency", u"tribunal",
                 u"parliament", u"assembly", u"coalition", u"alliance", u"front", u"federation",
                 u"foundation", u"institute", u"university", u"league", u"movement"});
    return words;
}

// Words after an organisation that make it a news outlet ("the AFP news agency").
const QSet<QString> &outletWords()
{
    static const QSet<QString> words =
        makeSet({u"news", u"agency", u"newspaper", u"daily", u"broadcaster", u"television", u"tv", u"radio",
                 u"channel", u"magazine", u"website", u"wire", u"weekly"});
    return words;
}

const QSet<QString> &knownOutlets()
{
    static const QSet<QString> words = makeSet({u"afp",
                                                u"reuters",
                                                u"ap",
                                                u"dpa",
                                                u"bbc",
                                                u"cnn",
                                                u"al jazeera",
                                                u"associated press",
                                                u"agence france-presse",
                                                u"bloomberg",
                                                u"sana",
                                                u"tass",
                                                u"ria novosti",
                                                u"interfax",
                                                u"xinhua",
                                                u"anadolu",
                                                u"efe",
                                                u"ansa",
                                                u"kyodo",
                                                u"yonhap",
                                                u"npr",
                                                u"dw",
                                                u"deutsche welle",
                                                u"kna",
                                                u"epd",
                                                u"upi",
                                                u"irna",
                                                u"wafa",
                                                u"petra",
                                                u"mena",
                                                u"itar-tass",
                                                u"ria",
                                                u"sky news",
                                                u"fox news"});
    return words;
}

// Capitalised words that do not start a name: sentence-initial function words.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = makeSet({u"the",
                                                u"a",
                                                u"an",
                                                u"in",
                                                u"on",
                                                u"at",
                                                u"its",
                                                u"it",
                                                u"this",
                                                u"that",
                                                u"these",
                                                u"those",
                                                u"only",
                                                u"meanwhile",
                                                u"however",
                                                u"but",
                                                u"and",
                                                u"or",
                                                u"if",
                                                u"when",
                                                u"while",
                                                u"after",
                                                u"before",
                                                u"as",
                                                u"by",
                                                u"for",
                                                u"from",
                                                u"with",
                                                u"some",
                                                u"many",
                                                u"most",
                                                u"all",
                                                u"he",
                                                u"she",
                                                u"they",
                                                u"we",
                                                u"i",
                                                u"you",
                                                u"his",
                                                u"her",
                                                u"their",
                                                u"our",
                                                u"there",
                                                u"here",
                                                u"what",
                                                u"who",
                                                u"why",
                                                u"how",
                                                u"where",
                                                u"not",
                                                u"no",
                                                u"yes",
                                                u"also",
                                                u"still",
                                                u"yet",
                                                u"so",
                                                u"then",
                                                u"now",
                                                u"today",
                                                u"although",
                                                u"though",
                                                u"despite",
                                                u"since",
                                                u"until",
                                                u"about",
                                                u"among",
                                                u"between",
                                                u"during",
                                                u"of",
                                                u"to",
                                                u"into",
                                                u"over",
                                                u"under",
                                                u"image",
                                                u"photo",
                                                u"read",
                                                u"watch",
                                                u"skip",
                                                u"more",
                                                u"related",
                                                u"both",
                                                u"each",
                                                u"every",
                                                u"other",
                                                u"another",
                                                u"such",
                                                u"my",
                                                u"your",
                                                u"one",
                                                u"two",
                                                u"three",
                                                u"once",
                                                u"even",
                                                u"just",
                                                u"instead",
                                                u"thus",
                                                u"earlier",
                                                u"later",
                                                u"last",
                                                u"next",
                                                u"first",
                                                u"again",
                                                u"according",
                                                u"editor's",
                                                u"note",
                                                u"copyright",
                                                u"advertisement",
                                                u"share",
                                                u"follow",
                                                u"subscribe",
                                                u"video",
                                                u"audio"});
    return words;
}

const QSet<QString> &particles()
{
    static const QSet<QString> words = makeSet(
        {u"bin", u"ibn",   u"bint", u"abu", u"van", u"von", u"der", u"den", u"de", u"da", u"di",  u"du",
         u"del", u"della", u"dos",  u"das", u"le",  u"la",  u"ter", u"ten", u"al", u"el", u"ben", u"zu"});
    return words;
}

// Words before a name that make it a place ("the town of", "in").
const QSet<QString> &placeNouns()
{
    static const QSet<QString> words =
        makeSet({u"town",     u"city",   u"village",   u"province",    u"region",  u"capital",  u"outskirts",
                 u"entrance", u"centre", u"center",    u"edge",        u"east",    u"west",     u"north",
                 u"south",    u"heart",  u"ruins",     u"suburbs",     u"streets", u"district", u"area",
                 u"country",  u"port",   u"county",    u"state",       u"island",  u"valley",   u"site",
                 u"gates",    u"walls",  u"residents", u"inhabitants", u"people",  u"mayor",    u"governor"});
    return words;
}

const QSet<QString> &placePrepositions()
{
    static const QSet<QString> words = makeSet(
        {u"in",       u"inside", u"near",   u"into",    u"from",     u"at",      u"around",    u"outside",
         u"towards",  u"toward", u"across", u"through", u"within",   u"entered", u"recapture", u"recaptured",
         u"captured", u"retake", u"retook", u"seized",  u"besieged", u"reached", u"left",      u"visited"});
    return words;
}

bool isOneOf(QStringView w, std::initializer_list<QStringView> list)
{
    for (QStringView l : list)
        if (w == l)
            return true;
    return false;
}

bool isRomanNumeral(QStringView w)
{
    if (w.size() < 2 || w.size() > 5)
        return false;
    for (QChar c : w)
        if (c != u'I' && c != u'V' && c != u'X')
            return false;
    return true;
}

// "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name.
bool isParticleWord(QStringView w)
{
    const qsizetype dash = w.indexOf(u'-');
    if (dash < 1 || dash > 3 || dash + 1 >= w.size() || !w.at(dash + 1).isUpper())
        return false;
    const QStringView head = w.left(dash);
    return isOneOf(head, {u"al", u"el", u"ad", u"as", u"ash", u"ar", u"an", u"at", u"az", u"ul"});
}

QString stripParticle(const QString &w)
{
    return isParticleWord(w) ? w.mid(w.indexOf(u'-') + 1) : w;
}

// "Britain-based", "Saudi-backed", "Pro-Assad": a modifier, not a name.
bool isModifierWord(QStringView lower)
{
    const qsizetype dash = lower.lastIndexOf(u'-');
    if (dash <= 0 || dash + 1 >= lower.size())
        return false;
    if (lower.startsWith(u"pro-") || lower.startsWith(u"anti-") || lower.startsWith(u"non-") ||
        lower.startsWith(u"post-") || lower.startsWith(u"pre-"))
        return true;
    const QStringView tail = lower.mid(dash + 1);
    return tail.endsWith(u"ed") ||
        isOneOf(tail,
                {u"based", u"led", u"run", u"born", u"style", u"era", u"speaking", u"language", u"made",
                 u"held", u"bound"});
}

} // namespace Gloss::EntityRules
