// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Gloss {

class Document;
class EntityDock;
class ReaderBridge;

/// Corrections of the entity sidebar: rename, change the type, merge into
/// another entity, split the current mention off, delete, and add a new
/// entity from the text selected in the reader. Corrections are saved with
/// the article and applied again after every re-analysis.
class EntityActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityActions)

public:
    EntityActions(Document *document, ReaderBridge *bridge, EntityDock *dock, QWidget *window);

    QAction *addFromSelection() const { return m_add; }
    QAction *rename() const { return m_rename; }
    QAction *remove() const { return m_remove; }
    QAction *merge() const { return m_merge; }
    QAction *split() const { return m_split; }
    QMenu *typeMenu() const { return m_typeMenu; }

    /// The corrections, callable without dialogs (the actions ask first).
    void renameEntity(const QString &id, const QString &name);
    void changeType(const QString &id, int type);
    void mergeEntity(const QString &id, const QString &into);
    void splitMention(const QString &id, qsizetype start, qsizetype end);
    void removeEntity(const QString &id);
    void addEntity(int type, qsizetype start, qsizetype end);

private:
    QString currentId() const;
    void updateEnabled();

    Document *m_document;
    ReaderBridge *m_bridge;
    EntityDock *m_dock;
    QWidget *m_window;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_remove;
    QAction *m_merge;
    QAction *m_split;
    QMenu *m_typeMenu;
};

} // namespace Gloss
