// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/highlightpalette.h"
#include "article/article.h"

#include <QByteArray>

namespace Gloss::WebAnnotation {

/// What an export needs to know about the article the annotations are on.
struct Source {
    QString iri; // the article's URL, or a urn: when it has none
    QString title;
    QString text; // canonical text, to turn UTF-16 offsets into code points
    QDateTime sourceDate; // the version of the article the positions refer to
};

/// The export source of an article stored under `id`: its URL (or a urn:
/// when it has none), title, text and publication date.
Source sourceFor(const Article &article, const QString &id);

/// One annotation as a W3C Web Annotation (JSON-LD): motivation highlighting,
/// commenting or tagging; the note as a TextualBody in text/markdown; tags as
/// tagging bodies; the colour as styleClass + CssStylesheet; selectors with
/// TextPositionSelector in Unicode code points; a TimeState for the version.
QJsonObject toJson(const Annotation &annotation, const Source &source, const HighlightPalette &palette);

/// Many annotations as an AnnotationCollection with one embedded AnnotationPage.
QJsonObject collectionToJson(const QList<Annotation> &annotations, const Source &source,
                             const HighlightPalette &palette);

/// Reads W3C JSON (an Annotation, an AnnotationCollection, an AnnotationPage
/// or a list of annotations) or a Hypothesis export, positions checked
/// against `text`. All or nothing: a document with any unusable annotation
/// is an Error and nothing is imported.
Result<QList<Annotation>> fromJson(const QByteArray &json, const QString &text);

} // namespace Gloss::WebAnnotation
