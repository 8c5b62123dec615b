// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace Gloss {

class AnnotationDock;
class Document;
class EntityDock;
class LibraryStore;
class ReaderBridge;
class ReaderView;

/// Gloss's main window: the reader in the middle, the entity sidebar and the
/// annotations list in docks, menus for every action.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LibraryStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a stored article; shows the reason and returns false on failure.
    bool openArticle(const QString &id);
    /// Imports a file into the library and opens it.
    bool openFile(const QString &path);

    Document *document() const { return m_document; }
    ReaderBridge *bridge() const { return m_bridge; }
    ReaderView *readerView() const { return m_reader; }

public Q_SLOTS:
    /// Highlights the current selection; with `askForNote` a note editor
    /// opens first.
    void highlightSelection(bool askForNote = false);

private:
    void createActions();
    void createMenus();
    void pushHighlights();
    void showError(const QString &title, const QString &message);
    void chooseFile();
    void about();

    LibraryStore *m_store;
    Document *m_document;
    ReaderBridge *m_bridge;
    ReaderView *m_reader;
    EntityDock *m_entityDock;
    AnnotationDock *m_annotationDock;
    QLabel *m_saveState;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_highlightAction = nullptr;
    QAction *m_highlightNoteAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Gloss
