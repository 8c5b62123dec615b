// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimporter.h"
#include "changesdialog.h"
#include "document/document.h"
#include "guitestutil.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/searchresultmodel.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "sourceview.h"
#include "testhttpserver.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

// The library as a user meets it: importing from files, web addresses,
// drops and the clipboard; updating an article to a new version; finding,
// deleting and restoring articles; the source view; the reading position.
class TestLibraryWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    int rows() const { return m_window->library()->model()->rowCount(); }
    QString title() const { return m_window->document()->article().title; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QByteArray page = GlossTest::readAll(GlossTest::fixturePath("simple-article.html"));
        QVERIFY(!page.isEmpty());
        QByteArray updated = page;
        updated.replace("the mayor said.", "the mayor said on Monday.");
        updated.replace("<blockquote>", "<p>Work on the approach roads has already begun.</p><blockquote>");
        QVERIFY(m_server.start());
        m_server.route(u"/news/bridge.html"_s, {200, "text/html; charset=utf-8", page});
        m_server.route(u"/news/bridge-updated.html"_s, {200, "text/html; charset=utf-8", updated});

        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);
        QCOMPARE(rows(), 0);
    }

    void cleanupTestCase() { m_window.reset(); }

    void importFile_listsAndOpens()
    {
        QVERIFY(m_window->openLocation(GlossTest::samplePath()));
        QCOMPARE(rows(), 1);
        QCOMPARE(title(), u"Assad forces close in on Palmyra"_s);
        QCOMPARE(m_window->library()->model()->index(0, LibraryModel::SiteColumn).data().toString(),
                 u"dw.com"_s);
    }

    void importWebAddress_downloadsFromTheLocalServer()
    {
        m_window->openLocation(m_server.url(u"/news/bridge.html"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 10000);
        QCOMPARE(title(), u"Council approves new bridge"_s);
        QCOMPARE(m_server.requests(), QStringList {u"/news/bridge.html"_s});
        QTRY_COMPARE(js(*m_window, u"document.querySelector('header h1').textContent"_s).toString(),
                     u"Council approves new bridge"_s);
    }

    void newVersion_keepsOldOne_movesHighlights_showsChanges()
    {
        const QString id = m_window->document()->id();
        const QString quote = u"approved a new bridge across the river"_s;
        const qsizetype start = m_window->document()->article().text.indexOf(quote);
        QVERIFY(start >= 0);
        QVERIFY(m_window->document()->addHighlight(start, start + quote.size()));
        m_window->workspace()->flush();

        bool seen = false;
        onNextModalDialog(
            [](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                QVERIFY(box);
                box->findChild<QAbstractButton *>(u"updateVersionButton"_s)->click();
            },
            &seen);
        m_window->openLocation(m_server.url(u"/news/bridge-updated.html"_s));
        QTRY_VERIFY_WITH_TIMEOUT(seen, 10000);
        QTRY_VERIFY(m_window->document()->article().text.contains(u"approach roads"_s));
        QCOMPARE(rows(), 2); // updated, not added
        QCOMPARE(m_window->document()->id(), id);
        QCOMPARE(m_store->versions(id).size(), 1);
        const Annotation a = m_window->document()->annotations()->annotations().first();
        QVERIFY(a.isAnchored());
        QCOMPARE(m_window->document()->article().text.mid(a.start, a.end - a.start), quote);

        ChangesDialog *changes = m_window->findChild<ChangesDialog *>();
        QVERIFY(changes);
        const QString shown = changes->browser()->toPlainText();
        QVERIFY(shown.contains(u"+ Work on the approach roads has already begun."_s));
        QVERIFY(shown.contains(u"the mayor said on Monday."_s));
        changes->close();
    }

    void dropAndPaste_import()
    {
        // A dropped file.
        auto *mime = new QMimeData;
        const QString file = m_dir.filePath(u"dropped.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Storm closes ports\n\nBy Ana Ruiz | 3 May 2024\n\nThe harbour authority closed three ports "
                "on Friday.\n");
        f.close();
        mime->setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(rows(), 3);
        QCOMPARE(title(), u"Storm closes ports"_s);
        delete mime;

        // Text on the clipboard.
        QApplication::clipboard()->setText(
            u"Rail strike ends\n\nTrains ran again on Tuesday after a four-day strike.\n"_s);
        m_window->findChild<QAction *>(u"actionPasteArticle"_s)->trigger();
        QCOMPARE(rows(), 4);
        QCOMPARE(title(), u"Rail strike ends"_s);
        // The same text again is recognised, not added twice.
        m_window->findChild<QAction *>(u"actionPasteArticle"_s)->trigger();
        QCOMPARE(rows(), 4);
    }

    void batchImport_inTheBackground()
    {
        QStringList paths;
        for (int i = 0; i < 25; ++i) {
            const QString path = m_dir.filePath(u"batch%1.txt"_s.arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"Batch story %1\n\nThe committee met for the %1th time on Monday.\n"_s.arg(i).toUtf8());
            paths << path;
        }
        paths << m_dir.filePath(u"missing.txt"_s); // reported, not fatal
        const int before = rows();
        const QString wasOpen = m_window->document()->id();
        QCOMPARE(m_window->importer()->importFiles(paths), 25);
        QCOMPARE(rows(), before + 25);
        QCOMPARE(title(), u"Batch story 24"_s);
        // The library list (and search) stays as it was for the tests below.
        for (const QString &path : std::as_const(paths))
            if (QFileInfo::exists(path)) {
                const QString id = LibraryStore::idFor(GlossTest::readAll(path));
                m_window->library()->trash(id).ok();
            }
        QVERIFY(m_window->library()->emptyTrash());
        QCOMPARE(rows(), before);
        QVERIFY(m_window->openArticle(wasOpen));
    }

    void search_filtersAndFindsText()
    {
        LibraryDock *dock = m_window->libraryDock();
        QTRY_VERIFY(m_window->library()->isSearchReady());
        dock->searchField()->setText(u"dw.com"_s); // metadata
        QCOMPARE(dock->proxy()->rowCount(), 1);
        dock->searchField()->setText(u"harbour authority"_s); // only in the text
        QTRY_COMPARE(dock->results()->rowCount(), 1);
        QVERIFY(dock->results()
                    ->index(0)
                    .data(SearchResultModel::SnippetRole)
                    .toString()
                    .contains(u"harbour authority"_s));
        QVERIFY(dock->resultsView()->isVisible());
        dock->searchField()->clear();
        QCOMPARE(dock->proxy()->rowCount(), 4);
    }

    void trash_withUndo()
    {
        LibraryDock *dock = m_window->libraryDock();
        const QString id = m_window->document()->id(); // the pasted article, open now
        dock->select(id);
        QCOMPARE(dock->currentId(), id);
        dock->view()->findChild<QAction *>(u"actionTrashArticle"_s); // present in the context menu
        const auto actions = dock->view()->actions();
        QAction *trash = nullptr;
        for (QAction *a : actions)
            if (a->objectName() == u"actionTrashArticle"_s)
                trash = a;
        QVERIFY(trash);
        trash->trigger();
        QCOMPARE(rows(), 3);
        QVERIFY(!m_window->document()->isOpen()); // it was open: closed
        QCOMPARE(m_store->trashedIds(), QStringList {id});
        m_window->library()->undoStack()->undo();
        QCOMPARE(rows(), 4);
        QVERIFY(m_store->articleIds().contains(id));
    }

    void sourceView_highlighted()
    {
        m_window->openArticle(LibraryStore::idFor(GlossTest::readAll(GlossTest::samplePath())));
        QVERIFY(m_window->document()->isOpen());
        m_window->findChild<QAction *>(u"actionViewSource"_s)->trigger();
        auto *view = m_window->findChild<SourceView *>();
        QVERIFY(view);
        QCOMPARE(view->tabs()->count(), 2);
        QCOMPARE(view->definitionName(1), u"JSON"_s);
        view->close();
    }

    void readingPosition_savedAndRestored()
    {
        const QString id = m_window->document()->id();
        QTRY_VERIFY(js(*m_window, u"document.querySelectorAll('[data-start]').length"_s).toInt() > 10);
        js(*m_window, u"window.scrollTo(0, document.documentElement.scrollHeight); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->readingProgress() > 0.9, 10000);
        const qsizetype offset = m_window->document()->readingOffset();
        QVERIFY(offset > 0);
        m_window->workspace()->flush();
        const QJsonObject state =
            QJsonDocument::fromJson(GlossTest::readAll(m_store->articleDir(id) + u"/state.json"_s)).object();
        QVERIFY(state.value("progress"_L1).toDouble() > 0.9);

        // Open another article and come back: the page scrolls to where the user was.
        m_window->openArticle(m_window->library()->model()->entry(1).id == id
                                  ? m_window->library()->model()->entry(0).id
                                  : m_window->library()->model()->entry(1).id);
        m_window->openArticle(id);
        QTRY_VERIFY(js(*m_window, u"window.scrollY"_s).toDouble() > 100);
    }
};

QTEST_MAIN(TestLibraryWorkflow)
#include "tst_libraryworkflow.moc"
