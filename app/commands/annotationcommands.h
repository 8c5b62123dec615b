// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QUndoCommand>

namespace Gloss {

class AnnotationModel;

/// Adds one annotation; undo removes it again.
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationModel *model, Annotation annotation);
    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    Annotation m_annotation;
};

/// Removes one annotation; undo puts it back at the same row.
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationModel *model, QString id);
    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    QString m_id;
    std::optional<std::pair<Annotation, int>> m_removed;
};

/// Replaces an annotation by an edited copy (note, colour, tags, or a new
/// place after re-attaching); undo restores the previous version.
class EditAnnotationCommand final : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationModel *model, Annotation before, Annotation after, const QString &text);
    void redo() override;
    void undo() override;

private:
    AnnotationModel *m_model;
    Annotation m_before;
    Annotation m_after;
};

} // namespace Gloss
