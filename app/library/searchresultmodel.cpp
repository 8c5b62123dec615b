// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchresultmodel.h"

#include "library/libraryindex.h"
#include "library/librarystore.h"

using namespace Qt::StringLiterals;

namespace Gloss {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultModel::setHits(const QList<FullTextSearch::Hit> &hits, const LibraryIndex &titles,
                                LibraryStore *store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    for (const auto &hit : hits) {
        const LibraryEntry *e = titles.find(hit.id);
        m_rows.append({hit, e ? e->title : hit.id, {}});
    }
    endResetModel();
}

QString SearchResultModel::snippetOf(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.snippet.isNull() && m_store) {
        LibraryStore store(m_store->root()); // reading only; keeps the app's store untouched
        auto article = store.loadArticle(r.hit.id);
        auto set = store.loadAnnotations(r.hit.id);
        r.snippet = article ? FullTextSearch::snippet(r.hit, article.value(),
                                                      set ? set.value().annotations : QList<Annotation> {})
                            : QString(u""_s);
    }
    return r.snippet;
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(r.title + QLatin1Char('\n') + snippetOf(index.row()));
    case Qt::ToolTipRole:
        return r.hit.inAnnotations ? tr("Found in a highlight or note") : tr("Found in the article text");
    case IdRole:
        return r.hit.id;
    case SnippetRole:
        return snippetOf(index.row());
    case TitleRole:
        return r.title;
    }
    return {};
}

} // namespace Gloss
