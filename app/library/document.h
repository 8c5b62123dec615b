// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationmodel.h"
#include "article/article.h"
#include "entities/entitycorrections.h"
#include "entities/entitymodel.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace Gloss {

class LibraryStore;

/// The open article with its annotations and entities: what the reader, the
/// docks and the exporters show. Every edit goes through the undo stack and
/// is saved to the library as soon as it is made.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(LibraryStore *store, QObject *parent = nullptr);
    ~Document() override;

    /// How long edits wait before they are written, so a burst of edits is
    /// one write.
    static constexpr int SaveDelayMs = 250;
    /// Limits that keep an article workable (docs/limits.md).
    static constexpr int MaxAnnotations = 10000;
    static constexpr int MaxNoteLength = 100000;

    /// Loads the article `id`. When its annotations cannot be read, the
    /// article still opens, the annotations stay on disk untouched and
    /// annotationsError() says why.
    Result<void> open(const QString &id);

    /// How far the user has read (0..1) and the canonical offset at the top
    /// of the view; kept in the article's state.json.
    void setReadingPosition(double progress, qsizetype offset);
    double readingProgress() const;
    qsizetype readingOffset() const;

    /// Writes pending edits now.
    void flush();
    /// Closes the article (after writing pending edits).
    void close();

    const QString &id() const { return m_id; }
    const Article &article() const { return m_article; }
    bool isOpen() const { return !m_id.isEmpty(); }
    const QString &annotationsError() const { return m_annotationsError; }

    AnnotationModel *annotations() { return &m_annotations; }
    EntityModel *entities() { return &m_entities; }

    /// The reader's corrections of the extracted entities (entities.json in
    /// the article's folder), applied after every extraction, so they
    /// survive re-cleaning and a better extractor.
    const EntityCorrections &entityCorrections() const { return m_entityCorrections; }
    /// Replaces the corrections, applies them to a fresh extraction and
    /// saves them (debounced, like annotations).
    void setEntityCorrections(const EntityCorrections &corrections);
    /// Appends one correction (rename, merge, split, change type, role,
    /// remove, add), on the undo stack.
    void addEntityCorrection(const EntityCorrection &correction);
    /// How many corrections no longer apply to the current text.
    int staleEntityCorrections() const { return m_staleEntityCorrections; }
    /// Why entities.json could not be read; empty when it could (or does not
    /// exist). An unreadable file is never written over.
    const QString &entityCorrectionsError() const { return m_entityCorrectionsError; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Highlights article text [start, end) with an optional Markdown note.
    Result<QString> addHighlight(qsizetype start, qsizetype end, const QString &note = {},
                                 const QString &color = QStringLiteral("yellow"),
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

    /// How re-anchoring went after the article's text changed.
    struct ReanchorReport {
        int exact = 0, moved = 0, fuzzy = 0, needsReview = 0;
    };
    /// Replaces the article (re-cleaned, a block restored, a new version),
    /// saves it, and re-anchors every highlight; the ones Gloss is not sure
    /// about are marked for review, never silently moved. Clears undo.
    Result<ReanchorReport> replaceArticle(const Article &article);
    /// Puts removed text `index` (Article::removed) back into the article as a
    /// paragraph where it stood; highlights are re-anchored, the choice saved.
    Result<ReanchorReport> restoreRemoved(qsizetype index);
    /// Cleans the stored source again and replaces the article when its text changed.
    Result<ReanchorReport> reclean();

Q_SIGNALS:
    void opened();
    /// The article's text changed under its annotations.
    void articleReplaced(const ReanchorReport &report);
    void saved();
    void saveFailed(const QString &message);

private:
    void save();
    void scheduleSave();
    void loadEntityCorrections();
    // Extracts the entities of the article (when `extract`) and applies the corrections.
    void refreshEntities(bool extract);

    LibraryStore *m_store;
    QString m_id;
    Article m_article;
    QString m_annotationsError;
    QJsonObject m_annotationSetExtras; // fields of a newer Gloss, kept on save
    QJsonObject m_state;
    bool m_stateDirty = false;
    bool m_annotationsDirty = false;
    AnnotationModel m_annotations;
    EntityModel m_entities;
    QList<Entity> m_extractedEntities; // before the corrections
    EntityCorrections m_entityCorrections;
    QString m_entityCorrectionsError;
    bool m_entityCorrectionsReadable = true;
    bool m_entityCorrectionsDirty = false;
    int m_staleEntityCorrections = 0;
    QUndoStack m_undoStack;
    bool m_loading = false;
    QTimer m_saveTimer;
};

} // namespace Gloss
