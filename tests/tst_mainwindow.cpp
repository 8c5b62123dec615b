// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "guitestutil.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "noteeditor.h"
#include "readerbridge.h"
#include "readerview.h"
#include "startup.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWebEngineScript>

using namespace Gloss;
using namespace Qt::StringLiterals;

using namespace GlossGuiTest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void highlight_paintedListedSavedAndRestored()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        QVERIFY(store.ensureExists());
        const auto sample = Startup::initialArticle(store);
        QVERIFY(sample);
        const QString articleId = sample.value();

        QString firstId, secondId;
        const QString note = u"Who *exactly* fled? Check the Observatory's figures."_s;
        {
            Workspace workspace(store.root());
            MainWindow window(&workspace);
            window.show();
            QVERIFY(window.openArticle(articleId));
            QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
            QVERIFY(window.windowTitle().contains(u"Assad forces close in on Palmyra"_s));

            // The page shows the article from the qrc: page, with both docks fed.
            QCOMPARE(window.readerView()->url(), QUrl(u"qrc:/reader/reader.html"_s));
            QTRY_COMPARE(js(window, u"document.querySelector('header h1').textContent"_s).toString(),
                         u"Assad forces close in on Palmyra"_s);
            QCOMPARE(js(window, u"document.querySelectorAll('figure').length"_s).toInt(), 2);
            QCOMPARE(js(window, u"document.querySelector('h2').textContent"_s).toString(),
                     u"The fate of Assad"_s);
            QVERIFY(window.document()->entities()->entities().size() >= 10);

            // 1. Select words in a paragraph and use the Highlight action.
            const QString text = window.document()->article().text;
            const QString quote = u"fierce bid to recapture Syria's ancient UNESCO heritage site"_s;
            const qsizetype start = text.indexOf(quote);
            QVERIFY(start > 0);
            QCOMPARE(selectCanonical(window, start, start + quote.size()), quote);
            QTRY_VERIFY(window.bridge()->hasSelection());
            QCOMPARE(window.bridge()->selectionStart(), start);
            QCOMPARE(window.bridge()->selectionEnd(), start + quote.size());
            QAction *highlight = window.findChild<QAction *>(u"actionHighlight"_s);
            QVERIFY(highlight && highlight->isEnabled());
            highlight->trigger();

            AnnotationModel *model = window.document()->annotations();
            QCOMPARE(model->rowCount(), 1);
            firstId = model->annotations().first().id;
            QCOMPARE(model->annotations().first().exact, quote);
            QTRY_COMPARE(markedText(marksInPage(window), firstId), quote);

            // 2. A highlight across two paragraphs, with a note written in
            // the note editor.
            const QString from = u"The vast majority"_s;
            const QString to = u"Syrien Tempel"_s; // alt text: not selectable text
            const qsizetype spanStart = text.indexOf(from);
            const qsizetype spanEnd = text.indexOf(u"This undated photo"_s) + 18;
            QVERIFY(spanStart > 0 && spanEnd > spanStart);
            Q_UNUSED(to);
            selectCanonical(window, spanStart, spanEnd);
            QTRY_COMPARE(window.bridge()->selectionEnd(), spanEnd);
            bool dialogSeen = false;
            QString definition;
            onNextModalDialog(
                [&](QWidget *widget) {
                    auto *dialog = qobject_cast<NoteDialog *>(widget);
                    QVERIFY(dialog);
                    definition = dialog->editor()->definitionName();
                    QTest::keyClicks(dialog->editor()->editor(), note);
                    dialog->accept();
                },
                &dialogSeen);
            window.findChild<QAction *>(u"actionHighlightNote"_s)->trigger();
            QVERIFY(dialogSeen);
            QCOMPARE(definition, u"Markdown"_s);
            QCOMPARE(model->rowCount(), 2);
            const Annotation second = model->annotations().at(1);
            secondId = second.id;
            QCOMPARE(second.note, note);
            QCOMPARE(second.start, spanStart);
            QCOMPARE(second.end, spanEnd);
            QTRY_COMPARE(markedText(marksInPage(window), secondId),
                         text.mid(spanStart, text.indexOf(u"\n\n"_s, spanStart) - spanStart) + u'|' +
                             u"This undated photo"_s);

            // 3. Both are in the article's annotations file.
            // Saving is debounced: the file follows within moments.
            QTRY_COMPARE(annotationsOnDisk(store, articleId).size(), 2);
            QCOMPARE(annotationsOnDisk(store, articleId).at(1).toObject().value("note"_L1).toString(), note);

            // 4. Undo removes the second from the model, the page and the file; redo restores.
            window.document()->undoStack()->undo();
            QCOMPARE(model->rowCount(), 1);
            QTRY_COMPARE(highlightCount(marksInPage(window)), 1);
            QTRY_COMPARE(annotationsOnDisk(store, articleId).size(), 1);
            window.document()->undoStack()->redo();
            QCOMPARE(model->rowCount(), 2);
            QTRY_VERIFY(!markedText(marksInPage(window), secondId).isEmpty());
            QTRY_COMPARE(annotationsOnDisk(store, articleId).size(), 2);
        }

        // 5. After a restart, the same article comes back with its highlights.
        {
            Workspace workspace(store.root());
            MainWindow window(&workspace);
            window.show();
            const auto again = Startup::initialArticle(store);
            QVERIFY(again);
            QCOMPARE(again.value(), articleId);
            QVERIFY(window.openArticle(again.value()));
            QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
            QCOMPARE(window.document()->annotations()->rowCount(), 2);
            QCOMPARE(window.document()->annotations()->annotations().at(1).note, note);
            QTRY_COMPARE(markedText(marksInPage(window), firstId),
                         u"fierce bid to recapture Syria's ancient UNESCO heritage site"_s);
            QVERIFY(!markedText(marksInPage(window), secondId).isEmpty());
        }
    }

    void selection_ofOnlyWhiteSpaceMakesNoHighlight()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = Startup::importSample(store).value();
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        const QString text = window.document()->article().text;
        const qsizetype gap = text.indexOf(u"\n\n"_s);
        selectCanonical(window, gap, gap + 2);
        QTRY_VERIFY(window.bridge()->hasSelection());
        window.findChild<QAction *>(u"actionHighlight"_s)->trigger();
        QCOMPARE(window.document()->annotations()->rowCount(), 0);
        QCOMPARE(highlightCount(marksInPage(window)), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
