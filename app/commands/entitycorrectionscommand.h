// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitycorrections.h"

#include <QUndoCommand>

#include <functional>

namespace Gloss {

/// One correction of an article's entities (rename, merge, split, change
/// type, role, delete, add): redo applies the list with it, undo the list as
/// it was.
class EntityCorrectionsCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const EntityCorrections &)>;
    EntityCorrectionsCommand(Apply apply, EntityCorrections before, EntityCorrections after,
                             EntityCorrection::Kind kind);
    void redo() override;
    void undo() override;

    /// What Edit ▸ Undo calls a correction of this kind.
    static QString textFor(EntityCorrection::Kind kind);

private:
    Apply m_apply;
    EntityCorrections m_before;
    EntityCorrections m_after;
};

} // namespace Gloss
