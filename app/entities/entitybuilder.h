// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/dateextractor.h"
#include "entities/entityextractor.h"
#include "entities/figureextractor.h"
#include "entities/namepass.h"
#include "entities/quoteextractor.h"

#include <QHash>

#include <array>

namespace Gloss::EntityRules {

/// The words of an entity and its mentions while they are being merged.
struct Group {
    QString key; // the normalised surface
    QStringList words;
    Type type = Type::Other;
    std::array<int, 4> counts {};
    QList<int> names; // indices into the names
    QStringList aliases; // acronyms and merged keys
    int into = -1; // merged into that group
    bool source = false;
    bool keepWithoutMentions = false;
};

/// The text of tokens [first, last), apostrophes straightened, spaces simplified.
QString surface(const TokenView &t, qsizetype first, qsizetype last);
/// The initials of an organisation's name: "Islamic State" IS, "UN Security Council" UNSC.
QString initialsOf(const QStringList &words);

/// One mention of a name entity, for looking entities up by position.
struct MentionRef {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype entity = 0;
};

/// The names of a NamePass merged into entities (surnames into the full
/// name, acronyms into their expansion, agencies as sources), with the
/// article's quotations, dates and figures; one Builder per extract().
class Builder
{
public:
    Builder(const TokenView &t, const NamePass &pass, const EntityExtractor::Lexicon &lexicon,
            const EntityExtractor::Context &context)
        : m_t(t)
        , m_pass(pass)
        , m_lexicon(lexicon)
        , m_context(context)
    { }

    QList<Entity> build(QList<Name> names, const QList<QuoteMatch> &quotes, const QList<DateMatch> &dates,
                        const QList<FigureMatch> &figures);

private:
    int root(int g) const;

    void merge(int from, int into);

    int groupFor(const QString &key, Type type);

    void group();

    /// "High Negotiations Committee (HNC)", and initials: "IS" for "Islamic State".
    void acronyms();

    /// "Apple" and "Apple Inc.": one company.
    void corporateSuffixes();

    /// "the Observatory" for the one organisation named "... Observatory ...".
    void heads();

    /// The article's agencies ("(AFP, Reuters)") are sources, named in the text or not.
    void agencies();

    /// Words of the text that name a known organisation without the tagger
    /// seeing it ("IS extremists", "Observatory director"): mentions.
    void aliasMentions();

    /// Surnames and shorter forms into the full name: "Assad", "al-Assad" -> "Bashar al-Assad".
    void people();

    /// Surnames the tagger did not see ("Assad loyalists cheered"): mentions,
    /// unless the word is a common word at the start of a sentence.
    void surnameMentions(const QHash<QString, QList<int>> &fullByLast);

    /// Whether the words around a mention say place (> 0) or person (< 0).
    int placeScore(const Name &n) const;

    /// A one-word "person" never named in full, that the text treats as a
    /// place ("the town of Palmyra", "inside Palmyra"), is a place.
    void places();

    bool isOutletMention(qsizetype first, qsizetype last) const;

    /// "Bassma Kodmani, a spokeswoman for ..., reiterated": the apposition's role.
    QString appositiveRole(const Name &n) const;

    QString roleOf(const Name &n) const;

    QList<Entity> nameEntities();

    static bool isOutletName(const QString &name);

    void index(const QList<Entity> &entities);

    /// The last mention of an entity of `type` inside [start, end).
    qsizetype entityInside(const QList<Entity> &entities, qsizetype start, qsizetype end, Type type) const;

    /// The person most recently named as the subject of a clause before
    /// `offset` ("Kerry told", "Kodmani, a spokeswoman"), else the last named.
    qsizetype recentSubject(const QList<Entity> &entities, qsizetype offset, const QString &role = {}) const;

    void quoteEntities(QList<Entity> &entities, const QList<QuoteMatch> &quotes);

    void dateEntities(QList<Entity> &entities, const QList<DateMatch> &dates);

    void figureEntities(QList<Entity> &entities, const QList<FigureMatch> &figures);

    void finish(QList<Entity> &entities);

    const TokenView &m_t;
    const NamePass &m_pass;
    const EntityExtractor::Lexicon &m_lexicon;
    const EntityExtractor::Context &m_context;
    QList<Name> m_names;
    QList<Group> m_groups;
    std::vector<bool> m_hasMerged; // per group: another group was merged into it
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_aliasWords; // acronyms, heads and agencies -> group
    std::vector<bool> m_covered;
    std::vector<MentionRef> m_refs;
    QList<Entity> m_quotes;
};

} // namespace Gloss::EntityRules
