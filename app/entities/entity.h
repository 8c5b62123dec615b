// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Gloss {

/// One place an entity is named in the canonical text, [start, end).
struct Mention {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Mention &, const Mention &) = default;
};

/// A person, organisation, place or other name found in an article, with
/// every mention merged under one canonical name.
struct Entity {
    enum class Type { Person, Organisation, Place, Other };

    QString id;
    Type type = Type::Other;
    QString name;
    QString role; // "US Secretary of State" for John Kerry
    QList<Mention> mentions;

    static QString typeName(Type type);
};

} // namespace Gloss
