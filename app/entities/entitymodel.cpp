// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymodel.h"

#include "entities/datedisplay.h"
#include "text/bidi.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Gloss {

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void EntityModel::setEntities(QList<Entity> entities)
{
    beginResetModel();
    m_entities = std::move(entities);
    for (auto &section : m_sections)
        section.clear();
    for (qsizetype k = 0; k < m_entities.size(); ++k)
        m_sections[size_t(qBound(0, int(m_entities.at(k).type), Entity::TypeCount - 1))].append(k);
    endResetModel();
}

const Entity *EntityModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == SectionId)
        return nullptr;
    const auto &section = m_sections[size_t(index.internalId() - 1)];
    if (index.row() < 0 || index.row() >= section.size())
        return nullptr;
    return &m_entities.at(section.at(index.row()));
}

QModelIndex EntityModel::indexOf(const QString &id, int column) const
{
    for (int s = 0; s < Entity::TypeCount; ++s) {
        const auto &section = m_sections[size_t(s)];
        for (qsizetype row = 0; row < section.size(); ++row)
            if (m_entities.at(section.at(row)).id == id)
                return createIndex(int(row), column, quintptr(s + 1));
    }
    return {};
}

QModelIndex EntityModel::sectionIndex(Entity::Type type, int column) const
{
    return index(int(type), column);
}

std::optional<Entity::Type> EntityModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != SectionId)
        return std::nullopt;
    return Entity::Type(index.row());
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < Entity::TypeCount ? createIndex(row, column, SectionId) : QModelIndex();
    if (parent.internalId() != SectionId || parent.column() != 0 || parent.row() >= Entity::TypeCount)
        return {};
    if (row >= m_sections[size_t(parent.row())].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return Entity::TypeCount;
    if (parent.internalId() != SectionId || parent.column() != 0)
        return 0;
    return int(m_sections[size_t(parent.row())].size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString EntityModel::sectionTitle(Entity::Type type)
{
    switch (type) {
    case Entity::Type::Person:
        return tr("People");
    case Entity::Type::Organisation:
        return tr("Organisations");
    case Entity::Type::Place:
        return tr("Places");
    case Entity::Type::Other:
        return tr("Other names");
    case Entity::Type::Date:
        return tr("Dates");
    case Entity::Type::Figure:
        return tr("Figures");
    case Entity::Type::Quote:
        break;
    }
    return tr("Quotes");
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
        return tr("Other");
    case Entity::Type::Date:
        return tr("Date");
    case Entity::Type::Figure:
        return tr("Figure");
    case Entity::Type::Quote:
        break;
    }
    return tr("Quote");
}

QString EntityModel::detailText(const Entity &e)
{
    switch (e.type) {
    case Entity::Type::Date:
    case Entity::Type::Figure:
        return e.value;
    case Entity::Type::Quote:
        return e.via.isEmpty() ? e.speaker
                               : tr("%1 (to %2)", "quotation: speaker (to outlet)").arg(e.speaker, e.via);
    case Entity::Type::Organisation:
        if (e.role.isEmpty() && e.source)
            return tr("source", "an organisation cited as a source");
        break;
    default:
        break;
    }
    return e.role;
}

QString EntityModel::displayName(const Entity &e)
{
    if (e.type != Entity::Type::Date || e.value.isEmpty())
        return e.name;
    const QString date = DateDisplay::text(e.value);
    // A week needs the words that named it to read as one: "last week: 14–20 March 2016".
    // Each part keeps its own direction (English words beside an Arabic date).
    if (e.value.contains(u'W') && !e.aliases.isEmpty())
        return tr("%1: %2", "a week as the article names it: its days")
            .arg(Bidi::isolated(e.aliases.first()), Bidi::isolated(date));
    return date;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (const auto section = sectionAt(index)) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(sectionTitle(*section)) : QVariant();
        case TypeRole:
            return Entity::typeName(*section);
        case IsSectionRole:
            return true;
        }
        return {};
    }
    const Entity *entity = entityAt(index);
    if (!entity)
        return {};
    const Entity &e = *entity;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(e);
        case DetailColumn:
            return e.type == Entity::Type::Date ? QString()
                                                : detailText(e); // its ISO value is in the tooltip
        case MentionsColumn:
            return int(e.mentions.size());
        }
        return {};
    case Qt::EditRole: // the stored name (a date's ISO value), for notes on the entity
        return index.column() == NameColumn ? QVariant(e.name) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = displayName(e);
        if (e.type == Entity::Type::Date && !e.value.isEmpty())
            tip += u" ("_s + e.value + u')';
        else if (const QString detail = detailText(e); !detail.isEmpty())
            tip += u" — "_s + detail;
        if (!e.aliases.isEmpty())
            tip += u'\n' + tr("Also: %1").arg(e.aliases.join(u", "_s));
        return tip;
    }
    case IdRole:
        return e.id;
    case TypeRole:
        return Entity::typeName(e.type);
    case RoleRole:
        return e.role;
    case ValueRole:
        return e.value;
    case UnitRole:
        return e.unit;
    case MentionCountRole:
        return int(e.mentions.size());
    case MentionsRole: {
        QVariantList list;
        list.reserve(e.mentions.size());
        for (const Mention &m : e.mentions)
            list.append(QVariant(QVariantList {m.start, m.end}));
        return list;
    }
    case AliasesRole:
        return e.aliases;
    case SpeakerRole:
        return e.speaker;
    case SpeakerIdRole:
        return e.speakerId;
    case VerbRole:
        return e.verb;
    case ViaRole:
        return e.via;
    case SourceRole:
        return e.source;
    case IsSectionRole:
        return false;
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
    case DetailColumn:
        return tr("Role/Value");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == SectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EntityModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "entityId");
    names.insert(TypeRole, "entityType");
    names.insert(RoleRole, "role");
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(MentionsRole, "mentions");
    names.insert(AliasesRole, "aliases");
    names.insert(SpeakerRole, "speaker");
    names.insert(SpeakerIdRole, "speakerId");
    names.insert(VerbRole, "verb");
    names.insert(ViaRole, "via");
    names.insert(SourceRole, "source");
    names.insert(IsSectionRole, "isSection");
    return names;
}

} // namespace Gloss
