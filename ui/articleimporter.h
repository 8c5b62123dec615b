// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/reanchoring.h"
#include "workflow/importer.h"

#include <QObject>
#include <QUrl>

class QAction;
class QMimeData;
class QWidget;

namespace Gloss {

class UrlFetcher;
class Workspace;

/// The window's side of bringing articles in: files, web addresses
/// (downloaded with progress and Esc to cancel), drops and the clipboard.
/// The import itself, with its duplicate and new-version policy, is the
/// workflow layer's Importer; this asks the user what it needs to know (a
/// new version: update or keep both?) and shows what happened.
class ArticleImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleImporter)

public:
    ArticleImporter(Workspace *workspace, QWidget *window);

    /// Where an import comes from: the user chose it in Gloss (an article
    /// already in the library is then said to be), or Gloss was asked to
    /// open it (command line, another instance: it simply opens).
    enum class Intent { Import, Open };

    /// A file path or a web address.
    bool openLocation(const QString &location, Intent intent = Intent::Open);
    /// One file opens after import; many are imported beside the window
    /// with a progress dialog, and the last one opens. Returns how many
    /// are in the library afterwards.
    int importFiles(const QStringList &paths);
    /// Starts downloading `url`; the article opens when it arrives.
    void openUrl(const QUrl &url, Intent intent = Intent::Import);
    /// Drops and pastes: files, links, HTML or text.
    bool canImport(const QMimeData *mime) const;
    bool importMime(const QMimeData *mime);

    QAction *openUrlAction() const { return m_openUrl; }
    QAction *pasteAction() const { return m_paste; }
    QAction *cancelAction() const { return m_cancel; }

Q_SIGNALS:
    void openRequested(const QString &id);
    void statusMessage(const QString &message, int timeout);
    void problem(const QString &title, const QString &message);
    /// An article was updated to a new version; its highlights moved.
    void reanchored(const Gloss::ReanchorReport &report);

private:
    bool importSource(const ImportSource &source, Intent intent);
    /// Shows the outcome of one import; true when an article is there to open.
    bool report(const ImportResult &result, Intent intent);
    VersionChoice askAboutVersion(const IncomingVersion &incoming);

    Workspace *m_workspace;
    QWidget *m_window;
    UrlFetcher *m_fetcher;
    Intent m_downloadIntent = Intent::Import;
    QAction *m_openUrl;
    QAction *m_paste;
    QAction *m_cancel;
};

} // namespace Gloss
