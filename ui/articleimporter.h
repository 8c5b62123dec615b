// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class QMimeData;

namespace Gloss {

class MainWindow;
class UrlFetcher;

/// Brings articles into the library from wherever the user has them: files,
/// web addresses (downloaded with progress and a Cancel), dropped files,
/// links and text, and the clipboard. An article that is already in the
/// library (same address or same text) is offered as a new version of it,
/// its highlights moved along, and what changed is shown.
class ArticleImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleImporter)

public:
    explicit ArticleImporter(MainWindow *window);

    /// A file path or a web address.
    bool openLocation(const QString &location);
    bool openFile(const QString &path);
    /// Imports many files in a background thread with a progress dialog
    /// that can cancel; opens the last one. Returns how many were imported.
    int importFiles(const QStringList &paths);
    /// Starts downloading `url`; the article opens when it arrives.
    void openUrl(const QUrl &url);
    /// Cleans and stores `bytes`, handling duplicates; opens the result.
    bool importBytes(const QByteArray &bytes, const QString &fileName, const QString &sourceUrl = {});
    /// Drops and pastes: files, links, HTML or text.
    bool canImport(const QMimeData *mime) const;
    bool importMime(const QMimeData *mime);

    QAction *openUrlAction() const { return m_openUrl; }
    QAction *pasteAction() const { return m_paste; }
    QAction *cancelAction() const { return m_cancel; }
    UrlFetcher *fetcher() const { return m_fetcher; }

Q_SIGNALS:
    /// An article was added or updated and opened.
    void imported(const QString &id);

private:
    bool updateVersion(const QString &id, const QByteArray &bytes, const QString &fileName, const QString &sourceUrl);

    MainWindow *m_window;
    UrlFetcher *m_fetcher;
    QAction *m_openUrl;
    QAction *m_paste;
    QAction *m_cancel;
};

} // namespace Gloss
