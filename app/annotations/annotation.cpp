// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Annotation)
};

const QStringList KnownAnnotationKeys {u"id"_s,      u"target"_s,   u"color"_s,       u"note"_s,    u"tags"_s,
                                       u"created"_s, u"modified"_s, u"needsReview"_s, u"detached"_s};

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<Annotation> Annotation::create(const QString &text, qsizetype start, qsizetype end)
{
    if (start < 0 || end > text.size() || start >= end)
        return Error {Error::Code::Format, Tr::tr("The selection is empty or outside the article.")};
    // Selections that start or end in white space are trimmed to the words.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return Error {Error::Code::Format, Tr::tr("The selection holds only white space.")};
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.start = start;
    a.end = end;
    a.exact = text.mid(start, end - start);
    const qsizetype prefixStart = qMax<qsizetype>(0, start - ContextLength);
    a.prefix = text.mid(prefixStart, start - prefixStart);
    a.suffix = text.mid(end, ContextLength);
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    return a;
}

Result<void> Annotation::attachTo(const QString &text, qsizetype start, qsizetype end)
{
    auto fresh = create(text, start, end);
    if (!fresh)
        return fresh.error();
    this->start = fresh.value().start;
    this->end = fresh.value().end;
    exact = fresh.value().exact;
    prefix = fresh.value().prefix;
    suffix = fresh.value().suffix;
    needsReview = false;
    detached = false;
    modified = QDateTime::currentDateTimeUtc();
    return {};
}

Annotation Annotation::createNote(const QString &note, const QString &entity)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.scope = entity.isEmpty() ? Scope::Article : Scope::Entity;
    a.entity = entity;
    a.note = note;
    a.start = a.end = 0;
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    return a;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject o = unknown;
    o.insert("id"_L1, id);
    if (scope == Scope::Article)
        o.insert("target"_L1, QJsonObject {{"scope"_L1, u"article"_s}});
    else if (scope == Scope::Entity)
        o.insert("target"_L1, QJsonObject {{"scope"_L1, u"entity"_s}, {"entity"_L1, entity}});
    if (scope != Scope::Passage) {
        if (!note.isEmpty())
            o.insert("note"_L1, note);
        if (!tags.isEmpty())
            o.insert("tags"_L1, QJsonArray::fromStringList(tags));
        o.insert("created"_L1, isoUtc(created));
        o.insert("modified"_L1, isoUtc(modified));
        return o;
    }
    if (needsReview)
        o.insert("needsReview"_L1, true);
    if (detached)
        o.insert("detached"_L1, true);
    const QJsonArray selectors {
        QJsonObject {{"type"_L1, u"TextQuoteSelector"_s},
                     {"exact"_L1, exact},
                     {"prefix"_L1, prefix},
                     {"suffix"_L1, suffix}},
        QJsonObject {{"type"_L1, u"TextPositionSelector"_s}, {"start"_L1, start}, {"end"_L1, end}}};
    o.insert("target"_L1, QJsonObject {{"selector"_L1, selectors}});
    o.insert("color"_L1, color);
    if (!note.isEmpty())
        o.insert("note"_L1, note);
    if (!tags.isEmpty())
        o.insert("tags"_L1, QJsonArray::fromStringList(tags));
    o.insert("created"_L1, isoUtc(created));
    o.insert("modified"_L1, isoUtc(modified));
    return o;
}

Result<Annotation> Annotation::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value("id"_L1).toString();
    if (a.id.isEmpty())
        return Error {Error::Code::Format, Tr::tr("An annotation has no id.")};
    const QJsonObject target = o.value("target"_L1).toObject();
    const QString scope = target.value("scope"_L1).toString();
    if (scope == "article"_L1 || scope == "entity"_L1) {
        a.scope = scope == "article"_L1 ? Scope::Article : Scope::Entity;
        a.entity = target.value("entity"_L1).toString();
        if (a.scope == Scope::Entity && a.entity.isEmpty())
            return Error {Error::Code::Format, Tr::tr("Note %1 is on an entity without a name.").arg(a.id)};
    }
    bool haveQuote = false, havePosition = false;
    const QJsonArray selectors = target.value("selector"_L1).toArray();
    for (const QJsonValue &v : selectors) {
        const QJsonObject s = v.toObject();
        const QString type = s.value("type"_L1).toString();
        if (type == "TextQuoteSelector"_L1) {
            a.exact = s.value("exact"_L1).toString();
            a.prefix = s.value("prefix"_L1).toString();
            a.suffix = s.value("suffix"_L1).toString();
            haveQuote = !a.exact.isEmpty();
        } else if (type == "TextPositionSelector"_L1) {
            a.start = s.value("start"_L1).toInteger(-1);
            a.end = s.value("end"_L1).toInteger(-1);
            havePosition = a.start >= 0 && a.end > a.start;
        }
    }
    if (a.isPassage() && (!haveQuote || !havePosition))
        return Error {Error::Code::Format,
                      Tr::tr("Annotation %1 has no usable quote or position.").arg(a.id)};
    a.color = o.value("color"_L1).toString(HighlightPalette::DefaultColor);
    a.needsReview = o.value("needsReview"_L1).toBool();
    a.detached = o.value("detached"_L1).toBool();
    a.note = o.value("note"_L1).toString();
    for (const QJsonValue &t : o.value("tags"_L1).toArray())
        if (t.isString())
            a.tags << t.toString();
    a.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(o.value("modified"_L1).toString(), Qt::ISODateWithMs);
    if (!a.modified.isValid())
        a.modified = a.created;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!KnownAnnotationKeys.contains(it.key()))
            a.unknown.insert(it.key(), it.value());
    return a;
}

QJsonObject AnnotationSet::toJson() const
{
    QJsonObject o = unknown;
    o.insert("schemaVersion"_L1, SchemaVersion);
    QJsonArray list;
    for (const Annotation &a : annotations)
        list.append(a.toJson());
    o.insert("annotations"_L1, list);
    return o;
}

Result<AnnotationSet> AnnotationSet::fromJson(const QJsonObject &o)
{
    const int version = o.value("schemaVersion"_L1).toInt(-1);
    if (version < 1)
        return Error {Error::Code::Format, Tr::tr("The annotations file has no schema version.")};
    if (version > SchemaVersion)
        return Error {Error::Code::Unsupported,
                      Tr::tr("The annotations were saved by a newer Gloss (schema %1). Update Gloss to "
                             "open them.")
                          .arg(version)};
    if (!o.value("annotations"_L1).isArray())
        return Error {Error::Code::Format, Tr::tr("The annotations file has no list of annotations.")};
    AnnotationSet set;
    for (const QJsonValue &v : o.value("annotations"_L1).toArray()) {
        auto a = Annotation::fromJson(v.toObject());
        if (!a)
            return a.error();
        set.annotations.append(std::move(a).value());
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "schemaVersion"_L1 && it.key() != "annotations"_L1)
            set.unknown.insert(it.key(), it.value());
    return set;
}

} // namespace Gloss
