// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotation.h"

#include <QJsonArray>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestAnnotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("exact");
        QTest::newRow("nominal: plain words") << u"one two three"_s << 4 << 7 << u"two"_s;
        QTest::newRow("nominal: trims surrounding space") << u"one two three"_s << 3 << 8 << u"two"_s;
        QTest::newRow("nominal: emoji kept whole") << u"a 🙂 b"_s << 2 << 4 << u"🙂"_s;
        QTest::newRow("nominal: across blocks") << u"end.\n\nStart"_s << 0 << 11 << u"end.\n\nStart"_s;
    }

    void create()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, exact);
        const auto a = Annotation::create(text, start, end);
        QVERIFY(a);
        QCOMPARE(a.value().exact, exact);
        QCOMPARE(text.mid(a.value().start, a.value().end - a.value().start), exact);
        QCOMPARE(a.value().prefix, text.left(a.value().start).right(Annotation::ContextLength));
        QCOMPARE(a.value().suffix, text.mid(a.value().end, Annotation::ContextLength));
        QVERIFY(!a.value().id.isEmpty());
        QVERIFY(a.value().created.isValid());
    }

    void create_rejects_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("robustness: zero length") << 3 << 3;
        QTest::newRow("robustness: reversed") << 5 << 2;
        QTest::newRow("robustness: white space only") << 3 << 4;
        QTest::newRow("robustness: past the end") << 0 << 100;
        QTest::newRow("robustness: negative") << -1 << 2;
    }

    void create_rejects()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        const auto a = Annotation::create(u"one two three"_s, start, end);
        QVERIFY(!a);
        QVERIFY(!a.error().message.isEmpty());
    }

    void json_roundTripKeepsUnknownFields()
    {
        auto a = Annotation::create(u"The army is 300 meters from Palmyra"_s, 4, 8).value();
        a.note = u"**who** said this?"_s;
        a.tags = {u"claim"_s};
        a.color = u"blue"_s;
        QJsonObject json = a.toJson();
        json.insert("futureField"_L1, QJsonObject {{"x"_L1, 1}});
        const auto back = Annotation::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back.value().exact, u"army"_s);
        QCOMPARE(back.value().note, a.note);
        QCOMPARE(back.value().tags, a.tags);
        QCOMPARE(back.value().color, u"blue"_s);
        QCOMPARE(back.value().created, a.created);
        QCOMPARE(back.value().toJson().value("futureField"_L1).toObject().value("x"_L1).toInt(), 1);
    }

    void set_rejects_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("robustness: no version") << QJsonObject {{"annotations"_L1, QJsonArray()}};
        QTest::newRow("robustness: newer version")
            << QJsonObject {{"schemaVersion"_L1, 99}, {"annotations"_L1, QJsonArray()}};
        QTest::newRow("robustness: list missing") << QJsonObject {{"schemaVersion"_L1, 1}};
        QTest::newRow("robustness: annotation without selectors") << QJsonObject {
            {"schemaVersion"_L1, 1}, {"annotations"_L1, QJsonArray {QJsonObject {{"id"_L1, u"x"_s}}}}};
    }

    void set_rejects()
    {
        QFETCH(QJsonObject, object);
        const auto set = AnnotationSet::fromJson(object);
        QVERIFY(!set);
        QVERIFY(!set.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_annotation.moc"
