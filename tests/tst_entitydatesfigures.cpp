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

/// EntityExtractor's date and figure rules on small fixtures, without a tagger.
class TestEntityDatesFigures : public QObject
{
    Q_OBJECT

    QList<Entity> rules(const QString &text, const QString &published = u"2016-03-24"_s) const
    {
        return EntityExtractor().extract(text, {published, {}});
    }

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestEntityDatesFigures)
#include "tst_entitydatesfigures.moc"
