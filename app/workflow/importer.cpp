// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/importer.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "workflow/progress.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Importer)
};

QStringList paragraphs(const Article &article)
{
    QStringList list;
    for (const Block &b : article.blocks)
        list << b.text;
    return list;
}
} // namespace

Result<ImportSource> ImportSource::fromFile(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    const QString name = QFileInfo(path).fileName();
    return ImportSource {std::move(bytes).value(), name, {}, name};
}

ImportSource ImportSource::fromPage(const QByteArray &bytes, const QString &fileName, const QString &url)
{
    return ImportSource {bytes, fileName, url, url};
}

ImportSource ImportSource::fromPaste(const QString &text, bool html)
{
    const QString name = html ? u"pasted.html"_s : u"pasted.txt"_s;
    return ImportSource {text.toUtf8(), name, {}, Tr::tr("pasted text")};
}

Importer::Importer(Workspace *workspace)
    : m_workspace(workspace)
{ }

Importer::Cleaned Importer::clean(ImportSource source) const
{
    Cleaned cleaned;
    cleaned.known = QFileInfo::exists(m_workspace->store()->articlePath(LibraryStore::idFor(source.bytes)));
    if (!cleaned.known)
        cleaned.article = Cleaner::clean(source.bytes, source.fileName, QUrl(source.url));
    cleaned.source = std::move(source);
    return cleaned;
}

ImportResult Importer::import(const ImportSource &source, const VersionChooser &choose)
{
    return store(clean(source), choose);
}

QList<ImportResult> Importer::importFiles(const QStringList &paths, const VersionChooser &choose,
                                          Progress &progress)
{
    QList<Cleaned> cleaned(paths.size());
    progress.start(Tr::tr("Importing articles…"), int(paths.size()));
    // Cleaning is the slow part: it runs beside this thread, which stays responsive.
    runBeside(
        [&](std::atomic_int &done, const std::atomic_bool &cancel) {
            for (qsizetype i = 0; i < paths.size() && !cancel; ++i, ++done) {
                auto source = ImportSource::fromFile(paths.at(i));
                if (source) {
                    cleaned[i] = clean(std::move(source).value());
                } else {
                    cleaned[i].source.label = QFileInfo(paths.at(i)).fileName();
                    cleaned[i].article = source.error();
                }
            }
        },
        progress);
    QList<ImportResult> results;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (cleaned.at(i).source.label.isEmpty())
            break; // cancelled before this one
        results << store(std::move(cleaned[i]), choose);
    }
    progress.finish();
    return results;
}

ImportResult Importer::store(Cleaned cleaned, const VersionChooser &choose)
{
    ImportResult result;
    result.label = cleaned.source.label;
    LibraryStore *store = m_workspace->store();
    Library *library = m_workspace->library();
    if (cleaned.known) {
        result.outcome = ImportResult::Outcome::AlreadyThere;
        result.id = LibraryStore::idFor(cleaned.source.bytes);
        return result;
    }
    if (!cleaned.article) {
        result.error = cleaned.article.error().message;
        return result;
    }
    const Article &article = cleaned.article.value();
    result.title = article.title;
    if (const QString existing = library->findDuplicate(article); !existing.isEmpty()) {
        const LibraryEntry *entry = library->index().find(existing);
        if (entry && entry->contentHash == article.contentHash()) {
            result.outcome = ImportResult::Outcome::AlreadyThere;
            result.id = existing;
            return result;
        }
        switch (choose(IncomingVersion {existing, entry ? entry->title : article.title, article.title})) {
        case VersionChoice::Update:
            return updateVersion(existing, cleaned, result);
        case VersionChoice::Skip:
            result.outcome = ImportResult::Outcome::Skipped;
            return result;
        case VersionChoice::KeepBoth:
            break;
        }
    }
    auto id = store->store(cleaned.source.bytes, article);
    if (!id) {
        result.error = id.error().message;
        return result;
    }
    library->articleChanged(id.value());
    result.outcome = ImportResult::Outcome::Added;
    result.id = id.value();
    return result;
}

ImportResult Importer::updateVersion(const QString &id, const Cleaned &cleaned, ImportResult result)
{
    auto before = m_workspace->store()->loadArticle(id);
    if (!before) {
        result.error = before.error().message;
        return result;
    }
    const Article &article = cleaned.article.value();
    auto report = m_workspace->replaceArticle(id, article, cleaned.source.bytes);
    if (!report) {
        result.error = report.error().message;
        return result;
    }
    result.outcome = ImportResult::Outcome::Updated;
    result.id = id;
    result.report = report.value();
    result.changes = diffParagraphs(paragraphs(before.value()), paragraphs(article));
    return result;
}

} // namespace Gloss
