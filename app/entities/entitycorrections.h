// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "entities/entity.h"

#include <QJsonObject>

namespace Gloss {

/// One correction the reader made to the extracted entities. Entities are
/// named by their id, which the extractor derives from the type and the
/// extracted name, so the correction finds its entity again after the
/// article is analysed anew. Text spans keep the words they covered, so a
/// span that moved (the article was re-cleaned) is found again nearby.
struct EntityCorrection {
    enum class Kind {
        Rename, // entity: name (the old name becomes an alias)
        Merge, // entity into `into`: mentions, aliases and the old name move
        Split, // the mention [start, end) of entity: to `into` when set, else a new entity
               // named `name` (or the span's words) of `type` (or the entity's type)
        ChangeType, // entity: type
        SetRole, // entity: role
        Remove, // entity
        Add, // a new entity of `type` named `name` (or the span's words) from [start, end);
             // for names, every other place the words stand in the text too
    };

    Kind kind = Kind::Rename;
    QString entity;
    QString into;
    QString name;
    QString role;
    std::optional<Entity::Type> type;
    qsizetype start = -1;
    qsizetype end = -1;
    QString text; // the words of [start, end) when the correction was made
    QJsonObject unknown; // fields of a newer Gloss, kept on save

    static EntityCorrection rename(const QString &entity, const QString &name);
    static EntityCorrection merge(const QString &entity, const QString &into);
    static EntityCorrection split(const QString &entity, const QString &text, qsizetype start, qsizetype end,
                                  const QString &into = {});
    static EntityCorrection changeType(const QString &entity, Entity::Type type);
    static EntityCorrection setRole(const QString &entity, const QString &role);
    static EntityCorrection remove(const QString &entity);
    static EntityCorrection add(Entity::Type type, const QString &text, qsizetype start, qsizetype end,
                                const QString &name = {});

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    QJsonObject toJson() const;
    static Result<EntityCorrection> fromJson(const QJsonObject &object);
    friend bool operator==(const EntityCorrection &, const EntityCorrection &) = default;
};

/// The reader's corrections of an article's entities, applied in order
/// after every extraction; kept in the article's folder as entities.json
/// ({"schemaVersion": 1, "corrections": [...]}).
class EntityCorrections final
{
public:
    static constexpr int SchemaVersion = 1;

    QList<EntityCorrection> corrections;
    QJsonObject unknown; // fields of a newer Gloss, kept on save

    bool isEmpty() const { return corrections.isEmpty(); }

    /// Applies every correction to `entities` (the extractor's result for
    /// `text`); returns how many no longer apply (their entity or span is
    /// gone). Entities stay sorted by type and first mention.
    int apply(QList<Entity> &entities, const QString &text) const;

    QJsonObject toJson() const;
    static Result<EntityCorrections> fromJson(const QJsonObject &object);
    friend bool operator==(const EntityCorrections &, const EntityCorrections &) = default;
};

} // namespace Gloss
