// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitybuilder.h"
#include "entities/entitywords.h"
#include "entities/rolewords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

void Builder::index(const QList<Entity> &entities)
{
    m_refs.clear();
    for (qsizetype e = 0; e < entities.size(); ++e)
        for (const Mention &m : entities.at(e).mentions)
            m_refs.push_back({m.start, m.end, e});
    std::sort(m_refs.begin(), m_refs.end(),
              [](const MentionRef &a, const MentionRef &b) { return a.start < b.start; });
}

// The last mention of an entity of `type` inside [start, end).
qsizetype Builder::entityInside(const QList<Entity> &entities, qsizetype start, qsizetype end,
                                Type type) const
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
qsizetype Builder::recentSubject(const QList<Entity> &entities, qsizetype offset, const QString &role) const
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

void Builder::quoteEntities(QList<Entity> &entities, const QList<QuoteMatch> &quotes)
{
    for (const QuoteMatch &q : quotes) {
        Entity e;
        e.type = Type::Quote;
        e.name = q.text;
        e.mentions = {{q.start, q.end}};
        e.verb = q.verb;
        if (q.speakerStart >= 0) {
            const QString phrase = m_t.text().mid(q.speakerStart, q.speakerEnd - q.speakerStart).simplified();
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

void Builder::dateEntities(QList<Entity> &entities, const QList<DateMatch> &dates)
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

void Builder::figureEntities(QList<Entity> &entities, const QList<FigureMatch> &figures)
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

} // namespace Gloss::EntityRules
