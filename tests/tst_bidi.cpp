// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"
#include "annotations/annotationmodel.h"
#include "article/cleaner.h"
#include "biditemdelegate.h"
#include "entities/entityextractor.h"
#include "entities/entitymodel.h"
#include "entitydock.h"
#include "notedialog.h"
#include "startup.h"
#include "testutil.h"
#include "text/bidi.h"

#include <QApplication>
#include <QGlyphRun>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
// The left edge of each character of `text` as laid out in a paragraph of
// direction `direction` (what the item view draws).
QList<qreal> visualX(const QString &text, Qt::LayoutDirection direction, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    QList<qreal> xs;
    for (int i = 0; i < text.size(); ++i) {
        const QList<QGlyphRun> runs = layout.glyphRuns(i, 1);
        xs << (runs.isEmpty() || runs.first().positions().isEmpty() ? -1
                                                                    : runs.first().positions().first().x());
    }
    return xs;
}

// Whether the words of `part`, and its last character, appear left to right
// in the same order as they are written, inside `shown`.
bool keepsOrder(const QString &shown, const QString &part, Qt::LayoutDirection direction, const QFont &font)
{
    const qsizetype at = shown.indexOf(part);
    if (at < 0)
        return false;
    const QList<qreal> xs = visualX(shown, direction, font);
    QList<qsizetype> probes {at};
    for (qsizetype i = 1; i < part.size(); ++i)
        if (part.at(i - 1) == u' ' && part.at(i) != u' ')
            probes << at + i;
    probes << at + part.size() - 1;
    for (qsizetype i = 1; i < probes.size(); ++i)
        if (!(xs.at(probes.at(i - 1)) < xs.at(probes.at(i)) || (probes.at(i - 1) == probes.at(i))))
            return false;
    return true;
}
} // namespace

// Left-to-right text inside the Arabic interface keeps its order (issue #18),
// and Arabic text inside a left-to-right one.
class TestBidi : public QObject
{
    Q_OBJECT

    QList<Entity> m_entities;

    QString shown(QTreeView *view, const QModelIndex &index) const
    {
        auto *delegate = qobject_cast<BidiItemDelegate *>(view->itemDelegateForIndex(index));
        return delegate ? delegate->optionFor(index, view).text : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(u"ar"_s));
        QVERIFY(Startup::installTranslations(QLocale(u"ar"_s)));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        auto article = Cleaner::clean(GlossTest::readAll(GlossTest::samplePath()), u"palmyra.txt"_s);
        QVERIFY(article.ok());
        m_entities = EntityExtractor::shared().extract(article.value());
    }

    void entities_keepTheirOrder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("reorderedAlone"); // what a right-to-left paragraph does to it unisolated
        QTest::newRow("nominal: a figure") << u"300 meters"_s << true;
        QTest::newRow("nominal: a figure with a group separator") << u"15,000 residents"_s << true;
        QTest::newRow("nominal: a name") << u"Bashar al-Assad"_s << false;
    }

    void entities_keepTheirOrder()
    {
        QFETCH(QString, name);
        QFETCH(bool, reorderedAlone);
        EntityModel model;
        model.setEntities(m_entities);
        EntityDock dock(&model);
        QCOMPARE(dock.layoutDirection(), Qt::RightToLeft);
        QTreeView *view = dock.view();
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name,
                                                           1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QString text = shown(view, found.first());
        QVERIFY(text.contains(name));
        QVERIFY2(keepsOrder(text, name, view->layoutDirection(), view->font()), qPrintable(name));
        // Without the isolate the same paragraph reorders it: the check sees that.
        QCOMPARE(!keepsOrder(name, name, Qt::RightToLeft, view->font()), reorderedAlone);
    }

    void dates_keepTheirOrderInTooltips()
    {
        EntityModel model;
        model.setEntities(m_entities);
        QModelIndex week;
        for (const Entity &e : m_entities)
            if (e.type == Entity::Type::Date && e.value == "2016-W11"_L1)
                week = model.indexOf(e.id);
        QVERIFY(week.isValid());
        const QString tip = Bidi::isolated(week.data(Qt::ToolTipRole).toString());
        QVERIFY(keepsOrder(tip, u"2016-W11"_s, Qt::RightToLeft, QApplication::font()));
        QVERIFY(!keepsOrder(u"(2016-W11)"_s, u"2016-W11"_s, Qt::RightToLeft, QApplication::font()));
    }

    void annotations_keepTheirOrder()
    {
        AnnotationModel model;
        Annotation a;
        a.id = u"a1"_s;
        a.exact = u"Syrian state TV said Thursday"_s;
        a.note = u"Who **confirms** this besides state TV?"_s;
        model.setAnnotations({a});
        AnnotationDock dock(&model);
        QTreeView *view = dock.view();
        const QModelIndex note = view->model()->index(0, AnnotationModel::NoteColumn);
        const QString text = shown(view, note);
        QVERIFY2(keepsOrder(text, u"Who confirms this besides state TV?"_s, Qt::RightToLeft, view->font()),
                 qPrintable(text));
        QVERIFY(!keepsOrder(u"Who confirms this besides state TV?"_s,
                            u"Who confirms this besides state TV?"_s, Qt::RightToLeft, view->font()));
        const QModelIndex quote = view->model()->index(0, AnnotationModel::QuoteColumn);
        QVERIFY(keepsOrder(shown(view, quote), a.exact, Qt::RightToLeft, view->font()));
    }

    void noteDialog_quoteKeepsItsOrder()
    {
        const QString quote =
            u"Only some 15,000 of Palmyra's 70,000 residents have remained inside Palmyra."_s;
        NoteDialog dialog(quote, QString());
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QLabel *subject = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(quote))
                subject = label;
        QVERIFY(subject);
        QVERIFY(keepsOrder(subject->text(), quote, Qt::RightToLeft, subject->font()));
        QVERIFY(!keepsOrder(quote, quote, Qt::RightToLeft, subject->font()));
    }

    // Messages from below the window name files and addresses inside
    // translated sentences: in Arabic, the path keeps its order.
    void messagePaths_keepTheirOrder()
    {
        const QString path = u"/home/reader/Documents/Palmyra"_s;
        const QString message = u"تعذّر حفظ %1."_s.arg(path + u".pdf"_s);
        const QString shown = Bidi::isolatePaths(message);
        QVERIFY(shown.contains(QChar(0x2068) + path + u".pdf"_s + QChar(0x2069)));
        QVERIFY(keepsOrder(shown, path, Qt::RightToLeft, QApplication::font()));
        QVERIFY(!keepsOrder(message, path, Qt::RightToLeft, QApplication::font()));
        QCOMPARE(Bidi::isolatePaths(u"No path here."_s), u"No path here."_s);
    }

    void arabicInsideLeftToRight()
    {
        const QString arabic = u"قال المرصد السوري"_s;
        // An Arabic line isolated in a left-to-right paragraph reads right to left.
        const QList<qreal> xs = visualX(Bidi::isolated(arabic), Qt::LeftToRight, QApplication::font());
        QVERIFY(xs.at(1) > xs.at(arabic.size()));
    }
};

QTEST_MAIN(TestBidi)
#include "tst_bidi.moc"
