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
#include "workflow/workspace.h"

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

namespace {
// Tests guard against a hang, never measure speed (benchmarks do): two
// minutes, even for a sanitizer build on a busy machine.
constexpr qint64 HangGuardNs = 120'000'000'000;
} // namespace

using Type = Entity::Type;

/// EntityExtractor's quotations, aliases and corrections, performance and bad input.
class TestEntityQuotes : public QObject
{
    Q_OBJECT

    std::optional<EntityExtractor> m_extractor;
    Article m_article;
    QString m_text;
    QList<Entity> m_entities;

    QList<Entity> rules(const QString &text, const QString &published = u"2016-03-24"_s) const
    {
        return EntityExtractor().extract(text, {published, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = GlossTest::analyseSample(m_extractor, m_article, m_entities);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_text = m_article.text;
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
            Workspace workspace(store.root());
            Document &document = *workspace.document();
            QVERIFY(workspace.open(id).ok());
            QVERIFY(document.entityCorrectionsError().isEmpty());
            QVERIFY(document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            document.addEntityCorrection(
                EntityCorrection::rename(u"person:john-kerry"_s, u"John F. Kerry"_s));
            QCOMPARE(
                document.entities()->entityAt(document.entities()->indexOf(u"person:john-kerry"_s))->name,
                u"John F. Kerry"_s);
            QVERIFY(!QFile::exists(path)); // debounced
            QSignalSpy saved(&workspace, &Workspace::saved);
            QVERIFY(saved.wait(5000));
            QVERIFY(QFile::exists(path));
            // Undo takes the correction back (and saves that), redo makes it again.
            const auto kerryName = [&] {
                return document.entities()
                    ->entityAt(document.entities()->indexOf(u"person:john-kerry"_s))
                    ->name;
            };
            QCOMPARE(document.undoStack()->undoText(), u"Rename Entity"_s);
            document.undoStack()->undo();
            QCOMPARE(kerryName(), u"John Kerry"_s);
            QCOMPARE(document.entityCorrections().corrections.size(), 0);
            workspace.flush();
            QVERIFY(!GlossTest::readAll(path).contains("John F. Kerry"));
            document.undoStack()->redo();
            QCOMPARE(kerryName(), u"John F. Kerry"_s);
            QCOMPARE(document.entityCorrections().corrections.size(), 1);
        }
        {
            Workspace workspace(store.root());
            Document &document = *workspace.document();
            QVERIFY(workspace.open(id).ok());
            QCOMPARE(document.entityCorrections().corrections.size(), 1);
            QCOMPARE(
                document.entities()->entityAt(document.entities()->indexOf(u"person:john-kerry"_s))->name,
                u"John F. Kerry"_s);
            // Re-analysis after the text changed keeps the correction.
            Article changed = document.article();
            changed.blocks.last().text += u" Kerry left Moscow."_s;
            changed.rebuildText();
            QVERIFY(workspace.replaceArticle(document.id(), changed).ok());
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
            Workspace workspace(store.root());
            Document &document = *workspace.document();
            QVERIFY(workspace.open(id).ok());
            QVERIFY(!document.entityCorrectionsError().isEmpty());
            QVERIFY(document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            QSignalSpy failed(&workspace, &Workspace::saveFailed);
            document.addEntityCorrection(EntityCorrection::remove(u"person:john-kerry"_s));
            QVERIFY(!document.entities()->indexOf(u"person:john-kerry"_s).isValid());
            workspace.flush();
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.first().first().toString().contains(u"entities.json"_s));
        }
        QCOMPARE(GlossTest::readAll(path), broken);
    }

    // ---- bounded time, bad input ----

    void tenThousandWords_extracted()
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
        // A hang guard only: the speed is measured by tests/bench_nertagger.
        QVERIFY2(best < HangGuardNs, qPrintable(u"%1 ms"_s.arg(double(best) / 1e6)));
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
        QVERIFY2(ms * 1'000'000 < HangGuardNs, qPrintable(QString::number(ms)));
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

QTEST_GUILESS_MAIN(TestEntityQuotes)
#include "tst_entityquotes.moc"
