// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "article/article.h"

#include <QHash>
#include <QSet>

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
    /// returns the existing article's id. `sourceUrl` is where it came from,
    /// used when the page does not name its own address.
    Result<QString> import(const QByteArray &source, const QString &fileName, const QString &sourceUrl = {});
    /// Stores an already cleaned article with its source.
    Result<QString> store(const QByteArray &source, const Article &article);

    /// Keeps the current source and article.json of `id` under
    /// versions/<time>/ and puts `source` in place; the caller then saves the
    /// new article (Document::replaceArticle re-anchors the highlights).
    /// Returns the folder of the kept version.
    Result<QString> addVersion(const QString &id, const QByteArray &source, const Article &article);
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
    /// Replaces the stored article (after re-cleaning or a new version).
    Result<void> saveArticle(const QString &id, const Article &article);
    /// Cleans the stored raw source again with the current cleaners.
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
    /// Writes the reader's entity corrections (entities.json); refused for
    /// a read-only article.
    Result<void> saveEntityCorrections(const QString &id, const QJsonObject &corrections);

    /// Moves an article to the library's trash folder; restoreFromTrash undoes it.
    Result<void> moveToTrash(const QString &id);
    Result<void> restoreFromTrash(const QString &id);
    QStringList trashedIds() const;
    /// Deletes the trash folder for good.
    Result<void> emptyTrash();

    /// The modification time of an article's folder (ms since the epoch); it
    /// changes whenever a file in it is replaced.
    qint64 stamp(const QString &id) const;
    /// Path of the lock file that keeps one writer per library.
    QString lockPath() const;

    static QString idFor(const QByteArray &source);
    static inline const QString TrashFolder = QStringLiteral(".trash");

private:
    QString m_root;
    // Articles whose annotations file was read successfully (or does not
    // exist). Saving over a file that could not be read would destroy the
    // user's work, so only these are written.
    QSet<QString> m_readableAnnotations;
    mutable QHash<QString, QString> m_readOnly; // article id -> why
};

} // namespace Gloss
