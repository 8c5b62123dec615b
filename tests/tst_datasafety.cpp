// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfile.h"
#include "document/document.h"
#include "library/libraryindex.h"
#include "library/librarystore.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Gloss;
using namespace Qt::StringLiterals;

// Every case: the previous good file keeps every byte, the user gets a clear
// message, and the program goes on.
class TestDataSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        std::unique_ptr<LibraryStore> store;
        QString id;
        QString annotationsPath;
        QString articlePath;
    };

    Fixture makeLibrary()
    {
        Fixture f;
        f.store = std::make_unique<LibraryStore>(m_dir.filePath(u"lib%1"_s.arg(++m_counter)));
        f.id = f.store->import(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value();
        f.annotationsPath = f.store->articleDir(f.id) + u"/annotations.json"_s;
        f.articlePath = f.store->articleDir(f.id) + u"/article.json"_s;
        const Article article = f.store->loadArticle(f.id).value();
        AnnotationSet set;
        for (int i = 0; i < 3; ++i)
            set.annotations << Annotation::create(article.text, 100 * i + 10, 100 * i + 40).value();
        if (!f.store->saveAnnotations(f.id, set))
            qFatal("fixture");
        return f;
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Runs `body` in a child process; returns its exit status (or -signal).
    static int inChild(const std::function<int()> &body, int killAfterMs = -1)
    {
        const pid_t pid = fork();
        if (pid == 0)
            _exit(body());
        if (killAfterMs >= 0) {
            QTest::qSleep(killAfterMs);
            kill(pid, SIGKILL);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    }

    // An article that gets a new text: its highlights on words that stay,
    // on words that move, and on words that go.
    struct Update {
        Fixture f;
        QStringList quotes; // the words each highlight is on, by annotation order
        Article newer;
    };

    Update makeUpdate(bool recleaning)
    {
        Update u {makeLibrary(), {}, {}};
        Workspace workspace(u.f.store->root());
        const Article original = u.f.store->loadArticle(u.f.id).value();
        AnnotationSet set;
        for (const QString &quote : {u"Syrian state TV said Thursday"_s, u"historic town of Palmyra"_s,
                                     u"300 meters from the entrance"_s}) {
            const qsizetype at = original.text.indexOf(quote);
            set.annotations << Annotation::create(original.text, at, at + quote.size()).value();
            u.quotes << quote;
        }
        if (!u.f.store->saveAnnotations(u.f.id, set))
            qFatal("fixture");
        Article changed = original;
        Block first = changed.blocks.first();
        first.text = u"A paragraph that was not there before, and a second sentence to move things along."_s;
        changed.blocks.insert(1, first);
        changed.blocks.removeAt(changed.blocks.size() - 2);
        changed.rebuildText();
        if (recleaning) {
            // The stored text lacks what a re-cleaning of its source gives back.
            if (!workspace.replaceArticle(u.f.id, changed))
                qFatal("fixture");
            u.newer = original;
        } else {
            u.newer = changed;
        }
        return u;
    }

    // Where a killed update left the article: it opens, its text is the old or
    // the new one whole, and every highlight is on its own words or waits for review.
    static void verifyConsistent(const Update &u, const QString &step)
    {
        Workspace workspace(u.f.store->root());
        auto content = workspace.loadContent(u.f.id);
        QVERIFY2(content, qPrintable(step));
        QVERIFY2(content.value().annotationsError.isEmpty(), qPrintable(step));
        const QString &text = content.value().article.text;
        const QList<Annotation> &annotations = content.value().annotations;
        QCOMPARE(annotations.size(), u.quotes.size());
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            const Annotation &a = annotations.at(i);
            if (a.needsReview)
                continue;
            QVERIFY2(a.end <= text.size(), qPrintable(step));
            QCOMPARE(text.mid(a.start, a.end - a.start), u.quotes.at(i));
        }
        QVERIFY2(!QFileInfo::exists(u.f.store->articleDir(u.f.id) + u"/.update-ready"_s), qPrintable(step));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedAnnotations_neverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("directory");
        const QByteArray good = "{\"schemaVersion\": 1, \"annotations\": []}";
        QTest::newRow("robustness: truncated JSON") << good.left(good.size() - 5) << false;
        QTest::newRow("robustness: invalid UTF-8")
            << QByteArray("{\"schemaVersion\": 1, \"annotations\": [], \"x\": \"\xff\xfe\"}") << false;
        QTest::newRow("robustness: array where an object belongs")
            << QByteArray("[{\"schemaVersion\": 1}]") << false;
        QTest::newRow("robustness: unknown schema version")
            << QByteArray("{\"schemaVersion\": 9, \"annotations\": []}") << false;
        QTest::newRow("robustness: empty file") << QByteArray() << false;
        QTest::newRow("robustness: directory where the file belongs") << QByteArray() << true;
    }

    void damagedAnnotations_neverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, directory);
        Fixture f = makeLibrary();
        QFile::remove(f.annotationsPath);
        if (directory)
            QVERIFY(QDir().mkpath(f.annotationsPath + u"/inside"_s));
        else
            write(f.annotationsPath, content);

        Workspace workspace(f.store->root());
        Document &document = *workspace.document();
        QSignalSpy failed(&workspace, &Workspace::saveFailed);
        QVERIFY(workspace.open(f.id)); // the article still opens
        QVERIFY(!document.annotationsError().isEmpty());
        QVERIFY(document.addHighlight(10, 30));
        workspace.flush();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"annotations.json"_s));
        if (directory)
            QVERIFY(QFileInfo(f.annotationsPath).isDir() &&
                    QFileInfo::exists(f.annotationsPath + u"/inside"_s));
        else
            QCOMPARE(GlossTest::readAll(f.annotationsPath), content);
        // The index does not choke on it either.
        LibraryIndex index(f.store.get());
        index.refresh();
        QCOMPARE(index.entries().size(), 1);
        QVERIFY(!index.entries().first().problem.isEmpty());
    }

    void damagedArticle_clearErrorAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("robustness: truncated") << QByteArray("{\"schemaVersion\": 1, \"blocks\": [");
        QTest::newRow("robustness: future schema, unreadable")
            << QByteArray("{\"schemaVersion\": 99, \"blocks\": 3}");
        QTest::newRow("robustness: empty") << QByteArray();
    }

    void damagedArticle_clearErrorAndUntouched()
    {
        QFETCH(QByteArray, content);
        Fixture f = makeLibrary();
        write(f.articlePath, content);
        Workspace workspace(f.store->root());
        const auto opened = workspace.open(f.id);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
        Article replacement;
        replacement.title = u"x"_s;
        QVERIFY(!f.store->replaceArticle(f.id, replacement, {})); // refuses to write over it
        QCOMPARE(GlossTest::readAll(f.articlePath), content);
    }

    void futureSchema_opensReadOnly()
    {
        Fixture f = makeLibrary();
        QJsonObject article = JsonFile::readObject(f.articlePath).value();
        article.insert(u"schemaVersion"_s, 7);
        article.insert(u"somethingNew"_s, u"from Gloss 7"_s);
        QVERIFY(JsonFile::writeObject(f.articlePath, article));
        const QByteArray articleBefore = GlossTest::readAll(f.articlePath);
        const QByteArray annotationsBefore = GlossTest::readAll(f.annotationsPath);

        LibraryStore store(f.store->root());
        const auto loaded = store.loadArticle(f.id);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().title, u"Assad forces close in on Palmyra"_s);
        QVERIFY(store.isReadOnly(f.id));
        QVERIFY(store.readOnlyReason(f.id).contains(u"newer Gloss"_s));
        Workspace workspace(store.root());
        Document &document = *workspace.document();
        QSignalSpy failed(&workspace, &Workspace::saveFailed);
        QVERIFY(workspace.open(f.id));
        QVERIFY(document.addHighlight(10, 30));
        workspace.flush();
        QCOMPARE(failed.count(), 1);
        // Nor are entity corrections written beside it.
        document.addEntityCorrection(EntityCorrection::remove(document.entities()->entities().first().id));
        workspace.flush();
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.last().first().toString().contains(u"newer Gloss"_s));
        QVERIFY(!QFileInfo::exists(store.articleDir(f.id) + u"/entities.json"_s));
        QVERIFY(!store.replaceArticle(f.id, loaded.value(), {}));
        QVERIFY(!store.saveState(f.id, {}));
        QCOMPARE(GlossTest::readAll(f.articlePath), articleBefore);
        QCOMPARE(GlossTest::readAll(f.annotationsPath), annotationsBefore);
    }

    void versionZero_isMigrated()
    {
        Fixture f = makeLibrary();
        QJsonObject article = JsonFile::readObject(f.articlePath).value();
        article.remove(u"schemaVersion"_s);
        QVERIFY(JsonFile::writeObject(f.articlePath, article));
        LibraryStore store(f.store->root());
        const auto loaded = store.loadArticle(f.id);
        QVERIFY(loaded);
        QVERIFY(!store.isReadOnly(f.id));
        QCOMPARE(loaded.value().blocks.size(), 18);
    }

    void killedDuringUpdate_highlightsNeverOnWrongWords_data()
    {
        QTest::addColumn<bool>("recleaning");
        QTest::newRow("new version") << false;
        QTest::newRow("re-cleaning") << true;
    }

    // SIGKILL before each step of an update (new version with its source, or
    // re-cleaning): the next reader finishes or undoes it.
    void killedDuringUpdate_highlightsNeverOnWrongWords()
    {
        QFETCH(bool, recleaning);
        int killedAt = 0;
        QStringList steps;
        for (;; ++killedAt) {
            Update u = makeUpdate(recleaning);
            const QString stepFile = m_dir.filePath(u"step"_s);
            QFile::remove(stepFile);
            const int status = inChild([&] {
                int seen = 0;
                LibraryStore::testStepHook = [&](const char *step) {
                    write(stepFile, step);
                    if (seen++ == killedAt)
                        ::raise(SIGKILL);
                };
                Workspace workspace(u.f.store->root());
                if (recleaning)
                    return workspace.reclean(u.f.id) ? 0 : 3;
                return workspace.replaceArticle(u.f.id, u.newer, QByteArray("new source bytes\n")) ? 0 : 3;
            });
            const QString step = QString::fromUtf8(GlossTest::readAll(stepFile));
            if (status == 0)
                break; // the update ran through: every step was tried
            QCOMPARE(status, -SIGKILL);
            steps << step;
            verifyConsistent(u, step);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("killed before each of %lld steps: %s", qlonglong(steps.size()),
              qPrintable(steps.join(u", "_s)));
        QVERIFY(killedAt >= 8);
        Update done = makeUpdate(recleaning);
        Workspace workspace(done.f.store->root());
        auto report = recleaning
            ? workspace.reclean(done.f.id)
            : workspace.replaceArticle(done.f.id, done.newer, QByteArray("new source bytes\n"));
        QVERIFY(report);
        verifyConsistent(done, u"none"_s);
        QCOMPARE(workspace.loadContent(done.f.id).value().article.text, done.newer.text);
        QCOMPARE(done.f.store->versions(done.f.id).size(), recleaning ? 0 : 1);
    }

    void killedDuringSave_leavesOldOrNewFile()
    {
        Fixture f = makeLibrary();
        const QByteArray before = GlossTest::readAll(f.annotationsPath);
        const Article article = f.store->loadArticle(f.id).value();
        // A child saves a large set over and over; it is killed at some point.
        for (int attempt = 0; attempt < 5; ++attempt) {
            const int status = inChild(
                [&] {
                    LibraryStore store(f.store->root());
                    AnnotationSet big;
                    for (int i = 0; i < 4000; ++i) {
                        auto a = Annotation::create(article.text, i % 1500, i % 1500 + 40).value();
                        a.note = QString(u'x').repeated(200);
                        big.annotations << a;
                    }
                    for (;;)
                        if (!store.saveAnnotations(f.id, big))
                            return 3;
                },
                30 + attempt * 37);
            QCOMPARE(status, -SIGKILL);
            const auto set = LibraryStore(f.store->root()).loadAnnotations(f.id);
            QVERIFY2(set, "the annotations file must always parse");
            QVERIFY(set.value().annotations.size() == 3 || set.value().annotations.size() == 4000);
        }
        Q_UNUSED(before);
    }

    void writeFailsPartWay_oldFileIntact()
    {
        Fixture f = makeLibrary();
        const QByteArray before = GlossTest::readAll(f.annotationsPath);
        const Article article = f.store->loadArticle(f.id).value();
        const int status = inChild([&] {
            // Files may not grow past 4 KiB: the save of a bigger set fails midway.
            signal(SIGXFSZ, SIG_IGN);
            rlimit limit {4096, 4096};
            setrlimit(RLIMIT_FSIZE, &limit);
            LibraryStore store(f.store->root());
            AnnotationSet big;
            for (int i = 0; i < 200; ++i)
                big.annotations << Annotation::create(article.text, i, i + 50).value();
            const auto saved = store.saveAnnotations(f.id, big);
            if (saved)
                return 1; // should have failed
            return saved.error().message.isEmpty() ? 2 : 0;
        });
        QCOMPARE(status, 0);
        QCOMPARE(GlossTest::readAll(f.annotationsPath), before);
    }

    void readOnlyLibrary_clearErrorAndIntact()
    {
        Fixture f = makeLibrary();
        const QByteArray before = GlossTest::readAll(f.annotationsPath);
        const QString dir = f.store->articleDir(f.id);
        QVERIFY(QFile::setPermissions(dir,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(
            f.store->root(), QFile::permissions(f.store->root()) | QFile::ExeOther | QFile::ReadOther));
        const int status = inChild([&] {
            // root ignores permissions: act as an ordinary user.
            if (geteuid() == 0) {
                const passwd *nobody = getpwnam("nobody");
                if (!nobody || setgid(nobody->pw_gid) != 0 || setuid(nobody->pw_uid) != 0)
                    return 4;
            }
            LibraryStore store(f.store->root());
            if (!store.loadAnnotations(f.id))
                return 5;
            const Article article = store.loadArticle(f.id).value();
            AnnotationSet set;
            set.annotations << Annotation::create(article.text, 5, 25).value();
            const auto saved = store.saveAnnotations(f.id, set);
            if (saved)
                return 1;
            return saved.error().message.contains(u"annotations.json"_s) ? 0 : 2;
        });
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(status, 0);
        QCOMPARE(GlossTest::readAll(f.annotationsPath), before);
    }

    void missingLibraryFolder_isCreated_andIndexRebuilt()
    {
        const QString root = m_dir.filePath(u"not/yet/there"_s);
        LibraryStore store(root);
        QVERIFY(store.ensureExists());
        LibraryIndex index(&store);
        const auto stats = index.refresh();
        QCOMPARE(index.entries().size(), 0);
        QVERIFY(!stats.indexWasUsable);
    }

    void damagedIndex_isRebuilt()
    {
        Fixture f = makeLibrary();
        LibraryIndex index(f.store.get());
        index.refresh();
        write(index.path(), "{\"version\": 1, \"entries\": [");
        LibraryIndex again(f.store.get());
        const auto stats = again.refresh();
        QVERIFY(!stats.indexWasUsable);
        QCOMPARE(stats.reread, 1);
        QCOMPARE(again.entries().first().title, u"Assad forces close in on Palmyra"_s);
        QVERIFY(JsonFile::readObject(index.path())); // rewritten whole
    }
};

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
