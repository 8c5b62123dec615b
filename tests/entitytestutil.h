// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/cleaner.h"
#include "entities/entity.h"
#include "entities/entityextractor.h"
#include "testutil.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Helpers shared by the EntityExtractor tests.
namespace GlossTest {

/// The entity of that type and name, or nullptr.
inline const Gloss::Entity *findEntity(const QList<Gloss::Entity> &list, Gloss::Entity::Type type,
                                       const QString &name)
{
    for (const Gloss::Entity &e : list)
        if (e.type == type && e.name == name)
            return &e;
    return nullptr;
}

/// The names of the entities of that type, in order.
inline QStringList namesOf(const QList<Gloss::Entity> &list, Gloss::Entity::Type type)
{
    QStringList names;
    for (const Gloss::Entity &e : list)
        if (e.type == type)
            names << e.name;
    return names;
}

/// The words of the text a mention covers.
inline QString mentionText(const QString &text, const Gloss::Mention &m)
{
    return text.mid(m.start, m.end - m.start);
}

/// Whether every mention lies inside the text and is not empty.
inline bool mentionsValid(const QList<Gloss::Entity> &list, const QString &text)
{
    for (const Gloss::Entity &e : list)
        for (const Gloss::Mention &m : e.mentions)
            if (m.start < 0 || m.end > text.size() || m.start >= m.end)
                return false;
    return true;
}

/// The seed article (resources/sample) cleaned and analysed with the default
/// model, as the tests on it start: an empty string, or what went wrong.
inline QString analyseSample(std::optional<Gloss::EntityExtractor> &extractor, Gloss::Article &article,
                             QList<Gloss::Entity> &entities)
{
    using namespace Qt::StringLiterals;
    auto loaded = Gloss::EntityExtractor::loadDefault();
    if (!loaded)
        return loaded.error().message;
    extractor = std::move(loaded).value();
    auto cleaned = Gloss::Cleaner::clean(readAll(samplePath()), u"palmyra.txt"_s);
    if (!cleaned)
        return u"the sample does not clean: "_s + cleaned.error().message;
    article = cleaned.value();
    if (article.published.left(10) != u"2016-03-24"_s)
        return u"the sample's date is "_s + article.published;
    entities = extractor->extract(article);
    if (!mentionsValid(entities, article.text))
        return u"a mention lies outside the text"_s;
    return {};
}

} // namespace GlossTest
