// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/highlightpalette.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Gloss {

/// A highlight (optionally with a note) on the canonical text of an article.
/// It keeps both selectors, like Hypothesis: the quote with 32 characters of
/// context on each side, and the [start, end) position in UTF-16 code units.
/// A note may also be on the whole article or on an entity of the sidebar;
/// those carry no selectors.
struct Annotation {
    static constexpr int ContextLength = 32;
    enum class Scope { Passage, Article, Entity };

    QString id;
    Scope scope = Scope::Passage;
    QString entity; // Scope::Entity: the entity's canonical name
    qsizetype start = 0;
    qsizetype end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    QString color = HighlightPalette::DefaultColor;
    bool needsReview = false; // re-anchoring was not sure; the user decides
    bool detached = false; // the user chose to keep it without a place in the text
    QString note; // Markdown
    QStringList tags;
    QDateTime created;
    QDateTime modified;
    QJsonObject unknown; // fields written by newer versions, kept on save

    /// A new annotation of text[start, end) with fresh id and timestamps.
    static Result<Annotation> create(const QString &text, qsizetype start, qsizetype end);
    /// A note on the whole article, or on an entity when `entity` is set.
    static Annotation createNote(const QString &note, const QString &entity = {});

    bool isPassage() const { return scope == Scope::Passage; }
    /// A passage highlight that sits on the text (not awaiting review, not detached).
    bool isAnchored() const { return isPassage() && !needsReview && !detached; }
    /// Moves the highlight to text[start, end), refreshing quote and context.
    Result<void> attachTo(const QString &text, qsizetype start, qsizetype end);

    QJsonObject toJson() const;
    static Result<Annotation> fromJson(const QJsonObject &object);
};

/// The annotations file of one article.
struct AnnotationSet {
    static constexpr int SchemaVersion = 1;
    QList<Annotation> annotations;
    QJsonObject unknown;

    QJsonObject toJson() const;
    static Result<AnnotationSet> fromJson(const QJsonObject &object);
};

} // namespace Gloss
