// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisupport.h"

#include "cli/commands.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/urlfetcher.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};
} // namespace

void StderrProgress::start(const QString &what, int total)
{
    m_what = what;
    m_total = total;
    m_done = -1;
    m_lastLine = 0;
}

void StderrProgress::advance(int done, const QString &current)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_quiet || done == m_done || now - m_lastLine < 1000)
        return;
    m_done = done;
    m_lastLine = now;
    err() << m_what << ' ' << done;
    if (m_total > 0)
        err() << '/' << m_total;
    if (!current.isEmpty())
        err() << ' ' << current;
    err() << Qt::endl;
}

void StderrProgress::finish()
{
    if (!m_quiet && m_lastLine != 0 && m_total > 0 && m_done != m_total)
        err() << m_what << ' ' << m_total << '/' << m_total << Qt::endl;
}

int parseCommand(QCommandLineParser &parser, const QString &name, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList {u"gloss-cli "_s + name} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return -1;
    }
    return Success;
}

QCommandLineOption libraryOption()
{
    return QCommandLineOption(u"library"_s,
                              Tr::tr("The library folder (default: %1).").arg(LibraryStore::defaultRoot()),
                              u"folder"_s, LibraryStore::defaultRoot());
}

std::unique_ptr<Workspace> openWorkspace(const QString &root)
{
    auto workspace = std::make_unique<Workspace>(root);
    if (auto ok = workspace->store()->ensureExists(); !ok) {
        err() << ok.error().message << Qt::endl;
        return nullptr;
    }
    workspace->library()->loadIndex();
    return workspace;
}

std::optional<ImportSource> readSource(const QString &location)
{
    if (UrlFetcher::isWebAddress(location)) {
        auto page = UrlFetcher::fetchBlocking(QUrl(location));
        if (!page) {
            err() << location << ": " << page.error().message << Qt::endl;
            return std::nullopt;
        }
        return ImportSource::fromPage(page.value().bytes, page.value().fileName(),
                                      page.value().url.toString());
    }
    auto source = ImportSource::fromFile(location);
    if (!source) {
        err() << location << ": " << source.error().message << Qt::endl;
        return std::nullopt;
    }
    return std::move(source).value();
}

QString resolveArticle(std::unique_ptr<Workspace> &workspace, const QString &root, const QString &what,
                       Progress &progress)
{
    if (const auto folder = LibraryStore::articleFolder(what)) {
        workspace = openWorkspace(folder->first);
        return workspace ? folder->second : QString();
    }
    workspace = openWorkspace(root);
    if (!workspace)
        return {};
    if (QFileInfo::exists(workspace->store()->articlePath(what)))
        return what;
    if (!QFileInfo(what).isFile() && !UrlFetcher::isWebAddress(what)) {
        err() << Tr::tr("No article %1 in the library %2, and no such file.").arg(what, root) << Qt::endl;
        return {};
    }
    const auto source = readSource(what);
    if (!source)
        return {};
    progress.start(Tr::tr("Importing %1…").arg(what), 0);
    const ImportResult result = Importer(workspace.get()).import(*source, [](const IncomingVersion &) {
        return VersionChoice::Update;
    });
    progress.finish();
    if (!result.hasArticle())
        err() << what << ": " << result.error << Qt::endl;
    return result.id;
}

} // namespace Gloss::Cli
