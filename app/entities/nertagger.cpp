// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/nertagger.h"

#include "entities/nermodel.h"
#include "entities/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::NerTagger)
};

// Greedy left-to-right decoding of one document; labels per sentence.
std::vector<std::vector<int>> decode(const Ner::Model &model, const QList<QList<QStringView>> &sentences)
{
    Ner::FeatureExtractor extractor(model.gazetteer());
    extractor.beginDocument(sentences);
    std::vector<std::vector<int>> labels(size_t(sentences.size()));
    std::vector<quint64> features;
    features.reserve(64);
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const QList<QStringView> &sentence = sentences.at(s);
        extractor.beginSentence(sentence);
        std::vector<int> &out = labels[size_t(s)];
        out.resize(size_t(sentence.size()));
        int previous = Ner::Outside;
        int previous2 = Ner::Outside;
        for (qsizetype i = 0; i < sentence.size(); ++i) {
            extractor.extract(i, previous, previous2, features);
            float scores[Ner::LabelCount] = {};
            model.score(features, scores);
            const int best = Ner::bestLabel(scores, previous, i + 1 == sentence.size());
            if (i > 0)
                out[size_t(i - 1)] = previous; // bestLabel may have closed the name before
            extractor.remember(i, best);
            out[size_t(i)] = best;
            previous2 = previous;
            previous = best;
        }
    }
    return labels;
}

Entity::Type entityType(Ner::Type type)
{
    switch (type) {
    case Ner::Type::Person:
        return Entity::Type::Person;
    case Ner::Type::Organisation:
        return Entity::Type::Organisation;
    case Ner::Type::Location:
        return Entity::Type::Place;
    case Ner::Type::Misc:
        break;
    }
    return Entity::Type::Other;
}
} // namespace

Result<NerTagger> NerTagger::load(const QString &path)
{
    auto model = Ner::Model::load(path);
    if (!model)
        return model.error();
    return NerTagger(std::move(model).value());
}

Result<NerTagger> NerTagger::fromBytes(const QByteArray &bytes, const QString &name)
{
    auto model = Ner::Model::fromBytes(bytes, name);
    if (!model)
        return model.error();
    return NerTagger(std::move(model).value());
}

QStringList NerTagger::defaultModelPaths()
{
    const QString file = QString::fromLatin1(ModelFileName);
    QStringList paths;
    const QString env = qEnvironmentVariable("GLOSS_MODEL_DIR");
    if (!env.isEmpty())
        paths << QDir(env).filePath(file);
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/gloss/models/"_s +
                                 file);
#ifdef GLOSS_MODEL_SOURCE_DIR
    paths << QDir(QStringLiteral(GLOSS_MODEL_SOURCE_DIR)).filePath(file);
#endif
    return paths;
}

Result<NerTagger> NerTagger::loadDefault()
{
    const QStringList paths = defaultModelPaths();
    for (const QString &path : paths)
        if (QFileInfo::exists(path))
            return load(path);
    return Error {Error::Code::NotFound,
                  Tr::tr("The named-entity model %1 was not found. Looked in:\n%2\n"
                         "Set GLOSS_MODEL_DIR to its folder, or train it with scripts/train-ner.")
                      .arg(QString::fromLatin1(ModelFileName), paths.join(u'\n'))};
}

QString NerTagger::description() const
{
    return m_model->description();
}

const Ner::Gazetteer &NerTagger::gazetteer() const
{
    return m_model->gazetteer();
}

QList<TaggedSpan> NerTagger::tag(QStringView text) const
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QList<QList<QStringView>> sentences;
    QList<qsizetype> firstToken;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens.at(k);
        if (t.sentenceStart || sentences.isEmpty()) {
            sentences.append(QList<QStringView>());
            firstToken.append(k);
        }
        sentences.last().append(text.mid(t.start, t.end - t.start));
    }
    const std::vector<std::vector<int>> labels = decode(*m_model, sentences);
    QList<TaggedSpan> spans;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const std::vector<int> &l = labels[size_t(s)];
        qsizetype begin = -1;
        for (size_t i = 0; i < l.size(); ++i) {
            if (l[i] == Ner::Outside)
                continue;
            const Token &t = tokens.at(firstToken.at(s) + qsizetype(i));
            const Ner::Position p = Ner::positionOf(l[i]);
            if (p == Ner::Position::Begin || p == Ner::Position::Unit)
                begin = t.start;
            if (p == Ner::Position::Last || p == Ner::Position::Unit)
                spans.append({entityType(Ner::typeOf(l[i])), begin, t.end});
        }
    }
    return spans;
}

QList<QStringList> NerTagger::tagSentences(const QList<QStringList> &sentences) const
{
    QList<QList<QStringView>> views;
    views.reserve(sentences.size());
    for (const QStringList &sentence : sentences) {
        QList<QStringView> v;
        v.reserve(sentence.size());
        for (const QString &word : sentence)
            v.append(word);
        views.append(v);
    }
    const std::vector<std::vector<int>> labels = decode(*m_model, views);
    QList<QStringList> tags;
    tags.reserve(sentences.size());
    for (const std::vector<int> &l : labels)
        tags.append(Ner::toIob2(l));
    return tags;
}

} // namespace Gloss
