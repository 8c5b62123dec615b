// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydock.h"

#include "entities/entitymodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

EntityDock::EntityDock(EntityModel *model, QWidget *parent)
    : QDockWidget(tr("Entities"), parent), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    setObjectName(u"entityDock"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setAccessibleName(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"entityView"_s);
    m_view->setAccessibleName(tr("Entities in the article"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariantList mentions = index.data(EntityModel::MentionsRole).toList();
        if (!mentions.isEmpty())
            Q_EMIT mentionRequested(mentions.first().toList().value(0).toInt());
    });

    auto *noteAction = new QAction(QIcon::fromTheme(u"note"_s), tr("&Note on Entity…"), this);
    noteAction->setObjectName(u"actionEntityNote"_s);
    noteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(noteAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT noteRequested(index.siblingAtColumn(EntityModel::NameColumn).data().toString());
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(noteAction);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(content);
}

} // namespace Gloss
