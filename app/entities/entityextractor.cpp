// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entityextractor.h"

#include "article/article.h"
#include "entities/entitybuilder.h"
#include "entities/entitywords.h"
#include "entities/nerfeatures.h"

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

using EntityRules::Builder;
using EntityRules::isOneOf;
using EntityRules::Name;
using EntityRules::NamePass;

std::shared_ptr<const EntityExtractor::Lexicon> lexiconOf(const NerTagger *tagger)
{
    auto lexicon = std::make_shared<EntityExtractor::Lexicon>();
    if (!tagger)
        return lexicon;
    const Ner::Gazetteer &gazetteer = tagger->gazetteer();
    for (qsizetype c = 0; c < gazetteer.categories().size(); ++c) {
        const QString &category = gazetteer.categories().at(c);
        QSet<QString> *target = category == u"nationality"_s ? &lexicon->nationalities
            : isOneOf(category, {u"country", u"city", u"region", u"subdivision", u"formercountry"})
            ? &lexicon->places
            : nullptr;
        if (!target)
            continue;
        for (const QString &phrase : gazetteer.phrases().at(c))
            target->insert(phrase.toLower());
    }
    return lexicon;
}

} // namespace

EntityExtractor::EntityExtractor()
    : m_lexicon(lexiconOf(nullptr))
{ }

EntityExtractor::EntityExtractor(NerTagger tagger)
    : m_tagger(std::move(tagger))
    , m_lexicon(lexiconOf(&*m_tagger))
{ }

Result<EntityExtractor> EntityExtractor::loadDefault()
{
    auto tagger = NerTagger::loadDefault();
    if (!tagger)
        return tagger.error();
    return EntityExtractor(std::move(tagger).value());
}

namespace {
struct Shared {
    EntityExtractor extractor;
    QString error;
};

const Shared &sharedInstance()
{
    static const Shared instance = [] {
        Shared s;
        auto loaded = EntityExtractor::loadDefault();
        if (loaded)
            s.extractor = std::move(loaded).value();
        else
            s.error = loaded.error().message;
        return s;
    }();
    return instance;
}
} // namespace

const EntityExtractor &EntityExtractor::shared()
{
    return sharedInstance().extractor;
}

QString EntityExtractor::sharedError()
{
    return sharedInstance().error;
}

QList<Entity> EntityExtractor::extract(const Article &article) const
{
    return extract(article.text, {article.published, article.agencies});
}

QList<Entity> EntityExtractor::extract(const QString &text, const Context &context) const
{
    const TokenView tokens(text);
    const QList<DateMatch> dates = DateExtractor::find(tokens, DateExtractor::anchorFrom(context.published));
    std::vector<bool> taken(size_t(tokens.size()), false);
    for (const DateMatch &d : dates)
        for (qsizetype k = d.firstToken; k < d.lastToken; ++k)
            taken[size_t(k)] = true;
    const std::vector<bool> dateTokens = taken;

    NamePass pass(tokens, *m_lexicon);
    QList<Name> names;
    if (m_tagger)
        names = pass.run(m_tagger->tag(text), dateTokens);
    for (const Name &n : std::as_const(names))
        for (qsizetype k = n.first; k < n.last; ++k)
            taken[size_t(k)] = true;

    const QList<FigureMatch> figures = FigureExtractor::find(tokens, taken);
    const QList<QuoteMatch> quotes = QuoteExtractor::find(tokens);
    Builder builder(tokens, pass, *m_lexicon, context);
    return builder.build(std::move(names), quotes, dates, figures);
}

} // namespace Gloss
