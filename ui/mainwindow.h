// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/reanchoring.h"

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
class AnnotationDock;
class Document;
class EntityActions;
class EntityDock;
class Library;
class LibraryDock;
class ReaderBridge;
class ReaderView;
class Workspace;

/// Gloss's main window: the reader in the middle, the entity sidebar, the
/// library and the annotations list in docks, menus for every action. It
/// shows and asks; the work is the workflow layer's (Workspace, Importer,
/// Exporter).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a stored article; shows the reason and returns false on failure.
    bool openArticle(const QString &id);
    /// A file path or web address to open (imported first when it is new).
    bool openLocation(const QString &location);
    /// Cleans the article's source again and re-anchors the highlights.
    void reclean();
    /// Asks the page how far the user has read and keeps it with the article.
    void updateReadingPosition();

    Workspace *workspace() const { return m_workspace; }
    Document *document() const;
    Library *library() const;
    ReaderBridge *bridge() const { return m_bridge; }
    ReaderView *readerView() const { return m_reader; }
    AnnotationActions *annotationActions() const { return m_annotationActions; }
    AnnotationDock *annotationDock() const { return m_annotationDock; }
    EntityDock *entityDock() const { return m_entityDock; }
    LibraryDock *libraryDock() const { return m_libraryDock; }
    ArticleImporter *importer() const { return m_importer; }
    ArticleExporter *exporter() const { return m_exporter; }
    EntityActions *entityActions() const { return m_entityActions; }

    /// Shows a problem in the status bar and a non-modal message box.
    void showError(const QString &title, const QString &message);
    void showReanchorReport(const ReanchorReport &report);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectWorkflow();
    void connectReader();
    void createActions();
    void createMenus();
    void createViewMenu(QMenu *view);
    void createToolbar(QMenu *view);
    /// Shows the reader as the settings say, images (and so network) included.
    void applyAppearance(const Appearance &appearance);
    void showArticle();
    void pushHighlights();
    void pushMentions();
    void chooseFile();
    void about();

    Workspace *m_workspace;
    ReaderBridge *m_bridge;
    ReaderView *m_reader;
    LibraryDock *m_libraryDock;
    QUndoGroup *m_undoGroup;
    QTimer *m_libraryRefresh;
    EntityDock *m_entityDock;
    AnnotationDock *m_annotationDock;
    AnnotationActions *m_annotationActions;
    ArticleImporter *m_importer;
    ArticleExporter *m_exporter;
    EntityActions *m_entityActions;
    QLabel *m_saveState;
    QMetaObject::Connection m_focusConnection;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_recleanAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_loadImagesAction = nullptr;
};

} // namespace Gloss
