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

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::LibraryStore)
};

const QString ArticleFile = u"article.json"_s;
const QString AnnotationsFile = u"annotations.json"_s;
const QString StateFile = u"state.json"_s;
const QString BackupSuffix = u".bak"_s;
} // namespace

LibraryStore::LibraryStore(QString root) : m_root(std::move(root)) { }

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
    return QString::fromLatin1(
        QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex().left(16));
}

Result<void> LibraryStore::ensureExists() const
{
    const QFileInfo info(m_root);
    if (info.exists() && !info.isDir())
        return Error{Error::Code::Io,
                     Tr::tr("The library location %1 is a file, not a folder.").arg(m_root)};
    if (!QDir().mkpath(m_root))
        return Error{Error::Code::Io, Tr::tr("Cannot create the library folder %1.").arg(m_root)};
    return {};
}

Result<QString> LibraryStore::import(const QByteArray &source, const QString &fileName, const QString &sourceUrl)
{
    const QString id = idFor(source);
    if (QFileInfo::exists(articleDir(id) + u'/' + ArticleFile))
        return id;
    auto article = Cleaner::clean(source, fileName);
    if (!article)
        return article.error();
    if (article.value().url.isEmpty())
        article.value().url = sourceUrl;
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
        return Error{Error::Code::Io, Tr::tr("Cannot create the article folder %1.").arg(dir)};
    const QString extension = article.sourceKind == "html"_L1 ? u"html"_s : u"txt"_s;
    if (auto ok = JsonFile::writeBytes(dir + u"/source."_s + extension, source); !ok)
        return ok.error();
    const QJsonObject state{{"added"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (auto ok = JsonFile::writeObject(dir + u'/' + StateFile, state); !ok)
        return ok.error();
    // article.json last: its presence marks a complete import.
    if (auto ok = JsonFile::writeObject(dir + u'/' + ArticleFile, article.toJson()); !ok)
        return ok.error();
    return id;
}

Result<QString> LibraryStore::addVersion(const QString &id, const QByteArray &source, const Article &article)
{
    const QDir dir(articleDir(id));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s);
    const QString keep = dir.filePath(u"versions/"_s + stamp);
    if (!QDir().mkpath(keep))
        return Error{Error::Code::Io, Tr::tr("Cannot create the folder %1.").arg(keep)};
    // The previous version is copied first; only then is anything replaced.
    for (const QString &name : dir.entryList({u"source.*"_s, ArticleFile}, QDir::Files))
        if (!QFile::copy(dir.filePath(name), keep + u'/' + name))
            return Error{Error::Code::Io, Tr::tr("Cannot keep the previous version of %1.").arg(name)};
    for (const QString &name : dir.entryList({u"source.*"_s}, QDir::Files))
        QFile::remove(dir.filePath(name));
    const QString extension = article.sourceKind == "html"_L1 ? u"html"_s : u"txt"_s;
    if (auto ok = JsonFile::writeBytes(dir.filePath(u"source."_s + extension), source); !ok)
        return ok.error();
    return keep;
}

QStringList LibraryStore::versions(const QString &id) const
{
    return QDir(articleDir(id) + u"/versions"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
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

Result<void> LibraryStore::saveArticle(const QString &id, const Article &article)
{
    if (isReadOnly(id))
        return Error{Error::Code::ReadOnly, readOnlyReason(id)};
    const QString path = articleDir(id) + u'/' + ArticleFile;
    // Never write over an article file that does not read back.
    if (QFileInfo::exists(path))
        if (auto current = loadArticle(id); !current)
            return current.error();
    return JsonFile::writeObject(path, article.toJson());
}

Result<Article> LibraryStore::recleanSource(const QString &id) const
{
    const QDir dir(articleDir(id));
    const QStringList sources = dir.entryList({u"source.*"_s}, QDir::Files);
    if (sources.isEmpty())
        return Error{Error::Code::NotFound,
                     Tr::tr("The original source of this article is not in the library.")};
    auto bytes = JsonFile::readBytes(dir.filePath(sources.first()), Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    return Cleaner::clean(bytes.value(), sources.first());
}

Result<AnnotationSet> LibraryStore::loadAnnotations(const QString &id)
{
    const QString path = articleDir(id) + u'/' + AnnotationsFile;
    m_readableAnnotations.remove(id);
    if (!QFileInfo::exists(path)) {
        m_readableAnnotations.insert(id);
        return AnnotationSet{};
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
        return Error{Error::Code::ReadOnly, readOnlyReason(id)};
    if (!m_readableAnnotations.contains(id) && !loadAnnotations(id))
        return Error{Error::Code::ReadOnly,
                     Tr::tr("The annotations of this article could not be read, so Gloss does not "
                        "save over them. Repair or move %1 and reopen the article.")
                         .arg(articleDir(id) + u'/' + AnnotationsFile)};
    const QString path = articleDir(id) + u'/' + AnnotationsFile;
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
        return Error{Error::Code::ReadOnly, readOnlyReason(id)};
    return JsonFile::writeObject(articleDir(id) + u'/' + StateFile, state);
}

Result<void> LibraryStore::saveEntityCorrections(const QString &id, const QJsonObject &corrections)
{
    if (isReadOnly(id))
        return Error{Error::Code::ReadOnly, readOnlyReason(id)};
    return JsonFile::writeObject(articleDir(id) + u"/entities.json"_s, corrections);
}

Result<void> LibraryStore::moveToTrash(const QString &id)
{
    const QString trash = m_root + u'/' + TrashFolder;
    if (!QDir().mkpath(trash))
        return Error{Error::Code::Io, Tr::tr("Cannot create the trash folder %1.").arg(trash)};
    const QString target = trash + u'/' + id;
    if (QFileInfo::exists(target))
        QDir(target).removeRecursively();
    if (!QDir().rename(articleDir(id), target))
        return Error{Error::Code::Io, Tr::tr("Cannot move %1 to the trash.").arg(articleDir(id))};
    return {};
}

Result<void> LibraryStore::restoreFromTrash(const QString &id)
{
    const QString source = m_root + u'/' + TrashFolder + u'/' + id;
    if (QFileInfo::exists(articleDir(id)))
        return Error{Error::Code::Io, Tr::tr("An article with the same id is already in the library.")};
    if (!QDir().rename(source, articleDir(id)))
        return Error{Error::Code::Io, Tr::tr("Cannot restore %1 from the trash.").arg(source)};
    return {};
}

QStringList LibraryStore::trashedIds() const
{
    return QDir(m_root + u'/' + TrashFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Result<void> LibraryStore::emptyTrash()
{
    QDir trash(m_root + u'/' + TrashFolder);
    if (trash.exists() && !trash.removeRecursively())
        return Error{Error::Code::Io, Tr::tr("Cannot empty the trash folder %1.").arg(trash.path())};
    return {};
}

qint64 LibraryStore::stamp(const QString &id) const
{
    return QFileInfo(articleDir(id)).lastModified().toMSecsSinceEpoch();
}

QString LibraryStore::lockPath() const
{
    return m_root + u"/.lock"_s;
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
