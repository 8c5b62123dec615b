// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitybuilder.h"
#include "entities/entitywords.h"
#include "entities/rolewords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

// The article's agencies ("(AFP, Reuters)") are sources, named in the text or not.
void Builder::agencies()
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

bool Builder::isOutletMention(qsizetype first, qsizetype last) const
{
    for (qsizetype k = first; k < last; ++k)
        if (outletWords().contains(m_t.lower(k)))
            return true;
    return last < m_t.size() && m_t.joined(last - 1) && outletWords().contains(m_t.lower(last));
}

// "Bassma Kodmani, a spokeswoman for ..., reiterated": the apposition's role.
QString Builder::appositiveRole(const Name &n) const
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

QString Builder::roleOf(const Name &n) const
{
    if (n.roleFirst < 0 || n.roleFirst >= n.first)
        return {};
    const QString role = surface(m_t, n.roleFirst, n.first);
    return isHonorific(role.toLower()) ? QString() : role;
}

bool Builder::isOutletName(const QString &name)
{
    if (knownOutlets().contains(name.toLower()))
        return true;
    for (const QString &w : name.split(u' '))
        if (outletWords().contains(w.toLower()))
            return true;
    return false;
}

} // namespace Gloss::EntityRules
