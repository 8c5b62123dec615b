// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationactions.h"
#include "annotationdock.h"
#include "annotationsrecovery.h"
#include "appearance.h"
#include "articleexporter.h"
#include "articleimporter.h"
#include "entityactions.h"
#include "entitydock.h"
#include "library/library.h"
#include "librarydock.h"
#include "readerbridge.h"
#include "readerview.h"
#include "text/bidi.h"
#include "workflow/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;

namespace Gloss {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_bridge(new ReaderBridge(this))
    , m_reader(new ReaderView(m_bridge, this))
    , m_libraryDock(new LibraryDock(workspace->library(), this))
    , m_undoGroup(new QUndoGroup(this))
    , m_libraryRefresh(new QTimer(this))
    , m_entityDock(new EntityDock(workspace->document()->entities(), this))
    , m_annotationDock(new AnnotationDock(workspace->document()->annotations(), this))
    , m_annotationActions(new AnnotationActions(workspace->document(), m_bridge, m_annotationDock, this))
    , m_importer(new ArticleImporter(workspace, this))
    , m_exporter(new ArticleExporter(workspace, this))
    , m_entityActions(new EntityActions(workspace->document(), m_bridge, m_entityDock, this))
    , m_saveState(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gloss"));
    setCentralWidget(m_reader);
    addDockWidget(Qt::LeftDockWidgetArea, m_entityDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_entityDock, m_libraryDock);
    m_entityDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);
    statusBar()->addPermanentWidget(m_saveState);
    resize(1280, 800);
    setAcceptDrops(true);
    m_reader->setAcceptDrops(false); // drops go to the window: they import

    connectWorkflow();
    connectReader();
    library()->load();
    createActions();
    createMenus();

    QSettings settings;
    restoreGeometry(settings.value("window/geometry"_L1).toByteArray());
    if (!restoreState(settings.value("window/state"_L1).toByteArray()))
        resizeDocks({m_entityDock, m_annotationDock}, {320, 340}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    // Children (dialogs, docks) that close from here on must not reach the undo group.
    disconnect(m_focusConnection);
    m_workspace->flush();
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
}

Document *MainWindow::document() const
{
    return m_workspace->document();
}

Library *MainWindow::library() const
{
    return m_workspace->library();
}

void MainWindow::connectWorkflow()
{
    connect(library(), &Library::loadingProgressed, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Reading the library… %1 of %2 articles").arg(done).arg(total));
    });
    connect(library(), &Library::loaded, this, [this] { statusBar()->clearMessage(); });
    connect(library(), &Library::articleTrashed, this, [this](const QString &id) {
        if (id == document()->id())
            m_workspace->close();
    });
    connect(library(), &Library::errorOccurred, this,
            [this](const QString &message) { showError(tr("Library"), message); });
    m_undoGroup->addStack(document()->undoStack());
    m_undoGroup->addStack(library()->undoStack());
    m_undoGroup->setActiveStack(document()->undoStack());
    // Undo acts on what the user works in: the library list or the article.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool inLibrary = now && m_libraryDock->isAncestorOf(now);
        m_undoGroup->setActiveStack(inLibrary ? library()->undoStack() : document()->undoStack());
    });
    connect(m_libraryDock, &LibraryDock::openRequested, this, &MainWindow::openArticle);
    // The library list follows edits, without rewriting its index on every keystroke.
    m_libraryRefresh->setSingleShot(true);
    m_libraryRefresh->setInterval(1000);
    connect(m_libraryRefresh, &QTimer::timeout, this, [this] {
        if (document()->isOpen())
            library()->articleChanged(document()->id());
    });
    connect(m_workspace, &Workspace::saved, this, [this] {
        m_saveState->setText(tr("Saved"));
        m_libraryRefresh->start();
    });
    connect(m_workspace, &Workspace::saveFailed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        showError(tr("Could not save"), message);
    });
    auto status = [this](const QString &message, int timeout) {
        message.isEmpty() ? statusBar()->clearMessage()
                          : statusBar()->showMessage(Bidi::isolatePaths(message), timeout);
    };
    connect(m_importer, &ArticleImporter::openRequested, this, &MainWindow::openArticle);
    connect(m_importer, &ArticleImporter::statusMessage, this, status);
    connect(m_importer, &ArticleImporter::problem, this, &MainWindow::showError);
    connect(m_importer, &ArticleImporter::reanchored, this, &MainWindow::showReanchorReport);
    connect(m_exporter, &ArticleExporter::statusMessage, this, status);
    connect(m_exporter, &ArticleExporter::problem, this, &MainWindow::showError);
    connect(m_exporter, &ArticleExporter::annotationsImported, this, [this](int anchored, int needsReview) {
        showReanchorReport(ReanchorReport {anchored, 0, 0, needsReview});
    });
}

void MainWindow::connectReader()
{
    // The reading position is asked of the page every two seconds.
    auto *positionTimer = new QTimer(this);
    positionTimer->setInterval(2000);
    connect(positionTimer, &QTimer::timeout, this, &MainWindow::updateReadingPosition);
    positionTimer->start();
    connect(document(), &Document::opened, this, &MainWindow::showArticle);
    connect(document()->annotations(), &AnnotationModel::annotationsChanged, this,
            &MainWindow::pushHighlights);
    connect(document()->entities(), &QAbstractItemModel::modelReset, this, &MainWindow::pushMentions);
    connect(m_entityDock, &EntityDock::mentionsRequested, this,
            [this](const QString &name, const QVariantList &mentions, int current) {
                Q_EMIT m_bridge->entityMentionsRequested(name, QJsonArray::fromVariantList(mentions),
                                                         current);
            });
    connect(m_entityDock, &EntityDock::noteRequested, m_annotationActions, &AnnotationActions::noteOnEntity);
    connect(m_bridge, &ReaderBridge::restoreRequested, this, [this](int index) {
        auto report = m_workspace->restoreRemoved(index);
        if (!report)
            showError(tr("Could not put the text back"), report.error().message);
        else
            showReanchorReport(report.value());
    });
    connect(m_bridge, &ReaderBridge::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
}

void MainWindow::showArticle()
{
    const Document *doc = document();
    setWindowTitle(doc->isOpen() ? tr("%1 — Gloss").arg(Bidi::isolated(doc->article().title)) : tr("Gloss"));
    QJsonObject article = doc->article().toJson();
    article.insert("id"_L1, doc->id());
    article.insert("restorePosition"_L1, doc->readingOffset());
    m_bridge->setArticle(article);
    pushHighlights();
}

bool MainWindow::openArticle(const QString &id)
{
    if (auto ok = m_workspace->open(id); !ok) {
        showError(tr("Could not open the article"), ok.error().message);
        return false;
    }
    const bool readOnly = document()->isReadOnly();
    m_annotationActions->setReadOnly(readOnly);
    m_recleanAction->setEnabled(!readOnly);
    if (readOnly) {
        showError(tr("Opened read-only"),
                  tr("%1\n\nGloss shows what it understands of this article and will not "
                     "change it.")
                      .arg(document()->readOnlyReason()));
    } else if (const QString &problem = document()->annotationsError(); !problem.isEmpty()) {
        statusBar()->showMessage(problem, 10000);
        auto *recovery = new AnnotationsRecovery(m_workspace, problem, this);
        connect(recovery, &AnnotationsRecovery::failed, this, &MainWindow::showError);
        connect(recovery, &AnnotationsRecovery::resolved, this,
                [this] { m_saveState->setText(tr("Saved")); });
        recovery->open();
    }
    QSettings().setValue("library/lastArticle"_L1, id);
    m_saveState->clear();
    return true;
}

bool MainWindow::openLocation(const QString &location)
{
    return m_importer->openLocation(location, ArticleImporter::Intent::Open);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (AnnotationsRecovery::confirmDiscard(m_workspace, this))
        event->accept();
    else
        event->ignore();
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
    if (!document()->isOpen() || !m_bridge->isReady())
        return;
    const QString id = document()->id();
    m_reader->page()->runJavaScript(u"gloss.position()"_s, QWebEngineScript::ApplicationWorld,
                                    [this, id, guard = QPointer<MainWindow>(this)](const QVariant &value) {
                                        const QVariantMap p = value.toMap();
                                        // Only for the article it was measured on, once the page shows it.
                                        if (!guard || document()->id() != id || p.value(u"article"_s) != id ||
                                            p.value(u"blocks"_s).toInt() == 0)
                                            return;
                                        document()->setReadingPosition(p.value(u"progress"_s).toDouble(),
                                                                       p.value(u"offset"_s).toLongLong());
                                    });
}

void MainWindow::reclean()
{
    if (!document()->isOpen())
        return;
    auto report = m_workspace->reclean(document()->id());
    if (!report) {
        showError(tr("Could not re-clean the article"), report.error().message);
        return;
    }
    showReanchorReport(report.value());
}

void MainWindow::showReanchorReport(const ReanchorReport &report)
{
    statusBar()->showMessage(
        tr("Highlights: %1 in place, %2 moved with their text, %3 matched approximately, "
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

void MainWindow::pushHighlights()
{
    QJsonArray list;
    for (const Annotation &a : document()->annotations()->annotations())
        if (a.isAnchored())
            list.append(QJsonObject {{"id"_L1, a.id},
                                     {"start"_L1, a.start},
                                     {"end"_L1, a.end},
                                     {"color"_L1, a.color},
                                     {"note"_L1, a.note}});
    m_bridge->setHighlights(list);
}

// Hovering a name in the article shows which entity it is.
void MainWindow::pushMentions()
{
    QJsonArray mentions;
    for (const Entity &e : document()->entities()->entities()) {
        if (!e.isName())
            continue;
        const QString hint = u"%1 (%2)"_s.arg(e.name, EntityModel::displayType(e.type));
        for (const Mention &m : e.mentions)
            mentions.append(QJsonArray {m.start, m.end, hint});
    }
    m_bridge->setMentions(mentions);
}

void MainWindow::showError(const QString &title, const QString &problem)
{
    // Paths and addresses keep their order inside a sentence of the other direction.
    const QString message = Bidi::isolatePaths(problem);
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Gloss
