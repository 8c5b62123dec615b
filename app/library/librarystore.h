// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "article/article.h"
#include "entities/entitycorrections.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Gloss {

/// The library folder: one sub-folder per article, named by a stable id,
/// holding article.json, annotations.json and the raw source. Every write is
/// atomic; a file that failed to load is never overwritten.
class LibraryStore final
{
public:
    explicit LibraryStore(QString root);

    /// `QStandardPaths::AppDataLocation`/library.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString articleDir(const QString &id) const;

    /// Creates the library folder when it does not exist yet.
    Result<void> ensureExists() const;

    /// Cleans the source and stores it. Importing the same bytes again
    /// returns the existing article's id. (Imports a person makes go through
    /// the workflow layer's Importer, with the duplicate and version policy.)
    Result<QString> import(const QByteArray &source, const QString &fileName);
    /// Stores an already cleaned article with its source.
    Result<QString> store(const QByteArray &source, const Article &article);

    /// Puts a new text under an article's annotations in one step: the
    /// article, its re-anchored annotations and (for a new version) its new
    /// source, the old source and article kept under versions/<time>/. The
    /// files are staged first and moved in place after; an update that a
    /// crash interrupted is finished (staged completely) or undone (not) the
    /// next time the article is read (finishPendingUpdate()), so highlights
    /// never stand on another version's text.
    Result<void> replaceArticle(const QString &id, const Article &article, const AnnotationSet &annotations,
                                const std::optional<QByteArray> &newSource = std::nullopt);
    /// Finishes or undoes an update of `id` that was interrupted.
    Result<void> finishPendingUpdate(const QString &id) const;
    /// The kept versions of an article, oldest first.
    QStringList versions(const QString &id) const;

    /// Loads an article, migrating older schema versions. One written by a
    /// newer Gloss opens read-only: what this version understands is shown,
    /// and nothing of that article is ever written (isReadOnly()).
    Result<Article> loadArticle(const QString &id) const;
    bool isReadOnly(const QString &id) const;
    /// Why the article is read-only, for the user.
    QString readOnlyReason(const QString &id) const;
    /// Brings an article.json object from an older schema to the current one.
    static QJsonObject migrateArticle(QJsonObject object);
    /// Cleans the stored raw source again with the current cleaners, with
    /// the page address the article was imported from.
    Result<Article> recleanSource(const QString &id) const;
    /// A missing annotations file is an empty set, not an error.
    Result<AnnotationSet> loadAnnotations(const QString &id);
    Result<void> saveAnnotations(const QString &id, const AnnotationSet &set);

    /// Ids of every article folder (not those in the trash).
    QStringList articleIds() const;

    /// Per-article reading state (added date, reading progress, position);
    /// an empty object when there is none yet.
    Result<QJsonObject> loadState(const QString &id) const;
    Result<void> saveState(const QString &id, const QJsonObject &state);
    /// The reader's entity corrections (entities.json); none when there is no file.
    Result<EntityCorrections> loadEntityCorrections(const QString &id) const;
    /// Writes the reader's entity corrections; refused for a read-only
    /// article and over a file that could not be read.
    Result<void> saveEntityCorrections(const QString &id, const EntityCorrections &corrections);

    /// Puts the last good annotations (annotations.json.bak) back in place of
    /// a damaged annotations file, which is set aside (see setAnnotationsAside).
    Result<void> restoreAnnotationsBackup(const QString &id);
    bool hasAnnotationsBackup(const QString &id) const;
    /// Renames a damaged annotations file with the time (kept, never
    /// deleted) so that a new one can be started; returns its new path.
    Result<QString> setAnnotationsAside(const QString &id);

    /// The files of an article, for showing them (View ▸ Source).
    QString sourcePath(const QString &id) const;
    QString articlePath(const QString &id) const;
    QString annotationsPath(const QString &id) const;
    QString entityCorrectionsPath(const QString &id) const;
    /// When `folder` is an article folder of some library: that library's
    /// folder and the article's id.
    static std::optional<std::pair<QString, QString>> articleFolder(const QString &folder);

    /// For the crash tests: called with the name of each step of an update
    /// before it is taken.
    static inline std::function<void(const char *step)> testStepHook;

    /// Moves an article to the library's trash folder; restoreFromTrash undoes it.
    Result<void> moveToTrash(const QString &id);
    Result<void> restoreFromTrash(const QString &id);
    QStringList trashedIds() const;
    /// Deletes the trash folder for good.
    Result<void> emptyTrash();

    /// The modification time of an article's folder (ms since the epoch); it
    /// changes whenever a file in it is replaced.
    qint64 stamp(const QString &id) const;
    /// The cache of the library list (LibraryIndex).
    QString indexPath() const;
    /// Path of the lock file that keeps one writer per library.
    QString lockPath() const;

    static QString idFor(const QByteArray &source);

private:
    Result<void> writeStaged(const QString &id, const Article &article, const AnnotationSet &annotations,
                             const std::optional<QByteArray> &newSource) const;
    Result<void> applyStaged(const QString &id) const;
    QString trashDir() const;

    QString m_root;
    // Articles whose annotations file was read successfully (or does not
    // exist). Saving over a file that could not be read would destroy the
    // user's work, so only these are written.
    QSet<QString> m_readableAnnotations;
    mutable QHash<QString, QString> m_readOnly; // article id -> why
};

} // namespace Gloss
