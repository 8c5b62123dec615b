// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydock.h"

#include "biditemdelegate.h"
#include "entities/entitymodel.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
// Sorts the entities inside each section; the sections keep their order.
class EntityFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.data(EntityModel::IsSectionRole).toBool() &&
            right.data(EntityModel::IsSectionRole).toBool()) {
            const bool descending = sortOrder() == Qt::DescendingOrder;
            return descending ? left.row() > right.row() : left.row() < right.row();
        }
        if (sortColumn() == EntityModel::MentionsColumn)
            return left.data(EntityModel::MentionCountRole).toInt() <
                right.data(EntityModel::MentionCountRole).toInt();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};
} // namespace

EntityDock::EntityDock(EntityModel *model, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_proxy(new EntityFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"entityDock"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setAccessibleName(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"entityView"_s);
    m_view->setAccessibleName(tr("Entities in the article"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    m_view->setRootIsDecorated(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EntityModel::DetailColumn, QHeaderView::Stretch);
    // Sections open by default; the tree follows every new analysis.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    // Each click on a name marks its mentions and steps to the next one;
    // Enter does the same from the keyboard. The activation a mouse also
    // sends (a double-click, or a style's single-click activation) does not
    // step again.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_clicked = true;
        QTimer::singleShot(0, this, [this] { m_clicked = false; });
        step(index);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_clicked && QGuiApplication::mouseButtons() == Qt::NoButton)
            step(index);
    });

    auto *noteAction = new QAction(QIcon::fromTheme(u"note"_s), tr("&Note on Entity…"), this);
    noteAction->setObjectName(u"actionEntityNote"_s);
    noteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(noteAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT noteRequested(
                index.siblingAtColumn(EntityModel::NameColumn).data(Qt::EditRole).toString());
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

void EntityDock::step(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(EntityModel::NameColumn);
    const QVariantList mentions = name.data(EntityModel::MentionsRole).toList();
    if (mentions.isEmpty())
        return;
    const QString id = name.data(EntityModel::IdRole).toString();
    m_step = id == m_steppingId ? (m_step + 1) % int(mentions.size()) : 0;
    m_steppingId = id;
    const QVariantList mention = mentions.value(m_step).toList();
    m_mentionStart = mention.value(0).toLongLong();
    m_mentionEnd = mention.value(1).toLongLong();
    Q_EMIT mentionsRequested(name.data().toString(), mentions, m_step);
}

std::tuple<QString, qsizetype, qsizetype> EntityDock::currentMention() const
{
    return {m_steppingId, m_mentionStart, m_mentionEnd};
}

} // namespace Gloss
