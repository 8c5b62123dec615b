// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/annotationcommands.h"

#include "annotations/annotationmodel.h"

#include <QCoreApplication>

namespace Gloss {

AddAnnotationCommand::AddAnnotationCommand(AnnotationModel *model, Annotation annotation)
    : m_model(model)
    , m_annotation(std::move(annotation))
{
    setText(QCoreApplication::translate("Gloss::AnnotationCommands", "Highlight"));
}

void AddAnnotationCommand::redo()
{
    m_model->insert(m_annotation);
}

void AddAnnotationCommand::undo()
{
    m_model->remove(m_annotation.id);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationModel *model, QString id)
    : m_model(model)
    , m_id(std::move(id))
{
    setText(QCoreApplication::translate("Gloss::AnnotationCommands", "Delete Highlight"));
}

void RemoveAnnotationCommand::redo()
{
    m_removed = m_model->remove(m_id);
}

void RemoveAnnotationCommand::undo()
{
    if (m_removed)
        m_model->insert(m_removed->first, m_removed->second);
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationModel *model, Annotation before, Annotation after,
                                             const QString &text)
    : m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void EditAnnotationCommand::redo()
{
    m_model->update(m_after);
}

void EditAnnotationCommand::undo()
{
    m_model->update(m_before);
}

} // namespace Gloss
