// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "biditemdelegate.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/searchresultmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

LibraryDock::LibraryDock(Library *library, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_library(library)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_resultModel(new SearchResultModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_resultsLabel(new QLabel(this))
    , m_results(new QListView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"libraryDock"_s);
    m_proxy->setSourceModel(library->model());
    m_proxy->setFilterRole(LibraryModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(LibraryModel::SortRole);

    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search titles, sites, authors, tags and text"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);

    m_view->setObjectName(u"libraryView"_s);
    m_view->setAccessibleName(tr("Articles in the library"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // fast with 10,000 rows
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::AddedColumn, Qt::DescendingOrder);
    m_view->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(LibraryModel::IdRole).toString());
    });

    auto *deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("Move to &Trash"), this);
    deleteAction->setObjectName(u"actionTrashArticle"_s);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            m_library->moveToTrash(id);
    });
    auto *emptyTrash = new QAction(QIcon::fromTheme(u"trash-empty"_s), tr("&Empty Trash…"), this);
    emptyTrash->setObjectName(u"actionEmptyTrash"_s);
    connect(emptyTrash, &QAction::triggered, this, [this] {
        const int count = int(m_library->store()->trashedIds().size());
        if (count == 0) {
            QMessageBox::information(this, tr("Empty Trash"), tr("The trash is empty."));
            return;
        }
        const auto answer =
            QMessageBox::question(this, tr("Empty Trash"),
                                  tr("Delete %n article(s) in the trash for good, with their highlights and "
                                     "notes? This cannot be undone.",
                                     nullptr, count),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        if (auto ok = m_library->emptyTrash(); !ok)
            QMessageBox::warning(this, tr("Empty Trash"), ok.error().message);
    });
    m_view->addActions({deleteAction, emptyTrash});

    m_resultsLabel->setObjectName(u"librarySearchStatus"_s);
    m_resultsLabel->setVisible(false);
    m_results->setObjectName(u"librarySearchResults"_s);
    m_results->setAccessibleName(tr("Articles whose text matches the search"));
    m_results->setModel(m_resultModel);
    m_results->setWordWrap(true);
    m_results->setVisible(false);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SearchResultModel::IdRole).toString());
    });

    // Typing filters the list at once; the full-text search waits for a pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryDock::runSearch);
    connect(library, &Library::searchReady, this, &LibraryDock::runSearch);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_results, 2);
    setWidget(content);
    setFocusProxy(m_search);
}

void LibraryDock::runSearch()
{
    const QString query = m_search->text().trimmed();
    const bool searching = query.size() >= 2;
    m_resultsLabel->setVisible(searching);
    m_results->setVisible(searching);
    if (!searching) {
        m_resultModel->clear();
        return;
    }
    if (!m_library->isSearchReady()) {
        m_resultsLabel->setText(tr("Indexing the library for full-text search…"));
        return;
    }
    m_resultModel->setHits(m_library->search(query), m_library->index(), m_library->store());
    m_resultsLabel->setText(tr("%n article(s) contain “%1”", nullptr, m_resultModel->rowCount()).arg(query));
}

QString LibraryDock::currentId() const
{
    return m_view->currentIndex().data(LibraryModel::IdRole).toString();
}

void LibraryDock::select(const QString &id)
{
    const int row = m_library->model()->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_library->model()->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace Gloss
