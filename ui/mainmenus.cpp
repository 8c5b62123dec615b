// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus and toolbar.
#include "annotationactions.h"
#include "annotationdock.h"
#include "appearance.h"
#include "articleexporter.h"
#include "articleimporter.h"
#include "entityactions.h"
#include "entitydock.h"
#include "library/librarystore.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "readerview.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sourceview.h"
#include "workflow/workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Gloss {

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_recleanAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Re-clean Article"), this);
    m_recleanAction->setObjectName(u"actionReclean"_s);
    m_recleanAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_recleanAction->setStatusTip(
        tr("Clean the article's original source again; highlights are re-anchored"));
    connect(m_recleanAction, &QAction::triggered, this, &MainWindow::reclean);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"actionUndo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"actionRedo"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_reader->setContextActions({m_annotationActions->highlight(), m_annotationActions->highlightWithNote(),
                                 m_annotationActions->colorMenu()->menuAction()});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_openAction, m_importer->openUrlAction(), m_importer->pasteAction(),
                      m_importer->cancelAction(), m_recleanAction});
    file->addSeparator();
    file->addActions({m_exporter->exportAction(), m_exporter->importAnnotationsAction(),
                      m_exporter->exportAnnotationsAction()});
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addActions({m_annotationActions->highlight(), m_annotationActions->highlightWithNote()});
    annotate->addMenu(m_annotationActions->colorMenu());
    annotate->addSeparator();
    annotate->addActions(
        {m_annotationActions->articleNote(), m_annotationActions->editNote(), m_annotationActions->remove()});
    annotate->addSeparator();
    annotate->addActions({m_annotationActions->next(), m_annotationActions->previous()});
    annotate->addSeparator();
    annotate->addAction(m_entityActions->addFromSelection());
    annotate->addSeparator();
    annotate->addActions({m_annotationActions->reattach(), m_annotationActions->keepDetached()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    createViewMenu(view);

    edit->addSeparator();
    QAction *settings = edit->addAction(QIcon::fromTheme(u"configure"_s), tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::appearanceChanged, this, &MainWindow::applyAppearance);
        dialog.exec();
    });
    settings->setObjectName(u"actionSettings"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,"))));

    createToolbar(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(QIcon::fromTheme(u"configure-shortcuts"_s), tr("&Keyboard Shortcuts"), this, [this] {
            ShortcutsDialog dialog(menuBar(), this);
            dialog.exec();
        });
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Gloss"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createViewMenu(QMenu *view)
{
    QAction *source = view->addAction(QIcon::fromTheme(u"text-html"_s), tr("&Source"), this, [this] {
        if (!document()->isOpen())
            return;
        const LibraryStore *store = m_workspace->store();
        const QString id = document()->id();
        auto *dialog =
            new SourceView(store->sourcePath(id), store->articlePath(id), store->annotationsPath(id), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    source->setObjectName(u"actionViewSource"_s);
    source->setShortcut(QKeySequence(tr("Ctrl+U")));
    QAction *removed = view->addAction(tr("Show &Removed Text"));
    removed->setObjectName(u"actionShowRemoved"_s);
    removed->setCheckable(true);
    removed->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    removed->setStatusTip(tr("Show the text the cleaner left out, with the reason, to put any of it back"));
    connect(removed, &QAction::toggled, m_bridge, &ReaderBridge::setShowRemoved);
    m_loadImagesAction = view->addAction(tr("Load &Images"));
    m_loadImagesAction->setObjectName(u"actionLoadImages"_s);
    m_loadImagesAction->setCheckable(true);
    m_loadImagesAction->setStatusTip(
        tr("Show the article's pictures, fetched from the web; off, reading makes no network request"));
    connect(m_loadImagesAction, &QAction::toggled, this, [this](bool on) {
        Appearance a = Appearance::load();
        a.loadImages = on;
        a.save();
        applyAppearance(a);
    });
    applyAppearance(Appearance::load());
    view->addSeparator();
    QAction *libraryToggle = m_libraryDock->toggleViewAction();
    libraryToggle->setText(tr("&Library"));
    libraryToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    view->addAction(libraryToggle);
    QAction *entities = m_entityDock->toggleViewAction();
    entities->setText(tr("&Entities"));
    view->addAction(entities);
    QAction *annotations = m_annotationDock->toggleViewAction();
    annotations->setText(tr("&Annotations"));
    view->addAction(annotations);
}

// The commands used most, one click away.
void MainWindow::createToolbar(QMenu *view)
{
    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolbar->addActions({m_openAction, m_importer->openUrlAction(), m_exporter->exportAction()});
    toolbar->addSeparator();
    toolbar->addActions({m_undoAction, m_redoAction});
    toolbar->addSeparator();
    toolbar->addActions({m_annotationActions->highlight(), m_annotationActions->highlightWithNote(),
                         m_annotationActions->colorMenu()->menuAction(), m_annotationActions->articleNote()});
    view->addAction(toolbar->toggleViewAction());
    toolbar->toggleViewAction()->setText(tr("&Toolbar"));
}

void MainWindow::chooseFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), {}, tr("Articles (*.html *.htm *.txt *.md);;All files (*)"));
    if (!paths.isEmpty())
        m_importer->importFiles(paths);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Gloss"),
        tr("<h3>Gloss %1</h3><p>A reader and annotator for news articles.</p>"
           "<p>Copyright © 2026 the Gloss developers. Gloss is free software under the GNU General "
           "Public License, version 3 or later.</p>"
           "<p>It is built with:</p><ul>"
           "<li>Qt %2, including Qt WebEngine (Chromium) and Qt WebChannel — LGPL-3.0</li>"
           "<li>KDE Syntax Highlighting — MIT; some syntax definitions GPL</li>"
           "<li>gumbo, the HTML5 parser — Apache-2.0</li>"
           "<li>poppler — GPL-2.0-or-later</li></ul>"
           "<p>The name tagger was trained on CoNLL-2003 (Reuters) and on the GUM corpus (CC-BY); the "
           "place lists come from Debian's iso-codes and tzdata. The sample article is © Deutsche Welle.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Gloss
