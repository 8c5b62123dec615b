// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entityextractor.h"

#include "article/article.h"
#include "entities/dateextractor.h"
#include "entities/figureextractor.h"
#include "entities/nerfeatures.h"
#include "entities/quoteextractor.h"
#include "entities/tokenview.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

using Type = Entity::Type;

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

// Titles and functions that stand before a name ("President", "director").
const QSet<QString> &titleWords()
{
    static const QSet<QString> words = makeSet({u"president",
                                                u"vice-president",
                                                u"president-elect",
                                                u"premier",
                                                u"minister",
                                                u"secretary",
                                                u"secretary-general",
                                                u"chancellor",
                                                u"king",
                                                u"queen",
                                                u"prince",
                                                u"princess",
                                                u"emperor",
                                                u"sultan",
                                                u"emir",
                                                u"sheikh",
                                                u"senator",
                                                u"sen.",
                                                u"governor",
                                                u"gov.",
                                                u"mayor",
                                                u"general",
                                                u"gen.",
                                                u"colonel",
                                                u"col.",
                                                u"major",
                                                u"maj.",
                                                u"captain",
                                                u"capt.",
                                                u"lieutenant",
                                                u"lt.",
                                                u"sergeant",
                                                u"sgt.",
                                                u"admiral",
                                                u"adm.",
                                                u"commander",
                                                u"marshal",
                                                u"brigadier",
                                                u"ambassador",
                                                u"envoy",
                                                u"director",
                                                u"director-general",
                                                u"chairman",
                                                u"chairwoman",
                                                u"chairperson",
                                                u"chief",
                                                u"spokesman",
                                                u"spokeswoman",
                                                u"spokesperson",
                                                u"leader",
                                                u"pope",
                                                u"cardinal",
                                                u"bishop",
                                                u"archbishop",
                                                u"rabbi",
                                                u"imam",
                                                u"ayatollah",
                                                u"judge",
                                                u"justice",
                                                u"prosecutor",
                                                u"attorney",
                                                u"representative",
                                                u"rep.",
                                                u"congressman",
                                                u"congresswoman",
                                                u"lawmaker",
                                                u"mp",
                                                u"mr.",
                                                u"mr",
                                                u"mrs.",
                                                u"mrs",
                                                u"ms.",
                                                u"ms",
                                                u"dr.",
                                                u"dr",
                                                u"prof.",
                                                u"professor",
                                                u"ceo",
                                                u"founder",
                                                u"co-founder",
                                                u"head",
                                                u"speaker",
                                                u"commissioner",
                                                u"councillor",
                                                u"councilor",
                                                u"dean",
                                                u"patriarch",
                                                u"analyst",
                                                u"researcher",
                                                u"economist",
                                                u"editor",
                                                u"correspondent",
                                                u"officer",
                                                u"inspector",
                                                u"detective",
                                                u"coach",
                                                u"manager",
                                                u"activist",
                                                u"adviser",
                                                u"advisor",
                                                u"deputy",
                                                u"undersecretary",
                                                u"ex-leader",
                                                u"ex-president",
                                                u"ex-minister",
                                                u"co-chair",
                                                u"chair",
                                                u"mufti",
                                                u"executive",
                                                u"engineer",
                                                u"scientist",
                                                u"lawyer",
                                                u"author",
                                                u"writer",
                                                u"journalist",
                                                u"historian",
                                                u"architect",
                                                u"designer",
                                                u"strategist",
                                                u"consultant",
                                                u"investor",
                                                u"banker",
                                                u"entrepreneur",
                                                u"filmmaker",
                                                u"director-general",
                                                u"striker",
                                                u"midfielder",
                                                u"defender",
                                                u"goalkeeper",
                                                u"player",
                                                u"singer",
                                                u"actor",
                                                u"actress",
                                                u"rapper",
                                                u"composer",
                                                u"novelist",
                                                u"poet",
                                                u"physicist",
                                                u"chemist",
                                                u"biologist",
                                                u"virologist",
                                                u"epidemiologist",
                                                u"surgeon",
                                                u"nurse",
                                                u"doctor",
                                                u"teacher",
                                                u"student",
                                                u"pilot",
                                                u"diplomat",
                                                u"negotiator",
                                                u"mediator",
                                                u"commentator",
                                                u"columnist",
                                                u"blogger",
                                                u"campaigner",
                                                u"lobbyist",
                                                u"farmer",
                                                u"resident",
                                                u"witness",
                                                u"official",
                                                u"worker",
                                                u"survivor",
                                                u"owner",
                                                u"shopkeeper",
                                                u"volunteer",
                                                u"protester",
                                                u"refugee",
                                                u"expert",
                                                u"candidate",
                                                u"chairman",
                                                u"member",
                                                u"ally",
                                                u"opponent",
                                                u"critic"});
    return words;
}

// Lower-case titles too vague to start a role on their own ("the general public").
bool isVagueLowerTitle(QStringView w)
{
    return w == u"general" || w == u"justice" || w == u"major" || w == u"speaker" || w == u"head" ||
        w == u"chair" || w == u"deputy" || w == u"officer" || w == u"manager" || w == u"executive" ||
        w == u"student" || w == u"player" || w == u"doctor" || w == u"resident" || w == u"witness" ||
        w == u"official" || w == u"worker" || w == u"owner" || w == u"member" || w == u"ally" ||
        w == u"opponent" || w == u"critic" || w == u"expert" || w == u"candidate";
}

bool isHonorific(QStringView w)
{
    return w == u"mr" || w == u"mr." || w == u"mrs" || w == u"mrs." || w == u"ms" || w == u"ms." ||
        w == u"miss" || w == u"sir" || w == u"dame";
}

// After "Secretary of", "Minister of": the portfolio, part of the title.
const QSet<QString> &departmentWords()
{
    static const QSet<QString> words =
        makeSet({u"state",          u"defense",   u"defence",     u"energy",    u"commerce",
                 u"labor",          u"labour",    u"agriculture", u"education", u"health",
                 u"transportation", u"transport", u"treasury",    u"interior",  u"justice",
                 u"homeland",       u"security",  u"veterans",    u"affairs",   u"housing",
                 u"foreign",        u"staff",     u"finance",     u"economy",   u"trade",
                 u"environment",    u"culture",   u"information", u"war",       u"industry",
                 u"tourism"});
    return words;
}

// Lower-case words that may precede a title in a role ("former", "foreign minister").
const QSet<QString> &roleModifiers()
{
    static const QSet<QString> words = makeSet(
        {u"former",     u"ex",        u"then",     u"acting",     u"late",    u"outgoing", u"incoming",
         u"interim",    u"deputy",    u"foreign",  u"prime",      u"vice",    u"senior",   u"chief",
         u"opposition", u"army",      u"military", u"government", u"rebel",   u"police",   u"party",
         u"state",      u"defence",   u"defense",  u"interior",   u"finance", u"top",      u"assistant",
         u"associate",  u"executive", u"regional", u"provincial", u"local",   u"national"});
    return words;
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

// One name the tagger (or a rule) found: tokens [first, last).
struct Name {
    qsizetype first = 0;
    qsizetype last = 0;
    Type type = Type::Other;
    qsizetype roleFirst = -1; // the role's first token ("US Secretary of State" before John Kerry)
    int group = -1;
};

// The words of an entity and its mentions while they are being merged.
struct Group {
    QString key; // the normalised surface
    QStringList words;
    Type type = Type::Other;
    std::array<int, 4> counts {};
    QList<int> names; // indices into the names
    QStringList aliases; // acronyms and merged keys
    int into = -1; // merged into that group
    bool source = false;
    bool keepWithoutMentions = false;
};

class NamePass
{
public:
    NamePass(const TokenView &t, const EntityExtractor::Lexicon &lexicon)
        : m_t(t)
        , m_lexicon(lexicon)
    { }

    QList<Name> run(const QList<TaggedSpan> &spans, const std::vector<bool> &dateTokens)
    {
        m_nameOf.assign(size_t(m_t.size()), -1);
        for (const TaggedSpan &s : spans) {
            const qsizetype first = m_t.tokenAt(s.start);
            qsizetype last = first;
            while (last < m_t.size() && m_t.end(last) <= s.end)
                ++last;
            bool date = false;
            for (qsizetype k = first; k < last; ++k)
                date |= dateTokens[size_t(k)];
            // Dates are the date rules' business ("Thursday" tagged as a name).
            if (last > first && !date)
                add(first, last, s.type);
        }
        stateMedia();
        extendParticles();
        runs();
        lowerCaseRoles();
        romanNumerals();
        return clean();
    }

    bool isFunctionWord(qsizetype i) const { return functionWords().contains(m_t.lower(i)); }

    bool isTitle(qsizetype i) const { return titleWords().contains(m_t.lower(i)); }

    bool isNationality(qsizetype i) const { return m_lexicon.nationalities.contains(m_t.lower(i)); }

private:
    // The type of the name covering token i, or -1.
    int typeAt(qsizetype i) const
    {
        if (i < 0 || i >= m_t.size() || m_nameOf[size_t(i)] < 0)
            return -1;
        return int(m_names.at(m_nameOf[size_t(i)]).type);
    }

    int add(qsizetype first, qsizetype last, Type type, qsizetype roleFirst = -1)
    {
        const int id = int(m_names.size());
        m_names.append({first, last, type, roleFirst});
        m_alive.push_back(true);
        for (qsizetype k = first; k < last; ++k)
            m_nameOf[size_t(k)] = id;
        return id;
    }

    void kill(int id)
    {
        if (id < 0 || !m_alive[size_t(id)])
            return;
        m_alive[size_t(id)] = false;
        const Name &n = m_names.at(id);
        for (qsizetype k = n.first; k < n.last; ++k)
            if (m_nameOf[size_t(k)] == id)
                m_nameOf[size_t(k)] = -1;
    }

    // Replaces the names that overlap [first, last) by one.
    int replace(qsizetype first, qsizetype last, Type type, qsizetype roleFirst = -1)
    {
        for (qsizetype k = first; k < last; ++k)
            kill(m_nameOf[size_t(k)]);
        return add(first, last, type, roleFirst);
    }

    bool isNameToken(qsizetype i) const
    {
        if (i < 0 || i >= m_t.size())
            return false;
        const QString &w = m_t.lower(i);
        if (!m_t.isWord(i) || isModifierWord(w))
            return false;
        if (!m_t.isCapitalised(i) && !isParticleWord(m_t.word(i)))
            return false;
        if (isFunctionWord(i) && typeAt(i) < 0)
            return false;
        static const QSet<QString> calendar =
            makeSet({u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
                     u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august",
                     u"september", u"october", u"november", u"december"});
        return !calendar.contains(w);
    }

    // "Syrian state TV": a country's state media.
    void stateMedia()
    {
        for (qsizetype i = 0; i + 2 < m_t.size(); ++i) {
            if (!m_t.is(i + 1, u"state") || !m_t.joined(i) || !m_t.joined(i + 1) || !m_t.isCapitalised(i) ||
                !(isNationality(i) || m_lexicon.places.contains(m_t.lower(i))))
                continue;
            const QString &media = m_t.lower(i + 2);
            qsizetype end = 0;
            if (isOneOf(media, {u"tv", u"television", u"radio", u"media", u"broadcaster"}))
                end = i + 3;
            else if (media == u"news" && m_t.joined(i + 2) && m_t.is(i + 3, u"agency"))
                end = i + 4;
            if (end > 0)
                replace(i, end, Type::Organisation);
        }
    }

    // "Bashar" + "al-Assad", "Osama" + "bin Laden".
    void extendParticles()
    {
        const int count = int(m_names.size());
        for (int id = 0; id < count; ++id) {
            if (!m_alive[size_t(id)] || m_names.at(id).type != Type::Person)
                continue;
            const Name name = m_names.at(id);
            qsizetype last = name.last;
            while (last < m_t.size() && m_t.joined(last - 1)) {
                if (isParticleWord(m_t.word(last)))
                    ++last;
                else if (particles().contains(m_t.lower(last)) && !m_t.isCapitalised(last) &&
                         m_t.joined(last) && m_t.isCapitalised(last + 1) && m_t.isWord(last + 1))
                    last += 2;
                else
                    break;
            }
            if (last > name.last)
                replace(name.first, last, Type::Person);
        }
    }

    // Capitalised runs: split titles off persons, join organisation names.
    void runs()
    {
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (!isNameToken(i))
                continue;
            qsizetype j = i;
            while (j - i < 16) {
                if (m_t.joined(j) && isNameToken(j + 1)) {
                    ++j;
                } else if (m_t.joined(j) && m_t.joined(j + 1) &&
                           (m_t.is(j + 1, u"of") || m_t.is(j + 1, u"for") ||
                            (particles().contains(m_t.lower(j + 1)) && !m_t.isCapitalised(j + 1))) &&
                           isNameToken(j + 2)) {
                    j += 2;
                } else {
                    break;
                }
            }
            run(i, j + 1);
            i = j;
        }
    }

    void run(qsizetype a, qsizetype b)
    {
        if (m_t.inHeadline(a) || b - a > 12)
            return;
        // "Storm Desmond", "Hurricane Katrina", "Operation Barkhane": events, not people.
        if (b - a >= 2 &&
            isOneOf(m_t.lower(a), {u"storm", u"hurricane", u"typhoon", u"cyclone", u"operation"}) &&
            (typeAt(a + 1) >= 0 || typeAt(a) >= 0)) {
            replace(a, b, Type::Other);
            return;
        }
        bool person = false, organisation = false, tagged = false;
        for (qsizetype k = a; k < b; ++k) {
            person |= typeAt(k) == int(Type::Person);
            tagged |= typeAt(k) == int(Type::Organisation);
            organisation |= organisationWords().contains(m_t.lower(k));
        }
        // The last title of the run, with its portfolio ("Secretary of State").
        qsizetype titleEnd = -1;
        for (qsizetype k = a; k < b; ++k) {
            if (isTitle(k)) {
                titleEnd = k + 1;
            } else if (m_t.is(k, u"of") && titleEnd == k && k + 1 < b &&
                       departmentWords().contains(m_t.lower(k + 1))) {
                qsizetype m = k + 1;
                while (m < b && departmentWords().contains(m_t.lower(m)))
                    ++m;
                titleEnd = m;
                k = m - 1;
            }
        }
        // "US Secretary of State John Kerry", even when the tagger read it as
        // one organisation: a title, then a first name and a surname.
        if (titleEnd > a && titleEnd < b && (person || (b - titleEnd >= 2 && !organisation))) {
            bool nameLike = true;
            for (qsizetype k = titleEnd; k < b; ++k)
                nameLike &= !isTitle(k) && !organisationWords().contains(m_t.lower(k));
            if (nameLike) {
                for (qsizetype k = a; k < titleEnd; ++k)
                    kill(m_nameOf[size_t(k)]); // "US", "Syrian" of the role are not mentions
                replace(titleEnd, b, Type::Person, roleStart(a));
                return;
            }
        }
        if (person && titleEnd == b) {
            // Titles alone are not people ("Secretary" of "Secretary of State").
            for (qsizetype k = a; k < b; ++k)
                if (typeAt(k) == int(Type::Person))
                    kill(m_nameOf[size_t(k)]);
            return;
        }
        // "Syrian Observatory for Human Rights": one organisation. A keyword
        // alone is one only when the tagger says so.
        // A name the tagger or a rule made beyond the run ("Syrian state TV") stays.
        for (qsizetype k = a; k < b; ++k)
            if (const int id = m_nameOf[size_t(k)];
                id >= 0 && (m_names.at(id).first < a || m_names.at(id).last > b))
                return;
        if (organisation && !person && (b - a >= 2 || tagged))
            replace(a, b, Type::Organisation);
    }

    // Lower-case modifiers before a capitalised role ("former US President").
    qsizetype roleStart(qsizetype a) const
    {
        qsizetype s = a;
        while (s > 0 && m_t.joined(s - 1) && roleModifiers().contains(m_t.lower(s - 1)) &&
               !m_t.isCapitalised(s - 1))
            --s;
        return s;
    }

    // "Observatory director Rami Abdel Rahman", "opposition leader X".
    void lowerCaseRoles()
    {
        for (int id = 0; id < m_names.size(); ++id) {
            Name &n = m_names[id];
            if (!m_alive[size_t(id)] || n.type != Type::Person || n.roleFirst >= 0)
                continue;
            const qsizetype k = n.first - 1;
            if (k < 0 || !m_t.joined(k) || m_t.isCapitalised(k) || !isTitle(k))
                continue;
            // "chief executive Emma Howard Boyd", but not "a member John Smith".
            if (isVagueLowerTitle(m_t.lower(k)) &&
                !(k > 0 && m_t.joined(k - 1) && !m_t.isCapitalised(k - 1) &&
                  (isTitle(k - 1) || roleModifiers().contains(m_t.lower(k - 1)))))
                continue;
            qsizetype s = k;
            while (s > 0 && k - s < 4 && m_t.joined(s - 1)) {
                const qsizetype p = s - 1;
                const bool modifier = !m_t.isCapitalised(p) && roleModifiers().contains(m_t.lower(p));
                const bool capital = m_t.isCapitalised(p) && m_t.isWord(p) && !isFunctionWord(p) &&
                    typeAt(p) != int(Type::Person);
                if (!modifier && !capital)
                    break;
                s = p;
            }
            n.roleFirst = s;
        }
    }

    // "Geneva III": a numeral continues the name before it.
    void romanNumerals()
    {
        const int count = int(m_names.size());
        for (int id = 0; id < count; ++id) {
            if (!m_alive[size_t(id)])
                continue;
            const Name name = m_names.at(id);
            if (name.last - name.first != 1 || !isRomanNumeral(m_t.word(name.first)))
                continue;
            const qsizetype p = name.first - 1;
            const int before = p >= 0 ? m_nameOf[size_t(p)] : -1;
            if (before >= 0 && m_t.joined(p)) {
                const Name b = m_names.at(before);
                replace(b.first, name.last, b.type == Type::Person ? Type::Person : Type::Other, b.roleFirst);
            } else if (p >= 0 && m_t.joined(p) && isNameToken(p)) {
                // A numeral after an untagged capitalised word ("Geneva III" the tagger missed).
                replace(p, name.last, Type::Other);
            } else {
                kill(id);
            }
        }
    }

    // Demonyms, modifiers, function words and lone titles are not names.
    QList<Name> clean() const
    {
        QList<Name> kept;
        for (int id = 0; id < m_names.size(); ++id) {
            if (!m_alive[size_t(id)])
                continue;
            Name n = m_names.at(id);
            // Leading function words and honorifics ("The", "Mr.") are not part of a name.
            while (n.first < n.last &&
                   (isFunctionWord(n.first) || (n.type == Type::Person && isHonorific(m_t.lower(n.first)))))
                ++n.first;
            // Brackets the name does not close: "(Robert) Parata" is Parata.
            for (qsizetype k = n.first; k < n.last; ++k) {
                if (m_t.is(k, u")") || m_t.is(k, u"]"))
                    n.first = k + 1;
                else if ((m_t.is(k, u"(") || m_t.is(k, u"[")) &&
                         !(k + 2 < n.last && m_t.isPunctuation(k + 2)))
                    n.last = k;
            }
            // A trailing possessive or punctuation never belongs to a name.
            while (n.last > n.first && (m_t.isPunctuation(n.last - 1) || m_t.is(n.last - 1, u"'s")))
                --n.last;
            while (n.first < n.last && m_t.isPunctuation(n.first))
                ++n.first;
            if (n.first >= n.last)
                continue;
            bool letters = false, allNationality = true, allModifiers = true, allTitles = true;
            for (qsizetype k = n.first; k < n.last; ++k) {
                const QString &w = m_t.lower(k);
                for (QChar c : w)
                    letters |= c.isLetter();
                allNationality &= isNationality(k);
                allModifiers &= isModifierWord(w);
                allTitles &= isTitle(k) || departmentWords().contains(w) || w == u"of";
            }
            if (!letters || allModifiers || (n.type == Type::Person && allTitles))
                continue;
            // "Syrian", "Syrians", "Bosnian Serbs": nationalities, not names.
            if (allNationality && n.type != Type::Organisation)
                continue;
            if (m_t.end(n.last - 1) - m_t.start(n.first) < 2 && !m_t.isAllCaps(n.first))
                continue;
            kept.append(n);
        }
        std::sort(kept.begin(), kept.end(), [](const Name &a, const Name &b) { return a.first < b.first; });
        return kept;
    }

    const TokenView &m_t;
    const EntityExtractor::Lexicon &m_lexicon;
    QList<Name> m_names;
    std::vector<bool> m_alive;
    std::vector<int> m_nameOf; // per token: the name covering it, or -1
};

QString surface(const TokenView &t, qsizetype first, qsizetype last)
{
    QString s = QStringView(t.text()).mid(t.start(first), t.end(last - 1) - t.start(first)).toString();
    s.replace(u'\u2019', u'\'');
    return s.simplified();
}

// The initials of an organisation's name: "Islamic State" IS, "UN Security Council" UNSC.
QString initialsOf(const QStringList &words)
{
    QString initials;
    for (const QString &w : words) {
        if (w.isEmpty() || isOneOf(w, {u"of", u"for", u"and", u"the", u"on", u"de", u"&"}))
            continue;
        bool caps = w.size() >= 2;
        for (QChar c : w)
            caps &= c.isUpper();
        if (caps)
            initials += w;
        else if (w.front().isUpper())
            initials += w.front();
    }
    return initials;
}

// One mention of a name entity, for looking entities up by position.
struct MentionRef {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype entity = 0;
};

class Builder
{
public:
    Builder(const TokenView &t, const NamePass &pass, const EntityExtractor::Lexicon &lexicon,
            const EntityExtractor::Context &context)
        : m_t(t)
        , m_pass(pass)
        , m_lexicon(lexicon)
        , m_context(context)
    { }

    QList<Entity> build(QList<Name> names, const QList<QuoteMatch> &quotes, const QList<DateMatch> &dates,
                        const QList<FigureMatch> &figures)
    {
        m_names = std::move(names);
        group();
        acronyms();
        corporateSuffixes();
        heads();
        agencies();
        aliasMentions();
        people();
        places();
        QList<Entity> entities = nameEntities();
        index(entities);
        quoteEntities(entities, quotes);
        dateEntities(entities, dates);
        figureEntities(entities, figures);
        finish(entities);
        return entities;
    }

private:
    int root(int g) const
    {
        while (m_groups.at(g).into >= 0)
            g = m_groups.at(g).into;
        return g;
    }

    void merge(int from, int into)
    {
        from = root(from);
        into = root(into);
        if (from == into)
            return;
        Group &f = m_groups[from];
        Group &t = m_groups[into];
        f.into = into;
        t.aliases << f.key << f.aliases;
        t.names << f.names;
        t.source |= f.source;
        t.keepWithoutMentions |= f.keepWithoutMentions;
        m_hasMerged[size_t(into)] = true;
    }

    int groupFor(const QString &key, Type type)
    {
        auto it = m_byKey.find(key);
        if (it != m_byKey.end())
            return *it;
        Group g;
        g.key = key;
        g.words = key.split(u' ', Qt::SkipEmptyParts);
        g.type = type;
        m_groups.append(g);
        m_hasMerged.push_back(false);
        m_byKey.insert(key, int(m_groups.size() - 1));
        return int(m_groups.size() - 1);
    }

    void group()
    {
        m_covered.assign(size_t(m_t.size()), false);
        for (int n = 0; n < m_names.size(); ++n) {
            Name &name = m_names[n];
            const int g = groupFor(surface(m_t, name.first, name.last), name.type);
            name.group = g;
            m_groups[g].names.append(n);
            m_groups[g].counts[size_t(name.type)]++;
            for (qsizetype k = name.first; k < name.last; ++k)
                m_covered[size_t(k)] = true;
        }
        // The majority type; a gazetteer place all of whose other mentions are places is a place.
        for (Group &g : m_groups) {
            const int total = g.counts[0] + g.counts[1] + g.counts[2] + g.counts[3];
            const int places = g.counts[size_t(Type::Place)];
            if (places > 0 && places >= total - 1 && m_lexicon.places.contains(g.key.toLower())) {
                g.type = Type::Place;
                continue;
            }
            int best = int(m_names.at(g.names.first()).type);
            for (int ty = 0; ty < 4; ++ty)
                if (g.counts[size_t(ty)] > g.counts[size_t(best)])
                    best = ty;
            g.type = Type(best);
        }
    }

    // "High Negotiations Committee (HNC)", and initials: "IS" for "Islamic State".
    void acronyms()
    {
        QHash<QString, int> aliases; // acronym -> organisation group
        for (const Name &n : std::as_const(m_names)) {
            if (m_groups.at(n.group).type != Type::Organisation || n.last - n.first < 2)
                continue;
            const qsizetype k = n.last;
            if (m_t.is(k, u"(") && m_t.isAllCaps(k + 1) && m_t.is(k + 2, u")") &&
                m_t.word(k + 1).front() == m_t.word(n.first).front())
                aliases.insert(m_t.word(k + 1).toString(), n.group);
        }
        QHash<QString, QList<int>> byInitials;
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.type != Type::Organisation || group.words.size() < 2)
                continue;
            const QString initials = initialsOf(group.words);
            if (initials.size() >= 2 && !byInitials.value(initials).contains(g))
                byInitials[initials].append(g);
        }
        for (auto it = byInitials.cbegin(); it != byInitials.cend(); ++it)
            if (it.value().size() == 1 && !aliases.contains(it.key()))
                aliases.insert(it.key(), it.value().first());
        for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
            const int target = it.value();
            if (const int g = m_byKey.value(it.key(), -1); g >= 0 && g != target) {
                m_groups[g].type = Type::Organisation;
                merge(g, target);
            }
            // Aliases become mentions where the text uses them (aliasMentions).
            m_aliasWords.insert(it.key(), target);
        }
    }

    // "Apple" and "Apple Inc.": one company.
    void corporateSuffixes()
    {
        static const QSet<QString> suffixes =
            makeSet({u"inc.", u"inc", u"corp.", u"corp", u"ltd.", u"ltd", u"co.", u"plc", u"ag", u"sa",
                     u"gmbh", u"llc", u"nv", u"se", u"corporation", u"company", u"limited", u"incorporated"});
        QHash<QString, int> byStem;
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.into >= 0 || group.type != Type::Organisation || group.words.size() < 2 ||
                !suffixes.contains(group.words.last().toLower()))
                continue;
            const QString stem = group.words.mid(0, group.words.size() - 1).join(u' ');
            byStem.insert(stem, byStem.contains(stem) ? -1 : g);
        }
        for (auto it = byStem.cbegin(); it != byStem.cend(); ++it) {
            const int g = m_byKey.value(it.key(), -1);
            if (it.value() >= 0 && g >= 0 && g != it.value() && m_groups.at(g).type != Type::Person)
                merge(g, it.value());
        }
    }

    // "the Observatory" for the one organisation named "... Observatory ...".
    void heads()
    {
        QHash<QString, QList<int>> byHead;
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.into >= 0 || group.type != Type::Organisation || group.words.size() < 2)
                continue;
            for (const QString &w : group.words)
                if (distinctiveHeads().contains(w.toLower()) && !byHead.value(w).contains(g))
                    byHead[w].append(g);
        }
        for (auto it = byHead.cbegin(); it != byHead.cend(); ++it) {
            if (it.value().size() != 1 || m_aliasWords.contains(it.key()))
                continue;
            const int target = it.value().first();
            if (const int g = m_byKey.value(it.key(), -1);
                g >= 0 && g != target && m_groups.at(g).type != Type::Person)
                merge(g, target);
            m_aliasWords.insert(it.key(), target);
        }
    }

    // The article's agencies ("(AFP, Reuters)") are sources, named in the text or not.
    void agencies()
    {
        for (const QString &agency : m_context.agencies) {
            const QString name = agency.simplified();
            if (name.isEmpty())
                continue;
            int target = -1;
            for (int g = 0; g < m_groups.size() && target < 0; ++g) {
                const Group &group = m_groups.at(g);
                if (group.into < 0 &&
                    (group.key.compare(name, Qt::CaseInsensitive) == 0 ||
                     group.aliases.contains(name, Qt::CaseInsensitive)))
                    target = g;
            }
            if (target < 0) {
                target = groupFor(name, Type::Organisation);
                m_groups[target].keepWithoutMentions = true;
                if (!name.contains(u' ') && !m_aliasWords.contains(name))
                    m_aliasWords.insert(name, target);
            }
            m_groups[target].type = Type::Organisation;
            m_groups[target].source = true;
        }
    }

    // Words of the text that name a known organisation without the tagger
    // seeing it ("IS extremists", "Observatory director"): mentions.
    void aliasMentions()
    {
        if (m_aliasWords.isEmpty())
            return;
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (m_covered[size_t(i)] || m_t.inHeadline(i))
                continue;
            const auto it = m_aliasWords.constFind(m_t.word(i).toString());
            if (it == m_aliasWords.cend())
                continue;
            // Not the first word of a longer name ("Committee Chairman").
            if (m_t.joined(i) && m_t.isCapitalised(i + 1) && m_t.isWord(i + 1) && !m_pass.isTitle(i + 1))
                continue;
            const int g = root(*it);
            Name n {i, i + 1, m_groups.at(g).type, -1, g};
            m_names.append(n);
            m_groups[g].names.append(int(m_names.size() - 1));
            m_covered[size_t(i)] = true;
        }
    }

    // Surnames and shorter forms into the full name: "Assad", "al-Assad" -> "Bashar al-Assad".
    void people()
    {
        QHash<QString, QList<int>> fullByLast;
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.into < 0 && group.type == Type::Person && group.words.size() >= 2)
                fullByLast[stripParticle(group.words.last())].append(g);
        }
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.into >= 0 || group.words.isEmpty())
                continue;
            // The tagger's other readings of a surname ("Kerry" as an
            // organisation) give way to the article's full name, but a
            // gazetteer place read as a place stays one ("Washington").
            if (group.type == Type::Place && m_lexicon.places.contains(group.key.toLower()))
                continue;
            int match = -1, matches = 0;
            for (int f : fullByLast.value(stripParticle(group.words.last()))) {
                const QStringList &words = m_groups.at(f).words;
                if (f == g || group.words.size() >= words.size())
                    continue;
                bool suffix = true;
                for (qsizetype k = 1; k <= group.words.size() && suffix; ++k) {
                    const QString &a = group.words.at(group.words.size() - k);
                    const QString &b = words.at(words.size() - k);
                    // "Bin Laden" at the start of a sentence is "bin Laden".
                    suffix = a.compare(b, Qt::CaseInsensitive) == 0 ||
                        (k == 1 && stripParticle(a) == stripParticle(b));
                }
                if (suffix) {
                    match = f;
                    ++matches;
                }
            }
            if (matches == 1) {
                m_groups[g].type = Type::Person;
                merge(g, match);
            }
        }
        surnameMentions(fullByLast);
    }

    // Surnames the tagger did not see ("Assad loyalists cheered"): mentions,
    // unless the word is a common word at the start of a sentence.
    void surnameMentions(const QHash<QString, QList<int>> &fullByLast)
    {
        QHash<QString, int> surnames;
        for (auto it = fullByLast.cbegin(); it != fullByLast.cend(); ++it) {
            QList<int> people;
            for (int g : it.value())
                if (!people.contains(root(g)))
                    people << root(g);
            if (people.size() == 1 && it.key().size() > 1)
                surnames.insert(it.key(), people.first());
        }
        if (surnames.isEmpty())
            return;
        QSet<QString> lowerWords; // words the text writes in lower case
        for (qsizetype i = 0; i < m_t.size(); ++i)
            if (!m_t.isCapitalised(i))
                lowerWords.insert(m_t.lower(i));
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (m_covered[size_t(i)] || m_t.inHeadline(i) || !m_t.isCapitalised(i))
                continue;
            const auto it = surnames.constFind(m_t.word(i).toString());
            if (it == surnames.cend())
                continue;
            if (m_t.sentenceStart(i) && lowerWords.contains(m_t.lower(i)))
                continue;
            if ((m_t.joined(i) && m_t.isCapitalised(i + 1) && m_t.isWord(i + 1)) ||
                (i > 0 && m_t.joined(i - 1) && m_t.isCapitalised(i - 1) && m_t.isWord(i - 1) &&
                 !m_pass.isTitle(i - 1)))
                continue; // part of another name
            Name n {i, i + 1, Type::Person, -1, *it};
            m_names.append(n);
            m_groups[*it].names.append(int(m_names.size() - 1));
            m_covered[size_t(i)] = true;
        }
    }

    // Whether the words around a mention say place (> 0) or person (< 0).
    int placeScore(const Name &n) const
    {
        int score = 0;
        const qsizetype p = n.first - 1;
        if (p >= 0) {
            const QString &before = m_t.lower(p);
            if (before == u"of" && p > 0 && placeNouns().contains(m_t.lower(p - 1)))
                score += 2;
            else if (placePrepositions().contains(before) && !m_t.isCapitalised(p))
                score += 1;
            if (m_pass.isTitle(p))
                score -= 2;
        }
        const qsizetype a = n.last;
        if (a < m_t.size()) {
            if (QuoteExtractor::isSpeechVerb(m_t.lower(a)))
                score -= 2;
            if (m_t.is(a, u"'s") && a + 1 < m_t.size()) {
                const QString &owned = m_t.lower(a + 1);
                if (placeNouns().contains(owned) || (!owned.isEmpty() && owned.front().isDigit()))
                    score += 2;
                else if (isOneOf(owned,
                                 {u"wife", u"husband", u"son", u"daughter", u"father", u"mother", u"brother",
                                  u"sister", u"family", u"forces", u"supporters", u"office", u"spokesman",
                                  u"spokeswoman", u"government", u"regime", u"party"}))
                    score -= 1;
            }
        }
        return score;
    }

    // A one-word "person" never named in full, that the text treats as a
    // place ("the town of Palmyra", "inside Palmyra"), is a place.
    void places()
    {
        for (int g = 0; g < m_groups.size(); ++g) {
            Group &group = m_groups[g];
            if (group.into >= 0 || m_hasMerged[size_t(g)] || group.type != Type::Person ||
                group.words.size() != 1)
                continue;
            int score = 0;
            bool role = false;
            for (int n : std::as_const(group.names)) {
                score += placeScore(m_names.at(n));
                role |= m_names.at(n).roleFirst >= 0;
            }
            if (!role && score >= 2)
                group.type = Type::Place;
        }
    }

    bool isOutletMention(qsizetype first, qsizetype last) const
    {
        for (qsizetype k = first; k < last; ++k)
            if (outletWords().contains(m_t.lower(k)))
                return true;
        return last < m_t.size() && m_t.joined(last - 1) && outletWords().contains(m_t.lower(last));
    }

    // "Bassma Kodmani, a spokeswoman for ..., reiterated": the apposition's role.
    QString appositiveRole(const Name &n) const
    {
        const qsizetype k = n.last;
        if (!m_t.is(k, u",") || !(m_t.is(k + 1, u"a") || m_t.is(k + 1, u"an") || m_t.is(k + 1, u"the")))
            return {};
        const qsizetype s = k + 2;
        qsizetype head = -1;
        for (qsizetype j = s; j < qMin(m_t.size(), s + 4); ++j) {
            if (m_t.isPunctuation(j))
                break;
            if (m_pass.isTitle(j) && !m_t.isCapitalised(j)) {
                head = j;
                break;
            }
        }
        if (head < 0)
            return {};
        qsizetype e = head + 1;
        int depth = 0;
        while (e < m_t.size() && e < s + 20 && !m_t.sentenceStart(e)) {
            const QString &w = m_t.lower(e);
            if (w == u"(")
                ++depth;
            else if (w == u")" && depth-- <= 0)
                break;
            else if (depth == 0 && (w == u"," || w == u"." || w == u";" || w == u"\"" || w == u"\u201D"))
                break;
            ++e;
        }
        return surface(m_t, s, e);
    }

    QString roleOf(const Name &n) const
    {
        if (n.roleFirst < 0 || n.roleFirst >= n.first)
            return {};
        const QString role = surface(m_t, n.roleFirst, n.first);
        return isHonorific(role.toLower()) ? QString() : role;
    }

    QList<Entity> nameEntities()
    {
        QList<Entity> entities;
        for (int g = 0; g < m_groups.size(); ++g) {
            Group &group = m_groups[g];
            if (group.into >= 0 || (group.names.isEmpty() && !group.keepWithoutMentions))
                continue;
            Entity e;
            e.type = group.type;
            e.name = group.key;
            e.source = group.source;
            QList<int> names = group.names;
            std::sort(names.begin(), names.end(),
                      [&](int a, int b) { return m_names.at(a).first < m_names.at(b).first; });
            QStringList aliases = group.aliases;
            for (int n : std::as_const(names)) {
                const Name &name = m_names.at(n);
                const Mention m {m_t.start(name.first), m_t.end(name.last - 1)};
                if (e.mentions.isEmpty() || e.mentions.last() != m)
                    e.mentions.append(m);
                aliases << surface(m_t, name.first, name.last);
                if (e.role.isEmpty() && e.type == Type::Person)
                    e.role = roleOf(name);
            }
            if (e.role.isEmpty() && e.type == Type::Person)
                for (int n : std::as_const(names))
                    if (m_groups.at(m_names.at(n).group).words.size() >= 2 &&
                        !(e.role = appositiveRole(m_names.at(n))).isEmpty())
                        break;
            if (e.type == Type::Organisation) {
                for (int n : std::as_const(names)) {
                    const Name &name = m_names.at(n);
                    if (m_t.joined(name.last - 1) && m_t.is(name.last, u"news") &&
                        m_t.is(name.last + 1, u"agency")) {
                        e.role = u"news agency"_s;
                        break;
                    }
                }
                // An outlet that says something ("Syrian state TV said") is a source.
                for (int n : std::as_const(names)) {
                    const QString &after = m_t.lower(qMin(m_names.at(n).last, m_t.size() - 1));
                    if (isOutletName(e.name) &&
                        (QuoteExtractor::isSpeechVerb(after) || after == u"reported"_s))
                        e.source = true;
                }
            }
            aliases.removeDuplicates();
            aliases.removeAll(e.name);
            e.aliases = aliases;
            entities.append(e);
        }
        return entities;
    }

    static bool isOutletName(const QString &name)
    {
        if (knownOutlets().contains(name.toLower()))
            return true;
        for (const QString &w : name.split(u' '))
            if (outletWords().contains(w.toLower()))
                return true;
        return false;
    }

    void index(const QList<Entity> &entities)
    {
        m_refs.clear();
        for (qsizetype e = 0; e < entities.size(); ++e)
            for (const Mention &m : entities.at(e).mentions)
                m_refs.push_back({m.start, m.end, e});
        std::sort(m_refs.begin(), m_refs.end(),
                  [](const MentionRef &a, const MentionRef &b) { return a.start < b.start; });
    }

    // The last mention of an entity of `type` inside [start, end).
    qsizetype entityInside(const QList<Entity> &entities, qsizetype start, qsizetype end, Type type) const
    {
        auto it = std::lower_bound(m_refs.cbegin(), m_refs.cend(), start,
                                   [](const MentionRef &r, qsizetype s) { return r.start < s; });
        qsizetype found = -1;
        for (; it != m_refs.cend() && it->start < end; ++it)
            if (it->end <= end && entities.at(it->entity).type == type)
                found = it->entity;
        return found;
    }

    // The person most recently named as the subject of a clause before
    // `offset` ("Kerry told", "Kodmani, a spokeswoman"), else the last named.
    qsizetype recentSubject(const QList<Entity> &entities, qsizetype offset, const QString &role = {}) const
    {
        auto it = std::lower_bound(m_refs.cbegin(), m_refs.cend(), offset,
                                   [](const MentionRef &r, qsizetype s) { return r.start < s; });
        qsizetype fallback = -1;
        for (int steps = 0; it != m_refs.cbegin() && steps < 500; ++steps) {
            --it;
            const Entity &e = entities.at(it->entity);
            if (e.type != Type::Person || it->end > offset)
                continue;
            if (!role.isEmpty()) {
                if (e.role.toLower().split(u' ').contains(role))
                    return it->entity;
                continue;
            }
            if (fallback < 0)
                fallback = it->entity;
            const qsizetype next = m_t.tokenAt(it->end);
            const QString after = next < m_t.size() ? m_t.lower(next) : QString();
            if (after == u"," ||
                (m_t.isWord(next) && !m_t.isCapitalised(next) &&
                 !isOneOf(after,
                          {u"in", u"on", u"at", u"to", u"from", u"with", u"and", u"or", u"of", u"for", u"'s",
                           u"by", u"as", u"into", u"over"})))
                return it->entity;
        }
        return fallback;
    }

    void quoteEntities(QList<Entity> &entities, const QList<QuoteMatch> &quotes)
    {
        for (const QuoteMatch &q : quotes) {
            Entity e;
            e.type = Type::Quote;
            e.name = q.text;
            e.mentions = {{q.start, q.end}};
            e.verb = q.verb;
            if (q.speakerStart >= 0) {
                const QString phrase =
                    m_t.text().mid(q.speakerStart, q.speakerEnd - q.speakerStart).simplified();
                qsizetype speaker = -1;
                if (q.pronoun)
                    speaker = recentSubject(entities, q.start);
                if (speaker < 0)
                    speaker = entityInside(entities, q.speakerStart, q.speakerEnd, Type::Person);
                if (speaker < 0) {
                    // "the spokeswoman": the person of that role named last.
                    const QStringList words = phrase.toLower().split(u' ');
                    if (words.size() == 2 && words.first() == u"the"_s)
                        speaker = recentSubject(entities, q.start, words.last());
                }
                if (speaker < 0) {
                    // An organisation speaking ("the ministry said").
                    const qsizetype org =
                        entityInside(entities, q.speakerStart, q.speakerEnd, Type::Organisation);
                    if (org >= 0 && phrase.size() <= entities.at(org).name.size() + 4)
                        speaker = org;
                }
                e.speaker = speaker >= 0 ? entities.at(speaker).name : phrase;
                if (speaker >= 0)
                    e.speakerId = QString::number(speaker); // the entity's id once ids are made
            }
            if (q.objectStart >= 0) {
                // "told the AFP news agency": the outlet, not an addressee.
                const qsizetype org = entityInside(entities, q.objectStart, q.objectEnd, Type::Organisation);
                if (org >= 0) {
                    Entity &o = entities[org];
                    qsizetype first = -1, last = -1;
                    for (const Mention &om : std::as_const(o.mentions))
                        if (om.start >= q.objectStart && om.end <= q.objectEnd) {
                            first = m_t.tokenAt(om.start);
                            last = m_t.tokenAt(om.end - 1) + 1;
                        }
                    if (o.source || isOutletName(o.name) || (first >= 0 && isOutletMention(first, last))) {
                        e.via = o.name;
                        o.source = true;
                    }
                }
            }
            m_quotes.append(e);
        }
    }

    void dateEntities(QList<Entity> &entities, const QList<DateMatch> &dates)
    {
        QHash<QString, qsizetype> byValue;
        for (const DateMatch &d : dates) {
            const QString surfaceText = m_t.text().mid(d.start, d.end - d.start).simplified();
            const QString key = d.value.isEmpty() ? surfaceText.toLower() : d.value;
            auto it = byValue.find(key);
            if (it == byValue.end()) {
                Entity e;
                e.type = Type::Date;
                e.name = key;
                e.value = d.value;
                entities.append(e);
                it = byValue.insert(key, entities.size() - 1);
            }
            Entity &e = entities[*it];
            e.mentions.append({d.start, d.end});
            if (surfaceText != e.name && !e.aliases.contains(surfaceText))
                e.aliases << surfaceText;
        }
    }

    void figureEntities(QList<Entity> &entities, const QList<FigureMatch> &figures)
    {
        QHash<QString, qsizetype> byName;
        for (const FigureMatch &f : figures) {
            auto it = byName.find(f.name);
            if (it == byName.end()) {
                Entity e;
                e.type = Type::Figure;
                e.name = f.name;
                e.value = f.value;
                e.unit = f.unit;
                entities.append(e);
                it = byName.insert(f.name, entities.size() - 1);
            }
            entities[*it].mentions.append({f.start, f.end});
        }
    }

    void finish(QList<Entity> &entities)
    {
        // Ids of the name entities, for the quotations' speakers (indices until now).
        const qsizetype names = entities.size();
        entities.append(m_quotes);
        QSet<QString> ids;
        QHash<QString, int> suffixes; // base id -> the next number to try
        const auto makeIds = [&](Entity &e) {
            const QString base = Entity::makeId(e.type, e.name);
            QString id = base;
            int &k = suffixes[base];
            if (ids.contains(id)) {
                k = qMax(k, 2);
                do
                    id = base + u'-' + QString::number(k++);
                while (ids.contains(id));
            }
            ids.insert(id);
            e.id = id;
        };
        for (Entity &e : entities)
            makeIds(e);
        for (qsizetype k = names; k < entities.size(); ++k) {
            Entity &q = entities[k];
            if (!q.speakerId.isEmpty())
                q.speakerId = entities.at(q.speakerId.toLongLong()).id;
        }
        std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
            if (a.type != b.type)
                return a.type < b.type;
            const qsizetype fa = a.firstOffset(), fb = b.firstOffset();
            if ((fa < 0) != (fb < 0))
                return fb < 0;
            return fa < fb;
        });
    }

    const TokenView &m_t;
    const NamePass &m_pass;
    const EntityExtractor::Lexicon &m_lexicon;
    const EntityExtractor::Context &m_context;
    QList<Name> m_names;
    QList<Group> m_groups;
    std::vector<bool> m_hasMerged; // per group: another group was merged into it
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_aliasWords; // acronyms, heads and agencies -> group
    std::vector<bool> m_covered;
    std::vector<MentionRef> m_refs;
    QList<Entity> m_quotes;
};

std::shared_ptr<const EntityExtractor::Lexicon> lexiconOf(const NerTagger *tagger)
{
    auto lexicon = std::make_shared<EntityExtractor::Lexicon>();
    if (!tagger)
        return lexicon;
    const Ner::Gazetteer &gazetteer = tagger->gazetteer();
    for (qsizetype c = 0; c < gazetteer.categories().size(); ++c) {
        const QString &category = gazetteer.categories().at(c);
        QSet<QString> *target = category == u"nationality"_s ? &lexicon->nationalities
            : isOneOf(category, {u"country", u"city", u"region", u"subdivision", u"formercountry"})
            ? &lexicon->places
            : nullptr;
        if (!target)
            continue;
        for (const QString &phrase : gazetteer.phrases().at(c))
            target->insert(phrase.toLower());
    }
    return lexicon;
}

} // namespace

EntityExtractor::EntityExtractor()
    : m_lexicon(lexiconOf(nullptr))
{ }

EntityExtractor::EntityExtractor(NerTagger tagger)
    : m_tagger(std::move(tagger))
    , m_lexicon(lexiconOf(&*m_tagger))
{ }

Result<EntityExtractor> EntityExtractor::loadDefault()
{
    auto tagger = NerTagger::loadDefault();
    if (!tagger)
        return tagger.error();
    return EntityExtractor(std::move(tagger).value());
}

namespace {
struct Shared {
    EntityExtractor extractor;
    QString error;
};

const Shared &sharedInstance()
{
    static const Shared instance = [] {
        Shared s;
        auto loaded = EntityExtractor::loadDefault();
        if (loaded)
            s.extractor = std::move(loaded).value();
        else
            s.error = loaded.error().message;
        return s;
    }();
    return instance;
}
} // namespace

const EntityExtractor &EntityExtractor::shared()
{
    return sharedInstance().extractor;
}

QString EntityExtractor::sharedError()
{
    return sharedInstance().error;
}

QList<Entity> EntityExtractor::extract(const Article &article) const
{
    return extract(article.text, {article.published, article.agencies});
}

QList<Entity> EntityExtractor::extract(const QString &text, const Context &context) const
{
    const TokenView tokens(text);
    const QList<DateMatch> dates = DateExtractor::find(tokens, DateExtractor::anchorFrom(context.published));
    std::vector<bool> taken(size_t(tokens.size()), false);
    for (const DateMatch &d : dates)
        for (qsizetype k = d.firstToken; k < d.lastToken; ++k)
            taken[size_t(k)] = true;
    const std::vector<bool> dateTokens = taken;

    NamePass pass(tokens, *m_lexicon);
    QList<Name> names;
    if (m_tagger)
        names = pass.run(m_tagger->tag(text), dateTokens);
    for (const Name &n : std::as_const(names))
        for (qsizetype k = n.first; k < n.last; ++k)
            taken[size_t(k)] = true;

    const QList<FigureMatch> figures = FigureExtractor::find(tokens, taken);
    const QList<QuoteMatch> quotes = QuoteExtractor::find(tokens);
    Builder builder(tokens, pass, *m_lexicon, context);
    return builder.build(std::move(names), quotes, dates, figures);
}

} // namespace Gloss
