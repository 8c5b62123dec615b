// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "library/librarystore.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestLibraryStore : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void import_storesArticleAndSource()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QByteArray sample = GlossTest::readAll(GlossTest::samplePath());
        const auto id = store.import(sample, u"palmyra.txt"_s);
        QVERIFY(id);
        QCOMPARE(id.value(), LibraryStore::idFor(sample));
        QCOMPARE(store.articleIds(), QStringList {id.value()});
        QCOMPARE(GlossTest::readAll(store.articleDir(id.value()) + u"/source.txt"_s), sample);
        const auto article = store.loadArticle(id.value());
        QVERIFY(article);
        QCOMPARE(article.value().title, u"Assad forces close in on Palmyra"_s);
        // Importing the same bytes again finds the same article.
        QCOMPARE(store.import(sample, u"again.txt"_s).value(), id.value());
        QCOMPARE(store.articleIds().size(), 1);
    }

    void import_rejectsBadInput()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const auto id = store.import(QByteArray(), u"empty.txt"_s);
        QVERIFY(!id);
        QVERIFY(store.articleIds().isEmpty());
    }

    void annotations_saveThenLoad_roundTrip()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = store.import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        const Article article = store.loadArticle(id).value();
        AnnotationSet set;
        set.annotations << Annotation::create(article.text, 10, 30).value();
        QVERIFY(store.loadAnnotations(id)); // missing file: empty set
        QVERIFY(store.saveAnnotations(id, set));
        LibraryStore reopened(store.root());
        const auto back = reopened.loadAnnotations(id);
        QVERIFY(back);
        QCOMPARE(back.value().annotations.size(), 1);
        QCOMPARE(back.value().annotations.first().exact, article.text.mid(10, 20).trimmed());
    }

    void annotations_damagedFileIsNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("robustness: truncated JSON") << QByteArray(R"({"schemaVersion": 1, "annotations": [)");
        QTest::newRow("robustness: invalid UTF-8")
            << QByteArray("{\"schemaVersion\": 1, \"x\": \"\xc3\x28\"}");
        QTest::newRow("robustness: array instead of object") << QByteArray("[]");
        QTest::newRow("robustness: newer schema")
            << QByteArray(R"({"schemaVersion": 42, "annotations": []})");
        QTest::newRow("robustness: empty file") << QByteArray();
    }

    void annotations_damagedFileIsNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = store.import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        const QString path = store.articleDir(id) + u"/annotations.json"_s;
        writeFile(path, content);

        // Through the Document, as the app does: it opens, says why, and
        // refuses to save over the file.
        Workspace workspace(store.root());
        Document &document = *workspace.document();
        QSignalSpy failed(&workspace, &Workspace::saveFailed);
        QVERIFY(workspace.open(id));
        QVERIFY(!document.annotationsError().isEmpty());
        QVERIFY(document.addHighlight(0, 20));
        workspace.flush();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(GlossTest::readAll(path), content);
        // And directly, without loading first.
        LibraryStore fresh(store.root());
        QVERIFY(!fresh.saveAnnotations(id, AnnotationSet {}));
        QCOMPARE(GlossTest::readAll(path), content);
    }

    void articleJson_damaged_givesError()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = store.import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        writeFile(store.articleDir(id) + u"/article.json"_s, "{\"schemaVersion\": 1");
        Workspace workspace(store.root());
        Document &document = *workspace.document();
        const auto opened = workspace.open(id);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"article.json"_s));
        QVERIFY(!document.isOpen());
    }

    void ensureExists_rootIsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library"_s);
        writeFile(path, "not a folder");
        LibraryStore store(path);
        const auto ok = store.ensureExists();
        QVERIFY(!ok);
        QVERIFY(ok.error().message.contains(path));
        QCOMPARE(GlossTest::readAll(path), QByteArray("not a folder"));
    }

    void document_keepsUnknownTopLevelFields()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id = store.import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        const QString path = store.articleDir(id) + u"/annotations.json"_s;
        writeFile(path, R"({"schemaVersion": 1, "annotations": [], "syncState": {"rev": 7}})");
        Workspace workspace(store.root());
        Document &document = *workspace.document();
        QVERIFY(workspace.open(id));
        QVERIFY(document.addHighlight(0, 20));
        workspace.flush();
        const QByteArray saved = GlossTest::readAll(path);
        QVERIFY(saved.contains("syncState"));
        QVERIFY(saved.contains("TextQuoteSelector"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
