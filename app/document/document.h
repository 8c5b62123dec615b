// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationmodel.h"
#include "article/article.h"
#include "entities/entitycorrections.h"
#include "entities/entitymodel.h"

#include <QObject>
#include <QUndoStack>

namespace Gloss {

/// What the library holds of one article, as a Document opens it.
struct ArticleContent {
    QString id;
    Article article;
    QList<Annotation> annotations;
    QJsonObject annotationExtras; // fields of a newer Gloss, kept on save
    QString annotationsError; // why annotations.json could not be read
    QJsonObject state; // added date, reading progress and position
    EntityCorrections entityCorrections;
    QString entityCorrectionsError; // why entities.json could not be read
    QString readOnlyReason; // set: nothing of this article is ever written
};

/// The open article with its annotations and entities: what the reader, the
/// docks and the exporters show. Every edit goes through the undo stack.
/// A Document does no file I/O: the workflow layer (Workspace) fills it from
/// the library and saves what edited() reports.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    /// The parts of an article that edits change, each its own file.
    enum class Part { Annotations = 1, State = 2, EntityCorrections = 4 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit Document(QObject *parent = nullptr);

    /// Limits that keep an article workable (docs/limits.md).
    static constexpr int MaxAnnotations = 10000;
    static constexpr int MaxNoteLength = 100000;

    /// Shows `content`: extracts the entities and applies the corrections.
    void load(ArticleContent content);
    void close();

    const QString &id() const { return m_content.id; }
    const Article &article() const { return m_content.article; }
    bool isOpen() const { return !m_content.id.isEmpty(); }
    bool isReadOnly() const { return !m_content.readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_content.readOnlyReason; }
    const QString &annotationsError() const { return m_content.annotationsError; }
    const QJsonObject &annotationExtras() const { return m_content.annotationExtras; }
    const QJsonObject &state() const { return m_content.state; }

    /// How far the user has read (0..1) and the canonical offset at the top
    /// of the view; kept in the article's state.
    void setReadingPosition(double progress, qsizetype offset);
    double readingProgress() const;
    qsizetype readingOffset() const;

    AnnotationModel *annotations() { return &m_annotations; }
    EntityModel *entities() { return &m_entities; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The reader's corrections of the extracted entities, applied after
    /// every extraction, so they survive re-cleaning and a better extractor.
    const EntityCorrections &entityCorrections() const { return m_content.entityCorrections; }
    void setEntityCorrections(const EntityCorrections &corrections);
    /// Appends one correction (rename, merge, split, change type, role,
    /// remove, add), on the undo stack.
    void addEntityCorrection(const EntityCorrection &correction);
    /// How many corrections no longer apply to the current text.
    int staleEntityCorrections() const { return m_staleEntityCorrections; }
    /// Why entities.json could not be read; empty when it could (or does not
    /// exist). An unreadable file is never written over.
    const QString &entityCorrectionsError() const { return m_content.entityCorrectionsError; }

    /// Highlights article text [start, end) with an optional Markdown note.
    Result<QString> addHighlight(qsizetype start, qsizetype end, const QString &note = {},
                                 const QString &color = HighlightPalette::DefaultColor,
                                 const QStringList &tags = {});
    /// A note on the whole article, or on an entity when `entity` is set.
    QString addNote(const QString &note, const QString &entity = {});
    /// Replaces the annotation with the same id by `edited` (note, colour, tags).
    bool editAnnotation(const Annotation &edited);
    /// Puts a highlight that needs review on text[start, end).
    Result<void> reattach(const QString &id, qsizetype start, qsizetype end);
    /// Keeps a highlight that needs review without a place in the text.
    bool keepDetached(const QString &id);
    void removeAnnotation(const QString &id);
    /// Adds annotations from an import as one undoable step.
    void importAnnotations(const QList<Annotation> &annotations);

    /// Shows a new text with its re-anchored annotations, after the library
    /// stored both (Workspace::replaceArticle). Clears undo.
    void replaceArticle(const Article &article, const QList<Annotation> &annotations);

Q_SIGNALS:
    void opened();
    /// A part changed by an edit; the workspace saves it.
    void edited(Gloss::Document::Parts parts);

private:
    // Extracts the entities of the article (when `extract`) and applies the corrections.
    void refreshEntities(bool extract);

    ArticleContent m_content;
    AnnotationModel m_annotations;
    EntityModel m_entities;
    QList<Entity> m_extractedEntities; // before the corrections
    int m_staleEntityCorrections = 0;
    QUndoStack m_undoStack;
    bool m_loading = false;
};

} // namespace Gloss

Q_DECLARE_OPERATORS_FOR_FLAGS(Gloss::Document::Parts)
