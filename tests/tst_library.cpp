// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/fulltextsearch.h"
#include "library/library.h"
#include "library/libraryindex.h"
#include "library/librarymodel.h"
#include "library/librarystore.h"
#include "library/searchresultmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestLibrary : public QObject
{
    Q_OBJECT

    static QString importText(LibraryStore &store, const QString &title, const QString &body)
    {
        return store.import((title + u"\n\n"_s + body + u'\n').toUtf8(), u"a.txt"_s).value();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void index_reusesCacheAndNoticesChanges()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"lib"_s));
        const QString a = importText(store, u"Flood in Lyon"_s, u"The river rose by two meters."_s);
        const QString b = importText(store, u"Budget talks"_s, u"Ministers met in Brussels."_s);
        LibraryIndex index(&store);
        auto stats = index.refresh();
        QCOMPARE(stats.reread, 2);
        QVERIFY(!stats.indexWasUsable);
        QCOMPARE(index.find(a)->title, u"Flood in Lyon"_s);

        LibraryIndex again(&store);
        stats = again.refresh();
        QVERIFY(stats.indexWasUsable);
        QCOMPARE(stats.reused, 2);
        QCOMPARE(stats.reread, 0);

        // A new highlight changes the folder: that one entry is read again.
        QTest::qSleep(20); // folder times have millisecond resolution
        const Article article = store.loadArticle(b).value();
        AnnotationSet set;
        set.annotations << Annotation::create(article.text, 0, 9).value();
        set.annotations.first().tags = {u"budget"_s};
        set.annotations.first().note = u"who attended?"_s;
        QVERIFY(store.saveAnnotations(b, set));
        LibraryIndex third(&store);
        stats = third.refresh();
        QCOMPARE(stats.reread, 1);
        QCOMPARE(third.find(b)->highlights, 1);
        QCOMPARE(third.find(b)->notes, 1);
        QCOMPARE(third.find(b)->tags, QStringList {u"budget"_s});
        QVERIFY(third.find(b)->added.isValid());
    }

    void model_passesTesterAndSorts()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibraryEntry one;
        one.id = u"1"_s;
        one.title = u"Zeta"_s;
        one.highlights = 3;
        LibraryEntry two;
        two.id = u"2"_s;
        two.title = u"alpha"_s;
        model.setEntries({one, two});
        QCOMPARE(model.rowCount(), 2);
        two.highlights = 5;
        model.upsert(two);
        QCOMPARE(model.index(1, LibraryModel::HighlightsColumn).data().toInt(), 5);
        LibraryEntry three;
        three.id = u"3"_s;
        model.upsert(three);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, LibraryModel::TitleColumn).data().toString(), u"(untitled)"_s);
        model.remove(u"1"_s);
        QCOMPARE(model.rowOf(u"2"_s), 0);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data(LibraryModel::SortRole).toString(),
                 u"alpha"_s);
    }

    void search_findsWordsInTextHighlightsAndNotes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("nominal: one word") << u"river"_s << QStringList {u"Flood in Lyon"_s};
        QTest::newRow("nominal: case-insensitive") << u"BRUSSELS"_s << QStringList {u"Budget talks"_s};
        QTest::newRow("nominal: all words, any order") << u"meters two"_s << QStringList {u"Flood in Lyon"_s};
        QTest::newRow("nominal: words in different articles do not match")
            << u"river brussels"_s << QStringList {};
        QTest::newRow("nominal: a note") << u"attended"_s << QStringList {u"Budget talks"_s};
        QTest::newRow("nominal: non-Latin script") << u"مرحبا"_s << QStringList {u"Arabic"_s};
        QTest::newRow("nominal: accents") << u"café"_s << QStringList {u"Flood in Lyon"_s};
        QTest::newRow("robustness: empty query") << u"  "_s << QStringList {};
    }

    void search_findsWordsInTextHighlightsAndNotes()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"lib"_s));
        const QString a =
            importText(store, u"Flood in Lyon"_s, u"The river rose by two meters near the Café du Port."_s);
        const QString b = importText(store, u"Budget talks"_s, u"Ministers met in Brussels."_s);
        importText(store, u"Arabic"_s, u"مرحبا بالعالم، قال المتحدث."_s);
        AnnotationSet set;
        auto h = Annotation::create(store.loadArticle(b).value().text, 0, 9).value();
        h.note = u"Who attended?"_s;
        set.annotations << h;
        QVERIFY(store.saveAnnotations(b, set));

        const FullTextSearch search = FullTextSearch::build(store, store.articleIds());
        QCOMPARE(search.size(), 3);
        LibraryIndex index(&store);
        index.refresh();
        QStringList found;
        for (const auto &hit : search.search(query))
            found << index.find(hit.id)->title;
        QCOMPARE(found, titles);
        if (query == u"attended"_s) {
            const auto hit = search.search(query).first();
            QVERIFY(hit.inAnnotations);
            QVERIFY(FullTextSearch::snippet(hit, store.loadArticle(b).value(), set.annotations)
                        .contains(u"Who attended?"_s));
        }
        if (query == u"river"_s) {
            SearchResultModel results;
            QAbstractItemModelTester tester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
            results.setHits(search.search(query), index, &store);
            QCOMPARE(results.rowCount(), 1);
            QCOMPARE(results.index(0).data(SearchResultModel::IdRole).toString(), a);
            // The snippet keeps the article's own capitals.
            QVERIFY(results.index(0)
                        .data(SearchResultModel::SnippetRole)
                        .toString()
                        .contains(u"The river rose"_s));
        }
    }

    void load_manyArticlesWithoutIndex_readsInTheBackground()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"lib"_s));
        const int count = Library::SynchronousRereadLimit + 50;
        for (int i = 0; i < count; ++i)
            importText(store, u"Story %1"_s.arg(i), u"The council met for the %1th time."_s.arg(i));
        Library library(&store);
        QAbstractItemModelTester tester(library.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&library, &Library::loaded);
        QSignalSpy progress(&library, &Library::loadingProgressed);
        const auto stats = library.load();
        QCOMPARE(stats.reread, count);
        QVERIFY(library.isLoading());
        QCOMPARE(library.model()->rowCount(), count); // placeholders at once
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
        QVERIFY(!library.isLoading());
        QStringList titles;
        for (int r = 0; r < library.model()->rowCount(); ++r)
            titles << library.model()->entry(r).title;
        QVERIFY(titles.contains(u"Story 0"_s) && titles.contains(u"Story %1"_s.arg(count - 1)));
        QVERIFY(QFileInfo::exists(library.index().path()));
        QTRY_VERIFY_WITH_TIMEOUT(library.isSearchReady(), 60000);
        QCOMPARE(library.search(u"council"_s, 10000).size(), count);
        // The next start reuses the index and reads nothing.
        Library again(&store);
        QCOMPARE(again.load().reread, 0);
        QVERIFY(!again.isLoading());
    }

    void library_trashUndoRedo_andSearchFollows()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"lib"_s));
        const QString a = importText(store, u"Flood in Lyon"_s, u"The river rose by two meters."_s);
        importText(store, u"Budget talks"_s, u"Ministers met in Brussels."_s);
        Library library(&store);
        QAbstractItemModelTester tester(library.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.load();
        QCOMPARE(library.model()->rowCount(), 2);
        QTRY_VERIFY(library.isSearchReady());
        QCOMPARE(library.search(u"river"_s).size(), 1);

        QSignalSpy trashed(&library, &Library::articleTrashed);
        library.moveToTrash(a);
        QCOMPARE(trashed.count(), 1);
        QCOMPARE(library.model()->rowCount(), 1);
        QCOMPARE(store.trashedIds(), QStringList {a});
        QVERIFY(library.search(u"river"_s).isEmpty());
        library.undoStack()->undo();
        QCOMPARE(library.model()->rowCount(), 2);
        QVERIFY(store.trashedIds().isEmpty());
        QCOMPARE(library.search(u"river"_s).size(), 1);
        library.undoStack()->redo();
        QCOMPARE(library.model()->rowCount(), 1);
        QVERIFY(library.emptyTrash());
        QVERIFY(store.trashedIds().isEmpty());
        QCOMPARE(library.undoStack()->count(), 0);
        QVERIFY(!QFileInfo::exists(store.articleDir(a)));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
