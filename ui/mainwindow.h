// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/document.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTimer;
class QUndoGroup;

namespace Gloss {

class AnnotationActions;
struct Appearance;
class ArticleExporter;
class ArticleImporter;
class Library;
class LibraryDock;
class AnnotationDock;
class EntityActions;
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

    /// Writes the annotations as a W3C AnnotationCollection (asks where when `path` is empty).
    bool exportAnnotations(const QString &path = {});
    /// Imports W3C or Hypothesis annotations into the open article, all or nothing.
    bool importAnnotations(const QString &path);
    /// Cleans the article's source again and re-anchors the highlights.
    void reclean();
    /// Asks the page how far the user has read and keeps it with the article.
    void updateReadingPosition();

    Document *document() const { return m_document; }
    ReaderBridge *bridge() const { return m_bridge; }
    ReaderView *readerView() const { return m_reader; }

    AnnotationActions *annotationActions() const { return m_annotationActions; }
    AnnotationDock *annotationDock() const { return m_annotationDock; }
    EntityDock *entityDock() const { return m_entityDock; }
    Library *library() const { return m_library; }
    LibraryStore *store() const { return m_store; }
    ArticleImporter *importer() const { return m_importer; }
    ArticleExporter *exporter() const { return m_exporter; }
    EntityActions *entityActions() const { return m_entityActions; }
    /// A file path or web address to import and open.
    bool openLocation(const QString &location);
    /// Shows a problem in the status bar and a non-modal message box.
    void showError(const QString &title, const QString &message);
    void showReanchorReport(const Document::ReanchorReport &report);
    LibraryDock *libraryDock() const { return m_libraryDock; }

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    /// Shows the reader as the settings say, images (and so network) included.
    void applyAppearance(const Appearance &appearance);
    void pushHighlights();
    void chooseFile();
    void about();

    LibraryStore *m_store;
    Document *m_document;
    ReaderBridge *m_bridge;
    ReaderView *m_reader;
    Library *m_library;
    LibraryDock *m_libraryDock;
    QUndoGroup *m_undoGroup;
    QTimer *m_libraryRefresh;
    ArticleImporter *m_importer = nullptr;
    ArticleExporter *m_exporter = nullptr;
    EntityActions *m_entityActions = nullptr;
    QMetaObject::Connection m_focusConnection;
    EntityDock *m_entityDock;
    AnnotationDock *m_annotationDock;
    AnnotationActions *m_annotationActions;
    QLabel *m_saveState;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_recleanAction = nullptr;
    QAction *m_exportAnnotationsAction = nullptr;
    QAction *m_importAnnotationsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_loadImagesAction = nullptr;
};

} // namespace Gloss
