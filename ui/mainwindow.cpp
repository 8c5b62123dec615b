// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationactions.h"
#include "annotationdock.h"
#include "appearance.h"
#include "articleexporter.h"
#include "articleimporter.h"
#include "entityactions.h"
#include "entitydock.h"
#include "librarydock.h"
#include "readerbridge.h"
#include "readerview.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sourceview.h"

#include "annotations/webannotation.h"
#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "library/document.h"
#include "library/library.h"
#include "library/librarystore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QTimer>
#include <QToolBar>
#include <QPointer>
#include <QUndoGroup>
#include <QWebEngineScript>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Gloss {

MainWindow::MainWindow(LibraryStore *store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_document(new Document(store, this)),
      m_bridge(new ReaderBridge(this)), m_reader(new ReaderView(m_bridge, this)),
      m_library(new Library(store, this)), m_libraryDock(new LibraryDock(m_library, this)),
      m_undoGroup(new QUndoGroup(this)), m_libraryRefresh(new QTimer(this)),
      m_entityDock(new EntityDock(m_document->entities(), this)),
      m_annotationDock(new AnnotationDock(m_document->annotations(), this)),
      m_annotationActions(new AnnotationActions(m_document, m_bridge, m_annotationDock, this)),
      m_saveState(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gloss"));
    setCentralWidget(m_reader);
    addDockWidget(Qt::LeftDockWidgetArea, m_entityDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_entityDock, m_libraryDock);
    m_entityDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);

    connect(m_library, &Library::loadingProgressed, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Reading the library… %1 of %2 articles").arg(done).arg(total));
    });
    connect(m_library, &Library::loaded, this, [this] { statusBar()->clearMessage(); });
    m_library->load();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->addStack(m_library->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    // Undo acts on what the user works in: the library list or the article.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool inLibrary = now && m_libraryDock->isAncestorOf(now);
        m_undoGroup->setActiveStack(inLibrary ? m_library->undoStack() : m_document->undoStack());
    });
    connect(m_libraryDock, &LibraryDock::openRequested, this, &MainWindow::openArticle);
    // The reading position is asked of the page every two seconds.
    auto *positionTimer = new QTimer(this);
    positionTimer->setInterval(2000);
    connect(positionTimer, &QTimer::timeout, this, &MainWindow::updateReadingPosition);
    positionTimer->start();
    connect(m_library, &Library::articleTrashed, this, [this](const QString &id) {
        if (id == m_document->id())
            m_document->close();
    });
    connect(m_library, &Library::errorOccurred, this,
            [this](const QString &message) { showError(tr("Library"), message); });
    // The library list follows edits, without rewriting its index on every keystroke.
    m_libraryRefresh->setSingleShot(true);
    m_libraryRefresh->setInterval(1000);
    connect(m_libraryRefresh, &QTimer::timeout, this, [this] {
        if (m_document->isOpen())
            m_library->articleChanged(m_document->id());
    });
    statusBar()->addPermanentWidget(m_saveState);
    resize(1280, 800);

    m_importer = new ArticleImporter(this);
    m_exporter = new ArticleExporter(this);
    m_entityActions = new EntityActions(m_document, m_bridge, m_entityDock, this);
    setAcceptDrops(true);
    m_reader->setAcceptDrops(false); // drops go to the window: they import
    createActions();
    createMenus();

    connect(m_document, &Document::opened, this, [this] {
        setWindowTitle(tr("%1 — Gloss").arg(m_document->article().title));
        QJsonObject article = m_document->article().toJson();
        if (m_document->readingOffset() > 0)
            article.insert("restorePosition"_L1, m_document->readingOffset());
        m_bridge->setArticle(article);
        pushHighlights();
    });
    connect(m_document->annotations(), &AnnotationModel::annotationsChanged, this,
            &MainWindow::pushHighlights);
    // Hovering a name in the article shows which entity it is.
    connect(m_document->entities(), &QAbstractItemModel::modelReset, this, [this] {
        QJsonArray mentions;
        for (const Entity &e : m_document->entities()->entities()) {
            if (!e.isName())
                continue;
            const QString hint = u"%1 (%2)"_s.arg(e.name, EntityModel::displayType(e.type));
            for (const Mention &m : e.mentions)
                mentions.append(QJsonArray{m.start, m.end, hint});
        }
        m_bridge->setMentions(mentions);
    });
    connect(m_document, &Document::saved, this, [this] {
        m_saveState->setText(tr("Saved"));
        m_libraryRefresh->start();
    });
    connect(m_document, &Document::saveFailed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        showError(tr("Could not save"), message);
    });
    connect(m_entityDock, &EntityDock::mentionsRequested, this,
            [this](const QString &name, const QVariantList &mentions, int current) {
                Q_EMIT m_bridge->entityMentionsRequested(name, QJsonArray::fromVariantList(mentions), current);
            });
    connect(m_entityDock, &EntityDock::noteRequested, m_annotationActions, &AnnotationActions::noteOnEntity);
    connect(m_bridge, &ReaderBridge::restoreRequested, this, [this](int index) {
        auto report = m_document->restoreRemoved(index);
        if (!report)
            showError(tr("Could not put the text back"), report.error().message);
        else
            showReanchorReport(report.value());
    });
    connect(m_bridge, &ReaderBridge::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry"_L1).toByteArray());
    if (!restoreState(settings.value("window/state"_L1).toByteArray()))
        resizeDocks({m_entityDock, m_annotationDock}, {320, 340}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    // Children (dialogs, docks) that close from here on must not reach the undo group.
    disconnect(m_focusConnection);
    m_document->flush();
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_recleanAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Re-clean Article"), this);
    m_recleanAction->setObjectName(u"actionReclean"_s);
    m_recleanAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_recleanAction->setStatusTip(tr("Clean the article's original source again; highlights are re-anchored"));
    connect(m_recleanAction, &QAction::triggered, this, &MainWindow::reclean);

    m_exportAnnotationsAction = new QAction(QIcon::fromTheme(u"document-export"_s),
                                            tr("E&xport Annotations (W3C)…"), this);
    m_exportAnnotationsAction->setObjectName(u"actionExportAnnotations"_s);
    m_exportAnnotationsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_exportAnnotationsAction, &QAction::triggered, this, [this] { exportAnnotations(); });
    m_importAnnotationsAction = new QAction(QIcon::fromTheme(u"document-import"_s),
                                            tr("&Import Annotations…"), this);
    m_importAnnotationsAction->setObjectName(u"actionImportAnnotations"_s);
    m_importAnnotationsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(m_importAnnotationsAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Annotations"), {}, tr("Web Annotations or Hypothesis export (*.json *.jsonld);;All files (*)"));
        if (!path.isEmpty())
            importAnnotations(path);
    });

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

    m_aboutAction = new QAction(tr("&About Gloss"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_reader->setContextActions({m_annotationActions->highlight(), m_annotationActions->highlightWithNote(),
                                 m_annotationActions->colorMenu()->menuAction()});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_importer->openUrlAction());
    file->addAction(m_importer->pasteAction());
    file->addAction(m_importer->cancelAction());
    file->addAction(m_recleanAction);
    file->addSeparator();
    file->addAction(m_exporter->exportAction());
    file->addAction(m_importAnnotationsAction);
    file->addAction(m_exportAnnotationsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addAction(m_annotationActions->highlight());
    annotate->addAction(m_annotationActions->highlightWithNote());
    annotate->addMenu(m_annotationActions->colorMenu());
    annotate->addSeparator();
    annotate->addAction(m_annotationActions->articleNote());
    annotate->addAction(m_annotationActions->editNote());
    annotate->addAction(m_annotationActions->remove());
    annotate->addSeparator();
    annotate->addAction(m_annotationActions->next());
    annotate->addAction(m_annotationActions->previous());
    annotate->addSeparator();
    annotate->addAction(m_entityActions->addFromSelection());
    annotate->addSeparator();
    annotate->addAction(m_annotationActions->reattach());
    annotate->addAction(m_annotationActions->keepDetached());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *source = view->addAction(QIcon::fromTheme(u"text-html"_s), tr("&Source"), this, [this] {
        if (!m_document->isOpen())
            return;
        auto *dialog = new SourceView(m_store->articleDir(m_document->id()), this);
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
    m_loadImagesAction->setStatusTip(tr("Show the article's pictures, fetched from the web; off, reading makes no network request"));
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

    edit->addSeparator();
    QAction *settings = edit->addAction(QIcon::fromTheme(u"configure"_s), tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::appearanceChanged, this, &MainWindow::applyAppearance);
        dialog.exec();
    });
    settings->setObjectName(u"actionSettings"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,"))));

    // The commands used most, one click away.
    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importer->openUrlAction());
    toolbar->addAction(m_exporter->exportAction());
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_annotationActions->highlight());
    toolbar->addAction(m_annotationActions->highlightWithNote());
    toolbar->addAction(m_annotationActions->colorMenu()->menuAction());
    toolbar->addAction(m_annotationActions->articleNote());
    view->addAction(toolbar->toggleViewAction());
    toolbar->toggleViewAction()->setText(tr("&Toolbar"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(u"configure-shortcuts"_s), tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addSeparator();
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
    const bool readOnly = m_store->isReadOnly(id);
    m_annotationActions->setReadOnly(readOnly);
    m_recleanAction->setEnabled(!readOnly);
    if (readOnly)
        showError(tr("Opened read-only"),
                  tr("%1\n\nGloss shows what it understands of this article and will not change it.")
                      .arg(m_store->readOnlyReason(id)));
    else if (const QString &problem = m_document->annotationsError(); !problem.isEmpty())
        showError(tr("Annotations not loaded"),
                  tr("%1\n\nThe article is shown without them; the file is left as it is.").arg(problem));
    QSettings().setValue("library/lastArticle"_L1, id);
    m_saveState->clear();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return m_importer->openFile(path);
}

bool MainWindow::openLocation(const QString &location)
{
    return m_importer->openLocation(location);
}

void MainWindow::applyAppearance(const Appearance &appearance)
{
    // Allow the requests before the page asks for pictures; withdraw them
    // with the pictures.
    m_reader->setLoadImages(appearance.loadImages);
    if (m_loadImagesAction) {
        const QSignalBlocker blocker(m_loadImagesAction);
        m_loadImagesAction->setChecked(appearance.loadImages);
    }
    m_bridge->setAppearance(appearance.toJson());
}

void MainWindow::changeEvent(QEvent *event)
{
    // "Follow the system" follows a palette change at once.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyAppearance(Appearance::load());
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_importer->canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_importer->importMime(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::updateReadingPosition()
{
    if (!m_document->isOpen() || !m_bridge->isReady())
        return;
    const QString id = m_document->id();
    m_reader->page()->runJavaScript(u"gloss.position()"_s, QWebEngineScript::ApplicationWorld,
                                    [this, id, guard = QPointer<MainWindow>(this)](const QVariant &value) {
                                        const QVariantMap p = value.toMap();
                                        // Only for the article it was measured on.
                                        if (!guard || m_document->id() != id || p.value(u"blocks"_s).toInt() == 0)
                                            return;
                                        m_document->setReadingPosition(p.value(u"progress"_s).toDouble(),
                                                                       p.value(u"offset"_s).toLongLong());
                                    });
}

void MainWindow::reclean()
{
    auto report = m_document->reclean();
    if (!report) {
        showError(tr("Could not re-clean the article"), report.error().message);
        return;
    }
    showReanchorReport(report.value());
}

void MainWindow::showReanchorReport(const Document::ReanchorReport &report)
{
    statusBar()->showMessage(tr("Highlights: %1 in place, %2 moved with their text, %3 matched approximately, "
                                "%4 need review")
                                 .arg(report.exact)
                                 .arg(report.moved)
                                 .arg(report.fuzzy)
                                 .arg(report.needsReview),
                             10000);
    if (report.needsReview > 0) {
        m_annotationDock->reviewFilter()->setChecked(true);
        m_annotationDock->show();
        showError(tr("Highlights need review"),
                  tr("The article's text changed and Gloss is not sure where %n highlight(s) belong. "
                     "They are listed under “Needs review”: select the right words and choose "
                     "Annotate → Re-attach to Selection, or keep them detached.",
                     nullptr, report.needsReview));
    }
}

bool MainWindow::exportAnnotations(const QString &chosenPath)
{
    if (!m_document->isOpen())
        return false;
    QString path = chosenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export Annotations"),
                                            m_document->article().title + u".jsonld"_s,
                                            tr("Web Annotations (*.jsonld *.json)"));
    if (path.isEmpty())
        return false;
    const QJsonObject collection = WebAnnotation::collectionToJson(
        m_document->annotations()->annotations(), WebAnnotation::sourceFor(m_document->article(), m_document->id()),
        m_document->annotations()->palette());
    if (auto ok = JsonFile::writeBytes(path, QJsonDocument(collection).toJson()); !ok) {
        showError(tr("Could not export the annotations"), ok.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Exported %n annotation(s) to %1", nullptr,
                                int(m_document->annotations()->rowCount())).arg(path), 5000);
    return true;
}

bool MainWindow::importAnnotations(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, 64LL * 1024 * 1024);
    auto imported = bytes ? WebAnnotation::fromJson(bytes.value(), m_document->article().text)
                          : Result<QList<Annotation>>(bytes.error());
    if (!imported) {
        showError(tr("Could not import the annotations"),
                  tr("%1\n\nNothing was imported.").arg(imported.error().message));
        return false;
    }
    m_document->importAnnotations(imported.value());
    Document::ReanchorReport report;
    for (const Annotation &a : imported.value())
        a.needsReview ? ++report.needsReview : ++report.exact;
    showReanchorReport(report);
    return true;
}

void MainWindow::pushHighlights()
{
    QJsonArray list;
    for (const Annotation &a : m_document->annotations()->annotations())
        if (a.isAnchored())
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
