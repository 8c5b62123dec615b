// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss {

/// One place an entity is named in the canonical text, [start, end) in UTF-16
/// code units.
struct Mention {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Mention &, const Mention &) = default;
};

/// Something an article names or states: a person, organisation, place or
/// other name (with every mention merged under one canonical name), a date,
/// a figure, or a direct quotation with its speaker. Which fields are used
/// depends on the type; the others stay empty.
struct Entity {
    /// In the order the sidebar shows its sections.
    enum class Type { Person, Organisation, Place, Other, Date, Figure, Quote };
    static constexpr int TypeCount = 7;

    /// Stable for the same text: the type and the extracted name ("person:john-kerry").
    QString id;
    Type type = Type::Other;
    /// The canonical name; a date's normalised value ("2016-03-24"); a figure
    /// as "300 meters"; a quotation's text.
    QString name;
    /// A person's title or function ("US Secretary of State"); an
    /// organisation's ("news agency").
    QString role;
    /// Other names in the text ("Assad", "HNC"), the canonical one excluded.
    QStringList aliases;
    /// In text order.
    QList<Mention> mentions;
    /// Dates: ISO 8601 ("2016-03-24", "2016-W11", "2016-03", "2015"), empty
    /// when a relative date has no article date to resolve against. Figures:
    /// the number ("15000", "0.5").
    QString value;
    /// Figures: what the number counts ("residents", "meters", "percent", "USD").
    QString unit;
    /// Organisations: cited as a source (a news agency of the article, or
    /// the outlet a quotation was given to).
    bool source = false;
    /// Quotations: who said it (a person's canonical name, or the words of
    /// the text: "an unnamed Syrian military source"), the person's or
    /// organisation's id when known, the speech verb ("said", "told",
    /// "according to") and the outlet it was given to ("AFP").
    QString speaker;
    QString speakerId;
    QString verb;
    QString via;

    bool isName() const { return type <= Type::Other; }
    qsizetype firstOffset() const { return mentions.isEmpty() ? -1 : mentions.first().start; }
    /// Orders entities by type, then by their first mention (those without
    /// one last), keeping the order of ties: how lists of entities are kept.
    static void sortInReadingOrder(QList<Entity> &entities);

    /// "person", "organisation", "place", "other", "date", "figure", "quote".
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);
    /// "<type>:<name in lower case, words joined by '-'>", at most 48 characters of name.
    static QString makeId(Type type, const QString &name);

    QJsonObject toJson() const;
    static Result<Entity> fromJson(const QJsonObject &object);
    static QJsonArray listToJson(const QList<Entity> &entities);
    static Result<QList<Entity>> listFromJson(const QJsonArray &array);

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace Gloss
