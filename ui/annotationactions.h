// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Gloss {

class AnnotationDock;
class Document;
class HighlightPalette;
class ReaderBridge;

/// The actions that make and edit annotations: highlight (in the current
/// colour, optionally with a note), the colour choice, edit and delete,
/// article notes, next/previous highlight, and the review of highlights the
/// re-anchoring was unsure about. Every edit goes through the Document's
/// undo stack.
class AnnotationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationActions)

public:
    AnnotationActions(Document *document, ReaderBridge *bridge, AnnotationDock *dock, QWidget *window);

    QAction *highlight() const { return m_highlight; }
    QAction *highlightWithNote() const { return m_highlightNote; }
    QAction *editNote() const { return m_editNote; }
    QAction *remove() const { return m_remove; }
    QAction *articleNote() const { return m_articleNote; }
    QAction *next() const { return m_next; }
    QAction *previous() const { return m_previous; }
    QAction *reattach() const { return m_reattach; }
    QAction *keepDetached() const { return m_keepDetached; }
    QAction *editMeanings() const { return m_meanings; }
    /// "Highlight Colour" submenu: one checkable action per colour.
    QMenu *colorMenu() const { return m_colorMenu; }

    /// No edits at all (an article saved by a newer Gloss).
    void setReadOnly(bool readOnly);

    QString currentColor() const;
    void setCurrentColor(const QString &key);

    /// Highlights the page's selection in the current colour.
    void highlightSelection(bool askForNote);
    /// Opens the note editor on annotation `id`.
    void editAnnotation(const QString &id);
    /// Asks for a note about the entity `name` and adds it.
    void noteOnEntity(const QString &name);
    /// Shows the highlight `id` in the page and selects it in the list.
    void focus(const QString &id);

private:
    void step(int direction);
    void updateEnabled();
    void rebuildColorMenu();

    Document *m_document;
    ReaderBridge *m_bridge;
    AnnotationDock *m_dock;
    QWidget *m_window;
    QString m_focused;
    bool m_readOnly = false;

    QAction *m_highlight;
    QAction *m_highlightNote;
    QAction *m_editNote;
    QAction *m_remove;
    QAction *m_articleNote;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_reattach;
    QAction *m_keepDetached;
    QAction *m_meanings;
    QActionGroup *m_colors;
    QMenu *m_colorMenu;
};

} // namespace Gloss
