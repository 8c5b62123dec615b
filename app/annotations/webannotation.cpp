// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/webannotation.h"

#include "text/codepoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gloss::WebAnnotation {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::WebAnnotation)
};

const QString Context = u"http://www.w3.org/ns/anno.jsonld"_s;
// More annotations than this in one file is not a real export.
constexpr qsizetype MaxImported = 100000;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString annotationIri(const QString &id)
{
    return id.contains(u':') ? id : u"urn:uuid:"_s + id;
}

QString idFromIri(const QString &iri)
{
    if (iri.startsWith(u"urn:uuid:"_s))
        return iri.mid(9);
    if (iri.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    return iri;
}

QJsonObject textTarget(const Annotation &a, const Source &source)
{
    QJsonObject target {{"source"_L1, source.iri}};
    if (source.sourceDate.isValid())
        target.insert(
            "state"_L1,
            QJsonObject {{"type"_L1, u"TimeState"_s}, {"sourceDate"_L1, isoUtc(source.sourceDate)}});
    if (a.isPassage()) {
        target.insert("styleClass"_L1, HighlightPalette::styleClass(a.color));
        target.insert("selector"_L1,
                      QJsonArray {QJsonObject {{"type"_L1, u"TextQuoteSelector"_s},
                                               {"exact"_L1, a.exact},
                                               {"prefix"_L1, a.prefix},
                                               {"suffix"_L1, a.suffix}},
                                  QJsonObject {{"type"_L1, u"TextPositionSelector"_s},
                                               {"start"_L1, CodePoints::fromUtf16(source.text, a.start)},
                                               {"end"_L1, CodePoints::fromUtf16(source.text, a.end)}}});
    } else if (a.scope == Annotation::Scope::Entity) {
        target.insert("selector"_L1,
                      QJsonObject {{"type"_L1, u"TextQuoteSelector"_s}, {"exact"_L1, a.entity}});
    }
    return target;
}
} // namespace

Source sourceFor(const Article &article, const QString &id)
{
    Source source;
    source.iri = article.url.isEmpty() ? u"urn:gloss:article:"_s + id : article.url;
    source.title = article.title;
    source.text = article.text;
    if (article.published.size() == 10) // a date alone: midnight UTC
        source.sourceDate =
            QDateTime(QDate::fromString(article.published, Qt::ISODate), QTime(0, 0), Qt::UTC);
    else
        source.sourceDate = QDateTime::fromString(article.published, Qt::ISODate);
    return source;
}

QJsonObject toJson(const Annotation &a, const Source &source, const HighlightPalette &palette)
{
    QJsonArray bodies;
    if (!a.note.isEmpty())
        bodies.append(QJsonObject {{"type"_L1, u"TextualBody"_s},
                                   {"value"_L1, a.note},
                                   {"format"_L1, u"text/markdown"_s},
                                   {"purpose"_L1, u"commenting"_s}});
    for (const QString &tag : a.tags)
        bodies.append(
            QJsonObject {{"type"_L1, u"TextualBody"_s}, {"value"_L1, tag}, {"purpose"_L1, u"tagging"_s}});
    QString motivation = u"highlighting"_s;
    if (!a.note.isEmpty() || !a.isPassage())
        motivation = u"commenting"_s;
    else if (!a.tags.isEmpty())
        motivation = u"tagging"_s;

    QJsonObject o {{"@context"_L1, Context},
                   {"id"_L1, annotationIri(a.id)},
                   {"type"_L1, u"Annotation"_s},
                   {"motivation"_L1, motivation},
                   {"created"_L1, isoUtc(a.created)},
                   {"modified"_L1, isoUtc(a.modified.isValid() ? a.modified : a.created)}};
    if (!bodies.isEmpty())
        o.insert("body"_L1, bodies.size() == 1 ? bodies.first() : QJsonValue(bodies));
    o.insert("target"_L1, textTarget(a, source));
    if (a.isPassage()) {
        o.insert("stylesheet"_L1,
                 QJsonObject {{"type"_L1, u"CssStylesheet"_s}, {"value"_L1, palette.stylesheet()}});
        if (const auto *entry = palette.find(a.color))
            o.insert("label"_L1, entry->meaning);
    }
    return o;
}

QJsonObject collectionToJson(const QList<Annotation> &annotations, const Source &source,
                             const HighlightPalette &palette)
{
    QJsonArray items;
    for (const Annotation &a : annotations) {
        QJsonObject item = toJson(a, source, palette);
        item.remove("@context"_L1); // the collection's context applies
        items.append(item);
    }
    const QString id =
        u"urn:uuid:"_s + QUuid::createUuidV5(QUuid(), source.iri).toString(QUuid::WithoutBraces);
    QJsonObject collection {{"@context"_L1, Context},
                            {"id"_L1, id},
                            {"type"_L1, u"AnnotationCollection"_s},
                            {"total"_L1, items.size()}};
    if (!source.title.isEmpty())
        collection.insert("label"_L1, source.title);
    collection.insert("first"_L1,
                      QJsonObject {{"id"_L1, QString(id + u"#page1"_s)},
                                   {"type"_L1, u"AnnotationPage"_s},
                                   {"startIndex"_L1, 0},
                                   {"items"_L1, items}});
    return collection;
}

namespace {

struct Selectors {
    QString exact, prefix, suffix;
    qsizetype start = -1, end = -1;
};

// Selectors from a W3C target or a Hypothesis target (selector may be an
// object or a list; Hypothesis puts several targets in a list).
Selectors readSelectors(const QJsonValue &targetValue)
{
    Selectors s;
    QJsonArray targets = targetValue.isArray() ? targetValue.toArray() : QJsonArray {targetValue};
    for (const QJsonValue &t : std::as_const(targets)) {
        const QJsonValue sel = t.toObject().value("selector"_L1);
        const QJsonArray list = sel.isArray() ? sel.toArray() : QJsonArray {sel};
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString type = o.value("type"_L1).toString();
            if (type == "TextQuoteSelector"_L1) {
                s.exact = o.value("exact"_L1).toString();
                s.prefix = o.value("prefix"_L1).toString();
                s.suffix = o.value("suffix"_L1).toString();
            } else if (type == "TextPositionSelector"_L1) {
                s.start = o.value("start"_L1).toInteger(-1);
                s.end = o.value("end"_L1).toInteger(-1);
            }
        }
    }
    return s;
}

QString styleKey(const QJsonValue &target)
{
    const QString cls = target.toObject().value("styleClass"_L1).toString();
    return cls.startsWith(u"gloss-"_s) ? cls.mid(6) : QString();
}

Result<Annotation> fromW3C(const QJsonObject &o, const QString &text, bool hypothesis)
{
    Annotation a;
    a.id = idFromIri(o.value("id"_L1).toString());
    a.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs);
    const QString modified = o.value(hypothesis ? "updated"_L1 : "modified"_L1).toString();
    a.modified = QDateTime::fromString(modified, Qt::ISODateWithMs);
    if (!a.created.isValid())
        a.created = QDateTime::currentDateTimeUtc();
    if (!a.modified.isValid())
        a.modified = a.created;

    if (hypothesis) {
        a.note = o.value("text"_L1).toString();
        for (const QJsonValue &t : o.value("tags"_L1).toArray())
            a.tags << t.toString();
    } else {
        const QJsonValue body = o.value("body"_L1);
        const QJsonArray bodies = body.isArray() ? body.toArray() : QJsonArray {body};
        for (const QJsonValue &b : bodies) {
            const QJsonObject bo = b.toObject();
            const QString value = bo.value("value"_L1).toString();
            if (bo.value("purpose"_L1).toString() == "tagging"_L1)
                a.tags << value;
            else if (!value.isEmpty())
                a.note = a.note.isEmpty() ? value : a.note + u"\n\n"_s + value;
        }
        if (a.note.isEmpty())
            a.note = o.value("bodyValue"_L1).toString();
    }

    const QJsonValue target = o.value("target"_L1);
    if (target.isUndefined() || target.isNull())
        return Error {Error::Code::Format, Tr::tr("Annotation %1 has no target.").arg(a.id)};
    const Selectors s = readSelectors(target);
    if (s.exact.isEmpty()) {
        if (a.note.isEmpty())
            return Error {Error::Code::Format,
                          Tr::tr("Annotation %1 has neither a quote nor a note.").arg(a.id)};
        a.scope = Annotation::Scope::Article;
        return a;
    }
    if (const QString key = styleKey(hypothesis ? QJsonValue() : target); !key.isEmpty())
        a.color = key;
    a.exact = s.exact;
    a.prefix = s.prefix;
    a.suffix = s.suffix;
    // W3C positions are code points; Hypothesis's are JavaScript (UTF-16) indices.
    a.start = hypothesis ? s.start : CodePoints::toUtf16(text, s.start);
    a.end = hypothesis ? s.end : CodePoints::toUtf16(text, s.end);
    // The position holds only if it is a range inside the text that holds the quote
    // (mid() would read a range that ends before it starts up to the end of the text).
    const bool positionHolds = s.start >= 0 && a.start >= 0 && a.end >= a.start && a.end <= text.size() &&
        QStringView(text).sliced(a.start, a.end - a.start) == a.exact;
    if (!positionHolds) {
        const qsizetype found = text.indexOf(a.exact);
        const bool unique = found >= 0 && text.indexOf(a.exact, found + 1) < 0;
        if (unique) {
            a.start = found;
            a.end = found + a.exact.size();
        } else {
            // Not where it says and not unambiguous: the user decides.
            a.start = qBound<qsizetype>(0, a.start, text.size());
            a.end = qBound<qsizetype>(a.start, a.end, text.size());
            a.needsReview = true;
        }
    }
    return a;
}

} // namespace

Result<QList<Annotation>> fromJson(const QByteArray &json, const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {Error::Code::Parse,
                      Tr::tr("The annotations are not valid JSON (%1 at byte %2).")
                          .arg(error.errorString())
                          .arg(error.offset)};
    QJsonArray items;
    bool hypothesis = false;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QString type = root.value("type"_L1).toString();
        if (type == "AnnotationCollection"_L1) {
            const QJsonValue first = root.value("first"_L1);
            if (!first.isObject())
                return Error {Error::Code::Format,
                              Tr::tr("The annotation collection has no embedded first page; Gloss "
                                     "cannot fetch pages from the web.")};
            items = first.toObject().value("items"_L1).toArray();
        } else if (type == "AnnotationPage"_L1) {
            items = root.value("items"_L1).toArray();
        } else if (type == "Annotation"_L1) {
            items = {root};
        } else if (root.value("annotations"_L1).isArray()) { // Hypothesis export
            items = root.value("annotations"_L1).toArray();
            hypothesis = true;
        } else if (root.value("rows"_L1).isArray()) { // Hypothesis API search result
            items = root.value("rows"_L1).toArray();
            hypothesis = true;
        } else {
            return Error {Error::Code::Format,
                          Tr::tr("This is neither a W3C Web Annotation document nor a Hypothesis "
                                 "export.")};
        }
    }
    if (items.size() > MaxImported)
        return Error {Error::Code::TooLarge,
                      Tr::tr("The file holds %1 annotations; Gloss imports at most %2 at once.")
                          .arg(items.size())
                          .arg(MaxImported)};
    QList<Annotation> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return Error {Error::Code::Format, Tr::tr("Item %1 is not an annotation.").arg(i + 1)};
        const QJsonObject o = items.at(i).toObject();
        const bool looksHypothesis = hypothesis || (o.contains("uri"_L1) && o.contains("user"_L1));
        if (!looksHypothesis && o.value("type"_L1).toString() != "Annotation"_L1)
            return Error {Error::Code::Format, Tr::tr("Item %1 is not of type Annotation.").arg(i + 1)};
        auto a = fromW3C(o, text, looksHypothesis);
        if (!a)
            return Error {a.error().code, Tr::tr("Item %1: %2").arg(i + 1).arg(a.error().message)};
        out.append(std::move(a).value());
    }
    return out;
}

} // namespace Gloss::WebAnnotation
