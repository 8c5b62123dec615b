// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "entities/entity.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace Gloss {

namespace Ner {
class Model;
class Gazetteer;
} // namespace Ner

/// One name the tagger found: its type and [start, end) in UTF-16 code units.
struct TaggedSpan {
    Entity::Type type = Entity::Type::Other;
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TaggedSpan &, const TaggedSpan &) = default;
};

/// The trained named-entity tagger (docs/entities.md): a greedy averaged
/// perceptron over BILOU labels with word, shape, affix, window, gazetteer and
/// document-memory features, trained by scripts/train-ner. Copies share the
/// loaded model and are cheap; tagging is const and thread-safe.
class NerTagger final
{
public:
    static constexpr auto ModelFileName = "ner-en.model";

    /// Loads and validates a model file.
    static Result<NerTagger> load(const QString &path);
    /// Validates and loads the bytes of a model file; `name` is for messages.
    static Result<NerTagger> fromBytes(const QByteArray &bytes, const QString &name);
    /// Loads the shipped model from the first of defaultModelPaths() that
    /// exists; the error lists every path tried.
    static Result<NerTagger> loadDefault();
    /// Where the shipped model is looked for: $GLOSS_MODEL_DIR, then
    /// ../share/gloss/models next to the executable, then the source tree.
    static QStringList defaultModelPaths();

    /// The names in a text (one document), in text order.
    QList<TaggedSpan> tag(QStringView text) const;
    /// IOB2 tags ("B-PER", "I-ORG", "O") for pre-tokenised sentences of one
    /// document, for evaluation against CoNLL files.
    QList<QStringList> tagSentences(const QList<QStringList> &sentences) const;

    /// What the model file says about its training.
    QString description() const;
    /// The gazetteer the model was trained with (places, nationalities...),
    /// for rules that build on the tagger.
    const Ner::Gazetteer &gazetteer() const;

private:
    explicit NerTagger(std::shared_ptr<const Ner::Model> model)
        : m_model(std::move(model))
    { }

    std::shared_ptr<const Ner::Model> m_model;
};

} // namespace Gloss
