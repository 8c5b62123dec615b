// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "entities/nerevaluation.h"
#include "entities/nerfeatures.h"
#include "entities/nermodel.h"
#include "entities/nertagger.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestNerTagger : public QObject
{
    Q_OBJECT

    std::optional<NerTagger> m_tagger;
    QByteArray m_modelBytes;
    QString m_text;
    QList<TaggedSpan> m_spans;
    QTemporaryDir m_dir;

    QString spanText(const TaggedSpan &s) const { return m_text.mid(s.start, s.end - s.start); }

    QString writeModel(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto tagger = NerTagger::loadDefault();
        QVERIFY2(tagger.ok(), qPrintable(tagger.ok() ? QString() : tagger.error().message));
        m_tagger = tagger.value();
        m_modelBytes = GlossTest::readAll(QStringLiteral(GLOSS_SOURCE_DIR "/resources/models/ner-en.model"));
        QVERIFY(!m_modelBytes.isEmpty());
        QVERIFY2(m_modelBytes.size() <= 10 * 1024 * 1024, "the shipped model must stay within 10 MB");
        auto article = Cleaner::clean(GlossTest::readAll(GlossTest::samplePath()), u"palmyra.txt"_s);
        QVERIFY(article.ok());
        m_text = article.value().text;
        m_spans = m_tagger->tag(m_text);
    }

    void nominal_seedEntities_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        const int per = int(Entity::Type::Person), org = int(Entity::Type::Organisation),
                  loc = int(Entity::Type::Place);
        for (const char16_t *name : {u"Bashar al-Assad", u"John Kerry", u"Vladimir Putin", u"Sergei Lavrov",
                                     u"Bassma Kodmani", u"Rami Abdel Rahman", u"Radovan Karadzic"})
            QTest::addRow("nominal: %s", qPrintable(QString::fromUtf16(name)))
                << QString::fromUtf16(name) << per;
        for (const char16_t *name :
             {u"Syrian Observatory for Human Rights", u"High Negotiations Committee", u"AFP", u"UNESCO"})
            QTest::addRow("nominal: %s", qPrintable(QString::fromUtf16(name)))
                << QString::fromUtf16(name) << org;
        for (const char16_t *name : {u"Palmyra", u"Syria", u"Moscow", u"Geneva"})
            QTest::addRow("nominal: %s", qPrintable(QString::fromUtf16(name)))
                << QString::fromUtf16(name) << loc;
    }

    void nominal_seedEntities()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QStringList found;
        bool match = false;
        for (const TaggedSpan &s : std::as_const(m_spans)) {
            if (spanText(s) == name && int(s.type) == type)
                match = true;
            if (spanText(s).contains(name) || name.contains(spanText(s)))
                found << u"%1 (%2)"_s.arg(spanText(s), Entity::typeName(s.type));
        }
        // Known gaps of the shipped model (docs/entities.md): names unlike anything in
        // the 1996 Reuters training data. A retrained model that gets them right
        // shows up here as XPASS: then drop the name from this list.
        static const QHash<QString, const char *> knownGaps {
            {u"Bashar al-Assad"_s,
             "the particle 'al-' is rare in the training data: the name runs on "
             "into \"'s forces\""},
            {u"Syrian Observatory for Human Rights"_s, "tagged 'Syrian' MISC + 'Human Rights' ORG"},
            {u"Palmyra"_s, "unknown word, first read as a person and the document memory keeps that"}};
        if (knownGaps.contains(name))
            QEXPECT_FAIL("", knownGaps.value(name), Continue);
        QVERIFY2(match,
                 qPrintable(u"%1 not tagged as %2; near: %3"_s.arg(name, Entity::typeName(Entity::Type(type)),
                                                                   found.join(u", "_s))));
    }

    void nominal_seedNoJunk()
    {
        for (const TaggedSpan &s : std::as_const(m_spans)) {
            const QString text = spanText(s);
            QVERIFY2(!text.contains(u"Skip"_s) && !text.contains(u"Meanwhile"_s), qPrintable(text));
            QVERIFY(s.start >= 0 && s.start < s.end && s.end <= m_text.size());
        }
    }

    void nominal_spansInOrder()
    {
        for (qsizetype k = 1; k < m_spans.size(); ++k)
            QVERIFY(m_spans.at(k - 1).end <= m_spans.at(k).start);
    }

    void nominal_tagSentences()
    {
        const QList<QStringList> tags = m_tagger->tagSentences(
            {{u"John"_s, u"Kerry"_s, u"met"_s, u"Vladimir"_s, u"Putin"_s, u"in"_s, u"Moscow"_s, u"."_s}, {}});
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0),
                 (QStringList {u"B-PER"_s, u"I-PER"_s, u"O"_s, u"B-PER"_s, u"I-PER"_s, u"O"_s, u"B-LOC"_s,
                               u"O"_s}));
        QVERIFY(tags.at(1).isEmpty());
    }

    void nominal_description() { QVERIFY(m_tagger->description().contains(u"perceptron"_s)); }

    void nominal_evaluation()
    {
        NerEvaluation e;
        e.addSentence({u"B-PER"_s, u"I-PER"_s, u"O"_s, u"B-LOC"_s},
                      {u"B-PER"_s, u"I-PER"_s, u"O"_s, u"B-ORG"_s});
        e.addSentence({u"B-ORG"_s, u"I-ORG"_s}, {u"B-ORG"_s, u"O"_s});
        QCOMPARE(e.counts().gold, 3);
        QCOMPARE(e.counts().predicted, 3);
        QCOMPARE(e.counts().correct, 1);
        QCOMPARE(e.counts({u"PER"_s}).f1(), 1.0);
        QVERIFY(e.report().contains(u"PER/ORG/LOC"_s));
        // IOB1: I- after O starts a name.
        NerEvaluation iob1;
        iob1.addSentence({u"I-PER"_s, u"I-PER"_s}, {u"B-PER"_s, u"I-PER"_s});
        QCOMPARE(iob1.counts().correct, 1);
    }

    void nominal_readConll()
    {
        const QList<ConllDocument> docs = readConll("-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects O\n\n"
                                                    "-DOCSTART-\tO\n\nPeter\tB-PER\n");
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs.at(0).words.at(0), (QStringList {u"EU"_s, u"rejects"_s}));
        QCOMPARE(docs.at(0).tags.at(0), (QStringList {u"B-ORG"_s, u"O"_s}));
        QCOMPARE(docs.at(1).tags.at(0), QStringList {u"B-PER"_s});
    }

    void nominal_bilou()
    {
        const QStringList iob {u"B-PER"_s, u"I-PER"_s, u"O"_s, u"B-LOC"_s, u"B-LOC"_s, u"I-MISC"_s};
        const std::vector<int> labels = Ner::fromIob(iob);
        QCOMPARE(labels.at(0), Ner::label(Ner::Type::Person, Ner::Position::Begin));
        QCOMPARE(labels.at(1), Ner::label(Ner::Type::Person, Ner::Position::Last));
        QCOMPARE(labels.at(3), Ner::label(Ner::Type::Location, Ner::Position::Unit));
        QCOMPARE(Ner::toIob2(labels), iob.mid(0, 5) + QStringList {u"B-MISC"_s});
        QVERIFY(!Ner::allowed(labels.at(0), Ner::Outside, false));
        QVERIFY(!Ner::allowed(Ner::Outside, labels.at(0), true));
    }

    void nominal_loadErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QByteArray wrongMagic = m_modelBytes;
        wrongMagic[0] = 'X';
        QByteArray flipped = m_modelBytes;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x40);
        QByteArray newer = m_modelBytes;
        newer[8] = char(99);
        QByteArray random(100000, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("nominal: empty") << QByteArray() << u"shorter than the header"_s;
        QTest::newRow("nominal: truncated header") << m_modelBytes.left(20) << u"shorter than the header"_s;
        QTest::newRow("nominal: truncated") << m_modelBytes.left(m_modelBytes.size() - 1000) << u"payload"_s;
        QTest::newRow("nominal: wrong magic") << wrongMagic << u"wrong magic number"_s;
        QTest::newRow("nominal: flipped bit") << flipped << u"checksum mismatch"_s;
        QTest::newRow("nominal: newer format") << newer << u"format version 99"_s;
        QTest::newRow("nominal: random bytes") << random << u"wrong magic number"_s;
        QTest::newRow("nominal: random bytes after the version")
            << (m_modelBytes.left(12) + random) << u"damaged"_s;
    }

    void nominal_loadErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = writeModel(u"bad.model"_s, bytes);
        QVERIFY(!path.isEmpty());
        auto tagger = NerTagger::load(path);
        QVERIFY(!tagger.ok());
        QVERIFY2(tagger.error().message.contains(message), qPrintable(tagger.error().message));
        QVERIFY2(tagger.error().message.contains(path), qPrintable(tagger.error().message));
    }

    void nominal_missingModel()
    {
        auto tagger = NerTagger::load(m_dir.filePath(u"none.model"_s));
        QVERIFY(!tagger.ok());
        QCOMPARE(tagger.error().code, Error::Code::NotFound);
        QVERIFY(tagger.error().message.contains(u"none.model"_s));
    }

    void nominal_defaultPaths()
    {
        qputenv("GLOSS_MODEL_DIR", QFile::encodeName(m_dir.filePath(u"models"_s)));
        const QStringList paths = NerTagger::defaultModelPaths();
        qunsetenv("GLOSS_MODEL_DIR");
        QVERIFY(paths.size() >= 2);
        QCOMPARE(paths.first(), m_dir.filePath(u"models/ner-en.model"_s));
        QVERIFY(paths.last().endsWith(u"resources/models/ner-en.model"_s));
    }

    void nominal_modelRoundTrip()
    {
        Ner::Gazetteer gazetteer;
        QVERIFY(gazetteer.addCategory(u"city"_s, {u"New York"_s, u"Geneva"_s}));
        const std::vector<quint64> keys {3, 7};
        std::vector<float> weights(2 * Ner::LabelCount, 0.5F);
        weights[1] = -2.0F;
        const QByteArray bytes = Ner::Model::toBytes(u"test"_s, gazetteer, keys, weights);
        auto model = Ner::Model::fromBytes(bytes, u"mem"_s);
        QVERIFY(model.ok());
        QCOMPARE(model.value()->description(), u"test"_s);
        QCOMPARE(model.value()->rowCount(), 2);
        QCOMPARE(model.value()->gazetteer().categories(), QStringList {u"city"_s});
        float scores[Ner::LabelCount] = {};
        model.value()->score({3, 5}, scores);
        QCOMPARE(scores[1], -2.0F);
        QVERIFY(qAbs(scores[0] - 0.5F) < 1e-3F);
        // Keys out of order are refused.
        const QByteArray unordered = Ner::Model::toBytes(u"test"_s, gazetteer, {7, 3}, weights);
        QVERIFY(!Ner::Model::fromBytes(unordered, u"mem"_s).ok());
    }

    void nominal_gazetteer()
    {
        Ner::Gazetteer gazetteer;
        QVERIFY(gazetteer.addCategory(u"city"_s, {u"New York"_s, u"York"_s}));
        std::vector<quint64> hashes;
        for (QStringView w : {u"in", u"NEW", u"York", u"today"})
            hashes.push_back(Ner::hashText(w.toString().toLower()));
        std::vector<quint64> bits;
        gazetteer.match(hashes, {false, true, true, false}, bits);
        QCOMPARE(bits.at(0), 0ULL);
        QCOMPARE(bits.at(1), 1ULL); // B of category 0
        QCOMPARE(bits.at(2), (1ULL << 2) | (1ULL << 3)); // L of "New York", U of "York"
        QCOMPARE(bits.at(3), 0ULL);
    }

    void nominal_testaF1()
    {
        const QString path = QStringLiteral(GLOSS_SHARED_DATA_DIR "/ner/conll2003/testa.tsv");
        if (!QFileInfo::exists(path))
            QSKIP("../shared/data/ner is not available");
        const QList<ConllDocument> docs = readConll(GlossTest::readAll(path));
        NerEvaluation e;
        for (const ConllDocument &d : docs) {
            const QList<QStringList> tags = m_tagger->tagSentences(d.words);
            for (qsizetype s = 0; s < tags.size(); ++s)
                e.addSentence(d.tags.at(s), tags.at(s));
        }
        const double f1 = e.counts({u"PER"_s, u"ORG"_s, u"LOC"_s}).f1();
        qInfo().noquote() << e.report();
        QVERIFY2(e.tokens() > 50000, "testa should have 51,362 tokens");
        QVERIFY2(f1 >= 0.89, qPrintable(u"PER/ORG/LOC F1 %1 < 0.89"_s.arg(f1)));
    }

    void robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: whitespace") << u" \n\n\t "_s;
        QTest::newRow("robustness: 10 MB")
            << m_text.repeated(10 * 1024 * 1024 / qMax<qsizetype>(1, m_text.size()) / 2);
        QTest::newRow("robustness: no spaces") << u"BasharalAssad"_s.repeated(100000);
        QTest::newRow("robustness: all caps") << m_text.toUpper().repeated(50);
        QTest::newRow("robustness: mixed scripts")
            << u"Путин встретил Kerry в Москве; 习近平 visited Genève. بشار الأسد 😀 "_s.repeated(5000);
        QTest::newRow("robustness: punctuation") << u".,;:'\"!?()[]-–—…"_s.repeated(20000);
        QTest::newRow("robustness: lone surrogates") << (QString(1000, QChar(0xD800)) + u"Paris"_s);
        QTest::newRow("robustness: one long line of names") << u"John Smith "_s.repeated(200000);
    }

    void robustness()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QList<TaggedSpan> spans = m_tagger->tag(text);
        qsizetype last = 0;
        for (const TaggedSpan &s : spans) {
            QVERIFY(s.start >= last && s.start < s.end && s.end <= text.size());
            last = s.end;
        }
        QVERIFY2(timer.elapsed() < 60000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestNerTagger)
#include "tst_nertagger.moc"
