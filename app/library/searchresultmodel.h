// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/fulltextsearch.h"

#include <QAbstractListModel>

namespace Gloss {

class LibraryIndex;
class LibraryStore;

/// The articles a full-text search found, with the words around the match.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role { IdRole = Qt::UserRole, SnippetRole, TitleRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// `titles` maps ids to the titles shown; snippets are read from `store`
    /// when a row is first shown.
    void setHits(const QList<FullTextSearch::Hit> &hits, const LibraryIndex &titles, LibraryStore *store);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString snippetOf(int row) const;

    struct Row {
        FullTextSearch::Hit hit;
        QString title;
        mutable QString snippet; // filled on first display
    };
    QList<Row> m_rows;
    LibraryStore *m_store = nullptr;
};

} // namespace Gloss
