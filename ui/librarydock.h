// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Gloss {

class Library;
class SearchResultModel;

/// The library: every article with its metadata, sortable and filterable,
/// and full-text search over article text, highlights and notes with the
/// words around each match.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDock)

public:
    explicit LibraryDock(Library *library, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    SearchResultModel *results() const { return m_resultModel; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString currentId() const;
    void select(const QString &id);

Q_SIGNALS:
    void openRequested(const QString &id);

private:
    void runSearch();

    Library *m_library;
    QSortFilterProxyModel *m_proxy;
    SearchResultModel *m_resultModel;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_resultsLabel;
    QListView *m_results;
    QTimer *m_searchDelay;
};

} // namespace Gloss
