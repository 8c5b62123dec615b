// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitybuilder.h"
#include "entities/entitywords.h"
#include "entities/rolewords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

// "High Negotiations Committee (HNC)", and initials: "IS" for "Islamic State".
void Builder::acronyms()
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
void Builder::corporateSuffixes()
{
    static const QSet<QString> suffixes =
        makeSet({u"inc.", u"inc", u"corp.", u"corp", u"ltd.", u"ltd", u"co.", u"plc", u"ag", u"sa", u"gmbh",
                 u"llc", u"nv", u"se", u"corporation", u"company", u"limited", u"incorporated"});
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
void Builder::heads()
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

// Words of the text that name a known organisation without the tagger
// seeing it ("IS extremists", "Observatory director"): mentions.
void Builder::aliasMentions()
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
void Builder::people()
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
void Builder::surnameMentions(const QHash<QString, QList<int>> &fullByLast)
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
int Builder::placeScore(const Name &n) const
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
void Builder::places()
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

} // namespace Gloss::EntityRules
