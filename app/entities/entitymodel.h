// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QAbstractItemModel>

#include <array>
#include <optional>

namespace Gloss {

/// The entities of the open article as a tree for the sidebar: one
/// top-level row per section (People, Organisations, Places, Other names,
/// Dates, Figures, Quotes: always all seven, in that order, empty or not),
/// the entities of that type below it in text order. Columns: the name (a
/// quotation's text, a date as people read it), its role or value (a figure's
/// number, a quotation's speaker), the number of mentions.
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)

public:
    enum Column { NameColumn, DetailColumn, MentionsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // QString; empty on section rows
        TypeRole, // QString: Entity::typeName
        RoleRole, // QString: a person's or organisation's role
        ValueRole, // QString: a date's or figure's value
        UnitRole, // QString: what a figure counts
        MentionCountRole, // int
        MentionsRole, // QVariantList of QVariantList{start, end}
        AliasesRole, // QStringList
        SpeakerRole, // QString: a quotation's speaker
        SpeakerIdRole, // QString: the speaker's entity id, when known
        VerbRole, // QString: a quotation's speech verb
        ViaRole, // QString: the outlet a quotation was given to
        SourceRole, // bool: an organisation cited as a source
        IsSectionRole, // bool: a section row
    };

    explicit EntityModel(QObject *parent = nullptr);

    /// Replaces every entity (a model reset).
    void setEntities(QList<Entity> entities);
    const QList<Entity> &entities() const { return m_entities; }

    /// The entity of a row (any column); nullptr for section rows and invalid indexes.
    const Entity *entityAt(const QModelIndex &index) const;
    /// The row of the entity with that id, in `column`; invalid when there is none.
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;
    /// The section row of a type.
    QModelIndex sectionIndex(Entity::Type type, int column = NameColumn) const;
    /// The section of a section row; nullopt for entity rows.
    std::optional<Entity::Type> sectionAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "People", "Organisations", ... (translated).
    static QString sectionTitle(Entity::Type type);
    /// "Person", "Organisation", ... (translated).
    static QString displayType(Entity::Type type);
    /// What the first column shows: the name; a date as people read it
    /// ("Thursday, 24 March 2016", "last week: 14–20 March 2016").
    static QString displayName(const Entity &entity);
    /// The role (or "source"), the value, the speaker; the second column shows
    /// it for all but dates, whose ISO value is in the tooltip.
    static QString detailText(const Entity &entity);

private:
    static constexpr quintptr SectionId = 0;

    QList<Entity> m_entities;
    std::array<QList<qsizetype>, Entity::TypeCount> m_sections; // indices into m_entities
};

} // namespace Gloss
