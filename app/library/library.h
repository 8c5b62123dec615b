// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/trashcommand.h"
#include "library/fulltextsearch.h"
#include "library/libraryindex.h"
#include "library/librarymodel.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <atomic>
#include <memory>

class QThread;

namespace Gloss {

class LibraryStore;

/// The library as the app sees it: the list of articles (from the index
/// cache), full-text search (built in a background thread after start), and
/// the undoable operations on whole articles (move to trash and back).
class Library final : public QObject, public ArticleTrash
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(LibraryStore *store, QObject *parent = nullptr);
    ~Library() override;

    LibraryStore *store() const { return m_store; }
    LibraryModel *model() { return &m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const LibraryIndex &index() const { return m_index; }

    /// Reads the index and fills the model; then starts building the search
    /// corpus in the background. When many articles must be read again (no
    /// or an old index.json), that happens in the background too, with
    /// loadingProgressed() and loaded(); the window stays responsive.
    LibraryIndex::RefreshStats load();
    bool isLoading() const { return m_loader != nullptr; }
    /// Reads the index and every article it is missing, here and now,
    /// without the search corpus (for the command line).
    LibraryIndex::RefreshStats loadIndex();

    /// More than this many articles to read again go to the background.
    static constexpr int SynchronousRereadLimit = 200;

    /// The article's files changed (edited, imported): refresh its row and
    /// its searchable text.
    void articleChanged(const QString &id);

    /// Undoable: moves the article to the trash / back.
    void moveToTrash(const QString &id);
    /// Deletes the trash for good.
    Result<void> emptyTrash();

    /// An article already in the library with the same address or the same
    /// text as `article`; empty when there is none.
    QString findDuplicate(const Article &article) const;

    bool isSearchReady() const { return m_searchReady; }
    QList<FullTextSearch::Hit> search(const QString &query, int limit = 500) const;

    // Used by the undo commands.
    Result<void> trash(const QString &id) override;
    Result<void> restore(const QString &id) override;

Q_SIGNALS:
    void loadingProgressed(int done, int total);
    void loaded();
    void searchReady();
    void articleTrashed(const QString &id);
    void errorOccurred(const QString &message);

private:
    void readNow(LibraryIndex::Plan plan);
    void startSearchBuild();

    LibraryStore *m_store;
    LibraryIndex m_index;
    LibraryModel m_model;
    FullTextSearch m_search;
    QUndoStack m_undoStack;
    bool m_searchReady = false;
    QThread *m_builder = nullptr;
    QThread *m_loader = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QStringList m_changedWhileBuilding;
};

} // namespace Gloss
