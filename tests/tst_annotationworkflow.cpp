// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"
#include "annotationdock.h"
#include "annotations/annotationfiltermodel.h"
#include "document/document.h"
#include "entities/entitymodel.h"
#include "entitydock.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "noteeditor.h"
#include "readerbridge.h"
#include "readerview.h"
#include "startup.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

// Drives the annotation features the way a user meets them: actions,
// dialogs, the annotations dock, and the page.
class TestAnnotationWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_articleId;

    QString text() const { return m_window->document()->article().text; }
    AnnotationModel *model() const { return m_window->document()->annotations(); }
    QAction *action(const char *name) const
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

    // Selects `quote` (its first occurrence) in the page and waits for the app to see it.
    bool select(const QString &quote)
    {
        const qsizetype start = text().indexOf(quote);
        if (start < 0)
            return false;
        if (selectCanonical(*m_window, start, start + quote.size()) != quote)
            return false;
        return QTest::qWaitFor(
            [&] {
                return m_window->bridge()->selectionStart() == start &&
                    m_window->bridge()->selectionEnd() == start + quote.size();
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_articleId = Startup::importSample(*m_store).value();
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(m_window->openArticle(m_articleId));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void colour_choiceIsUsedAndShown()
    {
        action("actionColor_green")->trigger();
        QCOMPARE(m_window->annotationActions()->currentColor(), u"green"_s);
        QVERIFY(select(u"Syrian state TV said Thursday"_s));
        action("actionHighlight")->trigger();
        QCOMPARE(model()->rowCount(), 1);
        const Annotation a = model()->annotations().last();
        QCOMPARE(a.color, u"green"_s);
        QTRY_COMPARE(markedText(marksInPage(*m_window), a.id), u"Syrian state TV said Thursday"_s);
        QCOMPARE(marksInPage(*m_window).first().toObject().value("color"_L1).toString(), u"green"_s);
        // A non-colour cue: each colour has its own underline style.
        QCOMPARE(
            js(*m_window, u"getComputedStyle(document.querySelector('mark.gloss-hl')).textDecorationStyle"_s)
                .toString(),
            u"double"_s);
        action("actionColor_yellow")->trigger();
    }

    void overlapping_highlightsNestAndKeepText()
    {
        const QString blockText =
            js(*m_window, u"document.querySelector('[data-start=\"0\"]').textContent"_s).toString();
        QVERIFY(select(u"fierce bid to recapture"_s));
        action("actionHighlight")->trigger();
        QVERIFY(select(u"recapture Syria's ancient"_s));
        action("actionHighlight")->trigger();
        QCOMPARE(model()->rowCount(), 3);
        const QString first = model()->annotations().at(1).id;
        const QString second = model()->annotations().at(2).id;
        // The overlap nests: the second highlight's mark sits inside the first's.
        QTRY_COMPARE(markedText(marksInPage(*m_window), first), u"fierce bid to recapture"_s);
        QCOMPARE(markedText(marksInPage(*m_window), second), u"recapture Syria's ancient"_s);
        QCOMPARE(js(*m_window, u"document.querySelector('[data-start=\"0\"]').textContent"_s).toString(),
                 blockText);
    }

    void editNote_throughTheDialog_andUndo()
    {
        const QString id = model()->annotations().at(1).id;
        m_window->annotationDock()->select(id);
        QCOMPARE(m_window->annotationDock()->currentId(), id);
        bool seen = false;
        onNextModalDialog(
            [](QWidget *w) {
                auto *dialog = qobject_cast<NoteDialog *>(w);
                QVERIFY(dialog);
                QTest::keyClicks(dialog->editor()->editor(), u"Is *fierce* the agency's word?"_s);
                dialog->tagsEdit()->setText(u"wording, check , wording"_s);
                dialog->colorBox()->setCurrentIndex(dialog->colorBox()->findData(u"pink"_s));
                dialog->accept();
            },
            &seen);
        action("actionEditNote")->trigger();
        QVERIFY(seen);
        const Annotation *a = model()->find(id);
        QCOMPARE(a->note, u"Is *fierce* the agency's word?"_s);
        QCOMPARE(a->tags, QStringList({u"wording"_s, u"check"_s}));
        QCOMPARE(a->color, u"pink"_s);
        auto noteOnDisk = [this, &id] {
            for (const QJsonValue &v : annotationsOnDisk(*m_store, m_articleId))
                if (v.toObject().value("id"_L1).toString() == id)
                    return v.toObject().value("note"_L1).toString();
            return QString();
        };
        QTRY_COMPARE(noteOnDisk(), a->note);
        auto colorInPage = [this, &id] {
            for (const QJsonValue &v : marksInPage(*m_window))
                if (v.toObject().value("id"_L1).toString() == id)
                    return v.toObject().value("color"_L1).toString();
            return QString();
        };
        QTRY_COMPARE(colorInPage(), u"pink"_s);

        QUndoStack *stack = m_window->document()->undoStack();
        QCOMPARE(stack->undoText(), u"Edit Annotation"_s);
        stack->undo();
        QCOMPARE(model()->find(id)->note, QString());
        QCOMPARE(model()->find(id)->color, u"yellow"_s);
        stack->redo();
        QCOMPARE(model()->find(id)->tags, QStringList({u"wording"_s, u"check"_s}));
    }

    void articleAndEntityNotes()
    {
        bool seen = false;
        onNextModalDialog(
            [](QWidget *w) {
                auto *dialog = qobject_cast<NoteDialog *>(w);
                QVERIFY(dialog);
                dialog->editor()->setMarkdown(u"# Summary\n\nCompare with the **Reuters** version."_s);
                dialog->tagsEdit()->setText(u"summary"_s);
                dialog->accept();
            },
            &seen);
        action("actionArticleNote")->trigger();
        QVERIFY(seen);
        const Annotation articleNote = model()->annotations().last();
        QCOMPARE(articleNote.scope, Annotation::Scope::Article);
        QCOMPARE(articleNote.tags, QStringList {u"summary"_s});

        QTreeView *entities = m_window->entityDock()->view();
        const QModelIndexList kerry =
            entities->model()->match(entities->model()->index(0, 0), Qt::DisplayRole, u"John Kerry"_s, 1,
                                     Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(kerry.size(), 1);
        entities->setCurrentIndex(kerry.first());
        onNextModalDialog(
            [](QWidget *w) {
                auto *dialog = qobject_cast<NoteDialog *>(w);
                QVERIFY(dialog);
                dialog->editor()->setMarkdown(u"Check his exact words in the State Department transcript."_s);
                dialog->accept();
            },
            &seen);
        m_window->entityDock()->findChild<QAction *>(u"actionEntityNote"_s)->trigger();
        QVERIFY(seen);
        const Annotation entityNote = model()->annotations().last();
        QCOMPARE(entityNote.scope, Annotation::Scope::Entity);
        QCOMPARE(entityNote.entity, u"John Kerry"_s);
        QTRY_COMPARE(annotationsOnDisk(*m_store, m_articleId)
                         .last()
                         .toObject()
                         .value("target"_L1)
                         .toObject()
                         .value("entity"_L1)
                         .toString(),
                     u"John Kerry"_s);
        // Notes are listed but never painted in the page.
        QCOMPARE(markedText(marksInPage(*m_window), entityNote.id), QString());
    }

    void entity_marksAllMentionsAndSteps()
    {
        QTreeView *entities = m_window->entityDock()->view();
        const QModelIndexList assad =
            entities->model()->match(entities->model()->index(0, 0), Qt::DisplayRole, u"Bashar al-Assad"_s, 1,
                                     Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(assad.size(), 1);
        const int mentions = assad.first().data(EntityModel::MentionsRole).toList().size();
        QVERIFY(mentions >= 5);
        auto currentText = [this] {
            return js(*m_window,
                      u"(document.querySelector('span.gloss-entity.current') || {}).textContent || ''"_s)
                .toString();
        };
        auto currentIndex = [this] {
            return js(*m_window,
                      u"Array.from(document.querySelectorAll('span.gloss-entity')).findIndex(s => s.classList.contains('current'))"_s)
                .toInt();
        };
        Q_EMIT entities->activated(assad.first());
        QTRY_COMPARE(js(*m_window, u"document.querySelectorAll('span.gloss-entity').length"_s).toInt(),
                     mentions);
        QTRY_COMPARE(currentIndex(), 0);
        QVERIFY(currentText().contains(u"Assad"_s));
        Q_EMIT entities->activated(assad.first()); // the next click steps on
        QTRY_COMPARE(currentIndex(), 1);
        QCOMPARE(js(*m_window, u"document.querySelector('span.gloss-entity').title"_s).toString(),
                 u"Bashar al-Assad"_s);
    }

    void search_andFilters()
    {
        AnnotationDock *dock = m_window->annotationDock();
        AnnotationFilterModel *proxy = dock->proxy();
        const int all = model()->rowCount();
        QCOMPARE(proxy->rowCount(), all);
        QTest::keyClicks(dock->searchField(), u"agency word"_s); // words from a note
        QCOMPARE(proxy->rowCount(), 1);
        dock->searchField()->clear();
        QTest::keyClicks(dock->searchField(), u"State Department"_s);
        QCOMPARE(proxy->rowCount(), 1);
        dock->searchField()->clear();
        dock->colorFilter()->setCurrentIndex(dock->colorFilter()->findData(u"green"_s));
        QCOMPARE(proxy->rowCount(), 1);
        dock->colorFilter()->setCurrentIndex(0);
        const int tagIndex = dock->tagFilter()->findData(u"check"_s);
        QVERIFY(tagIndex > 0);
        dock->tagFilter()->setCurrentIndex(tagIndex);
        QCOMPARE(proxy->rowCount(), 1);
        dock->tagFilter()->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), all);
    }

    void nextPrevious_stepThroughHighlightsInReadingOrder()
    {
        QList<Annotation> passages;
        for (const Annotation &a : model()->annotations())
            if (a.isPassage())
                passages << a;
        std::sort(passages.begin(), passages.end(),
                  [](const Annotation &l, const Annotation &r) { return l.start < r.start; });
        QVERIFY(passages.size() >= 2);
        auto currentMarkId = [this] {
            for (const QJsonValue &v : marksInPage(*m_window))
                if (v.toObject().value("current"_L1).toBool())
                    return v.toObject().value("id"_L1).toString();
            return QString();
        };
        m_window->annotationActions()->focus(passages.first().id);
        QTRY_COMPARE(currentMarkId(), passages.first().id);
        action("actionNextHighlight")->trigger();
        QTRY_COMPARE(currentMarkId(), passages.at(1).id);
        QCOMPARE(m_window->annotationDock()->currentId(), passages.at(1).id);
        action("actionPreviousHighlight")->trigger();
        QTRY_COMPARE(currentMarkId(), passages.first().id);
    }

    void keyboard_selectAndHighlight()
    {
        // Put the caret at the start of the heading, then extend with Shift+Ctrl+Right.
        const qsizetype start = text().indexOf(u"The fate of Assad"_s);
        QVERIFY(start > 0);
        js(*m_window,
           uR"((() => { const h = document.querySelector('h2'); getSelection().collapse(h.firstChild, 0); })())"_s);
        m_window->readerView()->setFocus();
        QWidget *target = m_window->readerView()->focusProxy();
        QVERIFY(target);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(target, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
        QTRY_COMPARE(m_window->bridge()->selectionStart(), start);
        QTRY_COMPARE(text().mid(start, m_window->bridge()->selectionEnd() - start).trimmed(),
                     u"The fate of"_s);
        const int before = model()->rowCount();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), before + 1);
        QCOMPARE(model()->annotations().last().exact, u"The fate of"_s);
    }

    void delete_fromTheList_andUndo()
    {
        const int before = model()->rowCount();
        const QString id = model()->annotations().first().id;
        m_window->annotationDock()->select(id);
        m_window->annotationDock()->view()->setFocus();
        action("actionDeleteHighlight")->trigger();
        QCOMPARE(model()->rowCount(), before - 1);
        QTRY_COMPARE(markedText(marksInPage(*m_window), id), QString());
        QTRY_COMPARE(annotationsOnDisk(*m_store, m_articleId).size(), before - 1);
        m_window->document()->undoStack()->undo();
        QCOMPARE(model()->rowCount(), before);
        QTRY_VERIFY(!markedText(marksInPage(*m_window), id).isEmpty());
    }
};

QTEST_MAIN(TestAnnotationWorkflow)
#include "tst_annotationworkflow.moc"
