// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/reanchoring.h"
#include "document/document.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Gloss {

class Library;
class LibraryStore;

/// One library as Gloss and gloss-cli work on it: the folder (LibraryStore),
/// the list and search (Library) and the open article (Document), with the
/// workflows that change articles as a whole. Edits of the open article are
/// saved as they are made (debounced).
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(const QString &root, QObject *parent = nullptr);
    ~Workspace() override;

    /// How long edits wait before they are written, so a burst of edits is one write.
    static constexpr int SaveDelayMs = 250;

    LibraryStore *store() const { return m_store.get(); }
    Library *library() const { return m_library; }
    Document *document() const { return m_document; }

    /// What the library holds of an article: the article, its annotations,
    /// reading state and entity corrections. Unreadable annotations or
    /// corrections are reported in the content, never replaced.
    Result<ArticleContent> loadContent(const QString &id) const;
    /// Opens `id` in the Document (after saving the one open before).
    Result<void> open(const QString &id);
    void close();
    /// Writes pending edits now.
    void flush();

    /// Puts a new text under article `id` (a new version with its source,
    /// a re-cleaning, removed text put back) and re-anchors its highlights;
    /// the ones Gloss is not sure about are marked for review, never moved
    /// silently. Both files change in one step (LibraryStore::replaceArticle).
    Result<ReanchorReport> replaceArticle(const QString &id, const Article &article,
                                          const std::optional<QByteArray> &newSource = std::nullopt);
    /// Cleans the stored source of `id` again with the address of its first
    /// import; nothing changes when the text comes out the same.
    Result<ReanchorReport> reclean(const QString &id);
    /// Puts removed text `index` of the open article back where it stood.
    Result<ReanchorReport> restoreRemoved(qsizetype index);

    /// The open article's annotations file could not be read. Either put its
    /// last good backup in place or set it aside and start a new file; the
    /// highlights made since it was opened are kept in both cases.
    enum class DamagedAnnotations { RestoreBackup, SetAside };
    Result<void> resolveDamagedAnnotations(DamagedAnnotations choice);
    /// Edits that cannot be saved until the user decides (see above).
    bool hasUnsavableEdits() const;

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    void scheduleSave(Document::Parts parts);
    void save();
    Result<void> savePart(Document::Part part);

    std::unique_ptr<LibraryStore> m_store;
    Library *m_library;
    Document *m_document;
    Document::Parts m_unsaved;
    bool m_editedSinceOpen = false;
    QTimer m_saveTimer;
};

} // namespace Gloss
