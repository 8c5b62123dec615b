// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/entitycorrectionscommand.h"

#include <QCoreApplication>

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::EntityCorrectionsCommand)
};
} // namespace

EntityCorrectionsCommand::EntityCorrectionsCommand(Apply apply, EntityCorrections before,
                                                   EntityCorrections after, EntityCorrection::Kind kind)
    : m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(textFor(kind));
}

void EntityCorrectionsCommand::redo()
{
    m_apply(m_after);
}

void EntityCorrectionsCommand::undo()
{
    m_apply(m_before);
}

QString EntityCorrectionsCommand::textFor(EntityCorrection::Kind kind)
{
    switch (kind) {
    case EntityCorrection::Kind::Rename:
        return Tr::tr("Rename Entity");
    case EntityCorrection::Kind::Merge:
        return Tr::tr("Merge Entities");
    case EntityCorrection::Kind::Split:
        return Tr::tr("Split Off Mention");
    case EntityCorrection::Kind::ChangeType:
        return Tr::tr("Change Entity Type");
    case EntityCorrection::Kind::SetRole:
        return Tr::tr("Set Role");
    case EntityCorrection::Kind::Remove:
        return Tr::tr("Delete Entity");
    case EntityCorrection::Kind::Add:
        return Tr::tr("Add Entity");
    }
    return {};
}

} // namespace Gloss
