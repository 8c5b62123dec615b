// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarystore.h"
#include "testhttpserver.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GLOSS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void clean_sample()
    {
        const Run r = run({u"clean"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(a.value("title"_L1).toString(), u"Assad forces close in on Palmyra"_s);
        QCOMPARE(a.value("authors"_L1).toArray(), QJsonArray({u"Jacob Alexander"_s, u"Lewis Sanders IV"_s}));
        QCOMPARE(a.value("published"_L1).toString(), u"2016-03-24"_s);
        QCOMPARE(a.value("lang"_L1).toString(), u"en"_s);
        QCOMPARE(a.value("url"_L1).toString(), u"https://p.dw.com/p/1IIjQ"_s);
        const QString text = a.value("text"_L1).toString();
        QVERIFY(!text.contains(u"Skip to"_s));
        QVERIFY(!text.contains(u"p.dw.com"_s));
        QVERIFY(!text.contains(u"Image:"_s));
        int figures = 0;
        for (const QJsonValue &v : a.value("blocks"_L1).toArray()) {
            const QJsonObject b = v.toObject();
            const QString blockText = b.value("text"_L1).toString();
            QCOMPARE(text.mid(b.value("start"_L1).toInt(), blockText.size()), blockText);
            figures += b.value("kind"_L1).toString() == "figure"_L1;
            if (blockText == "The fate of Assad"_L1)
                QCOMPARE(b.value("kind"_L1).toString(), u"heading"_s);
        }
        QCOMPARE(figures, 2);
    }

    void clean_textFormat()
    {
        const Run r = run({u"clean"_s, u"--format"_s, u"text"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Assad forces close in on Palmyra\n\nPro-Assad forces"));
    }

    void entities_sample()
    {
        const Run r = run({u"entities"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        QJsonObject kerry, thursday, quote;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject e = v.toObject();
            names << e.value("name"_L1).toString();
            if (e.value("id"_L1).toString() == "person:john-kerry"_L1)
                kerry = e;
            if (e.value("id"_L1).toString() == "date:2016-03-24"_L1)
                thursday = e;
            if (e.value("type"_L1).toString() == "quote"_L1 && e.value("via"_L1).toString() == "AFP"_L1)
                quote = e;
        }
        QVERIFY(names.contains(u"John Kerry"_s));
        QVERIFY(!names.contains(u"Meanwhile"_s));
        QCOMPARE(kerry.value("type"_L1).toString(), u"person"_s);
        QCOMPARE(kerry.value("role"_L1).toString(), u"US Secretary of State"_s);
        QCOMPARE(kerry.value("aliases"_L1).toArray(), QJsonArray {u"Kerry"_s});
        QCOMPARE(kerry.value("mentions"_L1).toArray().size(), 3);
        QCOMPARE(thursday.value("value"_L1).toString(), u"2016-03-24"_s);
        QCOMPARE(quote.value("speaker"_L1).toString(), u"an unnamed Syrian military source"_s);
        QCOMPARE(quote.value("verb"_L1).toString(), u"told"_s);
    }

    void entities_tsv()
    {
        const Run r = run({u"entities"_s, u"--format"_s, u"tsv"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.contains("person\tJohn Kerry\tUS Secretary of State\t3"));
        QVERIFY(lines.contains("figure\t300 meters\t300\t1"));
        QVERIFY(lines.contains("date\t2016-W11\t2016-W11\t1"));
        for (const QByteArray &line : lines)
            QCOMPARE(line.count('\t'), 3);
        QCOMPARE(run({u"entities"_s, u"--format"_s, u"xml"_s, GlossTest::samplePath()}).exitCode, 2);
    }

    void annotations_exportThenImport()
    {
        QTemporaryDir dir;
        Gloss::LibraryStore store(dir.filePath(u"library"_s));
        const QString id = store.import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        const Gloss::Article article = store.loadArticle(id).value();
        Gloss::AnnotationSet set;
        const qsizetype start = article.text.indexOf(u"fierce bid"_s);
        set.annotations << Gloss::Annotation::create(article.text, start, start + 10).value();
        set.annotations.first().note = u"Whose word?"_s;
        QVERIFY(store.saveAnnotations(id, set));

        const QString out = dir.filePath(u"export.json"_s);
        Run r = run({u"annotations"_s, u"export"_s, id, u"--library"_s, store.root(), u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject collection = QJsonDocument::fromJson(GlossTest::readAll(out)).object();
        QCOMPARE(collection.value("type"_L1).toString(), u"AnnotationCollection"_s);
        const QJsonObject first =
            collection.value("first"_L1).toObject().value("items"_L1).toArray().first().toObject();
        QCOMPARE(first.value("target"_L1).toObject().value("source"_L1).toString(),
                 u"https://p.dw.com/p/1IIjQ"_s);
        QCOMPARE(first.value("body"_L1).toObject().value("value"_L1).toString(), u"Whose word?"_s);

        // Import a Hypothesis export into the same article, by folder path.
        r = run({u"annotations"_s, u"import"_s, store.articleDir(id),
                 GlossTest::fixturePath("hypothesis-export.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("2 added, 0 updated, 1 need review"), r.err.constData());
        const auto back = store.loadAnnotations(id);
        QVERIFY(back);
        QCOMPARE(back.value().annotations.size(), 3);
        const Gloss::Annotation &imported = back.value().annotations.at(1);
        QCOMPARE(article.text.mid(imported.start, imported.end - imported.start), u"70,000 residents"_s);

        // Broken input: nothing changes.
        const QByteArray before = GlossTest::readAll(store.articleDir(id) + u"/annotations.json"_s);
        const QString broken = dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\"}]}");
        f.close();
        r = run({u"annotations"_s, u"import"_s, store.articleDir(id), broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(GlossTest::readAll(store.articleDir(id) + u"/annotations.json"_s), before);
    }

    void anchor_findsTheQuoteAgain()
    {
        QTemporaryDir dir;
        const QString selector = dir.filePath(u"selector.json"_s);
        QFile f(selector);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"TextQuoteSelector\", \"exact\": \"old stone bridge\", "
                "\"prefix\": \"Engineers were inspecting the \", \"suffix\": \" at Lindenau\"}");
        f.close();
        const QString text = GlossTest::fixturePath("anchoring/article.txt");
        const Run r = run({u"anchor"_s, u"--text"_s, text, u"--selector"_s, selector});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("status"_L1).toString(), u"moved"_s);
        const QString article = QString::fromUtf8(GlossTest::readAll(text));
        const int start = o.value("start"_L1).toInt();
        QCOMPARE(article.mid(start, o.value("end"_L1).toInt() - start), u"old stone bridge"_s);
        QCOMPARE(run({u"anchor"_s, u"--text"_s, text}).exitCode, 2);
    }

    void clean_manyFilesInOrder_htmlFormat_andWebAddress()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(u"f%1.txt"_s.arg(i, 2, 10, QLatin1Char('0')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"Story number %1\n\nThe body of story %1 is here.\n"_s.arg(i).toUtf8());
            files << path;
        }
        Run r = run(QStringList {u"clean"_s, u"--jobs"_s, u"3"_s, u"--format"_s, u"text"_s} + files);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("cleaned 12 of 12"));
        qsizetype last = -1;
        for (int i = 0; i < 12; ++i) { // the output keeps the order of the inputs
            const qsizetype at = r.out.indexOf(u"Story number %1\n"_s.arg(i).toUtf8());
            QVERIFY(at > last);
            last = at;
        }
        r = run({u"clean"_s, u"--format"_s, u"html"_s, GlossTest::fixturePath("simple-article.html")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(!r.out.contains("<script"));

        TestHttpServer server;
        QVERIFY(server.start());
        server.route(u"/story.html"_s,
                     {200, "text/html; charset=utf-8",
                      GlossTest::readAll(GlossTest::fixturePath("simple-article.html"))});
        QProcess p;
        p.start(QStringLiteral(GLOSS_CLI_PATH), {u"clean"_s, server.url(u"/story.html"_s)});
        QVERIFY(
            QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)); // serve while it runs
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value("title"_L1).toString(),
                 u"Council approves new bridge"_s);
        QCOMPARE(server.requests(), QStringList {u"/story.html"_s});
    }

    // gloss-cli import puts articles into a library and prints their ids;
    // gloss-cli list shows them; the same input is never imported twice.
    void import_thenList()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        Run r = run({u"import"_s, u"-q"_s, u"--library"_s, library, GlossTest::samplePath(),
                     GlossTest::fixturePath("simple-article.html")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QList<QByteArray> ids = r.out.trimmed().split('\n');
        QCOMPARE(ids.size(), 2);
        QCOMPARE(QString::fromLatin1(ids.first()),
                 LibraryStore::idFor(GlossTest::readAll(GlossTest::samplePath())));

        r = run({u"list"_s, u"--library"_s, library, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QStringList titles;
        for (const QJsonValue &v : list) {
            QVERIFY(ids.contains(v["id"_L1].toString().toLatin1()));
            titles << v["title"_L1].toString();
        }
        titles.sort();
        QCOMPARE(titles,
                 (QStringList {u"Assad forces close in on Palmyra"_s, u"Council approves new bridge"_s}));

        r = run({u"import"_s, u"-q"_s, u"--json"_s, u"--library"_s, library, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(again["outcome"_L1].toString(), u"already-there"_s);
        QCOMPARE(again["id"_L1].toString().toLatin1(), ids.first());
        QCOMPARE(QDir(library).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    // A new version of an article (same address, other text): update moves
    // the highlights and keeps the old version, keep-both adds a second
    // article, skip leaves the library as it was.
    void import_newVersionPolicy()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        const QString v1 = GlossTest::fixturePath("simple-article.html");
        const QString v2 = dir.filePath(u"v2.html"_s);
        QByteArray changed = GlossTest::readAll(v1);
        changed.replace("<p>The city council on Friday",
                        "<p>A late change to the story.</p>\n<p>The city council on Friday");
        QFile file(v2);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(changed) > 0);
        file.close();
        const QString id =
            QString::fromLatin1(run({u"import"_s, u"-q"_s, u"--library"_s, library, v1}).out.trimmed());
        LibraryStore store(library);
        const Article article = store.loadArticle(id).value();
        const QString quote = u"12 million euros"_s;
        const qsizetype at = article.text.indexOf(quote);
        QVERIFY(store.saveAnnotations(
            id, AnnotationSet {{Annotation::create(article.text, at, at + quote.size()).value()}, {}}));

        auto outcome = [&](const QString &choice) {
            const Run r = run(
                {u"import"_s, u"-q"_s, u"--json"_s, u"--new-version"_s, choice, u"--library"_s, library, v2});
            return QJsonDocument::fromJson(r.out).array().first().toObject();
        };
        QJsonObject skipped = outcome(u"skip"_s);
        QCOMPARE(skipped["outcome"_L1].toString(), u"skipped"_s);
        QVERIFY(!skipped.contains("id"_L1));
        QCOMPARE(store.articleIds().size(), 1);

        QJsonObject updated = outcome(u"update"_s);
        QCOMPARE(updated["outcome"_L1].toString(), u"updated"_s);
        QCOMPARE(updated["id"_L1].toString(), id);
        QCOMPARE(updated["highlights"_L1]["moved"_L1].toInt(), 1);
        QCOMPARE(store.versions(id).size(), 1);
        const Article newer = store.loadArticle(id).value();
        QVERIFY(newer.text.startsWith(u"A late change to the story."_s));
        const Annotation moved = store.loadAnnotations(id).value().annotations.first();
        QCOMPARE(newer.text.mid(moved.start, moved.end - moved.start), quote);
        // The page address of the first import is kept.
        QCOMPARE(newer.url, u"https://news.example.org/2024/bridge"_s);
        // The same bytes again: already there.
        QCOMPARE(outcome(u"update"_s)["outcome"_L1].toString(), u"already-there"_s);
    }

    // gloss-cli export takes a file, imports it first, and says nothing on
    // standard error when all goes well (no Chromium start-up lines).
    void export_fromFile_quietly()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        for (const QString &format : {u"md"_s, u"pdf"_s}) {
            const QString out = dir.filePath(u"out."_s + format);
            const Run r = run({u"export"_s, u"--library"_s, library, u"--format"_s, format,
                               GlossTest::samplePath(), u"-o"_s, out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.err, QByteArray());
            QVERIFY(QFileInfo(out).size() > 100);
        }
        QCOMPARE(LibraryStore(library).articleIds().size(), 1);
        // Markdown notes (a heading among them) are rendered without a word from Qt either.
        LibraryStore store(library);
        const QString id = store.articleIds().first();
        const Article article = store.loadArticle(id).value();
        const qsizetype at = article.text.indexOf(u"Syrian state TV"_s);
        Annotation note = Annotation::create(article.text, at, at + 15).value();
        note.note = u"# Check\n\nWho **confirms** this?\n\n- AFP\n- state TV"_s;
        QVERIFY(store.saveAnnotations(id, AnnotationSet {{note}, {}}));
        const Run html = run({u"export"_s, u"--library"_s, library, u"--format"_s, u"html"_s, id, u"-o"_s,
                              dir.filePath(u"out.html"_s)});
        QCOMPARE(html.exitCode, 0);
        QCOMPARE(html.err, QByteArray());
        QVERIFY(GlossTest::readAll(dir.filePath(u"out.html"_s)).contains("<strong>confirms</strong>"));
        QVERIFY(GlossTest::readAll(dir.filePath(u"out.md"_s))
                    .contains("title: \"Assad forces close in on Palmyra\""));
        QVERIFY(GlossTest::readAll(dir.filePath(u"out.pdf"_s)).startsWith("%PDF-"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("robustness: missing file") << QStringList {u"clean"_s, u"/no/such/file.txt"_s} << 1;
        QTest::newRow("robustness: unknown command") << QStringList {u"frobnicate"_s, u"x"_s} << 2;
        QTest::newRow("robustness: unknown format")
            << QStringList {u"clean"_s, u"--format"_s, u"yaml"_s, GlossTest::samplePath()} << 2;
        QTest::newRow("robustness: no arguments") << QStringList {} << 2;
        QTest::newRow("robustness: export of an unknown article")
            << QStringList {u"export"_s,           u"--library"_s, u"/nonexistent/library"_s,
                            u"0123456789abcdef"_s, u"-o"_s,        u"/tmp/x.md"_s}
            << 1;
        QTest::newRow("robustness: import of a missing file")
            << QStringList {u"import"_s, u"--library"_s, QDir::tempPath() + u"/gloss-cli-test-library"_s,
                            u"/no/such/file.html"_s}
            << 1;
        QTest::newRow("robustness: list with an argument") << QStringList {u"list"_s, u"extra"_s} << 2;
        QTest::newRow("robustness: unknown new-version choice")
            << QStringList {u"import"_s, u"--new-version"_s, u"maybe"_s, GlossTest::samplePath()} << 2;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
