// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

/// The gloss-cli subcommands. Each takes the arguments after its name and
/// returns the exit code (Cli::Exit): 0 success, 1 an input could not be used, 2 usage.
namespace Gloss::Cli {

int clean(const QStringList &arguments);
int entities(const QStringList &arguments);
int annotations(const QStringList &arguments);
int exportArticle(const QStringList &arguments);
int importArticles(const QStringList &arguments);
int listArticles(const QStringList &arguments);
int tag(const QStringList &arguments);

/// Standard error, shared by the commands.
QTextStream &err();

} // namespace Gloss::Cli
