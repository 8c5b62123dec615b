// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <tuple>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Gloss {

class EntityModel;

/// The sidebar of people, organisations and places in the article, sortable
/// and filterable.
class EntityDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityDock)

public:
    explicit EntityDock(EntityModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// The entity and [start, end) of the mention last shown by stepping.
    std::tuple<QString, qsizetype, qsizetype> currentMention() const;

Q_SIGNALS:
    /// The user chose an entity: mark all its mentions and show mention `current`
    /// (each further click steps to the next one).
    void mentionsRequested(const QString &name, const QVariantList &mentions, int current);
    /// The user asked to write a note about the entity `name`.
    void noteRequested(const QString &name);

private:
    /// Marks the mentions of the entity at `index` and steps to the next one.
    void step(const QModelIndex &index);

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QString m_steppingId;
    int m_step = 0;
    qsizetype m_mentionStart = -1;
    qsizetype m_mentionEnd = -1;
    bool m_clicked = false; // a click stepped in this event-loop pass
};

} // namespace Gloss
