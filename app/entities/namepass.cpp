// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/namepass.h"

#include "entities/rolewords.h"

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

QList<Name> NamePass::run(const QList<TaggedSpan> &spans, const std::vector<bool> &dateTokens)
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

// The type of the name covering token i, or -1.
int NamePass::typeAt(qsizetype i) const
{
    if (i < 0 || i >= m_t.size() || m_nameOf[size_t(i)] < 0)
        return -1;
    return int(m_names.at(m_nameOf[size_t(i)]).type);
}

int NamePass::add(qsizetype first, qsizetype last, Type type, qsizetype roleFirst)
{
    const int id = int(m_names.size());
    m_names.append({first, last, type, roleFirst});
    m_alive.push_back(true);
    for (qsizetype k = first; k < last; ++k)
        m_nameOf[size_t(k)] = id;
    return id;
}

void NamePass::kill(int id)
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
int NamePass::replace(qsizetype first, qsizetype last, Type type, qsizetype roleFirst)
{
    for (qsizetype k = first; k < last; ++k)
        kill(m_nameOf[size_t(k)]);
    return add(first, last, type, roleFirst);
}

bool NamePass::isNameToken(qsizetype i) const
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
void NamePass::stateMedia()
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
void NamePass::extendParticles()
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
            else if (particles().contains(m_t.lower(last)) && !m_t.isCapitalised(last) && m_t.joined(last) &&
                     m_t.isCapitalised(last + 1) && m_t.isWord(last + 1))
                last += 2;
            else
                break;
        }
        if (last > name.last)
            replace(name.first, last, Type::Person);
    }
}

// Capitalised runs: split titles off persons, join organisation names.
void NamePass::runs()
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

void NamePass::run(qsizetype a, qsizetype b)
{
    if (m_t.inHeadline(a) || b - a > 12)
        return;
    // "Storm Desmond", "Hurricane Katrina", "Operation Barkhane": events, not people.
    if (b - a >= 2 && isOneOf(m_t.lower(a), {u"storm", u"hurricane", u"typhoon", u"cyclone", u"operation"}) &&
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
qsizetype NamePass::roleStart(qsizetype a) const
{
    qsizetype s = a;
    while (s > 0 && m_t.joined(s - 1) && roleModifiers().contains(m_t.lower(s - 1)) &&
           !m_t.isCapitalised(s - 1))
        --s;
    return s;
}

// "Observatory director Rami Abdel Rahman", "opposition leader X".
void NamePass::lowerCaseRoles()
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
            const bool capital =
                m_t.isCapitalised(p) && m_t.isWord(p) && !isFunctionWord(p) && typeAt(p) != int(Type::Person);
            if (!modifier && !capital)
                break;
            s = p;
        }
        n.roleFirst = s;
    }
}

// "Geneva III": a numeral continues the name before it.
void NamePass::romanNumerals()
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
QList<Name> NamePass::clean() const
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
            else if ((m_t.is(k, u"(") || m_t.is(k, u"[")) && !(k + 2 < n.last && m_t.isPunctuation(k + 2)))
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

} // namespace Gloss::EntityRules
