// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "entities/entityextractor.h"
#include "entities/entitymodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

using Type = Entity::Type;

namespace {
Entity make(Type type, const QString &name, QList<Mention> mentions = {{0, 1}})
{
    Entity e;
    e.type = type;
    e.name = name;
    e.id = Entity::makeId(type, name);
    e.mentions = std::move(mentions);
    return e;
}
} // namespace

class TestEntityModel : public QObject
{
    Q_OBJECT

    QList<Entity> m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        auto article = Cleaner::clean(GlossTest::readAll(GlossTest::samplePath()), u"palmyra.txt"_s);
        QVERIFY(article.ok());
        m_sample = EntityExtractor::shared().extract(article.value());
        QVERIFY(m_sample.size() > 20);
    }

    void nominal_tester()
    {
        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(m_sample);
        model.setEntities({});
        model.setEntities(m_sample);
        QCOMPARE(model.rowCount(), Entity::TypeCount);
        QCOMPARE(model.columnCount(), int(EntityModel::ColumnCount));
    }

    void nominal_testerThroughProxy()
    {
        // The sidebar filters through a proxy; the tree must hold up there too.
        EntityModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(m_sample);
        proxy.setFilterFixedString(u"kerry"_s);
        proxy.sort(EntityModel::MentionsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2); // People (John Kerry) and Quotes (Kerry's)
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), Entity::TypeCount);
    }

    void nominal_sections()
    {
        EntityModel model;
        model.setEntities(m_sample);
        const QStringList titles {u"People"_s, u"Organisations"_s, u"Places"_s, u"Other names"_s,
                                  u"Dates"_s,  u"Figures"_s,       u"Quotes"_s};
        int total = 0;
        for (int s = 0; s < Entity::TypeCount; ++s) {
            const QModelIndex section = model.index(s, EntityModel::NameColumn);
            QCOMPARE(section.data().toString(), titles.at(s));
            QCOMPARE(section.data(EntityModel::IsSectionRole).toBool(), true);
            QCOMPARE(section.data(EntityModel::TypeRole).toString(), Entity::typeName(Type(s)));
            QVERIFY(!model.entityAt(section));
            QCOMPARE(model.sectionAt(section), std::optional<Type>(Type(s)));
            QCOMPARE(model.sectionIndex(Type(s)), section);
            QVERIFY(!(model.flags(section) & Qt::ItemIsSelectable));
            total += model.rowCount(section);
            for (int row = 0; row < model.rowCount(section); ++row) {
                const QModelIndex child = model.index(row, 0, section);
                QCOMPARE(child.parent(), section);
                QCOMPARE(int(model.entityAt(child)->type), s);
                QCOMPARE(model.rowCount(child), 0);
                QVERIFY(!model.sectionAt(child));
            }
        }
        QCOMPARE(total, m_sample.size());
        QCOMPARE(model.rowCount(model.sectionIndex(Type::Person)), 7);
        QCOMPARE(model.rowCount(model.sectionIndex(Type::Quote)), 5);
        QCOMPARE(model.headerData(EntityModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Name"_s);
        QCOMPARE(model.headerData(EntityModel::DetailColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Role/Value"_s);
        QCOMPARE(model.headerData(EntityModel::MentionsColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Mentions"_s);
    }

    void nominal_columnsAndRoles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("mentions");
        QTest::newRow("nominal: person")
            << u"person:john-kerry"_s << u"John Kerry"_s << u"US Secretary of State"_s << 3;
        QTest::newRow("nominal: source") << u"organisation:reuters"_s << u"Reuters"_s << u"source"_s << 0;
        QTest::newRow("nominal: date")
            << u"date:2016-03-24"_s << u"Thursday, 24 March 2016"_s << QString() << 2;
        QTest::newRow("nominal: figure") << u"figure:300-meters"_s << u"300 meters"_s << u"300"_s << 1;
        QTest::newRow("nominal: quote via") << u"quote:the-army-is-300-meters-from-the-entrance-of-palm"_s
                                            << u"The army is 300 meters from the entrance of Palmyra"_s
                                            << u"an unnamed Syrian military source (to AFP)"_s << 1;
    }

    void nominal_columnsAndRoles()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, detail);
        QFETCH(int, mentions);
        EntityModel model;
        model.setEntities(m_sample);
        const QModelIndex index = model.indexOf(id);
        QVERIFY2(index.isValid(), qPrintable(id));
        const Entity *e = model.entityAt(index);
        QVERIFY(e);
        QCOMPARE(e->id, id);
        QCOMPARE(index.data().toString(), name);
        QCOMPARE(index.siblingAtColumn(EntityModel::DetailColumn).data().toString(), detail);
        QCOMPARE(index.siblingAtColumn(EntityModel::MentionsColumn).data().toInt(), mentions);
        QCOMPARE(model.entityAt(index.siblingAtColumn(EntityModel::MentionsColumn)), e);
        QCOMPARE(model.indexOf(id, EntityModel::DetailColumn),
                 index.siblingAtColumn(EntityModel::DetailColumn));
        QCOMPARE(index.data(EntityModel::IdRole).toString(), id);
        QCOMPARE(index.data(EntityModel::TypeRole).toString(), Entity::typeName(e->type));
        QCOMPARE(index.data(EntityModel::MentionCountRole).toInt(), mentions);
        const QVariantList list = index.data(EntityModel::MentionsRole).toList();
        QCOMPARE(list.size(), mentions);
        if (mentions > 0) {
            QCOMPARE(list.first().toList().value(0).toLongLong(), e->mentions.first().start);
            QCOMPARE(list.first().toList().value(1).toLongLong(), e->mentions.first().end);
        }
        QCOMPARE(index.data(EntityModel::AliasesRole).toStringList(), e->aliases);
        QCOMPARE(index.data(EntityModel::SpeakerRole).toString(), e->speaker);
        QCOMPARE(index.data(EntityModel::SpeakerIdRole).toString(), e->speakerId);
        QCOMPARE(index.data(EntityModel::ViaRole).toString(), e->via);
        QCOMPARE(index.data(EntityModel::ValueRole).toString(), e->value);
        QCOMPARE(index.data(EntityModel::SourceRole).toBool(), e->source);
        QCOMPARE(index.data(EntityModel::IsSectionRole).toBool(), false);
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(name));
    }

    // Dates read like dates; the ISO value stays in the tooltip and the value role.
    void nominal_datesReadLikeDates()
    {
        EntityModel model;
        model.setEntities(m_sample);
        QModelIndex week;
        for (const Entity &e : m_sample)
            if (e.type == Entity::Type::Date && e.value == "2016-W11"_L1)
                week = model.indexOf(e.id);
        QVERIFY(week.isValid());
        // Its parts are directional isolates (U+2068 … U+2069), invisible here.
        QCOMPARE(week.data().toString().remove(QChar(0x2068)).remove(QChar(0x2069)),
                 u"last week: 14–20 March 2016"_s);
        QCOMPARE(week.siblingAtColumn(EntityModel::DetailColumn).data().toString(), QString());
        QVERIFY(week.data(Qt::ToolTipRole).toString().contains(u"(2016-W11)"_s));
        QCOMPARE(week.data(EntityModel::ValueRole).toString(), u"2016-W11"_s);
        QCOMPARE(week.data(Qt::EditRole).toString(), u"2016-W11"_s); // what a note on it is about
        const QModelIndex day = model.indexOf(u"date:2016-03-24"_s);
        QVERIFY(day.data(Qt::ToolTipRole).toString().startsWith(u"Thursday, 24 March 2016 (2016-03-24)"_s));
    }

    void nominal_quoteSpeakerLinks()
    {
        EntityModel model;
        model.setEntities(m_sample);
        const QModelIndex quotes = model.sectionIndex(Type::Quote);
        int linked = 0;
        for (int row = 0; row < model.rowCount(quotes); ++row) {
            const QString speakerId = model.index(row, 0, quotes).data(EntityModel::SpeakerIdRole).toString();
            if (speakerId.isEmpty())
                continue;
            const QModelIndex speaker = model.indexOf(speakerId);
            QVERIFY(speaker.isValid());
            QCOMPARE(speaker.parent(), model.sectionIndex(Type::Person));
            QCOMPARE(speaker.data().toString(),
                     model.index(row, 0, quotes).data(EntityModel::SpeakerRole).toString());
            ++linked;
        }
        QCOMPARE(linked, 4);
    }

    void nominal_reset()
    {
        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntities(
            {make(Type::Quote, u"q"_s), make(Type::Person, u"A"_s), make(Type::Person, u"B"_s, {})});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(model.sectionIndex(Type::Person)), 2);
        QCOMPARE(model.rowCount(model.sectionIndex(Type::Quote)), 1);
        QCOMPARE(model.rowCount(model.sectionIndex(Type::Place)), 0);
        QCOMPARE(model.indexOf(u"person:b"_s).row(), 1);
        QCOMPARE(model.indexOf(u"person:b"_s).siblingAtColumn(EntityModel::MentionsColumn).data().toInt(), 0);
        model.setEntities({});
        QVERIFY(!model.indexOf(u"person:b"_s).isValid());
        QCOMPARE(model.rowCount(), Entity::TypeCount);
    }

    void robustness_invalidIndexes()
    {
        EntityModel model;
        model.setEntities(m_sample);
        QVERIFY(!model.entityAt({}));
        QVERIFY(!model.index(Entity::TypeCount, 0).isValid());
        QVERIFY(!model.index(0, EntityModel::ColumnCount).isValid());
        QVERIFY(!model.index(-1, 0).isValid());
        QVERIFY(!model.index(1000, 0, model.sectionIndex(Type::Person)).isValid());
        QVERIFY(!model.index(0, 0, model.index(0, 1)).isValid()); // children hang off column 0 only
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        QVERIFY(!model.indexOf(u"nobody"_s).isValid());
        QVERIFY(!model.indexOf(QString()).isValid());
        QVERIFY(!model.data({}).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
        QVERIFY(!model.headerData(9, Qt::Horizontal, Qt::DisplayRole).isValid());
        EntityModel other;
        other.setEntities(m_sample);
        QVERIFY(!model.entityAt(other.indexOf(u"person:john-kerry"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
