// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entityextractor.h"
#include "entities/entitywords.h"
#include "entities/nertagger.h"
#include "entities/rolewords.h"
#include "entities/tokenview.h"

#include <QList>

#include <vector>

namespace Gloss::EntityRules {

/// One name the tagger (or a rule) found: tokens [first, last).
struct Name {
    qsizetype first = 0;
    qsizetype last = 0;
    Type type = Type::Other;
    qsizetype roleFirst = -1; // the role's first token ("US Secretary of State" before John Kerry)
    int group = -1;
};

/// The tagger's spans repaired by deterministic rules: state media, particles
/// kept in the name, titles split off persons as roles, capitalised runs with
/// an organisation keyword joined, lower-case roles, Roman numerals; then
/// demonyms, modifiers, function words and lone titles dropped.
class NamePass
{
public:
    NamePass(const TokenView &t, const EntityExtractor::Lexicon &lexicon)
        : m_t(t)
        , m_lexicon(lexicon)
    { }

    QList<Name> run(const QList<TaggedSpan> &spans, const std::vector<bool> &dateTokens);

    bool isFunctionWord(qsizetype i) const { return functionWords().contains(m_t.lower(i)); }

    bool isTitle(qsizetype i) const { return titleWords().contains(m_t.lower(i)); }

    bool isNationality(qsizetype i) const { return m_lexicon.nationalities.contains(m_t.lower(i)); }

private:
    /// The type of the name covering token i, or -1.
    int typeAt(qsizetype i) const;

    int add(qsizetype first, qsizetype last, Type type, qsizetype roleFirst = -1);

    void kill(int id);

    /// Replaces the names that overlap [first, last) by one.
    int replace(qsizetype first, qsizetype last, Type type, qsizetype roleFirst = -1);

    bool isNameToken(qsizetype i) const;

    /// "Syrian state TV": a country's state media.
    void stateMedia();

    /// "Bashar" + "al-Assad", "Osama" + "bin Laden".
    void extendParticles();

    /// Capitalised runs: split titles off persons, join organisation names.
    void runs();

    void run(qsizetype a, qsizetype b);

    /// Lower-case modifiers before a capitalised role ("former US President").
    qsizetype roleStart(qsizetype a) const;

    /// "Observatory director Rami Abdel Rahman", "opposition leader X".
    void lowerCaseRoles();

    /// "Geneva III": a numeral continues the name before it.
    void romanNumerals();

    /// Demonyms, modifiers, function words and lone titles are not names.
    QList<Name> clean() const;

    const TokenView &m_t;
    const EntityExtractor::Lexicon &m_lexicon;
    QList<Name> m_names;
    std::vector<bool> m_alive;
    std::vector<int> m_nameOf; // per token: the name covering it, or -1
};

} // namespace Gloss::EntityRules
