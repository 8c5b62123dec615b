// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/trashcommand.h"

#include <QCoreApplication>

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Library)
};
} // namespace

TrashCommand::TrashCommand(ArticleTrash *trash, QString id, const QString &title)
    : m_trash(trash)
    , m_id(std::move(id))
{
    setText(Tr::tr("Delete “%1”").arg(title));
}

} // namespace Gloss
