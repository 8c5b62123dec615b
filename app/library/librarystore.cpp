// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarystore.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::LibraryStore)
};

// The library's layout (docs/ARCHITECTURE.md, Storage): these names are
// spelled here and nowhere else.
const QString ArticleFile = u"article.json"_s;
const QString AnnotationsFile = u"annotations.json"_s;
const QString EntitiesFile = u"entities.json"_s;
const QString StateFile = u"state.json"_s;
const QString SourceBase = u"source."_s;
const QString SourcePattern = u"source.*"_s;
const QString VersionsFolder = u"versions"_s;
const QString TrashFolder = u".trash"_s;
const QString BackupSuffix = u".bak"_s;
const QString LockFile = u".lock"_s;
const QString IndexFile = u"index.json"_s;
// An update of an article being staged, and one staged completely.
const QString StagingFolder = u".update"_s;
const QString StagedFolder = u".update-ready"_s;
const QString StagedVersionFile = u"version"_s;

QString sourceName(const Article &article)
{
    return SourceBase + (article.sourceKind == "html"_L1 ? u"html"_s : u"txt"_s);
}

void step(const char *name)
{
    if (LibraryStore::testStepHook)
        LibraryStore::testStepHook(name);
}

// rename(2): replaces `to` in one step (QFile::rename refuses to).
bool replaceFile(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
} // namespace

LibraryStore::LibraryStore(QString root)
    : m_root(std::move(root))
{ }

QString LibraryStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library"_s;
}

QString LibraryStore::articleDir(const QString &id) const
{
    return m_root + u'/' + id;
}

QString LibraryStore::idFor(const QByteArray &source)
{
    return QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex().left(16));
}

Result<void> LibraryStore::ensureExists() const
{
    const QFileInfo info(m_root);
    if (info.exists() && !info.isDir())
        return Error {Error::Code::Io,
                      Tr::tr("The library location %1 is a file, not a folder.").arg(m_root)};
    if (!QDir().mkpath(m_root))
        return Error {Error::Code::Io, Tr::tr("Cannot create the library folder %1.").arg(m_root)};
    return {};
}

Result<QString> LibraryStore::import(const QByteArray &source, const QString &fileName)
{
    const QString id = idFor(source);
    if (QFileInfo::exists(articleDir(id) + u'/' + ArticleFile))
        return id;
    auto article = Cleaner::clean(source, fileName);
    if (!article)
        return article.error();
    return store(source, article.value());
}

Result<QString> LibraryStore::store(const QByteArray &source, const Article &article)
{
    const QString id = idFor(source);
    const QString dir = articleDir(id);
    if (QFileInfo::exists(dir + u'/' + ArticleFile))
        return id;
    if (auto ok = ensureExists(); !ok)
        return ok.error();
    if (!QDir().mkpath(dir))
        return Error {Error::Code::Io, Tr::tr("Cannot create the article folder %1.").arg(dir)};
    if (auto ok = JsonFile::writeBytes(dir + u'/' + sourceName(article), source); !ok)
        return ok.error();
    const QJsonObject state {{"added"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (auto ok = JsonFile::writeObject(dir + u'/' + StateFile, state); !ok)
        return ok.error();
    // article.json last: its presence marks a complete import.
    if (auto ok = JsonFile::writeObject(dir + u'/' + ArticleFile, article.toJson()); !ok)
        return ok.error();
    return id;
}

Result<void> LibraryStore::replaceArticle(const QString &id, const Article &article,
                                          const AnnotationSet &annotations,
                                          const std::optional<QByteArray> &newSource)
{
    if (isReadOnly(id))
        return Error {Error::Code::ReadOnly, readOnlyReason(id)};
    // Never write over files that do not read back.
    if (auto current = loadArticle(id); !current)
        return current.error();
    if (!m_readableAnnotations.contains(id) && !loadAnnotations(id))
        return Error {
            Error::Code::ReadOnly,
            Tr::tr("The annotations of this article could not be read, so Gloss does not change the "
                   "article under them. Repair or move %1 first.")
                .arg(annotationsPath(id))};
    // loadArticle() above finished or undid an interrupted update.
    if (auto ok = writeStaged(id, article, annotations, newSource); !ok)
        return ok;
    return applyStaged(id);
}

Result<void> LibraryStore::writeStaged(const QString &id, const Article &article,
                                       const AnnotationSet &annotations,
                                       const std::optional<QByteArray> &newSource) const
{
    const QDir dir(articleDir(id));
    const QString staging = dir.filePath(StagingFolder);
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return Error {Error::Code::Io, Tr::tr("Cannot create the folder %1.").arg(staging)};
    step("stage-source");
    if (newSource) {
        if (auto ok = JsonFile::writeBytes(staging + u'/' + sourceName(article), *newSource); !ok)
            return ok;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s);
        if (auto ok = JsonFile::writeBytes(staging + u'/' + StagedVersionFile, stamp.toUtf8()); !ok)
            return ok;
    }
    step("stage-annotations");
    if (auto ok = JsonFile::writeObject(staging + u'/' + AnnotationsFile, annotations.toJson()); !ok)
        return ok;
    step("stage-article");
    if (auto ok = JsonFile::writeObject(staging + u'/' + ArticleFile, article.toJson()); !ok)
        return ok;
    // The update is complete on disk from here on: it will be finished.
    step("commit");
    if (!QDir().rename(staging, dir.filePath(StagedFolder)))
        return Error {Error::Code::Io, Tr::tr("Cannot update the article in %1.").arg(dir.path())};
    return {};
}

Result<void> LibraryStore::finishPendingUpdate(const QString &id) const
{
    const QDir dir(articleDir(id));
    if (QFileInfo(dir.filePath(StagingFolder)).isDir())
        QDir(dir.filePath(StagingFolder)).removeRecursively(); // never complete: undone
    if (QFileInfo(dir.filePath(StagedFolder)).isDir())
        return applyStaged(id);
    return {};
}

// Every step can be taken again after a crash: files are moved only after
// the old version is kept, and a moved file is no longer in the staged folder.
Result<void> LibraryStore::applyStaged(const QString &id) const
{
    const QDir dir(articleDir(id));
    const QDir staged(dir.filePath(StagedFolder));
    const Error failed {Error::Code::Io, Tr::tr("Cannot finish updating the article in %1.").arg(dir.path())};
    const QStringList newSource = staged.entryList({SourcePattern}, QDir::Files);
    if (!newSource.isEmpty() && staged.exists(ArticleFile)) {
        auto stamp = JsonFile::readBytes(staged.filePath(StagedVersionFile), 64);
        const QString keep =
            dir.filePath(VersionsFolder + u'/' + QString::fromUtf8(stamp ? stamp.value() : "kept"));
        if (!QDir().mkpath(keep))
            return failed;
        step("keep-version");
        for (const QString &name : dir.entryList({SourcePattern, ArticleFile}, QDir::Files))
            if (!QFileInfo::exists(keep + u'/' + name) &&
                !QFile::copy(dir.filePath(name), keep + u'/' + name))
                return failed;
    }
    step("move-source");
    for (const QString &name : newSource) {
        for (const QString &old : dir.entryList({SourcePattern}, QDir::Files))
            if (old != name)
                QFile::remove(dir.filePath(old));
        if (!replaceFile(staged.filePath(name), dir.filePath(name)))
            return failed;
    }
    step("move-annotations");
    if (staged.exists(AnnotationsFile)) {
        // The positions on the old text stay beside the new ones.
        if (auto previous = JsonFile::readBytes(dir.filePath(AnnotationsFile), 256LL * 1024 * 1024); previous)
            (void)JsonFile::writeBytes(dir.filePath(AnnotationsFile) + BackupSuffix, previous.value());
        if (!replaceFile(staged.filePath(AnnotationsFile), dir.filePath(AnnotationsFile)))
            return failed;
    }
    step("move-article");
    if (staged.exists(ArticleFile) && !replaceFile(staged.filePath(ArticleFile), dir.filePath(ArticleFile)))
        return failed;
    step("finish");
    if (!QDir(staged.path()).removeRecursively())
        return failed;
    return {};
}

QStringList LibraryStore::versions(const QString &id) const
{
    return QDir(articleDir(id) + u'/' + VersionsFolder)
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonObject LibraryStore::migrateArticle(QJsonObject object)
{
    // Version 0: files from before the schema had a version (pre-release
    // builds) hold the same fields; they only lack the number.
    if (!object.contains("schemaVersion"_L1) && object.value("blocks"_L1).isArray())
        object.insert("schemaVersion"_L1, 1);
    // Later migrations go here, one step per version: 1 -> 2, 2 -> 3, ...
    return object;
}

Result<Article> LibraryStore::loadArticle(const QString &id) const
{
    if (auto ok = finishPendingUpdate(id); !ok)
        return ok.error();
    auto object = JsonFile::readObject(articleDir(id) + u'/' + ArticleFile);
    if (!object)
        return object.error();
    const QJsonObject migrated = migrateArticle(object.value());
    auto article = Article::fromJson(migrated);
    if (article || article.error().code != Error::Code::Unsupported)
        return article;
    // Written by a newer Gloss: show what this version understands, and
    // never write to it (isReadOnly()).
    QJsonObject readable = migrated;
    readable.insert("schemaVersion"_L1, Article::SchemaVersion);
    auto best = Article::fromJson(readable);
    if (!best)
        return article.error();
    m_readOnly.insert(id, article.error().message);
    return best;
}

bool LibraryStore::isReadOnly(const QString &id) const
{
    return m_readOnly.contains(id);
}

QString LibraryStore::readOnlyReason(const QString &id) const
{
    return m_readOnly.value(id);
}

Result<Article> LibraryStore::recleanSource(const QString &id) const
{
    const QString source = sourcePath(id);
    if (source.isEmpty())
        return Error {Error::Code::NotFound,
                      Tr::tr("The original source of this article is not in the library.")};
    auto bytes = JsonFile::readBytes(source, Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    auto current = loadArticle(id);
    if (!current)
        return current.error();
    // The address the first import used: a page that does not name its own
    // address keeps it, and relative links resolve against it.
    return Cleaner::clean(bytes.value(), QFileInfo(source).fileName(), QUrl(current.value().url));
}

Result<AnnotationSet> LibraryStore::loadAnnotations(const QString &id)
{
    const QString path = annotationsPath(id);
    m_readableAnnotations.remove(id);
    if (!QFileInfo::exists(path)) {
        m_readableAnnotations.insert(id);
        return AnnotationSet {};
    }
    auto object = JsonFile::readObject(path);
    auto set = object ? AnnotationSet::fromJson(object.value()) : Result<AnnotationSet>(object.error());
    if (set)
        m_readableAnnotations.insert(id);
    return set;
}

Result<void> LibraryStore::saveAnnotations(const QString &id, const AnnotationSet &set)
{
    if (isReadOnly(id))
        return Error {Error::Code::ReadOnly, readOnlyReason(id)};
    if (!m_readableAnnotations.contains(id) && !loadAnnotations(id))
        return Error {Error::Code::ReadOnly,
                      Tr::tr("The annotations of this article could not be read, so Gloss does not "
                             "save over them. Repair or move %1 and reopen the article.")
                          .arg(articleDir(id) + u'/' + AnnotationsFile)};
    const QString path = annotationsPath(id);
    // Keep the last good version beside the new one.
    if (QFileInfo::exists(path)) {
        auto previous = JsonFile::readBytes(path, 256LL * 1024 * 1024);
        if (previous)
            if (auto ok = JsonFile::writeBytes(path + BackupSuffix, previous.value()); !ok)
                return ok;
    }
    return JsonFile::writeObject(path, set.toJson());
}

Result<QJsonObject> LibraryStore::loadState(const QString &id) const
{
    const QString path = articleDir(id) + u'/' + StateFile;
    if (!QFileInfo::exists(path))
        return QJsonObject();
    return JsonFile::readObject(path);
}

Result<void> LibraryStore::saveState(const QString &id, const QJsonObject &state)
{
    if (isReadOnly(id))
        return Error {Error::Code::ReadOnly, readOnlyReason(id)};
    return JsonFile::writeObject(articleDir(id) + u'/' + StateFile, state);
}

Result<EntityCorrections> LibraryStore::loadEntityCorrections(const QString &id) const
{
    const QString path = entityCorrectionsPath(id);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return EntityCorrections {};
    auto object = JsonFile::readObject(path);
    if (!object)
        return object.error();
    return EntityCorrections::fromJson(object.value());
}

Result<void> LibraryStore::saveEntityCorrections(const QString &id, const EntityCorrections &corrections)
{
    if (isReadOnly(id))
        return Error {Error::Code::ReadOnly, readOnlyReason(id)};
    if (!loadEntityCorrections(id))
        return Error {
            Error::Code::ReadOnly,
            Tr::tr("The entity corrections of this article could not be read, so Gloss does not save "
                   "over them. Repair or move %1 and reopen the article.")
                .arg(entityCorrectionsPath(id))};
    return JsonFile::writeObject(entityCorrectionsPath(id), corrections.toJson());
}

bool LibraryStore::hasAnnotationsBackup(const QString &id) const
{
    return QFileInfo::exists(annotationsPath(id) + BackupSuffix);
}

Result<QString> LibraryStore::setAnnotationsAside(const QString &id)
{
    const QString path = annotationsPath(id);
    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFileInfo::exists(path) && !QFile::rename(path, aside))
        return Error {Error::Code::Io, Tr::tr("Cannot rename %1.").arg(path)};
    m_readableAnnotations.insert(id); // nothing is there to be lost now
    return aside;
}

Result<void> LibraryStore::restoreAnnotationsBackup(const QString &id)
{
    const QString backup = annotationsPath(id) + BackupSuffix;
    auto bytes = JsonFile::readBytes(backup, 256LL * 1024 * 1024);
    if (!bytes)
        return bytes.error();
    auto object = JsonFile::readObject(backup);
    if (auto set = object ? AnnotationSet::fromJson(object.value()) : Result<AnnotationSet>(object.error());
        !set)
        return set.error();
    if (auto aside = setAnnotationsAside(id); !aside)
        return aside.error();
    if (auto ok = JsonFile::writeBytes(annotationsPath(id), bytes.value()); !ok)
        return ok;
    m_readableAnnotations.insert(id);
    return {};
}

QString LibraryStore::sourcePath(const QString &id) const
{
    const QDir dir(articleDir(id));
    const QStringList sources = dir.entryList({SourcePattern}, QDir::Files);
    return sources.isEmpty() ? QString() : dir.filePath(sources.first());
}

QString LibraryStore::articlePath(const QString &id) const
{
    return articleDir(id) + u'/' + ArticleFile;
}

QString LibraryStore::annotationsPath(const QString &id) const
{
    return articleDir(id) + u'/' + AnnotationsFile;
}

QString LibraryStore::entityCorrectionsPath(const QString &id) const
{
    return articleDir(id) + u'/' + EntitiesFile;
}

std::optional<std::pair<QString, QString>> LibraryStore::articleFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !QFileInfo::exists(info.filePath() + u'/' + ArticleFile))
        return std::nullopt;
    return std::pair {info.absoluteDir().absolutePath(), info.fileName()};
}

Result<void> LibraryStore::moveToTrash(const QString &id)
{
    const QString trash = trashDir();
    if (!QDir().mkpath(trash))
        return Error {Error::Code::Io, Tr::tr("Cannot create the trash folder %1.").arg(trash)};
    const QString target = trash + u'/' + id;
    if (QFileInfo::exists(target))
        QDir(target).removeRecursively();
    if (!QDir().rename(articleDir(id), target))
        return Error {Error::Code::Io, Tr::tr("Cannot move %1 to the trash.").arg(articleDir(id))};
    return {};
}

Result<void> LibraryStore::restoreFromTrash(const QString &id)
{
    const QString source = trashDir() + u'/' + id;
    if (QFileInfo::exists(articleDir(id)))
        return Error {Error::Code::Io, Tr::tr("An article with the same id is already in the library.")};
    if (!QDir().rename(source, articleDir(id)))
        return Error {Error::Code::Io, Tr::tr("Cannot restore %1 from the trash.").arg(source)};
    return {};
}

QStringList LibraryStore::trashedIds() const
{
    return QDir(trashDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Result<void> LibraryStore::emptyTrash()
{
    QDir trash(trashDir());
    if (trash.exists() && !trash.removeRecursively())
        return Error {Error::Code::Io, Tr::tr("Cannot empty the trash folder %1.").arg(trash.path())};
    return {};
}

qint64 LibraryStore::stamp(const QString &id) const
{
    return QFileInfo(articleDir(id)).lastModified().toMSecsSinceEpoch();
}

QString LibraryStore::lockPath() const
{
    return m_root + u'/' + LockFile;
}

QString LibraryStore::indexPath() const
{
    return m_root + u'/' + IndexFile;
}

QString LibraryStore::trashDir() const
{
    return m_root + u'/' + TrashFolder;
}

QStringList LibraryStore::articleIds() const
{
    QStringList ids;
    const QDir dir(m_root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!name.startsWith(u'.') && QFileInfo::exists(dir.filePath(name) + u'/' + ArticleFile))
            ids << name;
    return ids;
}

} // namespace Gloss
