// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gloss {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LibraryModel::setEntries(const QList<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    reindex();
    endResetModel();
}

void LibraryModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries.at(i).id, i);
}

void LibraryModel::upsert(const LibraryEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_entries.size());
    beginInsertRows({}, end, end);
    m_entries.append(entry);
    m_rows.insert(entry.id, end);
    endInsertRows();
}

void LibraryModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    reindex();
    endRemoveRows();
}

int LibraryModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return e.title.isEmpty() ? tr("(untitled)") : e.title;
        case SiteColumn:
            return e.site;
        case PublishedColumn:
            return e.published.left(10);
        case AuthorsColumn:
            return e.authors.join(u", "_s);
        case HighlightsColumn:
            return e.highlights;
        case NotesColumn:
            return e.notes;
        case TagsColumn:
            return e.tags.join(u", "_s);
        case ProgressColumn:
            return tr("%1%").arg(qRound(e.progress * 100));
        case AddedColumn:
            return QLocale().toString(e.added.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (!e.problem.isEmpty())
            return e.problem;
        return e.url.isEmpty() ? e.title : e.title + u'\n' + e.url;
    case IdRole:
        return e.id;
    case ProblemRole:
        return e.problem;
    case SortRole:
        switch (index.column()) {
        case HighlightsColumn:
            return e.highlights;
        case NotesColumn:
            return e.notes;
        case ProgressColumn:
            return e.progress;
        case AddedColumn:
            return e.added;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case FilterTextRole:
        return QStringList {e.title, e.site, e.authors.join(u' '), e.tags.join(u' '), e.url}.join(u'\n');
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SiteColumn:
        return tr("Site");
    case PublishedColumn:
        return tr("Published");
    case AuthorsColumn:
        return tr("Authors");
    case HighlightsColumn:
        return tr("Highlights");
    case NotesColumn:
        return tr("Notes");
    case TagsColumn:
        return tr("Tags");
    case ProgressColumn:
        return tr("Read");
    case AddedColumn:
        return tr("Added");
    }
    return {};
}

} // namespace Gloss
