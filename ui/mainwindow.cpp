// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationdock.h"
#include "entitydock.h"
#include "notedialog.h"
#include "readerbridge.h"
#include "readerview.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "library/document.h"
#include "library/librarystore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Gloss {

MainWindow::MainWindow(LibraryStore *store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_document(new Document(store, this)),
      m_bridge(new ReaderBridge(this)), m_reader(new ReaderView(m_bridge, this)),
      m_entityDock(new EntityDock(m_document->entities(), this)),
      m_annotationDock(new AnnotationDock(m_document->annotations(), this)),
      m_saveState(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gloss"));
    setCentralWidget(m_reader);
    addDockWidget(Qt::LeftDockWidgetArea, m_entityDock);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);
    statusBar()->addPermanentWidget(m_saveState);
    resize(1280, 800);

    createActions();
    createMenus();

    connect(m_document, &Document::opened, this, [this] {
        setWindowTitle(tr("%1 — Gloss").arg(m_document->article().title));
        m_bridge->setArticle(m_document->article().toJson());
        pushHighlights();
    });
    connect(m_document->annotations(), &AnnotationModel::annotationsChanged, this,
            &MainWindow::pushHighlights);
    connect(m_document, &Document::saved, this, [this] { m_saveState->setText(tr("Saved")); });
    connect(m_document, &Document::saveFailed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        showError(tr("Could not save"), message);
    });
    connect(m_bridge, &ReaderBridge::selectionChanged, this, [this] {
        const bool has = m_bridge->hasSelection();
        m_highlightAction->setEnabled(has);
        m_highlightNoteAction->setEnabled(has);
    });
    connect(m_entityDock, &EntityDock::mentionRequested, m_bridge, &ReaderBridge::scrollRequested);
    connect(m_annotationDock, &AnnotationDock::annotationActivated, this,
            [this](const QString &, int offset) { Q_EMIT m_bridge->scrollRequested(offset); });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry"_L1).toByteArray());
    if (!restoreState(settings.value("window/state"_L1).toByteArray()))
        resizeDocks({m_entityDock, m_annotationDock}, {320, 340}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_highlightAction = new QAction(QIcon::fromTheme(u"draw-highlight"_s), tr("&Highlight"), this);
    m_highlightAction->setObjectName(u"actionHighlight"_s);
    m_highlightAction->setShortcut(tr("Ctrl+H"));
    m_highlightAction->setEnabled(false);
    connect(m_highlightAction, &QAction::triggered, this, [this] { highlightSelection(false); });

    m_highlightNoteAction = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("Highlight with &Note…"), this);
    m_highlightNoteAction->setObjectName(u"actionHighlightNote"_s);
    m_highlightNoteAction->setShortcut(tr("Ctrl+Shift+H"));
    m_highlightNoteAction->setEnabled(false);
    connect(m_highlightNoteAction, &QAction::triggered, this, [this] { highlightSelection(true); });

    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Highlight"), this);
    m_deleteAction->setObjectName(u"actionDeleteHighlight"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_annotationDock->view()->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const QString id = m_annotationDock->currentId(); !id.isEmpty())
            m_document->removeAnnotation(id);
    });

    m_aboutAction = new QAction(tr("&About Gloss"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_reader->setContextActions({m_highlightAction, m_highlightNoteAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_highlightAction);
    edit->addAction(m_highlightNoteAction);
    edit->addAction(m_deleteAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *entities = m_entityDock->toggleViewAction();
    entities->setText(tr("&Entities"));
    view->addAction(entities);
    QAction *annotations = m_annotationDock->toggleViewAction();
    annotations->setText(tr("&Annotations"));
    view->addAction(annotations);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openArticle(const QString &id)
{
    if (auto ok = m_document->open(id); !ok) {
        showError(tr("Could not open the article"), ok.error().message);
        return false;
    }
    if (const QString &problem = m_document->annotationsError(); !problem.isEmpty())
        showError(tr("Annotations not loaded"),
                  tr("%1\n\nThe article is shown without them; the file is left as it is.").arg(problem));
    QSettings().setValue("library/lastArticle"_L1, id);
    m_saveState->clear();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    if (!bytes) {
        showError(tr("Could not open the file"), bytes.error().message);
        return false;
    }
    auto id = m_store->import(bytes.value(), QFileInfo(path).fileName());
    if (!id) {
        showError(tr("Could not import the file"), id.error().message);
        return false;
    }
    return openArticle(id.value());
}

void MainWindow::highlightSelection(bool askForNote)
{
    if (!m_document->isOpen() || !m_bridge->hasSelection())
        return;
    const qsizetype start = m_bridge->selectionStart();
    const qsizetype end = m_bridge->selectionEnd();
    QString note;
    if (askForNote) {
        NoteDialog dialog(m_document->article().text.mid(start, end - start), {}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        note = dialog.note();
    }
    if (auto id = m_document->addHighlight(start, end, note); !id)
        statusBar()->showMessage(id.error().message, 5000);
}

void MainWindow::pushHighlights()
{
    QJsonArray list;
    for (const Annotation &a : m_document->annotations()->annotations())
        list.append(QJsonObject{{"id"_L1, a.id},
                                {"start"_L1, a.start},
                                {"end"_L1, a.end},
                                {"color"_L1, a.color},
                                {"note"_L1, a.note}});
    m_bridge->setHighlights(list);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), {}, tr("Articles (*.html *.htm *.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Gloss"),
        tr("<h3>Gloss %1</h3><p>A reader and annotator for news articles.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. Built with Qt, "
           "KDE Syntax Highlighting (MIT), gumbo (Apache 2.0) and poppler (GPL).</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace Gloss
