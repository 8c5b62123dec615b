// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "library/libraryentry.h"

#include <QHash>
#include <QList>

namespace Gloss {

class LibraryStore;

/// The library's list of articles, cached in `index.json` beside the article
/// folders. The cache is checked against every folder's modification time
/// and rebuilt where it is missing, damaged or stale; it is only ever a copy,
/// so a damaged index costs time, never data.
class LibraryIndex final
{
public:
    struct RefreshStats {
        int reused = 0; // entries taken from index.json
        int reread = 0; // articles read again (new, changed, or no index)
        int removed = 0; // entries whose folder is gone
        bool indexWasUsable = false;
    };

    /// What refresh() would do: the entries it can reuse, and the rows
    /// (placeholders in `entries`) it must read again.
    struct Plan {
        QList<LibraryEntry> entries;
        QList<qsizetype> stale;
        RefreshStats stats;
    };

    explicit LibraryIndex(LibraryStore *store);

    Plan plan() const;
    /// Replaces the list (and saves index.json when `save`).
    void setEntries(QList<LibraryEntry> entries, bool save);

    /// Brings the list up to date with the folders on disk and saves
    /// index.json when anything changed.
    RefreshStats refresh();

    const QList<LibraryEntry> &entries() const { return m_entries; }
    const LibraryEntry *find(const QString &id) const;

    /// Reads one article's entry from its files.
    LibraryEntry read(const QString &id) const;
    /// Re-reads one article (after an edit or an import) and saves the index.
    const LibraryEntry &update(const QString &id);
    void remove(const QString &id);

    Result<void> save() const;
    QString path() const;

private:
    LibraryStore *m_store;
    QList<LibraryEntry> m_entries;
    QHash<QString, qsizetype> m_rows;
};

} // namespace Gloss
