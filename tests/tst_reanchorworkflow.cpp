// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"
#include "document/document.h"
#include "entities/entitymodel.h"
#include "entityactions.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "startup.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

// The article's text changes under the highlights (a newer version of the
// page, re-cleaned): each highlight stays on its words or asks for review.
class TestReanchorWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void reclean_keepsHighlightsOnTheirWords()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = Startup::importSample(store).value();
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        Document *document = window.document();
        const QString text = document->article().text;

        auto highlight = [&](const QString &quote) -> QString {
            const qsizetype start = text.indexOf(quote);
            selectCanonical(window, start, start + quote.size());
            if (!QTest::qWaitFor([&] { return window.bridge()->selectionEnd() == start + quote.size(); }))
                return {};
            window.findChild<QAction *>(u"actionHighlight"_s)->trigger();
            return document->annotations()->annotations().last().id;
        };
        const QString kept = highlight(u"Syrian state TV said Thursday"_s);
        const QString fuzzy = highlight(u"Observatory director Rami Abdel Rahman said"_s);
        const QString deleted = highlight(u"The Geneva peace talks are proving sluggish"_s);
        QCOMPARE(document->annotations()->rowCount(), 3);
        QVERIFY(!kept.isEmpty() && !fuzzy.isEmpty() && !deleted.isEmpty());

        // A newer version of the page: a paragraph added at the top, a word
        // changed in one quote, the last paragraph gone.
        const QString sourcePath = store.articleDir(id) + u"/source.txt"_s;
        QString source = QString::fromUtf8(GlossTest::readAll(sourcePath));
        source.replace(u"https://p.dw.com/p/1IIjQ"_s,
                       u"Update: this article was revised on March 25 with new details from the ground.\n\n"
                       "https://p.dw.com/p/1IIjQ"_s);
        source.replace(u"Observatory director Rami Abdel Rahman said"_s,
                       u"Observatory head Rami Abdel Rahman said"_s);
        source.replace(
            u"The Geneva peace talks are proving sluggish though diplomats on all sides say they are "
            "committed to ending Syria's devastating conflict.\n"_s,
            QString());
        QFile f(sourcePath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(source.toUtf8());
        f.close();

        window.findChild<QAction *>(u"actionReclean"_s)->trigger();
        const QString newText = document->article().text;
        QVERIFY(newText.contains(u"Update: this article was revised"_s));
        QVERIFY(QString::fromUtf8(GlossTest::readAll(store.articleDir(id) + u"/article.json"_s))
                    .contains(u"Update: this article was revised"_s));

        const Annotation *a = document->annotations()->find(kept);
        QVERIFY(a && a->isAnchored());
        QCOMPARE(newText.mid(a->start, a->end - a->start), u"Syrian state TV said Thursday"_s);
        QTRY_COMPARE(markedText(marksInPage(window), kept), u"Syrian state TV said Thursday"_s);

        const Annotation *b = document->annotations()->find(fuzzy);
        QVERIFY(b);
        if (b->isAnchored()) // an approximate match must be the changed sentence, nothing else
            QCOMPARE(newText.mid(b->start, b->end - b->start), u"Observatory head Rami Abdel Rahman said"_s);
        else
            QVERIFY(b->needsReview);

        const Annotation *c = document->annotations()->find(deleted);
        QVERIFY(c && c->needsReview);
        QCOMPARE(c->exact, u"The Geneva peace talks are proving sluggish"_s); // what the user meant stays
        QCOMPARE(markedText(marksInPage(window), deleted), QString()); // not painted anywhere
        QVERIFY(window.annotationDock()->reviewFilter()->isChecked());

        // The annotations file says so too.
        bool reviewOnDisk = false;
        for (const QJsonValue &v : annotationsOnDisk(store, id))
            if (v.toObject().value("id"_L1).toString() == deleted)
                reviewOnDisk = v.toObject().value("needsReview"_L1).toBool();
        QVERIFY(reviewOnDisk);

        // Re-attach it to new words chosen by the user.
        const qsizetype start = newText.indexOf(u"a rare meeting with Putin"_s);
        selectCanonical(window, start, start + 25);
        QTRY_COMPARE(window.bridge()->selectionEnd(), start + 25);
        window.annotationDock()->select(deleted);
        QAction *reattach = window.findChild<QAction *>(u"actionReattach"_s);
        QTRY_VERIFY(reattach->isEnabled());
        reattach->trigger();
        c = document->annotations()->find(deleted);
        QVERIFY(!c->needsReview);
        QCOMPARE(c->exact, u"a rare meeting with Putin"_s);
        QTRY_COMPARE(markedText(marksInPage(window), deleted), u"a rare meeting with Putin"_s);
    }

    void removedText_shownInPlace_andPutBack()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = Startup::importSample(store).value();
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        Document *document = window.document();
        const QString quote = u"Syrian state TV said Thursday"_s;
        const qsizetype start = document->article().text.indexOf(quote);
        const QString hl = document->addHighlight(start, start + quote.size()).value();
        const qsizetype removedBefore = document->article().removed.size();
        QVERIFY(removedBefore >= 5);

        window.findChild<QAction *>(u"actionShowRemoved"_s)->trigger();
        QTRY_COMPARE(js(window, u"document.querySelectorAll('aside.removed').length"_s).toInt(),
                     int(removedBefore));
        QCOMPARE(js(window, u"document.querySelector('aside.removed .reason').textContent"_s).toString(),
                 u"Navigation"_s);
        // Removed text is not part of the article's text in the page either.
        QCOMPARE(js(window,
                    u"Array.from(document.querySelectorAll('[data-start]')).some(e => e.closest('aside'))"_s)
                     .toBool(),
                 false);

        // One click puts the short link back where it stood.
        js(window,
           u"Array.from(document.querySelectorAll('aside.removed')).find(a => "
           u"a.textContent.includes('p.dw.com'))"
           ".querySelector('button').click(); true"_s);
        QTRY_VERIFY(document->article().text.contains(u"https://p.dw.com/p/1IIjQ"_s));
        QCOMPARE(document->article().removed.size(), removedBefore - 1);
        QVERIFY(QString::fromUtf8(GlossTest::readAll(store.articleDir(id) + u"/article.json"_s))
                    .contains(u"\"text\": \"https://p.dw.com/p/1IIjQ\""_s));
        // The highlight stays on its words.
        const Annotation *a = document->annotations()->find(hl);
        QVERIFY(a && a->isAnchored());
        QCOMPARE(document->article().text.mid(a->start, a->end - a->start), quote);
        QTRY_COMPARE(markedText(marksInPage(window), hl), quote);
        QTRY_COMPARE(js(window, u"document.querySelectorAll('aside.removed').length"_s).toInt(),
                     int(removedBefore - 1));
    }

    void entityCorrections_savedAndSurviveReanalysis()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = Startup::importSample(store).value();
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        Document *document = window.document();
        auto find = [document](const QString &name) -> const Entity * {
            for (const Entity &e : document->entities()->entities())
                if (e.name == name)
                    return &e;
            return nullptr;
        };
        QVERIFY(find(u"Bassma Kodmani"_s));
        QVERIFY(find(u"Geneva III"_s));
        // Hovering a mention in the article names its entity.
        QTRY_VERIFY(js(window,
                       u"Array.from(document.querySelectorAll('span.gloss-mention')).some(s => "
                       "s.textContent === 'Kerry' && s.title.startsWith('John Kerry'))"_s)
                        .toBool());
        EntityActions *actions = window.entityActions();
        actions->renameEntity(find(u"Bassma Kodmani"_s)->id, u"Bassma Kodmani (HNC)"_s);
        actions->removeEntity(find(u"Geneva III"_s)->id);
        // Add one from a real selection in the page, as the user would.
        const QString words = u"Triumphbogen"_s;
        const qsizetype start = document->article().text.indexOf(words);
        selectCanonical(window, start, start + words.size());
        QTRY_COMPARE(window.bridge()->selectionEnd(), start + words.size());
        QVERIFY(actions->addFromSelection()->isEnabled());
        actions->addEntity(int(Entity::Type::Place), start, start + words.size());

        QVERIFY(find(u"Bassma Kodmani (HNC)"_s));
        QVERIFY(!find(u"Geneva III"_s));
        QVERIFY(find(u"Triumphbogen"_s) && find(u"Triumphbogen"_s)->type == Entity::Type::Place);

        // Edit > Undo takes corrections back, one at a time; Redo makes them again.
        auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
        auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
        QVERIFY(undo && redo);
        QVERIFY2(undo->text().endsWith(u"Add Entity"_s), qPrintable(undo->text()));
        undo->trigger();
        QVERIFY(!find(u"Triumphbogen"_s));
        QVERIFY(!find(u"Geneva III"_s));
        undo->trigger();
        QVERIFY(find(u"Geneva III"_s));
        QVERIFY(find(u"Bassma Kodmani (HNC)"_s));
        QCOMPARE(document->entityCorrections().corrections.size(), 1);
        redo->trigger();
        redo->trigger();
        QVERIFY(!find(u"Geneva III"_s));
        QVERIFY(find(u"Triumphbogen"_s));
        QCOMPARE(document->entityCorrections().corrections.size(), 3);
        QTRY_VERIFY(QFileInfo::exists(store.articleDir(id) + u"/entities.json"_s));

        // Re-analysed (re-cleaned, then reopened): the corrections still apply.
        window.reclean();
        QVERIFY(window.openArticle(id));
        QVERIFY(find(u"Bassma Kodmani (HNC)"_s));
        QVERIFY(!find(u"Geneva III"_s));
        QVERIFY(find(u"Triumphbogen"_s));
    }
};

QTEST_MAIN(TestReanchorWorkflow)
#include "tst_reanchorworkflow.moc"
