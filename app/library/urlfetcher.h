// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Gloss {

/// Downloads a web page for import: http(s) only, redirects followed (at most
/// ten, never from https to http), a time limit and a size limit, and errors
/// that say what went wrong in words a user can act on.
class UrlFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlFetcher)

public:
    struct Page {
        QByteArray bytes;
        QUrl url; // after redirects
        QString contentType;
        /// A file name for the page ("page.html"), so the cleaner knows what it is.
        QString fileName() const;
    };

    static constexpr qint64 DefaultMaxBytes = 20LL * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit UrlFetcher(QObject *parent = nullptr);
    ~UrlFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// Starts a download; finished() follows, also after cancel().
    void fetch(const QUrl &url);
    void cancel();
    bool isRunning() const { return m_reply; }

    /// Downloads synchronously (for the command line).
    static Result<Page> fetchBlocking(const QUrl &url, qint64 maxBytes = DefaultMaxBytes,
                                      int timeoutMs = DefaultTimeoutMs);
    /// Whether `text` reads as a web address Gloss can fetch.
    static bool isWebAddress(const QString &text);

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    void finished(const Gloss::Result<Gloss::UrlFetcher::Page> &result);

private:
    void finish(const Result<Page> &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};

} // namespace Gloss
