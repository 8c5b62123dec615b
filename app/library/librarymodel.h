// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/libraryentry.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gloss {

/// The articles of the library, one row each: title, site, date, authors,
/// highlight and note counts, tags, reading progress and date added.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column {
        TitleColumn,
        SiteColumn,
        PublishedColumn,
        AuthorsColumn,
        HighlightsColumn,
        NotesColumn,
        TagsColumn,
        ProgressColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, FilterTextRole, ProblemRole };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEntries(const QList<LibraryEntry> &entries);
    /// Adds the entry, or updates the row with the same id.
    void upsert(const LibraryEntry &entry);
    void remove(const QString &id);
    int rowOf(const QString &id) const;
    const LibraryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reindex();

    QList<LibraryEntry> m_entries;
    QHash<QString, int> m_rows;
};

} // namespace Gloss
