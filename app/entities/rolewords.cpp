// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/rolewords.h"

#include "entities/entitywords.h"

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

namespace {
// Titles and functions that stand before a name ("President", "director"):
// a word list, kept outside the function that makes a set of it.
// clang-format off
const std::initializer_list<const char16_t *> TitleWordList = {
    u"president", u"vice-president", u"president-elect", u"premier", u"minister", u"secretary",
    u"secretary-general", u"chancellor", u"king", u"queen", u"prince", u"princess",
    u"emperor", u"sultan", u"emir", u"sheikh", u"senator", u"sen.",
    u"governor", u"gov.", u"mayor", u"general", u"gen.", u"colonel",
    u"col.", u"major", u"maj.", u"captain", u"capt.", u"lieutenant",
    u"lt.", u"sergeant", u"sgt.", u"admiral", u"adm.", u"commander",
    u"marshal", u"brigadier", u"ambassador", u"envoy", u"director", u"director-general",
    u"chairman", u"chairwoman", u"chairperson", u"chief", u"spokesman", u"spokeswoman",
    u"spokesperson", u"leader", u"pope", u"cardinal", u"bishop", u"archbishop",
    u"rabbi", u"imam", u"ayatollah", u"judge", u"justice", u"prosecutor",
    u"attorney", u"representative", u"rep.", u"congressman", u"congresswoman", u"lawmaker",
    u"mp", u"mr.", u"mr", u"mrs.", u"mrs", u"ms.",
    u"ms", u"dr.", u"dr", u"prof.", u"professor", u"ceo",
    u"founder", u"co-founder", u"head", u"speaker", u"commissioner", u"councillor",
    u"councilor", u"dean", u"patriarch", u"analyst", u"researcher", u"economist",
    u"editor", u"correspondent", u"officer", u"inspector", u"detective", u"coach",
    u"manager", u"activist", u"adviser", u"advisor", u"deputy", u"undersecretary",
    u"ex-leader", u"ex-president", u"ex-minister", u"co-chair", u"chair", u"mufti",
    u"executive", u"engineer", u"scientist", u"lawyer", u"author", u"writer",
    u"journalist", u"historian", u"architect", u"designer", u"strategist", u"consultant",
    u"investor", u"banker", u"entrepreneur", u"filmmaker", u"director-general", u"striker",
    u"midfielder", u"defender", u"goalkeeper", u"player", u"singer", u"actor",
    u"actress", u"rapper", u"composer", u"novelist", u"poet", u"physicist",
    u"chemist", u"biologist", u"virologist", u"epidemiologist", u"surgeon", u"nurse",
    u"doctor", u"teacher", u"student", u"pilot", u"diplomat", u"negotiator",
    u"mediator", u"commentator", u"columnist", u"blogger", u"campaigner", u"lobbyist",
    u"farmer", u"resident", u"witness", u"official", u"worker", u"survivor",
    u"owner", u"shopkeeper", u"volunteer", u"protester", u"refugee", u"expert",
    u"candidate", u"chairman", u"member", u"ally", u"opponent", u"critic",
};
// clang-format on
} // namespace

const QSet<QString> &titleWords()
{
    static const QSet<QString> words = makeSet(TitleWordList);
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

} // namespace Gloss::EntityRules
