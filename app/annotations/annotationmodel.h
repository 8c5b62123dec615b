// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/highlightpalette.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gloss {

/// The annotations of the open article, in the order they were made.
class AnnotationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    enum Column { QuoteColumn, NoteColumn, TagsColumn, CreatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole,
        StartRole,
        EndRole,
        ColorRole,
        NoteRole,
        TagsRole,
        QuoteRole,
        ScopeRole,
        NeedsReviewRole,
        SearchTextRole, // quote, note and tags together, for searching
        CreatedRole,
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setAnnotations(QList<Annotation> annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }

    /// Inserts at `row` (appends when row is -1).
    void insert(const Annotation &annotation, int row = -1);
    /// Removes the annotation; returns it and the row it had.
    std::optional<std::pair<Annotation, int>> remove(const QString &id);
    int rowOf(const QString &id) const;
    /// Replaces the annotation with the same id.
    bool update(const Annotation &annotation);
    const Annotation *find(const QString &id) const;

    /// Colours and their meanings, for decorations and tool tips.
    void setPalette(const HighlightPalette &palette);
    const HighlightPalette &palette() const { return m_palette; }
    /// Every tag used, sorted.
    QStringList allTags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// Emitted after any change of the list, for saving and repainting.
    void annotationsChanged();

private:
    QString plainNote(const Annotation &a) const;

    QString quoteText(const Annotation &a) const;

    QList<Annotation> m_annotations;
    // A note's plain text by annotation id, with the note it was made from:
    // reading Markdown on every paint or sort comparison would be slow.
    mutable QHash<QString, std::pair<QString, QString>> m_plainNotes;
    HighlightPalette m_palette = HighlightPalette::load();
};

} // namespace Gloss
