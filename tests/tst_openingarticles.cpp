// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a new user meets when opening articles: a new article opens at its
// top and never takes another's reading position; opening what is already in
// the library simply opens it; a damaged annotations file leaves a way
// forward and loses nothing.
#include "annotationsrecovery.h"
#include "articleimporter.h"
#include "document/document.h"
#include "guitestutil.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

class TestOpeningArticles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_sample;

    Document *document() const { return m_window->document(); }

    // A long article of our own, written to a file.
    QString writeArticle(const QString &name, const QString &title)
    {
        QString text = title + u"\n\n"_s;
        for (int p = 0; p < 60; ++p)
            text += u"Paragraph %1 of %2 says what the council decided about the bridge and the road.\n\n"_s
                        .arg(p)
                        .arg(title);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    QJsonObject stateOnDisk(const QString &id) const
    {
        return QJsonDocument::fromJson(GlossTest::readAll(m_store->articleDir(id) + u"/state.json"_s))
            .object();
    }

    QString highlight(const QString &quote)
    {
        const qsizetype start = document()->article().text.indexOf(quote);
        auto id = document()->addHighlight(start, start + quote.size());
        return id ? id.value() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);
        QVERIFY(m_window->openLocation(GlossTest::samplePath()));
        m_sample = document()->id();
    }

    void cleanupTestCase() { m_window.reset(); }

    // Scrolled half-way down the sample, the user opens another article: it
    // shows its title, and the sample's position is never written into it.
    void newArticle_opensAtItsTop()
    {
        QTRY_VERIFY(js(*m_window, u"document.querySelectorAll('[data-start]').length"_s).toInt() > 10);
        js(*m_window, u"window.scrollTo(0, document.documentElement.scrollHeight / 2); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(document()->readingProgress() > 0.3, 10000);

        QVERIFY(m_window->importer()->importFiles({writeArticle(u"council.txt"_s, u"Council news"_s)}) == 1);
        const QString id = document()->id();
        QVERIFY(id != m_sample);
        QTRY_COMPARE(js(*m_window, u"document.querySelector('header h1').textContent"_s).toString(),
                     u"Council news"_s);
        QCOMPARE(js(*m_window, u"window.scrollY"_s).toDouble(), 0.0);
        // Two ticks of the position timer later, nothing was saved for the
        // new article: the user has not scrolled it.
        QTest::qWait(4500);
        m_window->workspace()->flush();
        QVERIFY(stateOnDisk(id).value("progress"_L1).toDouble() < 0.01);
        QCOMPARE(document()->readingOffset(), 0);
        // The sample keeps its own position, and opens there again.
        QVERIFY(stateOnDisk(m_sample).value("progress"_L1).toDouble() > 0.3);
        QVERIFY(m_window->openArticle(m_sample));
        QTRY_VERIFY(js(*m_window, u"window.scrollY"_s).toDouble() > 100);
    }

    // scripts/run passes the sample on every start: opening it again is not news.
    void knownArticle_opensQuietly()
    {
        QVERIFY(m_window->openArticle(m_store->articleIds().first() == m_sample
                                          ? m_store->articleIds().last()
                                          : m_store->articleIds().first()));
        m_window->statusBar()->clearMessage();
        QVERIFY(m_window->openLocation(GlossTest::samplePath()));
        QCOMPARE(document()->id(), m_sample);
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"already in your library"_s));
        // Imported again on purpose (File ▸ Open): then it is said.
        QCOMPARE(m_window->importer()->importFiles({GlossTest::samplePath()}), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"already in your library"_s));
        QCOMPARE(m_store->articleIds().size(), 2);
        // Asked to open the article that is open (a second `gloss page`): reading
        // goes on, undo history included.
        QVERIFY(!highlight(u"fierce bid"_s).isEmpty());
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY(m_window->openLocation(GlossTest::samplePath()));
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        m_window->workspace()->flush();
    }

    void damagedAnnotations_restoreLastBackup()
    {
        QVERIFY(m_window->openArticle(m_sample));
        const QString path = m_store->annotationsPath(m_sample);
        const QString first = highlight(u"Syrian state TV said Thursday"_s);
        m_window->workspace()->flush();
        QVERIFY(!highlight(u"historic town of Palmyra"_s).isEmpty());
        m_window->workspace()->flush(); // the file with one highlight is now the backup
        QVERIFY(QFile::exists(path + u".bak"_s));
        const QByteArray truncated = GlossTest::readAll(path).left(40);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(truncated) == 40);
        file.close();

        QVERIFY(m_window->openArticle(m_sample));
        auto *recovery = m_window->findChild<AnnotationsRecovery *>();
        QVERIFY(recovery);
        QTRY_VERIFY(recovery->isVisible());
        QVERIFY(recovery->restoreButton());
        // Highlights made before choosing are kept, not written over the damaged file.
        const QString made = highlight(u"300 meters from the entrance"_s);
        m_window->workspace()->flush();
        QCOMPARE(GlossTest::readAll(path), truncated);
        QVERIFY(m_window->workspace()->hasUnsavableEdits());

        recovery->restoreButton()->click();
        QTRY_VERIFY(!m_window->findChild<AnnotationsRecovery *>());
        const QJsonArray saved = annotationsOnDisk(*m_store, m_sample);
        QStringList ids;
        for (const QJsonValue &a : saved)
            ids << a["id"_L1].toString();
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.contains(first) && ids.contains(made));
        QVERIFY(!m_window->workspace()->hasUnsavableEdits());
        // The damaged file is kept beside it.
        QCOMPARE(QDir(m_store->articleDir(m_sample)).entryList({u"annotations.json.damaged-*"_s}).size(), 1);
    }

    void damagedAnnotations_setAsideAndStartNew_quitAsksFirst()
    {
        const QString id = m_store->articleIds().first() == m_sample ? m_store->articleIds().last()
                                                                     : m_store->articleIds().first();
        const QString path = m_store->annotationsPath(id);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write("{\"schemaVersion\": 1, \"annot") > 0);
        file.close();
        QVERIFY(m_window->openArticle(id));
        auto *recovery = m_window->findChild<AnnotationsRecovery *>();
        QVERIFY(recovery);
        QVERIFY(!recovery->restoreButton()); // no backup to offer
        const QString made = highlight(u"Paragraph 3 of Council news"_s);
        QVERIFY(!made.isEmpty());

        // Quitting now would lose the highlight: Gloss asks, and Cancel keeps the window.
        bool asked = false;
        onNextModalDialog(
            [](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"discardUnsavedQuestion"_s);
                box->button(QMessageBox::Cancel)->click();
            },
            &asked);
        QVERIFY(!m_window->close());
        QVERIFY(asked);
        QVERIFY(m_window->isVisible());

        recovery->setAsideButton()->click();
        QTRY_VERIFY(!m_window->findChild<AnnotationsRecovery *>());
        const QJsonArray saved = annotationsOnDisk(*m_store, id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first()["id"_L1].toString(), made);
        const QStringList aside = QDir(m_store->articleDir(id)).entryList({u"annotations.json.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(GlossTest::readAll(m_store->articleDir(id) + u'/' + aside.first()),
                 QByteArray("{\"schemaVersion\": 1, \"annot"));
        QVERIFY(AnnotationsRecovery::confirmDiscard(m_window->workspace(), m_window.get()));
    }
};

QTEST_MAIN(TestOpeningArticles)
#include "tst_openingarticles.moc"
