// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entity.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Entity)
};

constexpr QStringView TypeNames[Entity::TypeCount] = {u"person", u"organisation", u"place", u"other",
                                                      u"date",   u"figure",       u"quote"};
} // namespace

void Entity::sortInReadingOrder(QList<Entity> &entities)
{
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
        if (a.type != b.type)
            return a.type < b.type;
        const qsizetype fa = a.firstOffset(), fb = b.firstOffset();
        if ((fa < 0) != (fb < 0))
            return fb < 0;
        return fa < fb;
    });
}

QString Entity::typeName(Type type)
{
    return TypeNames[qBound(0, int(type), TypeCount - 1)].toString();
}

std::optional<Entity::Type> Entity::typeFromName(QStringView name)
{
    for (int t = 0; t < TypeCount; ++t)
        if (name == TypeNames[t])
            return Type(t);
    return std::nullopt;
}

QString Entity::makeId(Type type, const QString &name)
{
    QString slug;
    slug.reserve(qMin(name.size(), qsizetype(48)));
    bool dash = false;
    for (const QChar c : name) {
        if (slug.size() >= 48)
            break;
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
    }
    return typeName(type) + u':' + slug;
}

QJsonObject Entity::toJson() const
{
    QJsonArray list;
    for (const Mention &m : mentions)
        list.append(QJsonArray {m.start, m.end});
    QJsonObject o {{"id"_L1, id}, {"type"_L1, typeName(type)}, {"name"_L1, name}, {"mentions"_L1, list}};
    if (!role.isEmpty())
        o.insert("role"_L1, role);
    if (!aliases.isEmpty())
        o.insert("aliases"_L1, QJsonArray::fromStringList(aliases));
    if (!value.isEmpty())
        o.insert("value"_L1, value);
    if (!unit.isEmpty())
        o.insert("unit"_L1, unit);
    if (source)
        o.insert("source"_L1, true);
    if (!speaker.isEmpty())
        o.insert("speaker"_L1, speaker);
    if (!speakerId.isEmpty())
        o.insert("speakerId"_L1, speakerId);
    if (!verb.isEmpty())
        o.insert("verb"_L1, verb);
    if (!via.isEmpty())
        o.insert("via"_L1, via);
    return o;
}

Result<Entity> Entity::fromJson(const QJsonObject &o)
{
    Entity e;
    const auto type = typeFromName(o.value("type"_L1).toString());
    if (!type)
        return Error {Error::Code::Format,
                      Tr::tr("An entity has an unknown type \"%1\".").arg(o.value("type"_L1).toString())};
    e.type = *type;
    e.id = o.value("id"_L1).toString();
    e.name = o.value("name"_L1).toString();
    if (e.name.isEmpty())
        return Error {Error::Code::Format, Tr::tr("An entity has no name.")};
    if (e.id.isEmpty())
        e.id = makeId(e.type, e.name);
    for (const QJsonValue &v : o.value("mentions"_L1).toArray()) {
        const QJsonArray pair = v.toArray();
        const qsizetype start = pair.at(0).toInteger(-1), end = pair.at(1).toInteger(-1);
        if (pair.size() != 2 || start < 0 || end < start)
            return Error {Error::Code::Format,
                          Tr::tr("Entity %1 has a mention that is not a [start, end] pair.").arg(e.name)};
        e.mentions.append({start, end});
    }
    e.role = o.value("role"_L1).toString();
    for (const QJsonValue &v : o.value("aliases"_L1).toArray())
        if (v.isString())
            e.aliases << v.toString();
    e.value = o.value("value"_L1).toString();
    e.unit = o.value("unit"_L1).toString();
    e.source = o.value("source"_L1).toBool();
    e.speaker = o.value("speaker"_L1).toString();
    e.speakerId = o.value("speakerId"_L1).toString();
    e.verb = o.value("verb"_L1).toString();
    e.via = o.value("via"_L1).toString();
    return e;
}

QJsonArray Entity::listToJson(const QList<Entity> &entities)
{
    QJsonArray list;
    for (const Entity &e : entities)
        list.append(e.toJson());
    return list;
}

Result<QList<Entity>> Entity::listFromJson(const QJsonArray &array)
{
    QList<Entity> entities;
    entities.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto e = fromJson(v.toObject());
        if (!e)
            return e.error();
        entities.append(std::move(e).value());
    }
    return entities;
}

} // namespace Gloss
