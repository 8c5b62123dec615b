// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"

#include "commands/trashcommand.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Library)
};

} // namespace

Library::Library(LibraryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_index(store)
{ }

Library::~Library()
{
    if (m_loader) {
        m_cancel->store(true);
        m_loader->wait();
    }
    if (m_builder) {
        m_cancel->store(true);
        m_builder->wait();
    }
}

LibraryIndex::RefreshStats Library::load()
{
    LibraryIndex::Plan plan = m_index.plan();
    const auto stats = plan.stats;
    const bool changed = stats.reread > 0 || stats.removed > 0 || !stats.indexWasUsable;
    if (plan.stale.size() <= SynchronousRereadLimit) {
        readNow(std::move(plan));
        startSearchBuild();
        return stats;
    }

    // Many articles to read: show what the index knows now, read the rest beside the window.
    m_index.setEntries(plan.entries, false);
    m_model.setEntries(m_index.entries());
    auto result = std::make_shared<LibraryIndex::Plan>(std::move(plan));
    auto done = std::make_shared<std::atomic_int>(0);
    auto cancel = m_cancel;
    const QString root = m_store->root();
    m_loader = QThread::create([result, done, cancel, root] {
        LibraryStore store(root); // not shared across threads
        LibraryIndex reader(&store);
        for (qsizetype row : std::as_const(result->stale)) {
            if (cancel->load())
                return;
            result->entries[row] = reader.read(result->entries.at(row).id);
            ++*done;
        }
    });
    m_loader->setParent(this);
    auto *progress = new QTimer(m_loader);
    connect(progress, &QTimer::timeout, this, [this, done, total = int(result->stale.size())] {
        Q_EMIT loadingProgressed(done->load(), total);
    });
    progress->start(200);
    connect(m_loader, &QThread::finished, this, [this, result, changed] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (m_cancel->load())
            return;
        m_index.setEntries(std::move(result->entries), changed);
        m_model.setEntries(m_index.entries());
        for (const QString &id : std::exchange(m_changedWhileBuilding, {}))
            articleChanged(id);
        Q_EMIT loaded();
        startSearchBuild();
    });
    m_loader->start();
    return stats;
}

LibraryIndex::RefreshStats Library::loadIndex()
{
    LibraryIndex::Plan plan = m_index.plan();
    const auto stats = plan.stats;
    readNow(std::move(plan));
    return stats;
}

void Library::readNow(LibraryIndex::Plan plan)
{
    const auto stats = plan.stats;
    const bool changed = stats.reread > 0 || stats.removed > 0 || !stats.indexWasUsable;
    for (qsizetype row : std::as_const(plan.stale))
        plan.entries[row] = m_index.read(plan.entries.at(row).id);
    m_index.setEntries(std::move(plan.entries), changed);
    m_model.setEntries(m_index.entries());
}

void Library::startSearchBuild()
{
    if (m_builder)
        return;
    m_searchReady = false;
    auto result = std::make_shared<FullTextSearch>();
    const QString root = m_store->root();
    const QStringList ids = m_store->articleIds();
    auto cancel = m_cancel;
    // A store of its own: LibraryStore is not shared across threads.
    m_builder = QThread::create([result, root, ids, cancel] {
        LibraryStore store(root);
        *result = FullTextSearch::build(store, ids, cancel.get());
    });
    // Owned by the library too: a thread that finished after the last pass of
    // the event loop (its deleteLater() never runs) or that was still running
    // when the library closed (~Library waits for it) is deleted with it.
    m_builder->setParent(this);
    connect(m_builder, &QThread::finished, this, [this, result] {
        m_builder->deleteLater();
        m_builder = nullptr;
        if (m_cancel->load())
            return;
        m_search = std::move(*result);
        m_searchReady = true;
        // Articles edited while the corpus was being built.
        for (const QString &id : std::exchange(m_changedWhileBuilding, {}))
            articleChanged(id);
        Q_EMIT searchReady();
    });
    m_builder->start(QThread::LowPriority);
}

void Library::articleChanged(const QString &id)
{
    if (m_loader) { // applied when the list is complete
        m_changedWhileBuilding << id;
        return;
    }
    if (m_store->articleIds().contains(id)) {
        m_model.upsert(m_index.update(id));
    } else {
        m_index.remove(id);
        m_model.remove(id);
    }
    if (!m_searchReady) {
        m_changedWhileBuilding << id;
        return;
    }
    auto article = m_store->loadArticle(id);
    if (!article) {
        m_search.remove(id);
        return;
    }
    auto set = m_store->loadAnnotations(id);
    m_search.add(id, article.value(), set ? set.value().annotations : QList<Annotation> {});
}

void Library::moveToTrash(const QString &id)
{
    const LibraryEntry *e = m_index.find(id);
    m_undoStack.push(new TrashCommand(this, id, e ? e->title : id));
}

Result<void> Library::trash(const QString &id)
{
    auto ok = m_store->moveToTrash(id);
    if (!ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return ok;
    }
    m_index.remove(id);
    m_model.remove(id);
    m_search.remove(id);
    Q_EMIT articleTrashed(id);
    return {};
}

Result<void> Library::restore(const QString &id)
{
    auto ok = m_store->restoreFromTrash(id);
    if (!ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return ok;
    }
    articleChanged(id);
    return {};
}

Result<void> Library::emptyTrash()
{
    // Trashed articles can no longer come back: their undo steps go too.
    m_undoStack.clear();
    return m_store->emptyTrash();
}

QString Library::findDuplicate(const Article &article) const
{
    const QString hash = article.contentHash();
    for (const LibraryEntry &e : m_index.entries())
        if (e.contentHash == hash || (!article.url.isEmpty() && e.url == article.url))
            return e.id;
    return {};
}

QList<FullTextSearch::Hit> Library::search(const QString &query, int limit) const
{
    return m_search.search(query, limit);
}

} // namespace Gloss
