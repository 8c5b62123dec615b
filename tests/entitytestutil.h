// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

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

} // namespace GlossTest
