// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/importer.h"
#include "workflow/progress.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Gloss {
class Workspace;
}

/// What the library commands of gloss-cli share.
namespace Gloss::Cli {

/// Exit codes of every command (gloss-cli --help lists them).
enum Exit { Success = 0, Failure = 1, Usage = 2 };

/// Progress as lines on standard error ("Importing articles… 3/10"), at
/// most one a second and a last one at the end; nothing when `quiet`.
class StderrProgress final : public Progress
{
public:
    explicit StderrProgress(bool quiet)
        : m_quiet(quiet)
    { }
    void start(const QString &what, int total) override;
    void advance(int done, const QString &current) override;
    void finish() override;
    bool isCancelled() const override { return false; }

private:
    bool m_quiet;
    QString m_what;
    int m_total = 0;
    int m_done = -1;
    qint64 m_lastLine = 0;
};

/// Parses `arguments` of command `name`: Success (go on), Usage (after
/// printing the problem), or -1 after printing the help (exit 0).
int parseCommand(QCommandLineParser &parser, const QString &name, const QStringList &arguments);

/// --library DIR (default: the desktop app's library).
QCommandLineOption libraryOption();

/// The library of --library, created when missing; nothing after printing why.
std::unique_ptr<Workspace> openWorkspace(const QString &root);

/// An article the user named: an id in the library, the path of an article
/// folder (its library is used), or a file or web address, imported first.
/// Returns the id; empty after printing why.
QString resolveArticle(std::unique_ptr<Workspace> &workspace, const QString &root, const QString &what,
                       Progress &progress);

/// Reads files and web addresses into sources; prints each one that fails.
std::optional<ImportSource> readSource(const QString &location);

} // namespace Gloss::Cli
