// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QAbstractTableModel>

namespace Gloss {

/// The entities of the open article, one row each: name, type, mentions.
class EntityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, TypeRole, RoleRole, MentionCountRole, MentionsRole };

    explicit EntityModel(QObject *parent = nullptr);

    void setEntities(QList<Entity> entities);
    const QList<Entity> &entities() const { return m_entities; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString displayType(Entity::Type type);

private:
    QList<Entity> m_entities;
};

} // namespace Gloss
