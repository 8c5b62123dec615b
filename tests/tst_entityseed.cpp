// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "document/document.h"
#include "entities/entitycorrections.h"
#include "entities/entityextractor.h"
#include "entitytestutil.h"
#include "library/librarystore.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Gloss;
using namespace GlossTest;
using namespace Qt::StringLiterals;

using Type = Entity::Type;

namespace {

// One expected mention: the words, found through a longer piece of text that
// is unique in the article.
struct Expected {
    QString context;
    QString words;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

/// EntityExtractor on the seed article (resources/sample/palmyra.txt).
class TestEntitySeed : public QObject
{
    Q_OBJECT

    std::optional<EntityExtractor> m_extractor;
    Article m_article;
    QString m_text;
    QList<Entity> m_entities;

    // Checks that the entity's mentions are exactly the expected ones, at
    // exactly their offsets.
    void checkMentions(const Entity &e, const QList<Expected> &expected)
    {
        QCOMPARE(e.mentions.size(), expected.size());
        for (qsizetype k = 0; k < expected.size(); ++k) {
            const qsizetype context = m_text.indexOf(expected.at(k).context);
            QVERIFY2(context >= 0, qPrintable(expected.at(k).context));
            QCOMPARE(m_text.indexOf(expected.at(k).context, context + 1), -1); // unique
            const qsizetype start = context + expected.at(k).context.indexOf(expected.at(k).words);
            QCOMPARE(e.mentions.at(k).start, start);
            QCOMPARE(e.mentions.at(k).end, start + expected.at(k).words.size());
            QCOMPARE(mentionText(m_text, e.mentions.at(k)), expected.at(k).words);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = GlossTest::analyseSample(m_extractor, m_article, m_entities);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_text = m_article.text;
    }

    // ---- the seed article, as a careful reader would list it ----

    void seed_people_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QList<Expected>>("mentions");
        QTest::newRow("nominal: Bashar al-Assad")
            << u"Bashar al-Assad"_s << u"Syrian President"_s
            << QList<Expected> {{u"President Bashar al-Assad's"_s, u"Bashar al-Assad"_s},
                                {u"with Assad loyalists"_s, u"Assad"_s},
                                {u"The fate of Assad"_s, u"Assad"_s},
                                {u"a key Assad ally"_s, u"Assad"_s},
                                {u"the Assad government"_s, u"Assad"_s},
                                {u"ease Assad from"_s, u"Assad"_s},
                                {u"that Assad be required"_s, u"Assad"_s}};
        QTest::newRow("nominal: John Kerry")
            << u"John Kerry"_s << u"US Secretary of State"_s
            << QList<Expected> {{u"Meanwhile, John Kerry"_s, u"John Kerry"_s},
                                {u"State John Kerry"_s, u"John Kerry"_s},
                                {u"Kerry told"_s, u"Kerry"_s}};
        QTest::newRow("nominal: Vladimir Putin")
            << u"Vladimir Putin"_s << u"Russian President"_s
            << QList<Expected> {{u"and Vladimir Putin met"_s, u"Vladimir Putin"_s},
                                {u"President Vladimir Putin"_s, u"Vladimir Putin"_s},
                                {u"meeting with Putin"_s, u"Putin"_s}};
        QTest::newRow("nominal: Sergei Lavrov")
            << u"Sergei Lavrov"_s << u"Russian Foreign Minister"_s
            << QList<Expected> {{u"Minister Sergei Lavrov"_s, u"Sergei Lavrov"_s}};
        QTest::newRow("nominal: Bassma Kodmani")
            << u"Bassma Kodmani"_s
            << u"spokeswoman for the Saudi-backed opposition alliance High Negotiations Committee (HNC)"_s
            << QList<Expected> {{u"Bassma Kodmani, a"_s, u"Bassma Kodmani"_s},
                                {u"implemented,\" Kodmani"_s, u"Kodmani"_s},
                                {u"as well,\" Kodmani"_s, u"Kodmani"_s}};
        QTest::newRow("nominal: Rami Abdel Rahman")
            << u"Rami Abdel Rahman"_s << u"Observatory director"_s
            << QList<Expected> {{u"director Rami Abdel Rahman"_s, u"Rami Abdel Rahman"_s}};
        QTest::newRow("nominal: Radovan Karadzic")
            << u"Radovan Karadzic"_s << u"ex-leader of Bosnian Serbs"_s
            << QList<Expected> {{u"of Radovan Karadzic"_s, u"Radovan Karadzic"_s},
                                {u"trial of Karadzic"_s, u"Karadzic"_s}};
    }

    void seed_people()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QList<Expected>, mentions);
        const Entity *e = findEntity(m_entities, Type::Person, name);
        QVERIFY2(e, qPrintable(namesOf(m_entities, Type::Person).join(u", "_s)));
        QCOMPARE(e->role, role);
        checkMentions(*e, mentions);
        QCOMPARE(e->id, Entity::makeId(Type::Person, name));
    }

    void seed_peopleAreExactlyThese()
    {
        QStringList people = namesOf(m_entities, Type::Person);
        people.sort();
        QCOMPARE(
            people,
            (QStringList {u"Bashar al-Assad"_s, u"Bassma Kodmani"_s, u"John Kerry"_s, u"Radovan Karadzic"_s,
                          u"Rami Abdel Rahman"_s, u"Sergei Lavrov"_s, u"Vladimir Putin"_s}));
        QCOMPARE(findEntity(m_entities, Type::Person, u"Bashar al-Assad"_s)->aliases,
                 QStringList {u"Assad"_s});
    }

    void seed_organisations_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<bool>("source");
        QTest::addColumn<QList<Expected>>("mentions");
        QTest::newRow("nominal: Syrian Observatory for Human Rights (tagged Syrian + Human Rights)")
            << u"Syrian Observatory for Human Rights"_s << QStringList {u"Observatory"_s} << false
            << QList<Expected> {{u"Britain-based Syrian Observatory for Human Rights"_s,
                                 u"Syrian Observatory for Human Rights"_s},
                                {u"Observatory director"_s, u"Observatory"_s}};
        QTest::newRow("nominal: High Negotiations Committee (HNC)")
            << u"High Negotiations Committee"_s << QStringList {u"HNC"_s} << false
            << QList<Expected> {{u"alliance High Negotiations Committee"_s, u"High Negotiations Committee"_s},
                                {u"(HNC)"_s, u"HNC"_s}};
        QTest::newRow("nominal: Islamic State, IS")
            << u"Islamic State"_s << QStringList {u"IS"_s} << false
            << QList<Expected> {{u"from IS extremists"_s, u"IS"_s},
                                {u"fall to IS"_s, u"IS"_s},
                                {u"by Islamic State militants"_s, u"Islamic State"_s}};
        QTest::newRow("nominal: UNESCO")
            << u"UNESCO"_s << QStringList() << false << QList<Expected> {{u"ancient UNESCO"_s, u"UNESCO"_s}};
        QTest::newRow("nominal: AFP, the source of a quotation")
            << u"AFP"_s << QStringList() << true << QList<Expected> {{u"the AFP news agency"_s, u"AFP"_s}};
        QTest::newRow("nominal: UN Security Council")
            << u"UN Security Council"_s << QStringList() << false
            << QList<Expected> {{u"and UN Security Council resolution"_s, u"UN Security Council"_s}};
        QTest::newRow("nominal: Syrian state TV, a source")
            << u"Syrian state TV"_s << QStringList() << true
            << QList<Expected> {{u"Syrian state TV said"_s, u"Syrian state TV"_s}};
        QTest::newRow("nominal: Reuters, an agency of the article only")
            << u"Reuters"_s << QStringList() << true << QList<Expected> {};
    }

    void seed_organisations()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, aliases);
        QFETCH(bool, source);
        QFETCH(QList<Expected>, mentions);
        const Entity *e = findEntity(m_entities, Type::Organisation, name);
        QVERIFY2(e, qPrintable(namesOf(m_entities, Type::Organisation).join(u", "_s)));
        QCOMPARE(e->aliases, aliases);
        QCOMPARE(e->source, source);
        checkMentions(*e, mentions);
    }

    void seed_organisationsAreExactlyThese()
    {
        QStringList organisations = namesOf(m_entities, Type::Organisation);
        organisations.sort();
        QCOMPARE(organisations,
                 (QStringList {u"AFP"_s, u"High Negotiations Committee"_s, u"Islamic State"_s, u"Reuters"_s,
                               u"Syrian Observatory for Human Rights"_s, u"Syrian state TV"_s,
                               u"UN Security Council"_s, u"UNESCO"_s}));
        QCOMPARE(findEntity(m_entities, Type::Organisation, u"AFP"_s)->role, u"news agency"_s);
    }

    void seed_places()
    {
        QStringList places = namesOf(m_entities, Type::Place);
        places.sort();
        QCOMPARE(
            places,
            (QStringList {u"Baalshamin"_s, u"Geneva"_s, u"Moscow"_s, u"Palmyra"_s, u"Russia"_s, u"Syria"_s}));
        // Palmyra: read as a person by the tagger everywhere, a place by its context.
        checkMentions(*findEntity(m_entities, Type::Place, u"Palmyra"_s),
                      {{u"heritage site, Palmyra"_s, u"Palmyra"_s},
                       {u"Triumphbogen in Palmyra"_s, u"Palmyra"_s},
                       {u"town of Palmyra"_s, u"Palmyra"_s},
                       {u"entrance of Palmyra"_s, u"Palmyra"_s},
                       {u"of Palmyra's 70,000"_s, u"Palmyra"_s},
                       {u"inside Palmyra"_s, u"Palmyra"_s},
                       {u"city of Palmyra"_s, u"Palmyra"_s},
                       {u"shifted to Palmyra"_s, u"Palmyra"_s}});
        checkMentions(*findEntity(m_entities, Type::Place, u"Syria"_s),
                      {{u"recapture Syria's"_s, u"Syria"_s},
                       {u"in Syria's ancient caravan"_s, u"Syria"_s},
                       {u"focus of Syria's"_s, u"Syria"_s},
                       {u"troops from Syria's"_s, u"Syria"_s},
                       {u"criminals of Syria"_s, u"Syria"_s},
                       {u"ending Syria's"_s, u"Syria"_s}});
        checkMentions(*findEntity(m_entities, Type::Place, u"Moscow"_s),
                      {{u"met in Moscow"_s, u"Moscow"_s}, {u"In Moscow,"_s, u"Moscow"_s}});
        checkMentions(*findEntity(m_entities, Type::Place, u"Geneva"_s),
                      {{u"negotiations in Geneva"_s, u"Geneva"_s},
                       {u"talks in Geneva"_s, u"Geneva"_s},
                       {u"The Geneva peace"_s, u"Geneva"_s}});
        QCOMPARE(namesOf(m_entities, Type::Other), QStringList {u"Geneva III"_s});
    }

    void seed_dates()
    {
        QCOMPARE(namesOf(m_entities, Type::Date),
                 (QStringList {u"2016-03-24"_s, u"2015-08-25"_s, u"2016-W11"_s}));
        const Entity *thursday = findEntity(m_entities, Type::Date, u"2016-03-24"_s);
        QCOMPARE(thursday->value, u"2016-03-24"_s);
        checkMentions(
            *thursday,
            {{u"said Thursday that"_s, u"Thursday"_s}, {u"by midday Thursday"_s, u"midday Thursday"_s}});
        checkMentions(*findEntity(m_entities, Type::Date, u"2015-08-25"_s),
                      {{u"released August 25, 2015,"_s, u"August 25, 2015"_s}});
        checkMentions(*findEntity(m_entities, Type::Date, u"2016-W11"_s),
                      {{u"ally - last week announced"_s, u"last week"_s}});
    }

    void seed_figures()
    {
        QCOMPARE(
            namesOf(m_entities, Type::Figure),
            (QStringList {u"300 meters"_s, u"15,000 residents"_s, u"70,000 residents"_s, u"2,000 years"_s}));
        const Entity *meters = findEntity(m_entities, Type::Figure, u"300 meters"_s);
        QCOMPARE(meters->value, u"300"_s);
        QCOMPARE(meters->unit, u"meters"_s);
        checkMentions(*meters, {{u"is 300 meters from"_s, u"300 meters"_s}});
        const Entity *residents = findEntity(m_entities, Type::Figure, u"15,000 residents"_s);
        QCOMPARE(residents->value, u"15000"_s);
        QCOMPARE(residents->unit, u"residents"_s);
        checkMentions(*residents, {{u"some 15,000 of"_s, u"15,000"_s}});
        checkMentions(*findEntity(m_entities, Type::Figure, u"70,000 residents"_s),
                      {{u"Palmyra's 70,000 residents"_s, u"70,000 residents"_s}});
        const Entity *years = findEntity(m_entities, Type::Figure, u"2,000 years"_s);
        QCOMPARE(years->value, u"2000"_s);
        checkMentions(*years, {{u"the 2,000-year-old temple"_s, u"2,000-year-old"_s}});
    }

    void seed_quotes_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("speakerId");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("via");
        QTest::newRow("nominal: an unnamed source, via AFP")
            << u"The army is 300 meters from the entrance of Palmyra"_s
            << u"an unnamed Syrian military source"_s << QString() << u"told"_s << u"AFP"_s;
        QTest::newRow("nominal: title and name")
            << u"The vast majority had already fled - only those too poor to flee stayed behind"_s
            << u"Rami Abdel Rahman"_s << u"person:rami-abdel-rahman"_s << u"said"_s << QString();
        QTest::newRow("nominal: surname, told")
            << u"We both know that more needs to be done in terms of both the reduction of violence and the "
               u"flow "
               "of humanitarian goods"_s
            << u"John Kerry"_s << u"person:john-kerry"_s << u"told"_s << QString();
        QTest::newRow("nominal: surname, said")
            << u"We hope Russia uses its leverage to ensure that Geneva III and UN Security Council "
               u"resolution 2254 "
               "is implemented"_s
            << u"Bassma Kodmani"_s << u"person:bassma-kodmani"_s << u"said"_s << QString();
        QTest::newRow("nominal: two sentences")
            << u"The trial of Karadzic gives us hope. There is international justice out there for the big "
               "criminals of Syria as well"_s
            << u"Bassma Kodmani"_s << u"person:bassma-kodmani"_s << u"said"_s << QString();
    }

    void seed_quotes()
    {
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, speakerId);
        QFETCH(QString, verb);
        QFETCH(QString, via);
        QCOMPARE(namesOf(m_entities, Type::Quote).size(), 5);
        const Entity *q = findEntity(m_entities, Type::Quote, quote);
        QVERIFY2(q, qPrintable(namesOf(m_entities, Type::Quote).join(u"\n"_s)));
        QCOMPARE(q->speaker, speaker);
        QCOMPARE(q->speakerId, speakerId);
        QCOMPARE(q->verb, verb);
        QCOMPARE(q->via, via);
        checkMentions(*q, {{u'"' + quote, quote}});
        if (!speakerId.isEmpty()) {
            bool linked = false;
            for (const Entity &e : std::as_const(m_entities))
                linked |= e.id == speakerId && e.type == Type::Person;
            QVERIFY(linked);
        }
    }

    void seed_noJunk_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *junk : {"Skip",
                                 "Meanwhile",
                                 "Syrian",
                                 "Syrians",
                                 "Image",
                                 "dpa",
                                 "Britain-based",
                                 "Saudi-backed",
                                 "Pro-Assad",
                                 "Bosnian Serbs",
                                 "III",
                                 "Secretary",
                                 "TV",
                                 "Its",
                                 "Only",
                                 "The",
                                 "Thursday",
                                 "Human Rights",
                                 "State John Kerry",
                                 "US",
                                 "Assad",
                                 "Kerry",
                                 "HNC",
                                 "IS",
                                 "2254"})
            QTest::addRow("nominal: no \"%s\"", junk) << QString::fromUtf8(junk);
    }

    void seed_noJunk()
    {
        QFETCH(QString, name);
        for (const Entity &e : std::as_const(m_entities)) {
            QVERIFY2(!(e.name == name), qPrintable(u"%1 (%2)"_s.arg(e.name, Entity::typeName(e.type))));
            if (e.isName()) {
                QVERIFY2(!e.name.contains(u"'s"_s) && !e.name.contains(u"’s"_s), qPrintable(e.name));
                for (const Mention &m : e.mentions)
                    QVERIFY(!mentionText(m_text, m).endsWith(u"'s"_s));
            }
        }
    }

    void seed_idsUniqueAndSorted()
    {
        QSet<QString> ids;
        for (qsizetype k = 0; k < m_entities.size(); ++k) {
            const Entity &e = m_entities.at(k);
            QVERIFY(!ids.contains(e.id));
            ids.insert(e.id);
            QVERIFY(e.id.startsWith(Entity::typeName(e.type) + u':'));
            if (k > 0)
                QVERIFY(m_entities.at(k - 1).type <= e.type);
        }
    }

    void seed_json()
    {
        const QJsonArray json = Entity::listToJson(m_entities);
        auto back = Entity::listFromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), m_entities);
        const QJsonObject kerry = json.at(0).toObject();
        QCOMPARE(kerry.value("type"_L1).toString(), u"person"_s);
        QVERIFY(kerry.value("mentions"_L1).isArray());
        QVERIFY(!Entity::fromJson(QJsonObject {{"type"_L1, u"alien"_s}, {"name"_L1, u"x"_s}}).ok());
        QVERIFY(!Entity::fromJson(QJsonObject {{"type"_L1, u"person"_s}}).ok());
        QVERIFY(!Entity::fromJson(QJsonObject {{"type"_L1, u"person"_s},
                                               {"name"_L1, u"x"_s},
                                               {"mentions"_L1, QJsonArray {QJsonArray {5, 2}}}})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestEntitySeed)
#include "tst_entityseed.moc"
