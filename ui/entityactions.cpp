// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityactions.h"

#include "document/document.h"
#include "entities/entitycorrections.h"
#include "entities/entitymodel.h"
#include "entitydock.h"
#include "readerbridge.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
const Entity::Type NameTypes[] = {Entity::Type::Person, Entity::Type::Organisation, Entity::Type::Place,
                                  Entity::Type::Other};
}

EntityActions::EntityActions(Document *document, ReaderBridge *bridge, EntityDock *dock, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_bridge(bridge)
    , m_dock(dock)
    , m_window(window)
    , m_add(new QAction(tr("Add &Entity from Selection…"), this))
    , m_rename(new QAction(tr("&Rename…"), this))
    , m_remove(new QAction(tr("&Delete Entity"), this))
    , m_merge(new QAction(tr("&Merge Into…"), this))
    , m_split(new QAction(tr("S&plit Off This Mention"), this))
    , m_typeMenu(new QMenu(tr("Change &Type"), window))
{
    m_add->setObjectName(u"actionAddEntity"_s);
    m_add->setShortcut(QKeySequence(tr("Ctrl+Alt+E")));
    m_rename->setObjectName(u"actionRenameEntity"_s);
    m_rename->setShortcut(QKeySequence(tr("F2")));
    m_remove->setObjectName(u"actionDeleteEntity"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_merge->setObjectName(u"actionMergeEntity"_s);
    m_split->setObjectName(u"actionSplitEntity"_s);
    for (QAction *a : {m_rename, m_remove})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (Entity::Type type : NameTypes) {
        QAction *a = m_typeMenu->addAction(EntityModel::displayType(type));
        a->setObjectName(u"actionEntityType%1"_s.arg(int(type)));
        connect(a, &QAction::triggered, this, [this, type] { changeType(currentId(), int(type)); });
    }
    QTreeView *view = m_dock->view();
    view->addActions({m_rename, m_typeMenu->menuAction(), m_merge, m_split, m_remove});

    connect(m_rename, &QAction::triggered, this, [this] {
        const Entity *e = m_document->entities()->entityAt(m_document->entities()->indexOf(currentId()));
        if (!e)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Rename Entity"), tr("Name:"),
                                                   QLineEdit::Normal, e->name, &ok);
        if (ok && !name.trimmed().isEmpty())
            renameEntity(e->id, name.trimmed());
    });
    connect(m_remove, &QAction::triggered, this, [this] { removeEntity(currentId()); });
    connect(m_merge, &QAction::triggered, this, [this] {
        const QString id = currentId();
        const Entity *e = m_document->entities()->entityAt(m_document->entities()->indexOf(id));
        if (!e)
            return;
        QStringList names, ids;
        for (const Entity &other : m_document->entities()->entities())
            if (other.id != id && other.type == e->type) {
                names << other.name;
                ids << other.id;
            }
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            m_window, tr("Merge Entity"), tr("Merge “%1” into:").arg(e->name), names, 0, false, &ok);
        if (ok)
            mergeEntity(id, ids.value(names.indexOf(chosen)));
    });
    connect(m_split, &QAction::triggered, this, [this] {
        const auto [id, start, end] = m_dock->currentMention();
        if (!id.isEmpty())
            splitMention(id, start, end);
    });
    connect(m_add, &QAction::triggered, this, [this] {
        if (!m_bridge->hasSelection())
            return;
        QStringList types;
        for (Entity::Type type : NameTypes)
            types << EntityModel::displayType(type);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Add Entity"),
                                                     tr("The selected words name a:"), types, 0, false, &ok);
        if (ok)
            addEntity(int(NameTypes[types.indexOf(chosen)]), m_bridge->selectionStart(),
                      m_bridge->selectionEnd());
    });
    connect(m_bridge, &ReaderBridge::selectionChanged, this, &EntityActions::updateEnabled);
    connect(m_dock->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntityActions::updateEnabled);
    updateEnabled();
}

QString EntityActions::currentId() const
{
    return m_dock->view()
        ->currentIndex()
        .siblingAtColumn(EntityModel::NameColumn)
        .data(EntityModel::IdRole)
        .toString();
}

void EntityActions::updateEnabled()
{
    m_add->setEnabled(m_document->isOpen() && m_bridge->hasSelection());
    const bool entity = !currentId().isEmpty();
    for (QAction *a : {m_rename, m_remove, m_merge, m_split, m_typeMenu->menuAction()})
        a->setEnabled(entity);
}

void EntityActions::renameEntity(const QString &id, const QString &name)
{
    m_document->addEntityCorrection(EntityCorrection::rename(id, name));
}

void EntityActions::changeType(const QString &id, int type)
{
    if (!id.isEmpty())
        m_document->addEntityCorrection(EntityCorrection::changeType(id, Entity::Type(type)));
}

void EntityActions::mergeEntity(const QString &id, const QString &into)
{
    if (!id.isEmpty() && !into.isEmpty())
        m_document->addEntityCorrection(EntityCorrection::merge(id, into));
}

void EntityActions::splitMention(const QString &id, qsizetype start, qsizetype end)
{
    m_document->addEntityCorrection(EntityCorrection::split(id, m_document->article().text, start, end));
}

void EntityActions::removeEntity(const QString &id)
{
    if (!id.isEmpty())
        m_document->addEntityCorrection(EntityCorrection::remove(id));
}

void EntityActions::addEntity(int type, qsizetype start, qsizetype end)
{
    m_document->addEntityCorrection(
        EntityCorrection::add(Entity::Type(type), m_document->article().text, start, end));
}

} // namespace Gloss
