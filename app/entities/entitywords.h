// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>

/// The word lists behind EntityExtractor's rules (docs/entities.md, "From
/// names to entities"): organisation heads, outlets, function words, place
/// context, and the small predicates on single words.
namespace Gloss::EntityRules {

using Type = Entity::Type;

/// A set of the given words.
QSet<QString> makeSet(std::initializer_list<const char16_t *> words);
/// Whether w is one of the list.
bool isOneOf(QStringView w, std::initializer_list<QStringView> list);

/// Heads of organisation names: a capitalised run holding one is an organisation.
const QSet<QString> &organisationWords();
/// Organisation heads distinctive enough that the word alone names the one
/// organisation of the article that has it ("the Observatory").
const QSet<QString> &distinctiveHeads();
/// Words after an organisation that make it a news outlet ("the AFP news agency").
const QSet<QString> &outletWords();
/// News outlets known by name (lower case).
const QSet<QString> &knownOutlets();
/// Capitalised words that do not start a name: sentence-initial function words.
const QSet<QString> &functionWords();
/// Particles kept inside a person's name ("bin", "van").
const QSet<QString> &particles();
/// Words before a name that make it a place ("the town of", "in").
const QSet<QString> &placeNouns();
/// Prepositions before a name that suggest a place ("in", "near").
const QSet<QString> &placePrepositions();

/// "III", "IV": a Roman numeral continuing a name.
bool isRomanNumeral(QStringView w);
/// "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name.
bool isParticleWord(QStringView w);
/// The word without its Arabic article ("al-Assad" -> "Assad").
QString stripParticle(const QString &w);
/// "Britain-based", "Saudi-backed", "Pro-Assad": a modifier, not a name.
bool isModifierWord(QStringView lower);

} // namespace Gloss::EntityRules
