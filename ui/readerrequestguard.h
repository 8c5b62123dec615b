// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace Gloss {

/// Every request the reader's profile makes passes here. The app's own
/// qrc: files (and data: URLs, which reach no network) always load; a web
/// request goes out only when the user asked for images, and then only for
/// an image. Anything else is blocked, so with images off reading touches
/// no network at all, whatever the page's markup or CSP would allow.
class ReaderRequestGuard final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderRequestGuard)

public:
    explicit ReaderRequestGuard(QObject *parent = nullptr);

    void setLoadImages(bool on) { m_loadImages = on; }
    bool loadImages() const { return m_loadImages; }
    /// Requests refused so far (for the log and tests).
    int blockedCount() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    std::atomic<bool> m_loadImages = false;
    std::atomic<int> m_blocked = 0;
};

} // namespace Gloss
