// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymodel.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Gloss {

EntityModel::EntityModel(QObject *parent) : QAbstractTableModel(parent) { }

void EntityModel::setEntities(QList<Entity> entities)
{
    beginResetModel();
    m_entities = std::move(entities);
    endResetModel();
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityModel::displayType(Entity::Type type)
{
    switch (type) {
    case Entity::Type::Person:
        return tr("Person");
    case Entity::Type::Organisation:
        return tr("Organisation");
    case Entity::Type::Place:
        return tr("Place");
    case Entity::Type::Other:
    case Entity::Type::Date:
    case Entity::Type::Figure:
    case Entity::Type::Quote:
        break;
    }
    return tr("Other");
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &e = m_entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case TypeColumn:
            return displayType(e.type);
        case MentionsColumn:
            return int(e.mentions.size());
        }
        return {};
    case Qt::ToolTipRole:
        return e.role.isEmpty() ? e.name : u"%1 (%2)"_s.arg(e.name, e.role);
    case IdRole:
        return e.id;
    case TypeRole:
        return Entity::typeName(e.type);
    case RoleRole:
        return e.role;
    case MentionCountRole:
        return int(e.mentions.size());
    case MentionsRole: {
        QVariantList list;
        for (const Mention &m : e.mentions)
            list.append(QVariantList{m.start, m.end});
        return list;
    }
    }
    return {};
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

QHash<int, QByteArray> EntityModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "entityId");
    names.insert(TypeRole, "entityType");
    names.insert(RoleRole, "role");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(MentionsRole, "mentions");
    return names;
}

} // namespace Gloss
