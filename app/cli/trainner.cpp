// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later

// gloss-train-ner: trains the named-entity tagger (docs/entities.md). Greedy
// averaged perceptron over BILOU labels, documents in a fixed pseudo-random
// order each epoch, so the same data and options give the same model file.
#include "core/jsonfile.h"
#include "entities/nerevaluation.h"
#include "entities/nermodel.h"
#include "entities/nertagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <unordered_map>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Document {
    ConllDocument conll;
    QList<QList<QStringView>> sentences;
    std::vector<std::vector<int>> gold;
};

// GUM marks some names with their possessive or article ("the US 's"); CoNLL
// never does. Both are cut off so that the corpora agree.
void harmonise(ConllDocument &d)
{
    for (qsizetype s = 0; s < d.tags.size(); ++s) {
        QStringList &tags = d.tags[s];
        const QStringList &words = d.words.at(s);
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QString &w = words.at(i);
            const bool possessive = (w == u"'s"_s || w == u"’s"_s) && tags.at(i).startsWith(u"I-"_s) &&
                (i + 1 == tags.size() || !tags.at(i + 1).startsWith(u"I-"_s));
            const bool article = (w == u"the"_s || w == u"The"_s) && tags.at(i).startsWith(u"B-"_s);
            if (possessive) {
                tags[i] = u"O"_s;
            } else if (article) {
                if (i + 1 < tags.size() && tags.at(i + 1).startsWith(u"I-"_s))
                    tags[i + 1].replace(0, 1, u"B"_s);
                tags[i] = u"O"_s;
            }
        }
    }
}

// Views into conll's strings: built once the document sits at its final address.
void index(Document &d)
{
    d.sentences.clear();
    d.gold.clear();
    for (qsizetype s = 0; s < d.conll.words.size(); ++s) {
        QList<QStringView> views;
        for (const QString &w : d.conll.words.at(s))
            views.append(w);
        d.sentences.append(views);
        d.gold.push_back(Ner::fromIob(d.conll.tags.at(s)));
    }
}

class Perceptron
{
public:
    void score(const std::vector<quint64> &features, float *scores) const
    {
        for (quint64 f : features) {
            const auto it = m_index.find(f);
            if (it == m_index.end())
                continue;
            const float *row = m_weights.data() + size_t(it->second) * Ner::LabelCount;
            for (int l = 0; l < Ner::LabelCount; ++l)
                scores[l] += row[l];
        }
    }

    void update(const std::vector<quint64> &features, int gold, int predicted)
    {
        for (quint64 f : features) {
            auto [it, inserted] = m_index.try_emplace(f, quint32(m_index.size()));
            if (inserted) {
                m_weights.resize(m_weights.size() + Ner::LabelCount, 0.0F);
                m_sums.resize(m_sums.size() + Ner::LabelCount, 0.0);
            }
            const size_t row = size_t(it->second) * Ner::LabelCount;
            m_weights[row + size_t(gold)] += 1.0F;
            m_sums[row + size_t(gold)] += double(m_clock);
            m_weights[row + size_t(predicted)] -= 1.0F;
            m_sums[row + size_t(predicted)] -= double(m_clock);
        }
    }

    void tick() { ++m_clock; }
    size_t size() const { return m_index.size(); }

    // Averaged weights, rows whose largest weight is below `prune` dropped,
    // keys sorted.
    void averaged(float prune, std::vector<quint64> &keys, std::vector<float> &weights) const
    {
        std::vector<std::pair<quint64, quint32>> rows(m_index.begin(), m_index.end());
        std::sort(rows.begin(), rows.end());
        keys.clear();
        weights.clear();
        const double c = double(m_clock);
        float row[Ner::LabelCount];
        for (const auto &[key, r] : rows) {
            float largest = 0;
            for (int l = 0; l < Ner::LabelCount; ++l) {
                const size_t k = size_t(r) * Ner::LabelCount + size_t(l);
                row[l] = float(double(m_weights[k]) - m_sums[k] / c);
                largest = std::max(largest, std::fabs(row[l]));
            }
            if (largest < prune || key == 0)
                continue;
            keys.push_back(key);
            weights.insert(weights.end(), row, row + Ner::LabelCount);
        }
    }

private:
    std::unordered_map<quint64, quint32> m_index;
    std::vector<float> m_weights;
    std::vector<double> m_sums; // sum of clock * update, for the average
    qint64 m_clock = 1;
};

Result<Ner::Gazetteer> readGazetteers(const QString &dir)
{
    Ner::Gazetteer gazetteer;
    if (dir.isEmpty())
        return gazetteer;
    const QFileInfoList files = QDir(dir).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        auto bytes = JsonFile::readBytes(file.filePath(), 64LL * 1024 * 1024);
        if (!bytes)
            return bytes.error();
        QStringList phrases;
        for (const QString &line : QString::fromUtf8(bytes.value()).split(u'\n')) {
            const QString phrase = line.trimmed();
            if (!phrase.isEmpty() && !phrase.startsWith(u'#'))
                phrases.append(phrase);
        }
        if (!gazetteer.addCategory(file.baseName(), phrases))
            return Error {Error::Code::TooLarge, u"too many gazetteer files in %1"_s.arg(dir)};
    }
    return gazetteer;
}

Result<QList<ConllDocument>> readData(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, 512LL * 1024 * 1024);
    if (!bytes)
        return bytes.error();
    return readConll(bytes.value());
}

NerEvaluation evaluate(const NerTagger &tagger, const QList<ConllDocument> &documents)
{
    NerEvaluation evaluation;
    for (const ConllDocument &d : documents) {
        const QList<QStringList> predicted = tagger.tagSentences(d.words);
        for (qsizetype s = 0; s < d.tags.size(); ++s)
            evaluation.addSentence(d.tags.at(s), predicted.at(s));
    }
    return evaluation;
}

// The evaluation and inspection modes: no training.
int useModel(const QString &modelPath, const QString &evaluatePath, const QString &textPath)
{
    QTextStream err(stderr);
    auto tagger = NerTagger::load(modelPath);
    if (!tagger) {
        err << tagger.error().message << Qt::endl;
        return 1;
    }
    if (!evaluatePath.isEmpty()) {
        auto data = readData(evaluatePath);
        if (!data) {
            err << data.error().message << Qt::endl;
            return 1;
        }
        out() << evaluate(tagger.value(), data.value()).report() << Qt::flush;
    }
    if (!textPath.isEmpty()) {
        auto bytes = JsonFile::readBytes(textPath, 64LL * 1024 * 1024);
        if (!bytes) {
            err << bytes.error().message << Qt::endl;
            return 1;
        }
        const QString text = QString::fromUtf8(bytes.value());
        for (const TaggedSpan &s : tagger.value().tag(text))
            out() << s.start << '\t' << s.end << '\t' << Entity::typeName(s.type) << '\t'
                  << text.mid(s.start, s.end - s.start) << '\n';
        out() << Qt::flush;
    }
    return 0;
}

// The command line of gloss-train-ner.
struct TrainOptions {
    const QCommandLineOption trainOption {u"train"_s, u"Training file (repeatable)."_s, u"FILE"_s};
    const QCommandLineOption devOption {u"dev"_s, u"Development file, scored after training."_s, u"FILE"_s};
    const QCommandLineOption gazetteerOption {u"gazetteers"_s, u"Folder of gazetteer lists (*.txt)."_s,
                                              u"DIR"_s};
    const QCommandLineOption epochsOption {u"epochs"_s, u"Passes over the data (default 12)."_s, u"N"_s,
                                           u"12"_s};
    const QCommandLineOption seedOption {u"seed"_s, u"Shuffling seed (default 1)."_s, u"N"_s, u"1"_s};
    const QCommandLineOption pruneOption {u"prune"_s, u"Drop rows whose largest weight is below X."_s, u"X"_s,
                                          u"0"_s};
    const QCommandLineOption runsOption {u"runs"_s, u"Training runs to average (default 1)."_s, u"N"_s,
                                         u"1"_s};
    const QCommandLineOption everyOption {u"dev-every-epoch"_s, u"Score the dev file after every epoch."_s};
    const QCommandLineOption outOption {u"out"_s, u"Model file to write."_s, u"FILE"_s};
    const QCommandLineOption modelOption {u"model"_s,
                                          u"Instead of training: the model to use with "
                                          u"--evaluate or --tag-text."_s,
                                          u"FILE"_s};
    const QCommandLineOption evaluateOption {u"evaluate"_s, u"Score the model on a CoNLL file."_s, u"FILE"_s};
    const QCommandLineOption tagTextOption {u"tag-text"_s,
                                            u"Print the names the model finds in a text file."_s, u"FILE"_s};
};

// Reads the training files into documents; returns how many tokens they hold.
Result<qint64> readTraining(const QStringList &paths, std::vector<Document> &documents, QStringList &sources)
{
    qint64 tokens = 0;
    for (const QString &path : paths) {
        auto data = readData(path);
        if (!data)
            return data.error();
        for (ConllDocument &d : data.value()) {
            for (const QStringList &s : std::as_const(d.words))
                tokens += s.size();
            harmonise(d);
            documents.push_back(Document {std::move(d), {}, {}});
        }
        sources << QFileInfo(path).fileName();
    }
    return tokens;
}

// One pass of the perceptron over the documents in `order`; returns how many
// labels it got wrong (and learnt from).
qint64 trainEpoch(Perceptron &perceptron, Ner::FeatureExtractor &extractor,
                  const std::vector<Document> &documents, const std::vector<size_t> &order,
                  std::vector<quint64> &features)
{
    qint64 errors = 0;
    for (size_t k : order) {
        const Document &d = documents[k];
        extractor.beginDocument(d.sentences);
        for (qsizetype s = 0; s < d.sentences.size(); ++s) {
            const QList<QStringView> &sentence = d.sentences.at(s);
            const std::vector<int> &gold = d.gold[size_t(s)];
            extractor.beginSentence(sentence);
            int previous = Ner::Outside;
            int previous2 = Ner::Outside;
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                extractor.extract(i, previous, previous2, features);
                float scores[Ner::LabelCount] = {};
                perceptron.score(features, scores);
                const int predicted = Ner::bestLabel(scores, previous, i + 1 == sentence.size());
                const int truth = gold[size_t(i)];
                if (predicted != truth) {
                    perceptron.update(features, truth, predicted);
                    ++errors;
                }
                perceptron.tick();
                extractor.remember(i, predicted);
                previous2 = previous;
                previous = predicted;
            }
        }
    }
    return errors;
}

// The averaged rows in key order, without those whose largest weight is below `prune`.
void keepRows(const std::unordered_map<quint64, std::array<float, Ner::LabelCount>> &sum, float prune,
              std::vector<quint64> &keys, std::vector<float> &weights)
{
    std::vector<quint64> all;
    all.reserve(sum.size());
    for (const auto &entry : sum)
        all.push_back(entry.first);
    std::sort(all.begin(), all.end());
    for (quint64 key : all) {
        const auto &row = sum.at(key);
        float largest = 0;
        for (float w : row)
            largest = std::max(largest, std::fabs(w));
        if (largest < prune)
            continue;
        keys.push_back(key);
        weights.insert(weights.end(), row.begin(), row.end());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trains Gloss's named-entity tagger from CoNLL-style files."_s);
    parser.addHelpOption();
    const TrainOptions o;
    parser.addOptions({o.trainOption, o.devOption, o.gazetteerOption, o.epochsOption, o.seedOption,
                       o.pruneOption, o.everyOption, o.runsOption, o.outOption, o.modelOption,
                       o.evaluateOption, o.tagTextOption});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.isSet(o.modelOption))
        return useModel(parser.value(o.modelOption), parser.value(o.evaluateOption),
                        parser.value(o.tagTextOption));
    if (parser.values(o.trainOption).isEmpty() || !parser.isSet(o.outOption)) {
        err << "gloss-train-ner: --train and --out are required\n" << parser.helpText();
        return 2;
    }
    auto gazetteer = readGazetteers(parser.value(o.gazetteerOption));
    if (!gazetteer) {
        err << gazetteer.error().message << Qt::endl;
        return 1;
    }
    std::vector<Document> documents;
    QStringList sources;
    auto tokens = readTraining(parser.values(o.trainOption), documents, sources);
    if (!tokens) {
        err << tokens.error().message << Qt::endl;
        return 1;
    }
    for (Document &d : documents)
        index(d);
    QList<ConllDocument> dev;
    if (parser.isSet(o.devOption)) {
        auto data = readData(parser.value(o.devOption));
        if (!data) {
            err << data.error().message << Qt::endl;
            return 1;
        }
        dev = data.value();
    }
    const int epochs = std::max(1, parser.value(o.epochsOption).toInt());
    const float prune = parser.value(o.pruneOption).toFloat();
    std::mt19937_64 random(parser.value(o.seedOption).toULongLong());
    std::vector<size_t> order(documents.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    out() << "training on " << documents.size() << " documents, " << tokens.value() << " tokens ("
          << sources.join(u", "_s) << "), " << gazetteer.value().categories().size() << " gazetteer lists"
          << Qt::endl;
    const int runs = std::max(1, parser.value(o.runsOption).toInt());
    const auto buildModel = [&](const std::vector<quint64> &keys, const std::vector<float> &weights) {
        const QString description =
            u"averaged perceptron, BILOU, %1 epochs, %2 run(s) from seed %3, trained on %4"_s.arg(epochs)
                .arg(runs)
                .arg(parser.value(o.seedOption), sources.join(u", "_s));
        return Ner::Model::toBytes(description, gazetteer.value(), keys, weights);
    };
    const auto score = [&](const QByteArray &bytes) -> QString {
        auto tagger = NerTagger::fromBytes(bytes, u"(in memory)"_s);
        if (!tagger)
            return tagger.error().message;
        const NerEvaluation e = evaluate(tagger.value(), dev);
        return QStringLiteral(", dev F1 %1 (PER/ORG/LOC %2)")
            .arg(e.counts().f1() * 100, 0, 'f', 2)
            .arg(e.counts({u"PER"_s, u"ORG"_s, u"LOC"_s}).f1() * 100, 0, 'f', 2);
    };

    QElapsedTimer timer;
    timer.start();
    // Several runs in different orders, their averaged weights averaged again:
    // less dependent on one order, steadier on text unlike the training data.
    std::unordered_map<quint64, std::array<float, Ner::LabelCount>> sum;
    Ner::FeatureExtractor extractor(gazetteer.value());
    std::vector<quint64> features;
    for (int run = 0; run < runs; ++run) {
        Perceptron perceptron;
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            // Fisher-Yates with our own index draw: std::shuffle's draws differ between libraries.
            for (size_t k = order.size(); k > 1; --k)
                std::swap(order[k - 1], order[size_t(random() % k)]);
            const qint64 errors = trainEpoch(perceptron, extractor, documents, order, features);
            out() << "run " << run + 1 << ", epoch " << epoch << ": " << errors << " errors, "
                  << perceptron.size() << " features, " << timer.elapsed() / 1000 << " s";
            if (!dev.isEmpty() && (parser.isSet(o.everyOption) || epoch == epochs)) {
                std::vector<quint64> keys;
                std::vector<float> weights;
                perceptron.averaged(0, keys, weights);
                out() << score(buildModel(keys, weights));
            }
            out() << Qt::endl;
        }
        std::vector<quint64> keys;
        std::vector<float> weights;
        perceptron.averaged(0, keys, weights);
        for (size_t r = 0; r < keys.size(); ++r) {
            auto &row = sum.try_emplace(keys[r]).first->second;
            for (int l = 0; l < Ner::LabelCount; ++l)
                row[size_t(l)] += weights[r * Ner::LabelCount + size_t(l)] / float(runs);
        }
    }
    std::vector<quint64> keys;
    std::vector<float> weights;
    keepRows(sum, prune, keys, weights);

    const QByteArray bytes = buildModel(keys, weights);
    if (auto written = JsonFile::writeBytes(parser.value(o.outOption), bytes); !written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    auto tagger = NerTagger::load(parser.value(o.outOption));
    if (!tagger) {
        err << tagger.error().message << Qt::endl;
        return 1;
    }
    out() << "wrote " << parser.value(o.outOption) << " (" << bytes.size() << " bytes) in "
          << timer.elapsed() / 1000 << " s" << Qt::endl;
    if (!dev.isEmpty())
        out() << "dev " << QFileInfo(parser.value(o.devOption)).fileName() << ":\n"
              << evaluate(tagger.value(), dev).report() << Qt::flush;
    return 0;
}
