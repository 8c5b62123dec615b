// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "entities/entitymodel.h"
#include "entities/simpleentityextractor.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestSimpleEntityExtractor : public QObject
{
    Q_OBJECT

    QString m_text;
    QList<Entity> m_entities;

    const Entity *byName(const QString &name) const
    {
        for (const Entity &e : m_entities)
            if (e.name == name)
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_text = Cleaner::clean(GlossTest::readAll(GlossTest::samplePath()), u"p.txt"_s).value().text;
        m_entities = SimpleEntityExtractor::extract(m_text);
    }

    void seed_people_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::newRow("nominal: Assad") << u"Bashar al-Assad"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Kerry") << u"John Kerry"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Putin") << u"Vladimir Putin"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Lavrov") << u"Sergei Lavrov"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Kodmani") << u"Bassma Kodmani"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Karadzic") << u"Radovan Karadzic"_s << int(Entity::Type::Person);
        QTest::newRow("nominal: Observatory")
            << u"Syrian Observatory for Human Rights"_s << int(Entity::Type::Organisation);
        QTest::newRow("nominal: HNC") << u"High Negotiations Committee"_s << int(Entity::Type::Organisation);
        QTest::newRow("nominal: Palmyra") << u"Palmyra"_s << int(Entity::Type::Place);
        QTest::newRow("nominal: Moscow") << u"Moscow"_s << int(Entity::Type::Place);
    }

    void seed_people()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        const Entity *e = byName(name);
        QVERIFY2(e, qPrintable(name));
        QCOMPARE(int(e->type), type);
        for (const Mention &m : e->mentions) {
            QVERIFY(m.start >= 0 && m.end <= m_text.size() && m.start < m.end);
            QVERIFY(!m_text.mid(m.start, m.end - m.start).isEmpty());
        }
    }

    void seed_aliasesAndRoles()
    {
        const Entity *assad = byName(u"Bashar al-Assad"_s);
        QVERIFY(assad);
        QVERIFY(assad->mentions.size() >= 5); // "Assad" mentions merged in
        QCOMPARE(byName(u"John Kerry"_s)->role, u"US Secretary of State"_s);
        QVERIFY(!byName(u"Assad"_s));
        QVERIFY(!byName(u"Kerry"_s));
    }

    void seed_noJunk_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *junk : {"Skip", "Meanwhile", "The", "Thursday", "Only", "Its", "Syrian",
                                 "Britain-based", "Pro-Assad", "Bosnian Serbs", "Image"})
            QTest::newRow(junk) << QString::fromUtf8(junk);
    }

    void seed_noJunk()
    {
        QFETCH(QString, name);
        QVERIFY2(!byName(name), qPrintable(name));
    }

    void model()
    {
        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(m_entities);
        QCOMPARE(model.rowCount(), m_entities.size());
        QCOMPARE(model.index(0, EntityModel::NameColumn).data().toString(), m_entities.first().name);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: no spaces") << QString(u'A').repeated(100000);
        QTest::newRow("robustness: all caps") << u"BREAKING NEWS FROM THE CAPITAL TODAY. "_s.repeated(2000);
        QTest::newRow("robustness: mixed scripts") << u"Kerry met Лавров and بشار in 東京."_s.repeated(500);
    }

    void badInput()
    {
        QFETCH(QString, text);
        const QList<Entity> entities = SimpleEntityExtractor::extract(text);
        for (const Entity &e : entities)
            for (const Mention &m : e.mentions)
                QVERIFY(m.start >= 0 && m.end <= text.size());
    }
};

QTEST_GUILESS_MAIN(TestSimpleEntityExtractor)
#include "tst_simpleentityextractor.moc"
