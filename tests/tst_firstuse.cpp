// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"
#include "annotationdock.h"
#include "annotations/annotationmodel.h"
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
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

namespace {
// An article with a link, emphasis and names inside both.
const char LinkArticle[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge vote in Lyon</title></head>"
    "<body><article><h1>Bridge vote in Lyon</h1>"
    "<p>The council of <a href=\"https://example.org/lyon\">the city of Lyon</a> voted on Tuesday to build "
    "the "
    "new bridge across the Rhone, the mayor Gregory Doucet told reporters at the town hall.</p>"
    "<p>The bridge will cost <em>twelve million euros</em>, Doucet said, and the work will start next spring "
    "once the last permits have been granted by the prefecture.</p>"
    "</article></body></html>";
} // namespace

// What a new user meets (issue #18): the first highlights with notes, the
// entity list, the annotation list, driven as a person drives them.
class TestFirstUse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_sampleId;
    QString m_linkId;
    QString m_paragraphId; // the highlight over the whole Palmyra paragraph

    QString text() const { return m_window->document()->article().text; }
    AnnotationModel *model() const { return m_window->document()->annotations(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    bool open(const QString &id)
    {
        if (!m_window->openArticle(id))
            return false;
        return QTest::qWaitFor(
            [&] {
                return js(*m_window, u"document.querySelectorAll('[data-start]').length"_s).toInt() > 1 &&
                    js(*m_window, u"document.querySelector('header h1').textContent"_s).toString() ==
                    m_window->document()->article().title;
            },
            20000);
    }

    // Selects canonical [start, end) in the page and waits until the app has it.
    bool selectRange(qsizetype start, qsizetype end)
    {
        selectCanonical(*m_window, start, end);
        return QTest::qWaitFor(
            [&] {
                return m_window->bridge()->selectionStart() == start &&
                    m_window->bridge()->selectionEnd() == end;
            },
            10000);
    }

    // Ctrl+Shift+H, a note typed into the dialog, OK; returns the new highlight's id.
    QString highlightWithNote(const QString &note)
    {
        const int before = model()->rowCount();
        bool seen = false;
        onNextModalDialog(
            [note](QWidget *w) {
                auto *dialog = qobject_cast<NoteDialog *>(w);
                QVERIFY(dialog);
                QTest::keyClicks(dialog->editor()->editor(), note);
                dialog->accept();
            },
            &seen);
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        if (!seen || model()->rowCount() != before + 1)
            return {};
        return model()->annotations().last().id;
    }

    // How many pieces of highlight `id` show the note marker, and draw the
    // left and right side of the focus frame.
    QJsonObject decoration(const QString &id)
    {
        const QString script = uR"((() => {
            const pieces = Array.from(document.querySelectorAll('mark.gloss-hl')).filter(m => m.dataset.id === '%1');
            const shown = (v) => v && v !== 'none' && v !== 'normal' && v !== '""';
            return JSON.stringify({
                pieces: pieces.length,
                markers: pieces.filter(m => shown(getComputedStyle(m, '::after').content)).length,
                left: pieces.filter(m => getComputedStyle(m).borderLeftStyle !== 'none').length,
                right: pieces.filter(m => getComputedStyle(m).borderRightStyle !== 'none').length,
                outlines: pieces.filter(m => getComputedStyle(m).outlineStyle !== 'none').length,
                text: pieces.map(m => m.textContent).join(''),
            });
        })())"_s.arg(id);
        return QJsonDocument::fromJson(js(*m_window, script).toString().toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_sampleId = Startup::importSample(*m_store).value();
        const auto link = m_store->import(QByteArray(LinkArticle), u"bridge.html"_s);
        QVERIFY(link);
        m_linkId = link.value();
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->openArticle(m_sampleId));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);
        QVERIFY(open(m_sampleId));
    }

    void cleanupTestCase() { m_window.reset(); }

    void noteMarker_onceOverNames()
    {
        // The paragraph as a triple-click selects it.
        const QString paragraph =
            u"Syrian state TV said Thursday that Syrian President Bashar al-Assad's forces have entered the historic town of Palmyra."_s;
        const qsizetype start = text().indexOf(paragraph);
        QVERIFY(start > 0);
        js(*m_window,
           u"getSelection().selectAllChildren(document.querySelector('[data-start=\"%1\"]'))"_s.arg(start));
        QTRY_COMPARE(m_window->bridge()->selectionStart(), start);
        QCOMPARE(m_window->bridge()->selectionEnd(), start + paragraph.size());
        const QString id = highlightWithNote(u"Who **confirms** this besides state TV?"_s);
        m_paragraphId = id;
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(decoration(id).value("text"_L1).toString(), paragraph);
        const QJsonObject d = decoration(id);
        // The names' hints cut the highlight into pieces, yet one marker shows.
        QVERIFY2(d.value("pieces"_L1).toInt() >= 5,
                 qPrintable(QString::number(d.value("pieces"_L1).toInt())));
        QCOMPARE(d.value("markers"_L1).toInt(), 1);
        QVERIFY(
            js(*m_window,
               uR"(Array.from(document.querySelectorAll('mark.gloss-hl')).filter(m => m.dataset.id === '%1')
                                    .pop().classList.contains('hl-last'))"_s.arg(id))
                .toBool());
        // Stepped to with F8: one frame, not one per piece.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QTRY_COMPARE(m_window->annotationDock()->currentId(), id);
        QTRY_COMPARE(decoration(id).value("left"_L1).toInt(), 1);
        QCOMPARE(decoration(id).value("right"_L1).toInt(), 1);
        QCOMPARE(decoration(id).value("outlines"_L1).toInt(), 0);
    }

    void noteMarker_onceAcrossParagraphs()
    {
        const qsizetype start = text().indexOf(u"the historic town of Palmyra."_s);
        const qsizetype end = text().indexOf(u"Its reporter embedded"_s) + 21;
        QVERIFY(start > 0 && end > start);
        QVERIFY(selectRange(start, end));
        const QString id = highlightWithNote(u"Two paragraphs"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(decoration(id).value("pieces"_L1).toInt() >= 2);
        QCOMPARE(decoration(id).value("markers"_L1).toInt(), 1);
        m_window->annotationActions()->focus(id);
        QTRY_COMPARE(decoration(id).value("left"_L1).toInt(), 1);
        QCOMPARE(decoration(id).value("right"_L1).toInt(), 1);
    }

    void noteMarker_onceOverLinkAndEmphasis()
    {
        QVERIFY(open(m_linkId));
        for (const auto &[from, to] : {std::pair {u"The council of the city"_s, u"voted on Tuesday"_s},
                                       std::pair {u"will cost twelve"_s, u"Doucet said"_s}}) {
            const qsizetype start = text().indexOf(from);
            const qsizetype end = text().indexOf(to) + to.size();
            QVERIFY2(start >= 0 && end > start, qPrintable(text()));
            QVERIFY(selectRange(start, end));
            const QString id = highlightWithNote(u"Check"_s);
            QVERIFY(!id.isEmpty());
            QTRY_VERIFY(decoration(id).value("pieces"_L1).toInt() >= 2);
            QCOMPARE(decoration(id).value("markers"_L1).toInt(), 1);
            m_window->annotationActions()->focus(id);
            QTRY_COMPARE(decoration(id).value("left"_L1).toInt(), 1);
            QCOMPARE(decoration(id).value("right"_L1).toInt(), 1);
        }
        QVERIFY(open(m_sampleId));
    }

    void annotationList_notesAsTextQuotesInFull()
    {
        QVERIFY(!m_paragraphId.isEmpty());
        AnnotationDock *dock = m_window->annotationDock();
        QTreeView *view = dock->view();
        QVERIFY(view->isVisible());
        dock->select(m_paragraphId);
        const QModelIndex row = view->currentIndex();
        QVERIFY(row.isValid());
        const QString quote = model()->find(m_paragraphId)->exact;
        // The note as it reads, not its Markdown.
        QCOMPARE(row.siblingAtColumn(AnnotationModel::NoteColumn).data().toString(),
                 u"Who confirms this besides state TV?"_s);
        const QString tip = row.siblingAtColumn(AnnotationModel::NoteColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(quote) && tip.contains(u"Who confirms this besides state TV?"_s),
                 qPrintable(tip));
        // At the dock's default width the quote has room: its column is the
        // widest, and its row tall enough for more than one line.
        QTRY_VERIFY2(view->columnWidth(AnnotationModel::QuoteColumn) >= view->viewport()->width() / 3,
                     qPrintable(u"quote %1 note %2 tags %3 created %4 of %5 px"_s.arg(view->columnWidth(0))
                                    .arg(view->columnWidth(1))
                                    .arg(view->columnWidth(2))
                                    .arg(view->columnWidth(3))
                                    .arg(view->viewport()->width())));
        QVERIFY(view->columnWidth(AnnotationModel::NoteColumn) <=
                view->columnWidth(AnnotationModel::QuoteColumn));
        const int line = view->fontMetrics().lineSpacing();
        QTRY_VERIFY2(view->visualRect(row).height() >= 3 * line,
                     qPrintable(u"row %1 px, line %2 px, column %3 px"_s.arg(view->visualRect(row).height())
                                    .arg(line)
                                    .arg(view->columnWidth(AnnotationModel::QuoteColumn))));
    }

    void entityList_singleClickMarksAndSteps()
    {
        m_window->entityDock()->show();
        m_window->entityDock()->raise();
        QTreeView *entities = m_window->entityDock()->view();
        QTRY_VERIFY(entities->isVisible());
        const QModelIndexList assad =
            entities->model()->match(entities->model()->index(0, 0), Qt::DisplayRole, u"Bashar al-Assad"_s, 1,
                                     Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(assad.size(), 1);
        const int mentions = assad.first().data(EntityModel::MentionsRole).toList().size();
        QVERIFY(mentions >= 3);
        auto currentIndex = [this] {
            return js(*m_window,
                      u"Array.from(document.querySelectorAll('span.gloss-entity')).findIndex(s => s.classList.contains('current'))"_s)
                .toInt();
        };
        entities->scrollTo(assad.first());
        // On the name's first letters (the column may be wider than the dock).
        const QRect rect = entities->visualRect(assad.first());
        const QPoint centre(rect.left() + 12, rect.center().y());
        QVERIFY(entities->viewport()->rect().contains(centre));
        QSignalSpy clicked(entities, &QTreeView::clicked);
        QTest::mouseClick(entities->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(entities->currentIndex().siblingAtColumn(0), assad.first());
        QCOMPARE(clicked.size(), 1);
        QTRY_COMPARE(js(*m_window, u"document.querySelectorAll('span.gloss-entity').length"_s).toInt(),
                     mentions);
        QTRY_COMPARE(currentIndex(), 0);
        QTest::qWait(QApplication::doubleClickInterval() + 50); // two clicks, not a double-click
        QTest::mouseClick(entities->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(currentIndex(), 1);
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(entities->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(currentIndex(), 2 % mentions);
        // Enter steps from the keyboard.
        entities->setFocus();
        QTest::keyClick(entities, Qt::Key_Return);
        QTRY_COMPARE(currentIndex(), 3 % mentions);
    }
};

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
