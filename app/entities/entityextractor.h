// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"
#include "entities/nertagger.h"

#include <QSet>

#include <memory>
#include <optional>

namespace Gloss {

struct Article;

/// The entities of an article, for the sidebar and `gloss-cli entities`
/// (docs/entities.md, "From names to entities"): the tagger's names repaired
/// by deterministic rules (titles split off as roles, particles kept in the
/// name, a capitalised run with an organisation keyword made one
/// organisation, places recognised by their context, demonyms dropped) and
/// merged into entities (surnames into the full name, acronyms into their
/// expansion); dates resolved against the article's date, figures with what
/// they count, and direct quotations with their speakers and the outlets
/// they were given to. Copies share the tagger; extract() is const and
/// thread-safe.
class EntityExtractor final
{
public:
    /// What the text alone does not say.
    struct Context {
        QString published; // Article::published: relative dates resolve against it
        QStringList agencies; // Article::agencies: listed as source organisations
    };

    /// Without a tagger: dates, figures and quotations only.
    EntityExtractor();
    explicit EntityExtractor(NerTagger tagger);

    /// With the shipped model (NerTagger::loadDefault).
    static Result<EntityExtractor> loadDefault();
    /// One extractor for the whole process, loaded on first use; without
    /// names when the model cannot be loaded (sharedError() says why).
    static const EntityExtractor &shared();
    static QString sharedError();

    bool hasTagger() const { return m_tagger.has_value(); }

    /// Entities sorted by type, then by first mention; ids unique.
    QList<Entity> extract(const QString &text, const Context &context = {}) const;
    QList<Entity> extract(const Article &article) const;

    /// The lexicon behind the rules (place and nationality names from the
    /// tagger's gazetteer).
    struct Lexicon {
        QSet<QString> places; // lower case
        QSet<QString> nationalities; // lower case
    };

private:
    std::optional<NerTagger> m_tagger;
    std::shared_ptr<const Lexicon> m_lexicon;
};

} // namespace Gloss
