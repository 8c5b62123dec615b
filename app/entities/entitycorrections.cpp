// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitycorrections.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::EntityCorrections)
};

constexpr QStringView KindNames[] = {u"rename",  u"merge",  u"split", u"changeType",
                                     u"setRole", u"remove", u"add"};

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys {u"op"_s,   u"entity"_s, u"into"_s, u"name"_s, u"role"_s,
                                     u"type"_s, u"start"_s,  u"end"_s,  u"text"_s};
    return keys;
}

qsizetype indexOfId(const QList<Entity> &entities, const QString &id)
{
    for (qsizetype k = 0; k < entities.size(); ++k)
        if (entities.at(k).id == id)
            return k;
    return -1;
}

QString uniqueId(const QList<Entity> &entities, Entity::Type type, const QString &name)
{
    const QString base = Entity::makeId(type, name);
    QString id = base;
    for (int k = 2; indexOfId(entities, id) >= 0; ++k)
        id = base + u'-' + QString::number(k);
    return id;
}

// Where the corrected words stand now: at their old place, else the nearest
// place they stand in the text.
std::optional<Mention> locate(const QString &text, const EntityCorrection &c)
{
    if (c.start >= 0 && c.end > c.start && c.end <= text.size() &&
        (c.text.isEmpty() || QStringView(text).mid(c.start, c.end - c.start) == c.text))
        return Mention {c.start, c.end};
    if (c.text.isEmpty())
        return std::nullopt;
    const qsizetype from = qBound(qsizetype(0), c.start, text.size());
    const qsizetype after = text.indexOf(c.text, from);
    const qsizetype before = from > 0 ? text.lastIndexOf(c.text, from - 1) : -1;
    qsizetype at = after;
    if (before >= 0 && (after < 0 || from - before < after - from))
        at = before;
    if (at < 0)
        return std::nullopt;
    return Mention {at, at + c.text.size()};
}

bool wordBoundary(const QString &text, qsizetype at)
{
    return at <= 0 || at >= text.size() || !text.at(at).isLetterOrNumber() ||
        !text.at(at - 1).isLetterOrNumber();
}

void addMention(Entity &e, Mention m)
{
    if (!e.mentions.contains(m))
        e.mentions.append(m);
}

void relinkSpeakers(QList<Entity> &entities, const QString &from, const Entity *to)
{
    for (Entity &q : entities) {
        if (q.type != Entity::Type::Quote || q.speakerId != from)
            continue;
        q.speakerId = to ? to->id : QString();
        if (to)
            q.speaker = to->name;
    }
}

// Takes one mention off an entity, to another one or to a new one.
bool applySplit(const EntityCorrection &c, qsizetype at, QList<Entity> &entities, const QString &text)
{
    const auto span = locate(text, c);
    if (at < 0 || !span)
        return false;
    Entity &e = entities[at];
    if (!e.mentions.removeOne(*span))
        return false;
    const Entity source = e;
    qsizetype target = c.into.isEmpty() ? -1 : indexOfId(entities, c.into);
    if (!c.into.isEmpty() && target < 0)
        return false;
    if (target < 0) {
        const Entity::Type type = c.type.value_or(source.type);
        const QString name = c.name.isEmpty() ? text.mid(span->start, span->end - span->start).simplified()
                                              : c.name.simplified();
        target = indexOfId(entities, Entity::makeId(type, name));
        if (target < 0 || target == at || entities.at(target).name != name ||
            entities.at(target).type != type) {
            Entity fresh;
            fresh.type = type;
            fresh.name = name;
            fresh.id = uniqueId(entities, type, name);
            entities.append(fresh);
            target = entities.size() - 1;
        }
    }
    addMention(entities[target], *span);
    if (source.mentions.isEmpty() && source.isName())
        entities.removeAt(at);
    return true;
}

// Makes a selection a mention of an entity (found by name, or new).
bool applyAdd(const EntityCorrection &c, QList<Entity> &entities, const QString &text)
{
    const auto span = locate(text, c);
    if (!span)
        return false;
    const Entity::Type type = c.type.value_or(Entity::Type::Other);
    const QString words = text.mid(span->start, span->end - span->start);
    const QString name = c.name.isEmpty() ? words.simplified() : c.name.simplified();
    if (name.isEmpty())
        return false;
    qsizetype target = -1;
    for (qsizetype k = 0; k < entities.size() && target < 0; ++k)
        if (entities.at(k).type == type &&
            (entities.at(k).name == name || entities.at(k).aliases.contains(name)))
            target = k;
    if (target < 0) {
        Entity fresh;
        fresh.type = type;
        fresh.name = name;
        fresh.id = uniqueId(entities, type, name);
        entities.append(fresh);
        target = entities.size() - 1;
    }
    Entity &e = entities[target];
    addMention(e, *span);
    if (words.simplified() != name && !e.aliases.contains(words.simplified()))
        e.aliases << words.simplified();
    // A name is named wherever its words stand, as whole words.
    if (e.isName()) {
        int found = 0;
        for (qsizetype k = text.indexOf(words); k >= 0 && found < 10000; k = text.indexOf(words, k + 1)) {
            if (wordBoundary(text, k) && wordBoundary(text, k + words.size())) {
                addMention(e, {k, k + words.size()});
                ++found;
            }
        }
    }
    return true;
}

bool applyOne(const EntityCorrection &c, QList<Entity> &entities, const QString &text)
{
    using Kind = EntityCorrection::Kind;
    const qsizetype at = indexOfId(entities, c.entity);
    switch (c.kind) {
    case Kind::Rename: {
        if (at < 0 || c.name.trimmed().isEmpty())
            return false;
        Entity &e = entities[at];
        const QString name = c.name.simplified();
        if (e.name != name && !e.aliases.contains(e.name) && e.isName())
            e.aliases << e.name;
        e.aliases.removeAll(name);
        e.name = name;
        const Entity renamed = e;
        relinkSpeakers(entities, renamed.id, &renamed);
        return true;
    }
    case Kind::Merge: {
        const qsizetype into = indexOfId(entities, c.into);
        if (at < 0 || into < 0 || at == into)
            return false;
        const Entity from = entities.at(at);
        Entity &target = entities[into];
        for (const Mention &m : from.mentions)
            addMention(target, m);
        target.aliases << from.name << from.aliases;
        if (target.role.isEmpty())
            target.role = from.role;
        target.source |= from.source;
        const Entity merged = target;
        entities.removeAt(at);
        relinkSpeakers(entities, from.id, &merged);
        return true;
    }
    case Kind::Split:
        return applySplit(c, at, entities, text);
    case Kind::ChangeType:
        if (at < 0 || !c.type)
            return false;
        entities[at].type = *c.type;
        return true;
    case Kind::SetRole:
        if (at < 0)
            return false;
        entities[at].role = c.role.simplified();
        return true;
    case Kind::Remove: {
        if (at < 0)
            return false;
        const QString id = entities.at(at).id;
        entities.removeAt(at);
        relinkSpeakers(entities, id, nullptr);
        return true;
    }
    case Kind::Add:
        return applyAdd(c, entities, text);
    }
    return false;
}

std::optional<Entity::Type> typeField(const QJsonObject &o)
{
    const QJsonValue v = o.value("type"_L1);
    return v.isString() ? Entity::typeFromName(v.toString()) : std::nullopt;
}
} // namespace

EntityCorrection EntityCorrection::rename(const QString &entity, const QString &name)
{
    EntityCorrection c;
    c.kind = Kind::Rename;
    c.entity = entity;
    c.name = name;
    return c;
}

EntityCorrection EntityCorrection::merge(const QString &entity, const QString &into)
{
    EntityCorrection c;
    c.kind = Kind::Merge;
    c.entity = entity;
    c.into = into;
    return c;
}

EntityCorrection EntityCorrection::split(const QString &entity, const QString &text, qsizetype start,
                                         qsizetype end, const QString &into)
{
    EntityCorrection c;
    c.kind = Kind::Split;
    c.entity = entity;
    c.into = into;
    c.start = start;
    c.end = end;
    c.text = text.mid(start, end - start);
    return c;
}

EntityCorrection EntityCorrection::changeType(const QString &entity, Entity::Type type)
{
    EntityCorrection c;
    c.kind = Kind::ChangeType;
    c.entity = entity;
    c.type = type;
    return c;
}

EntityCorrection EntityCorrection::setRole(const QString &entity, const QString &role)
{
    EntityCorrection c;
    c.kind = Kind::SetRole;
    c.entity = entity;
    c.role = role;
    return c;
}

EntityCorrection EntityCorrection::remove(const QString &entity)
{
    EntityCorrection c;
    c.kind = Kind::Remove;
    c.entity = entity;
    return c;
}

EntityCorrection EntityCorrection::add(Entity::Type type, const QString &text, qsizetype start, qsizetype end,
                                       const QString &name)
{
    EntityCorrection c;
    c.kind = Kind::Add;
    c.type = type;
    c.start = start;
    c.end = end;
    c.text = text.mid(start, end - start);
    c.name = name;
    return c;
}

QString EntityCorrection::kindName(Kind kind)
{
    return KindNames[int(kind)].toString();
}

std::optional<EntityCorrection::Kind> EntityCorrection::kindFromName(QStringView name)
{
    for (int k = 0; k < int(std::size(KindNames)); ++k)
        if (name == KindNames[k])
            return Kind(k);
    return std::nullopt;
}

QJsonObject EntityCorrection::toJson() const
{
    QJsonObject o = unknown;
    o.insert("op"_L1, kindName(kind));
    if (!entity.isEmpty())
        o.insert("entity"_L1, entity);
    if (!into.isEmpty())
        o.insert("into"_L1, into);
    if (!name.isEmpty())
        o.insert("name"_L1, name);
    if (kind == Kind::SetRole)
        o.insert("role"_L1, role);
    if (type)
        o.insert("type"_L1, Entity::typeName(*type));
    if (start >= 0) {
        o.insert("start"_L1, start);
        o.insert("end"_L1, end);
    }
    if (!text.isEmpty())
        o.insert("text"_L1, text);
    return o;
}

Result<EntityCorrection> EntityCorrection::fromJson(const QJsonObject &o)
{
    EntityCorrection c;
    const auto kind = kindFromName(o.value("op"_L1).toString());
    if (!kind)
        return Error {
            Error::Code::Format,
            Tr::tr("An entity correction has an unknown operation \"%1\".").arg(o.value("op"_L1).toString())};
    c.kind = *kind;
    c.entity = o.value("entity"_L1).toString();
    c.into = o.value("into"_L1).toString();
    c.name = o.value("name"_L1).toString();
    c.role = o.value("role"_L1).toString();
    c.type = typeField(o);
    c.start = o.value("start"_L1).toInteger(-1);
    c.end = o.value("end"_L1).toInteger(-1);
    c.text = o.value("text"_L1).toString();
    if (o.contains("type"_L1) && !c.type)
        return Error {
            Error::Code::Format,
            Tr::tr("An entity correction has an unknown type \"%1\".").arg(o.value("type"_L1).toString())};
    bool ok = true;
    switch (c.kind) {
    case Kind::Rename:
        ok = !c.entity.isEmpty() && !c.name.isEmpty();
        break;
    case Kind::Merge:
        ok = !c.entity.isEmpty() && !c.into.isEmpty();
        break;
    case Kind::Split:
        ok = !c.entity.isEmpty() && (!c.text.isEmpty() || (c.start >= 0 && c.end > c.start));
        break;
    case Kind::ChangeType:
        ok = !c.entity.isEmpty() && c.type.has_value();
        break;
    case Kind::SetRole:
    case Kind::Remove:
        ok = !c.entity.isEmpty();
        break;
    case Kind::Add:
        ok = c.type.has_value() && (!c.text.isEmpty() || (c.start >= 0 && c.end > c.start));
        break;
    }
    if (!ok)
        return Error {Error::Code::Format,
                      Tr::tr("An entity correction \"%1\" lacks a field it needs.").arg(kindName(c.kind))};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownKeys().contains(it.key()))
            c.unknown.insert(it.key(), it.value());
    return c;
}

int EntityCorrections::apply(QList<Entity> &entities, const QString &text) const
{
    int stale = 0;
    for (const EntityCorrection &c : corrections)
        stale += applyOne(c, entities, text) ? 0 : 1;
    for (Entity &e : entities) {
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention &a, const Mention &b) {
            return a.start < b.start || (a.start == b.start && a.end < b.end);
        });
        e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
        e.aliases.removeDuplicates();
        e.aliases.removeAll(e.name);
        e.aliases.removeAll(QString());
    }
    Entity::sortInReadingOrder(entities);
    return stale;
}

QJsonObject EntityCorrections::toJson() const
{
    QJsonObject o = unknown;
    o.insert("schemaVersion"_L1, SchemaVersion);
    QJsonArray list;
    for (const EntityCorrection &c : corrections)
        list.append(c.toJson());
    o.insert("corrections"_L1, list);
    return o;
}

Result<EntityCorrections> EntityCorrections::fromJson(const QJsonObject &o)
{
    const int version = o.value("schemaVersion"_L1).toInt(-1);
    if (version < 1)
        return Error {Error::Code::Format, Tr::tr("The entity corrections file has no schema version.")};
    if (version > SchemaVersion)
        return Error {
            Error::Code::Unsupported,
            Tr::tr("The entity corrections were saved by a newer Gloss (schema %1). Update Gloss to "
                   "open them.")
                .arg(version)};
    if (!o.value("corrections"_L1).isArray())
        return Error {Error::Code::Format, Tr::tr("The entity corrections file has no list of corrections.")};
    EntityCorrections set;
    for (const QJsonValue &v : o.value("corrections"_L1).toArray()) {
        if (!v.isObject())
            return Error {Error::Code::Format, Tr::tr("An entity correction is not an object.")};
        auto c = EntityCorrection::fromJson(v.toObject());
        if (!c)
            return c.error();
        set.corrections.append(std::move(c).value());
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "schemaVersion"_L1 && it.key() != "corrections"_L1)
            set.unknown.insert(it.key(), it.value());
    return set;
}

} // namespace Gloss
