// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QUndoCommand>

namespace Gloss {

/// Whatever can move an article to the trash and back (the Library).
class ArticleTrash
{
public:
    virtual Result<void> trash(const QString &id) = 0;
    virtual Result<void> restore(const QString &id) = 0;

protected:
    ~ArticleTrash() = default;
};

/// Moves one article to the trash; undo brings it back.
class TrashCommand final : public QUndoCommand
{
public:
    TrashCommand(ArticleTrash *trash, QString id, const QString &title);
    // Failures reach the user through the trash's own error reporting.
    void redo() override { (void)m_trash->trash(m_id); }
    void undo() override { (void)m_trash->restore(m_id); }

private:
    ArticleTrash *m_trash;
    QString m_id;
};

} // namespace Gloss
