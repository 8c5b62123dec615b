// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitybuilder.h"

#include "entities/entitywords.h"
#include "entities/rolewords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss::EntityRules {

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

QList<Entity> Builder::build(QList<Name> names, const QList<QuoteMatch> &quotes,
                             const QList<DateMatch> &dates, const QList<FigureMatch> &figures)
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

int Builder::root(int g) const
{
    while (m_groups.at(g).into >= 0)
        g = m_groups.at(g).into;
    return g;
}

void Builder::merge(int from, int into)
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

int Builder::groupFor(const QString &key, Type type)
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

void Builder::group()
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

QList<Entity> Builder::nameEntities()
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
                if (isOutletName(e.name) && (QuoteExtractor::isSpeechVerb(after) || after == u"reported"_s))
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

void Builder::finish(QList<Entity> &entities)
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
    Entity::sortInReadingOrder(entities);
}

} // namespace Gloss::EntityRules
