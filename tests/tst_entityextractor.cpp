// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "entities/entitycorrections.h"
#include "entities/entityextractor.h"
#include "library/document.h"
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
using namespace Qt::StringLiterals;

using Type = Entity::Type;

namespace {

// One expected mention: the words, found through a longer piece of text that
// is unique in the article.
struct Expected {
    QString context;
    QString words;
};

const Entity *findEntity(const QList<Entity> &list, Type type, const QString &name)
{
    for (const Entity &e : list)
        if (e.type == type && e.name == name)
            return &e;
    return nullptr;
}

QStringList namesOf(const QList<Entity> &list, Type type)
{
    QStringList names;
    for (const Entity &e : list)
        if (e.type == type)
            names << e.name;
    return names;
}

QString mentionText(const QString &text, const Mention &m)
{
    return text.mid(m.start, m.end - m.start);
}

bool mentionsValid(const QList<Entity> &list, const QString &text)
{
    for (const Entity &e : list)
        for (const Mention &m : e.mentions)
            if (m.start < 0 || m.end > text.size() || m.start >= m.end)
                return false;
    return true;
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestEntityExtractor : public QObject
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

    QList<Entity> rules(const QString &text, const QString &published = u"2016-03-24"_s) const
    {
        return EntityExtractor().extract(text, {published, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto extractor = EntityExtractor::loadDefault();
        QVERIFY2(extractor.ok(), qPrintable(extractor.ok() ? QString() : extractor.error().message));
        m_extractor = std::move(extractor).value();
        auto article = Cleaner::clean(GlossTest::readAll(GlossTest::samplePath()), u"palmyra.txt"_s);
        QVERIFY(article.ok());
        m_article = article.value();
        m_text = m_article.text;
        QCOMPARE(m_article.published.left(10), u"2016-03-24"_s);
        m_entities = m_extractor->extract(m_article);
        QVERIFY(mentionsValid(m_entities, m_text));
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

    // ---- small fixtures ----

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("value");
        const QString thursday = u"2016-03-24"_s; // a Thursday
        QTest::newRow("nominal: weekday is the article's day")
            << u"Troops entered the town on Thursday."_s << thursday << u"Thursday"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: weekday within the past six days")
            << u"The talks began on Monday."_s << thursday << u"Monday"_s << u"2016-03-21"_s;
        QTest::newRow("nominal: Friday is last week's")
            << u"He spoke Friday."_s << thursday << u"Friday"_s << u"2016-03-18"_s;
        QTest::newRow("nominal: weekday in the future")
            << u"The talks will resume on Monday."_s << thursday << u"Monday"_s << u"2016-03-28"_s;
        QTest::newRow("nominal: last Thursday")
            << u"It fell last Thursday."_s << thursday << u"last Thursday"_s << u"2016-03-17"_s;
        QTest::newRow("nominal: next Monday")
            << u"They meet next Monday."_s << thursday << u"next Monday"_s << u"2016-03-28"_s;
        QTest::newRow("nominal: midday Thursday")
            << u"By midday Thursday it was over."_s << thursday << u"midday Thursday"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: Thursday night")
            << u"Shelling resumed Thursday night."_s << thursday << u"Thursday night"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: month day, year") << u"A photo released August 25, 2015, shows it."_s
                                                  << thursday << u"August 25, 2015"_s << u"2015-08-25"_s;
        QTest::newRow("nominal: day month year") << u"It opened on 25 December 2015 in Rome."_s << thursday
                                                 << u"25 December 2015"_s << u"2015-12-25"_s;
        QTest::newRow("nominal: abbreviated month, no year")
            << u"It was signed on Feb. 27 in Geneva."_s << thursday << u"Feb. 27"_s << u"2016-02-27"_s;
        QTest::newRow("nominal: month and year")
            << u"Russia intervened in September 2015."_s << thursday << u"September 2015"_s << u"2015-09"_s;
        QTest::newRow("nominal: in March")
            << u"The ceasefire began in March."_s << thursday << u"March"_s << u"2016-03"_s;
        QTest::newRow("nominal: in August is last year's")
            << u"The temple was destroyed in August."_s << thursday << u"August"_s << u"2015-08"_s;
        QTest::newRow("nominal: a year") << u"The town fell in 2015."_s << thursday << u"2015"_s << u"2015"_s;
        QTest::newRow("nominal: yesterday")
            << u"He said so yesterday."_s << thursday << u"yesterday"_s << u"2016-03-23"_s;
        QTest::newRow("nominal: today")
            << u"Talks resume today."_s << thursday << u"today"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: tomorrow")
            << u"Talks resume tomorrow."_s << thursday << u"tomorrow"_s << u"2016-03-25"_s;
        QTest::newRow("nominal: two days ago")
            << u"It fell two days ago."_s << thursday << u"two days ago"_s << u"2016-03-22"_s;
        QTest::newRow("nominal: a week ago")
            << u"It fell a week ago."_s << thursday << u"a week ago"_s << u"2016-W11"_s;
        QTest::newRow("nominal: last week")
            << u"Putin last week announced a withdrawal."_s << thursday << u"last week"_s << u"2016-W11"_s;
        QTest::newRow("nominal: next week")
            << u"Talks resume next week."_s << thursday << u"next week"_s << u"2016-W13"_s;
        QTest::newRow("nominal: last month")
            << u"It began last month."_s << thursday << u"last month"_s << u"2016-02"_s;
        QTest::newRow("nominal: last year")
            << u"It began last year."_s << thursday << u"last year"_s << u"2015"_s;
        QTest::newRow("nominal: ISO date")
            << u"Updated 2016-03-01 at noon."_s << thursday << u"2016-03-01"_s << u"2016-03-01"_s;
        QTest::newRow("nominal: ISO week across a year")
            << u"It began last week."_s << u"2016-01-06"_s << u"last week"_s << u"2015-W53"_s;
        QTest::newRow("nominal: date-time published")
            << u"He left on Monday."_s << u"2016-03-24T10:00:00Z"_s << u"Monday"_s << u"2016-03-21"_s;
        QTest::newRow("nominal: no article date")
            << u"He left on Monday."_s << QString() << u"Monday"_s << QString();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, words);
        QFETCH(QString, value);
        const QList<Entity> entities = rules(text, published);
        QList<Entity> dates;
        for (const Entity &e : entities)
            if (e.type == Type::Date)
                dates << e;
        QCOMPARE(dates.size(), 1);
        const Entity &d = dates.first();
        QCOMPARE(d.value, value);
        QCOMPARE(d.name, value.isEmpty() ? words.toLower() : value);
        QCOMPARE(d.mentions.size(), 1);
        QCOMPARE(d.mentions.first().start, text.indexOf(words));
        QCOMPARE(mentionText(text, d.mentions.first()), words);
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: may the verb") << u"They may leave soon, and march on."_s;
        QTest::newRow("nominal: a count") << u"Some 2000 soldiers and 1999 tanks."_s;
        QTest::newRow("nominal: resolution number") << u"UN resolution 2254 is binding."_s;
        QTest::newRow("nominal: a name") << u"Jan Egeland said the talks matter."_s;
        QTest::newRow("nominal: a compound age") << u"The 2,000-year-old temple."_s;
    }

    void notDates()
    {
        QFETCH(QString, text);
        for (const Entity &e : rules(text))
            QVERIFY2(e.type != Type::Date, qPrintable(e.name));
    }

    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // name|value|unit|words
        QTest::newRow("nominal: a measure") << u"The army is 300 meters from the town."_s
                                            << QStringList {u"300 meters|300|meters|300 meters"_s};
        QTest::newRow("nominal: partitive")
            << u"Only some 15,000 of Palmyra's 70,000 residents stayed."_s
            << QStringList {u"15,000 residents|15000|residents|15,000"_s,
                            u"70,000 residents|70000|residents|70,000 residents"_s};
        QTest::newRow("nominal: partitive with the") << u"About 200 of the prisoners were freed."_s
                                                     << QStringList {u"200 prisoners|200|prisoners|200"_s};
        QTest::newRow("nominal: compound")
            << u"The 2,000-year-old temple and a 15-meter wall."_s
            << QStringList {u"2,000 years|2000|years|2,000-year-old"_s, u"15 meters|15|meters|15-meter"_s};
        QTest::newRow("nominal: more than")
            << u"More than 3,000 people fled, at least 12 died."_s
            << QStringList {u"more than 3,000 people|3000|people|More than 3,000 people"_s,
                            u"at least 12|12||at least 12"_s};
        QTest::newRow("nominal: percent")
            << u"Turnout was 40 percent, up from 35% and 30 per cent."_s
            << QStringList {u"40 percent|40|percent|40 percent"_s, u"35 percent|35|percent|35%"_s,
                            u"30 percent|30|percent|30 per cent"_s};
        QTest::newRow("nominal: money") << u"Aid of $5 million and 3 billion euros was pledged."_s
                                        << QStringList {u"$5 million|5000000|USD|$5 million"_s,
                                                        u"3 billion euros|3000000000|EUR|3 billion euros"_s};
        QTest::newRow("nominal: decimals and scale")
            << u"A loan of 1.5bn dollars and 2.5 million refugees."_s
            << QStringList {u"1.5bn dollars|1500000000|USD|1.5bn dollars"_s,
                            u"2.5 million refugees|2500000|refugees|2.5 million refugees"_s};
        QTest::newRow("nominal: spelled") << u"Three people died and two soldiers were hurt."_s
                                          << QStringList {u"Three people|3|people|Three people"_s,
                                                          u"two soldiers|2|soldiers|two soldiers"_s};
        QTest::newRow("nominal: adjective before the noun")
            << u"They took in 3,000 Syrian refugees."_s
            << QStringList {u"3,000 Syrian refugees|3000|refugees|3,000 Syrian refugees"_s};
        QTest::newRow("nominal: identifiers are not figures")
            << u"UN Security Council resolution 2254, flight 17, a Boeing 737 and article 5 at 10:30 on the 3rd day."_s
            << QStringList();
        QTest::newRow("nominal: years and dates are not figures")
            << u"In 2015, on August 25, 2015 and two days ago."_s << QStringList();
        QTest::newRow("nominal: a lone spelled number is not a figure")
            << u"The two met. One of them left."_s << QStringList();
        QTest::newRow("nominal: list markers") << u"1. Skip to content"_s << QStringList();
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QList<Entity> figures;
        for (const Entity &e : rules(text))
            if (e.type == Type::Figure)
                figures << e;
        QStringList found;
        for (const Entity &f : figures)
            found << u"%1|%2|%3|%4"_s.arg(f.name, f.value, f.unit, mentionText(text, f.mentions.value(0)));
        QCOMPARE(found, names);
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("via");
        QTest::newRow("nominal: pronoun, the most recent subject")
            << u"Defence Minister Sergei Shoigu visited the base on Monday. Putin met him later.\n\n"
               "\"Our mission is accomplished,\" he said."_s
            << u"Our mission is accomplished"_s << u"Sergei Shoigu"_s << u"said"_s << QString();
        QTest::newRow("nominal: before the quotation")
            << u"US Secretary of State John Kerry arrived in Moscow. Kerry said: \"The talks were frank and useful.\""_s
            << u"The talks were frank and useful."_s << u"John Kerry"_s << u"said"_s << QString();
        QTest::newRow("nominal: verb first")
            << u"Russian President Vladimir Putin spoke in Moscow.\n\n\"It is over now,\" said Putin."_s
            << u"It is over now"_s << u"Vladimir Putin"_s << u"said"_s << QString();
        QTest::newRow("nominal: according to")
            << u"\"Nobody can leave the town now\", according to a local official."_s
            << u"Nobody can leave the town now"_s << u"a local official"_s << u"according to"_s << QString();
        QTest::newRow("nominal: curly quotes, via an agency")
            << u"“The army is very close to the town,” a military source told the Reuters news agency."_s
            << u"The army is very close to the town"_s << u"a military source"_s << u"told"_s << u"Reuters"_s;
        QTest::newRow("nominal: the spokeswoman")
            << u"Bassma Kodmani, a spokeswoman for the opposition, spoke in Geneva.\n\n"
               "\"We want a transition,\" the spokeswoman added."_s
            << u"We want a transition"_s << u"Bassma Kodmani"_s << u"added"_s << QString();
        QTest::newRow("nominal: a continued quotation")
            << u"\"We are ready,\" Kodmani said.\n\n\"The regime must now show that it is serious about the talks.\""_s
            << u"The regime must now show that it is serious about the talks."_s << u"Kodmani"_s << u"said"_s
            << QString();
        QTest::newRow("nominal: noted")
            << u"\"The talks are sluggish,\" the spokeswoman noted."_s << u"The talks are sluggish"_s
            << u"the spokeswoman"_s << u"noted"_s << QString();
    }

    void quotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, verb);
        QFETCH(QString, via);
        const QList<Entity> entities = m_extractor->extract(text, {u"2016-03-24"_s, {}});
        const Entity *q = findEntity(entities, Type::Quote, quote);
        QVERIFY2(q, qPrintable(namesOf(entities, Type::Quote).join(u" | "_s)));
        QCOMPARE(q->speaker, speaker);
        QCOMPARE(q->verb, verb);
        QCOMPARE(q->via, via);
        QCOMPARE(mentionText(text, q->mentions.first()), quote);
        if (!via.isEmpty())
            QVERIFY(findEntity(entities, Type::Organisation, via)->source);
        if (const Entity *person = findEntity(entities, Type::Person, speaker))
            QCOMPARE(q->speakerId, person->id);
    }

    void notQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: scare quotes") << u"He called them \"terrorists\" and \"thugs\"."_s;
        QTest::newRow("nominal: a short phrase without attribution")
            << u"The so-called \"peace plan\" failed."_s;
        QTest::newRow("nominal: apostrophes") << u"Syria’s war, the town’s edge and don’t."_s;
    }

    void notQuotes()
    {
        QFETCH(QString, text);
        for (const Entity &e : rules(text))
            QVERIFY2(e.type != Type::Quote, qPrintable(e.name));
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("nominal: surname and particle")
            << u"Syrian President Bashar al-Assad's forces advanced. Assad loyalists cheered, and al-Assad "
               "thanked his allies."_s
            << int(Type::Person) << u"Bashar al-Assad"_s << u"Syrian President"_s
            << QStringList {u"Bashar al-Assad"_s, u"Assad"_s, u"al-Assad"_s};
        QTest::newRow("nominal: title split off")
            << u"US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov. Kerry's aides "
               "stayed."_s
            << int(Type::Person) << u"John Kerry"_s << u"US Secretary of State"_s
            << QStringList {u"John Kerry"_s, u"Kerry"_s};
        QTest::newRow("nominal: lower-case role")
            << u"Observatory director Rami Abdel Rahman said the town was empty. Abdel Rahman added more."_s
            << int(Type::Person) << u"Rami Abdel Rahman"_s << u"Observatory director"_s
            << QStringList {u"Rami Abdel Rahman"_s, u"Abdel Rahman"_s};
        QTest::newRow("nominal: acronym")
            << u"The High Negotiations Committee (HNC) met in Geneva. The HNC said it would stay."_s
            << int(Type::Organisation) << u"High Negotiations Committee"_s << QString()
            << QStringList {u"High Negotiations Committee"_s, u"HNC"_s, u"HNC"_s};
        QTest::newRow("nominal: organisation keyword joins the run")
            << u"The Britain-based Syrian Observatory for Human Rights said on Monday that the Observatory "
               "counted 40 dead."_s
            << int(Type::Organisation) << u"Syrian Observatory for Human Rights"_s << QString()
            << QStringList {u"Syrian Observatory for Human Rights"_s, u"Observatory"_s};
    }

    void aliases()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QStringList, mentions);
        const QList<Entity> entities = m_extractor->extract(text, {u"2016-03-24"_s, {}});
        const Entity *e = findEntity(entities, Type(type), name);
        QVERIFY2(e, qPrintable(namesOf(entities, Type(type)).join(u", "_s)));
        QCOMPARE(e->role, role);
        QStringList found;
        for (const Mention &m : e->mentions)
            found << mentionText(text, m);
        QCOMPARE(found, mentions);
        // Nothing else of that type carries one of its names.
        for (const Entity &other : entities)
            if (&other != e && other.type == e->type)
                QVERIFY2(!mentions.contains(other.name), qPrintable(other.name));
    }

    // ---- corrections ----

    void corrections_apply()
    {
        QList<Entity> entities = m_entities;
        EntityCorrections corrections;
        const qsizetype syria = m_text.indexOf(u"criminals of Syria"_s) + 13;
        corrections.corrections << EntityCorrection::rename(u"person:bashar-al-assad"_s,
                                                            u"Bashar Hafez al-Assad"_s)
                                << EntityCorrection::merge(u"other:geneva-iii"_s, u"place:geneva"_s)
                                << EntityCorrection::changeType(u"place:baalshamin"_s, Type::Other)
                                << EntityCorrection::setRole(u"place:baalshamin"_s, u"temple"_s)
                                << EntityCorrection::remove(u"organisation:syrian-state-tv"_s)
                                << EntityCorrection::split(u"place:syria"_s, m_text, syria, syria + 5)
                                << EntityCorrection::add(Type::Organisation, m_text,
                                                         m_text.indexOf(u"Saudi"_s),
                                                         m_text.indexOf(u"Saudi"_s) + 5, u"Saudi Arabia"_s)
                                << EntityCorrection::remove(u"person:nobody"_s);
        QCOMPARE(corrections.apply(entities, m_text), 1); // the last one no longer applies

        const Entity *assad = findEntity(entities, Type::Person, u"Bashar Hafez al-Assad"_s);
        QVERIFY(assad);
        QCOMPARE(assad->id, u"person:bashar-al-assad"_s); // ids stay: corrections refer to them
        QVERIFY(assad->aliases.contains(u"Bashar al-Assad"_s));
        const Entity *geneva = findEntity(entities, Type::Place, u"Geneva"_s);
        QCOMPARE(geneva->mentions.size(), 4);
        QVERIFY(geneva->aliases.contains(u"Geneva III"_s));
        QVERIFY(!findEntity(entities, Type::Other, u"Geneva III"_s));
        const Entity *temple = findEntity(entities, Type::Other, u"Baalshamin"_s);
        QVERIFY(temple);
        QCOMPARE(temple->role, u"temple"_s);
        QVERIFY(!findEntity(entities, Type::Organisation, u"Syrian state TV"_s));
        QCOMPARE(findEntity(entities, Type::Place, u"Syria"_s)->mentions.size(), 5);
        QVERIFY(findEntity(entities, Type::Place, u"Syria"_s) != nullptr);
        // The split mention became its own entity of the same type and words.
        int syrias = 0;
        for (const Entity &e : entities)
            syrias += e.type == Type::Place && e.name == u"Syria"_s;
        QCOMPARE(syrias, 2);
        const Entity *saudi = findEntity(entities, Type::Organisation, u"Saudi Arabia"_s);
        QVERIFY(saudi);
        QCOMPARE(mentionText(m_text, saudi->mentions.first()), u"Saudi"_s);
        // Quotes follow their speaker's new name.
        for (const Entity &e : entities)
            if (e.type == Type::Quote && e.speakerId == u"person:bashar-al-assad"_s)
                QCOMPARE(e.speaker, u"Bashar Hafez al-Assad"_s);
        QVERIFY(mentionsValid(entities, m_text));
    }

    void corrections_mergeRelinksSpeakers()
    {
        QList<Entity> entities = m_entities;
        EntityCorrections corrections;
        corrections.corrections << EntityCorrection::merge(u"person:john-kerry"_s, u"person:sergei-lavrov"_s);
        QCOMPARE(corrections.apply(entities, m_text), 0);
        QVERIFY(!findEntity(entities, Type::Person, u"John Kerry"_s));
        bool found = false;
        for (const Entity &e : entities)
            if (e.type == Type::Quote && e.verb == u"told"_s && e.speakerId == u"person:sergei-lavrov"_s) {
                QCOMPARE(e.speaker, u"Sergei Lavrov"_s);
                found = true;
            }
        QVERIFY(found);
    }

    void corrections_json()
    {
        EntityCorrections corrections;
        corrections.corrections << EntityCorrection::rename(u"person:a"_s, u"B"_s)
                                << EntityCorrection::merge(u"person:a"_s, u"person:b"_s)
                                << EntityCorrection::split(u"place:x"_s, u"in Xland now"_s, 3, 8)
                                << EntityCorrection::changeType(u"place:x"_s, Type::Organisation)
                                << EntityCorrection::setRole(u"person:b"_s, QString())
                                << EntityCorrection::remove(u"other:y"_s)
                                << EntityCorrection::add(Type::Person, u"Mr Zed spoke"_s, 3, 6,
                                                         u"Zed Zedson"_s);
        corrections.corrections.first().unknown.insert("fromTheFuture"_L1, 1);
        corrections.unknown.insert("note"_L1, u"kept"_s);
        const QJsonObject json = corrections.toJson();
        QCOMPARE(json.value("schemaVersion"_L1).toInt(), 1);
        auto back = EntityCorrections::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), corrections);
        QCOMPARE(back.value().toJson(), json);

        QVERIFY(!EntityCorrections::fromJson(QJsonObject {}).ok());
        QVERIFY(!EntityCorrections::fromJson(
                     QJsonObject {{"schemaVersion"_L1, 2}, {"corrections"_L1, QJsonArray {}}})
                     .ok());
        QVERIFY(!EntityCorrections::fromJson(
                     QJsonObject {{"schemaVersion"_L1, 1},
                                  {"corrections"_L1, QJsonArray {QJsonObject {{"op"_L1, u"explode"_s}}}}})
                     .ok());
        QVERIFY(!EntityCorrections::fromJson(
                     QJsonObject {
                         {"schemaVersion"_L1, 1},
                         {"corrections"_L1,
                          QJsonArray {QJsonObject {{"op"_L1, u"merge"_s}, {"entity"_L1, u"person:a"_s}}}}})
                     .ok());
        QVERIFY(
            !EntityCorrections::fromJson(QJsonObject {{"schemaVersion"_L1, 1},
                                                      {"corrections"_L1,
                                                       QJsonArray {QJsonObject {{"op"_L1, u"changeType"_s},
                                                                                {"entity"_L1, u"person:a"_s},
                                                                                {"type"_L1, u"alien"_s}}}}})
                 .ok());
    }

    void corrections_surviveReanalysis()
    {
        // The article is cleaned anew with a paragraph more at the top: the
        // corrections find their entities and spans again.
        EntityCorrections corrections;
        const qsizetype saudi = m_text.indexOf(u"Saudi"_s);
        corrections.corrections << EntityCorrection::add(Type::Place, m_text, saudi, saudi + 5,
                                                         u"Saudi Arabia"_s)
                                << EntityCorrection::rename(u"place:palmyra"_s, u"Palmyra (Tadmur)"_s)
                                << EntityCorrection::changeType(u"place:baalshamin"_s, Type::Other);
        auto reloaded = EntityCorrections::fromJson(
            QJsonDocument::fromJson(QJsonDocument(corrections.toJson()).toJson()).object());
        QVERIFY(reloaded.ok());

        QList<Entity> first = m_extractor->extract(m_article);
        QCOMPARE(reloaded.value().apply(first, m_text), 0);

        Article changed = m_article;
        Block lead;
        lead.text = u"Editor's note: updated with the HNC's reaction."_s;
        changed.blocks.prepend(lead);
        changed.rebuildText();
        QList<Entity> second = m_extractor->extract(changed);
        QCOMPARE(reloaded.value().apply(second, changed.text), 0);
        const Entity *saudiArabia = findEntity(second, Type::Place, u"Saudi Arabia"_s);
        QVERIFY(saudiArabia);
        QCOMPARE(mentionText(changed.text, saudiArabia->mentions.first()), u"Saudi"_s);
        QVERIFY(findEntity(second, Type::Place, u"Palmyra (Tadmur)"_s));
        QCOMPARE(findEntity(second, Type::Place, u"Palmyra (Tadmur)"_s)->mentions.size(), 8);
        QVERIFY(findEntity(second, Type::Other, u"Baalshamin"_s));
        QVERIFY(mentionsValid(second, changed.text));
    }

    void corrections_document()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LibraryStore store(dir.filePath(u"library"_s));
        const QString id =
            store.import(GlossTest::readAll(GlossTest::samplePath()), u"palmyra.txt"_s).value();
        const QString path = store.articleDir(id) + u"/entities.json"_s;
        {
            Document document(&store);
            QVERIFY(document.open(id).ok());
            QVERIFY(document.entityCorrectionsError().isEmpty());
            QVERIFY(document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            document.addEntityCorrection(
                EntityCorrection::rename(u"person:john-kerry"_s, u"John F. Kerry"_s));
            QCOMPARE(
                document.entities()->entityAt(document.entities()->indexOf(u"person:john-kerry"_s))->name,
                u"John F. Kerry"_s);
            QVERIFY(!QFile::exists(path)); // debounced
            QSignalSpy saved(&document, &Document::saved);
            QVERIFY(saved.wait(5000));
            QVERIFY(QFile::exists(path));
        }
        {
            Document document(&store);
            QVERIFY(document.open(id).ok());
            QCOMPARE(document.entityCorrections().corrections.size(), 1);
            QCOMPARE(
                document.entities()->entityAt(document.entities()->indexOf(u"person:john-kerry"_s))->name,
                u"John F. Kerry"_s);
            // Re-analysis after the text changed keeps the correction.
            Article changed = document.article();
            changed.blocks.last().text += u" Kerry left Moscow."_s;
            changed.rebuildText();
            QVERIFY(document.replaceArticle(changed).ok());
            const Entity *kerry =
                document.entities()->entityAt(document.entities()->indexOf(u"person:john-kerry"_s));
            QCOMPARE(kerry->name, u"John F. Kerry"_s);
            QCOMPARE(kerry->mentions.size(), 4);
            QCOMPARE(document.staleEntityCorrections(), 0);
        }
        // A file that does not parse is reported and never written over.
        const QByteArray broken = "{\"schemaVersion\": 1, \"corrections\": [";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(broken);
        }
        {
            Document document(&store);
            QVERIFY(document.open(id).ok());
            QVERIFY(!document.entityCorrectionsError().isEmpty());
            QVERIFY(document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            QSignalSpy failed(&document, &Document::saveFailed);
            document.addEntityCorrection(EntityCorrection::remove(u"person:john-kerry"_s));
            QVERIFY(!document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            document.flush();
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.first().first().toString().contains(u"entities.json"_s));
        }
        QCOMPARE(GlossTest::readAll(path), broken);
    }

    // ---- bounded time, bad input ----

    void performance()
    {
        // A 10,000-word article: the sample's paragraphs again and again.
        Article big = m_article;
        QList<Block> blocks;
        for (qsizetype count = 0; count < 10000; count += m_text.split(u' ', Qt::SkipEmptyParts).size())
            blocks << m_article.blocks;
        big.blocks = blocks;
        big.rebuildText();
        const qsizetype words = big.text.split(u' ', Qt::SkipEmptyParts).size();
        QVERIFY2(words >= 10000, qPrintable(QString::number(words)));
        qint64 best = std::numeric_limits<qint64>::max();
        QList<Entity> entities;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            entities = m_extractor->extract(big);
            best = qMin(best, timer.nsecsElapsed());
        }
        qInfo("extraction of %lld words: %.1f ms", qlonglong(words), double(best) / 1e6);
        QVERIFY2(best < 100'000'000, qPrintable(u"%1 ms"_s.arg(double(best) / 1e6)));
        QVERIFY(findEntity(entities, Type::Person, u"John Kerry"_s));
        QVERIFY(mentionsValid(entities, big.text));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QString random;
        QRandomGenerator generator(7);
        for (int k = 0; k < 200000; ++k)
            random += QChar(char16_t(generator.bounded(0x20, 0x3000)));
        QString surrogates = u"\"Who?\" he said. "_s;
        surrogates += QChar(0xD800);
        surrogates += u" 𝐀𝐁 "_s + QChar(0xDC00) + u"“"_s;
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: one letter") << u"A"_s;
        QTest::newRow("robustness: no spaces") << QString(u'A').repeated(1000000);
        QTest::newRow("robustness: digits without spaces") << u"1,000"_s.repeated(100000);
        QTest::newRow("robustness: all caps")
            << u"BREAKING: PRESIDENT SAYS \"WE WILL WIN\" ON MONDAY. "_s.repeated(5000);
        QTest::newRow("robustness: mixed scripts")
            << u"Kerry met Лавров and بشار الأسد in 東京 on Monday; “Хорошо,” he said. 3 000 людей."_s
                   .repeated(2000);
        QTest::newRow("robustness: quotes only") << QString(u'"').repeated(100000);
        QTest::newRow("robustness: open quotes") << u"“ “ « „ ‘ "_s.repeated(20000);
        QTest::newRow("robustness: parentheses and numbers")
            << u"( ( ( 1 2 3 ) ) ) of of of $ $ % 5bn -- The The The "_s.repeated(10000);
        QTest::newRow("robustness: titles only")
            << u"President Minister Secretary of State "_s.repeated(20000);
        QTest::newRow("robustness: random characters") << random;
        QTest::newRow("robustness: lone surrogates") << surrogates;
        QString big;
        const QString paragraph = m_text + u"\n\n"_s;
        while (big.size() < 10 * 1024 * 1024)
            big += paragraph;
        QTest::newRow("robustness: 10 MB of text") << big;
    }

    void badInput()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QList<Entity> entities = m_extractor->extract(text, {u"2016-03-24"_s, {u"AFP"_s}});
        const qint64 ms = timer.elapsed();
        qInfo("%lld characters: %lld entities in %lld ms", qlonglong(text.size()), qlonglong(entities.size()),
              qlonglong(ms));
        QVERIFY(mentionsValid(entities, text));
        QVERIFY2(ms < 30000, qPrintable(QString::number(ms)));
        // Corrections on bad input stay bounded too.
        EntityCorrections corrections;
        corrections.corrections << EntityCorrection::add(Type::Other, text, 0,
                                                         qMin(text.size(), qsizetype(1)));
        QList<Entity> corrected = entities;
        corrections.apply(corrected, text);
        QVERIFY(mentionsValid(corrected, text));
    }

    void withoutTagger()
    {
        // Without a model: dates, figures and quotes still come, names do not.
        const QList<Entity> entities = EntityExtractor().extract(m_article);
        QCOMPARE(namesOf(entities, Type::Person), QStringList());
        QCOMPARE(namesOf(entities, Type::Date).size(), 3);
        QCOMPARE(namesOf(entities, Type::Quote).size(), 5);
        QVERIFY(!EntityExtractor().hasTagger());
        QVERIFY(EntityExtractor::shared().hasTagger());
        QVERIFY(EntityExtractor::sharedError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
