// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationmodel.h"
#include "commands/annotationcommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestAnnotationModel : public QObject
{
    Q_OBJECT

    const QString m_text = u"Syrian state TV said Thursday that forces entered Palmyra."_s;

    Annotation make(int start, int end) const { return Annotation::create(m_text, start, end).value(); }

private Q_SLOTS:
    void undoRedo_addAndRemove()
    {
        AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &AnnotationModel::annotationsChanged);
        QUndoStack stack;

        const Annotation first = make(0, 6);
        const Annotation second = make(21, 29);
        stack.push(new AddAnnotationCommand(&model, first));
        stack.push(new AddAnnotationCommand(&model, second));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AnnotationModel::QuoteColumn).data().toString(), u"Syrian"_s);
        QCOMPARE(model.index(1, 0).data(AnnotationModel::IdRole).toString(), second.id);
        QCOMPARE(changed.count(), 2);

        stack.push(new RemoveAnnotationCommand(&model, first.id));
        QCOMPARE(model.rowCount(), 1);
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(first.id), 0); // back in its old place
        stack.undo();
        stack.undo();
        QCOMPARE(model.rowCount(), 0);
        stack.redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.annotations().first().id, first.id);
    }

    void data_roles()
    {
        AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Annotation a = make(35, 49);
        a.note = u"Check the source"_s;
        model.setAnnotations({a});
        const QModelIndex i = model.index(0, AnnotationModel::NoteColumn);
        QCOMPARE(i.data().toString(), u"Check the source"_s);
        QCOMPARE(i.data(AnnotationModel::StartRole).toLongLong(), 35);
        QCOMPARE(i.data(AnnotationModel::EndRole).toLongLong(), 49);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Quote"_s);
        QVERIFY(!model.remove(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
