// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/simpleentityextractor.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

QString Entity::typeName(Type type)
{
    switch (type) {
    case Type::Person:
        return u"person"_s;
    case Type::Organisation:
        return u"organisation"_s;
    case Type::Place:
        return u"place"_s;
    case Type::Other:
    case Type::Date:
    case Type::Figure:
    case Type::Quote:
        break;
    }
    return u"other"_s;
}

namespace {
struct Token {
    qsizetype start;
    qsizetype end;
    QString text;
    bool sentenceStart;
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    bool sentenceStart = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                const bool joiner = (d == u'-' || d == u'\'' || d == u'’' || d == u'.') && j + 1 < n &&
                                    text.at(j + 1).isLetterOrNumber();
                if (!d.isLetterOrNumber() && !joiner)
                    break;
                ++j;
            }
            tokens.append({i, j, text.mid(i, j - i), sentenceStart});
            sentenceStart = false;
            i = j;
            continue;
        }
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'"' || c == u'“' || c == u':')
            sentenceStart = true;
        ++i;
    }
    return tokens;
}

bool isCapitalised(const QString &word)
{
    if (word.startsWith(u"al-"_s) || word.startsWith(u"el-"_s))
        return true;
    return !word.isEmpty() && word.front().isUpper();
}

QString stripPossessive(const QString &word)
{
    if (word.endsWith(u"'s"_s) || word.endsWith(u"’s"_s))
        return word.left(word.size() - 2);
    return word;
}

const QSet<QString> &commonCapitalised()
{
    static const QSet<QString> words{
        u"The"_s, u"A"_s, u"An"_s, u"In"_s, u"On"_s, u"At"_s, u"Its"_s, u"It"_s, u"This"_s,
        u"That"_s, u"These"_s, u"Those"_s, u"Only"_s, u"Meanwhile"_s, u"Skip"_s, u"We"_s,
        u"There"_s, u"He"_s, u"She"_s, u"They"_s, u"His"_s, u"Her"_s, u"Our"_s, u"Pro"_s,
        u"And"_s, u"But"_s, u"Or"_s, u"If"_s, u"When"_s, u"While"_s, u"After"_s, u"Before"_s,
        u"As"_s, u"By"_s, u"For"_s, u"From"_s, u"With"_s, u"Some"_s, u"Many"_s, u"Most"_s,
        u"All"_s, u"Image"_s, u"Photo"_s, u"I"_s, u"You"_s, u"Their"_s, u"Monday"_s,
        u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s, u"Saturday"_s, u"Sunday"_s,
        u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s, u"July"_s,
        u"August"_s, u"September"_s, u"October"_s, u"November"_s, u"December"_s, u"Mr"_s,
        u"Mrs"_s, u"Ms"_s, u"Dr"_s, u"TV"_s};
    return words;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> words{
        u"President"_s, u"Minister"_s, u"Secretary"_s, u"Director"_s, u"Chancellor"_s,
        u"King"_s, u"Queen"_s, u"Prince"_s, u"General"_s, u"Senator"_s, u"Governor"_s,
        u"Mayor"_s, u"Spokesman"_s, u"Spokeswoman"_s, u"Chairman"_s, u"Chief"_s, u"Pope"_s,
        u"Commander"_s, u"Ambassador"_s, u"Leader"_s, u"Prime"_s, u"Foreign"_s, u"State"_s};
    return words;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> words{
        u"Committee"_s, u"Council"_s, u"Observatory"_s, u"Agency"_s, u"Ministry"_s,
        u"Party"_s, u"Army"_s, u"Organization"_s, u"Organisation"_s, u"Union"_s, u"Nations"_s,
        u"Company"_s, u"Corporation"_s, u"Inc"_s, u"Ltd"_s, u"Bank"_s, u"University"_s,
        u"Institute"_s, u"Association"_s, u"Front"_s, u"Alliance"_s, u"Court"_s, u"TV"_s,
        u"News"_s, u"Times"_s, u"Post"_s, u"Reuters"_s, u"AFP"_s, u"UNESCO"_s, u"NATO"_s,
        u"UN"_s, u"EU"_s, u"IS"_s, u"State"_s, u"Parliament"_s, u"Senate"_s, u"Congress"_s, u"Police"_s};
    return words;
}

const QSet<QString> &placeWords()
{
    static const QSet<QString> words{
        u"Syria"_s, u"Russia"_s, u"Moscow"_s, u"Geneva"_s, u"Palmyra"_s, u"Britain"_s,
        u"Germany"_s, u"France"_s, u"Paris"_s, u"Berlin"_s, u"London"_s, u"Washington"_s,
        u"Beirut"_s, u"Iraq"_s, u"Iran"_s, u"Turkey"_s, u"Lebanon"_s, u"Israel"_s, u"Egypt"_s,
        u"China"_s, u"Japan"_s, u"India"_s, u"Ukraine"_s, u"Europe"_s, u"Africa"_s, u"Asia"_s,
        u"America"_s, u"Damascus"_s, u"Aleppo"_s, u"Baghdad"_s, u"Brussels"_s, u"Rome"_s,
        u"Madrid"_s, u"Vienna"_s, u"Saudi Arabia"_s, u"United States"_s, u"Bosnia"_s};
    return words;
}

// Connectors allowed inside a name when a capitalised word follows.
bool isConnector(const QString &word)
{
    return word == u"of"_s || word == u"for"_s || word == u"de"_s || word == u"von"_s ||
           word == u"van"_s || word == u"bin"_s || word == u"al"_s;
}

bool isRomanNumeral(const QString &word)
{
    static const QRegularExpression re(u"^[IVX]{2,5}$"_s);
    return re.match(word).hasMatch();
}

bool isDemonym(const QString &word)
{
    return word.endsWith(u"ian"_s) || word.endsWith(u"ese"_s) || word.endsWith(u"ish"_s) ||
           word == u"US"_s || word == u"Saudi"_s;
}
} // namespace

QList<Entity> SimpleEntityExtractor::extract(const QString &text)
{
    const QList<Token> tokens = tokenize(text);
    struct Span {
        qsizetype first, last; // token indices, inclusive
    };
    QList<Span> spans;
    for (qsizetype i = 0; i < tokens.size();) {
        if (!isCapitalised(tokens[i].text)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j + 1 < tokens.size()) {
            const Token &next = tokens[j + 1];
            if (next.sentenceStart || next.start - tokens[j].end > 1 ||
                stripPossessive(tokens[j].text) != tokens[j].text)
                break;
            if (isCapitalised(next.text)) {
                ++j;
                continue;
            }
            if (isConnector(next.text) && j + 2 < tokens.size() && isCapitalised(tokens[j + 2].text) &&
                !tokens[j + 2].sentenceStart) {
                j += 2;
                continue;
            }
            break;
        }
        spans.append({i, j});
        i = j + 1;
    }

    QList<Entity> entities;
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> bySurname;
    for (Span span : spans) {
        // Drop leading common words ("The Britain-based ...", "Meanwhile").
        // and compound modifiers ("Britain-based", "Saudi-backed").
        auto isModifier = [](const QString &w) {
            const qsizetype dash = w.indexOf(u'-');
            return dash > 0 && dash + 1 < w.size() && w.at(dash + 1).isLower() &&
                   !w.startsWith(u"al-"_s);
        };
        while (span.first <= span.last && (commonCapitalised().contains(tokens[span.first].text) ||
                                           (span.first < span.last && isModifier(tokens[span.first].text))))
            ++span.first;
        if (span.first > span.last)
            continue;
        QStringList words;
        for (qsizetype k = span.first; k <= span.last; ++k)
            words << tokens[k].text;
        words.last() = stripPossessive(words.last());

        // Titles and roles: "US Secretary of State John Kerry" -> John Kerry.
        qsizetype lastTitle = -1;
        for (qsizetype k = 0; k < words.size(); ++k)
            if (titleWords().contains(words[k]))
                lastTitle = k;
        QString role;
        qsizetype nameFrom = 0;
        if (lastTitle >= 0 && lastTitle + 1 < words.size() &&
            !organisationWords().contains(words.last())) {
            role = words.mid(0, lastTitle + 1).join(u' ');
            nameFrom = lastTitle + 1;
        }
        const QStringList nameWords = words.mid(nameFrom);
        const QString name = nameWords.join(u' ');
        if (name.size() < 2 || (nameWords.size() == 1 && isDemonym(name) && role.isEmpty()))
            continue;
        // "Bosnian Serbs": a group of people, not a name.
        if (nameWords.size() >= 2 && nameWords.last().endsWith(u's') &&
            std::all_of(nameWords.cbegin(), nameWords.cend() - 1, isDemonym))
            continue;
        if (nameWords.size() == 1 && name.contains(u'-') && name.front().isUpper() &&
            !name.startsWith(u"al-"_s))
            continue; // "Britain-based", "Pro-Assad"

        Entity::Type type = Entity::Type::Other;
        const bool acronym = name.size() >= 2 && name == name.toUpper() && name.front().isLetter();
        if (std::any_of(nameWords.cbegin(), nameWords.cend(),
                        [](const QString &w) { return organisationWords().contains(w); }) ||
            acronym)
            type = Entity::Type::Organisation;
        else if (placeWords().contains(name))
            type = Entity::Type::Place;
        else if ((nameWords.size() >= 2 || !role.isEmpty()) && !isRomanNumeral(nameWords.last()))
            type = Entity::Type::Person;

        const Token &lastToken = tokens[span.last];
        const bool possessive = stripPossessive(lastToken.text) != lastToken.text;
        const Mention mention{tokens[span.first + nameFrom].start,
                              lastToken.end - (possessive ? 2 : 0)};
        QString key = name;
        if (nameWords.size() == 1 && bySurname.contains(name))
            key = entities[bySurname.value(name)].name;
        auto it = byName.find(key);
        if (it == byName.end()) {
            Entity e;
            e.type = type;
            e.name = name;
            e.role = role;
            it = byName.insert(key, entities.size());
            entities.append(e);
            if (type == Entity::Type::Person && nameWords.size() >= 2)
                bySurname.insert(nameWords.last(), entities.size() - 1);
            if (nameWords.size() >= 2 && nameWords.last().startsWith(u"al-"_s))
                bySurname.insert(nameWords.last().mid(3), entities.size() - 1);
        }
        Entity &entity = entities[*it];
        entity.mentions.append(mention);
        if (entity.role.isEmpty())
            entity.role = role;
    }
    // Single capitalised words never confirmed by a type rule are noise.
    entities.removeIf([](const Entity &e) {
        return e.type == Entity::Type::Other && e.mentions.size() < 2;
    });
    for (qsizetype i = 0; i < entities.size(); ++i)
        entities[i].id = u"e%1"_s.arg(i + 1);
    return entities;
}

} // namespace Gloss
