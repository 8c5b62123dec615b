// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

class QWebChannel;
class QWebEngineProfile;

namespace Gloss {

class ReaderBridge;
class ReaderRequestGuard;

/// Shows the open article: the app's reader page fed over a QWebChannel
/// that only the app's own script world can reach.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(ReaderBridge *bridge, QWidget *parent = nullptr);
    ~ReaderView() override;

    /// Actions offered first in the page's context menu.
    void setContextActions(const QList<QAction *> &actions);

    /// Whether figures may load their pictures from the web. Off (the
    /// default), the reader makes no network request at all.
    void setLoadImages(bool on);
    bool loadImages() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QWebChannel *m_channel;
    QWebEngineProfile *m_profile;
    ReaderRequestGuard *m_guard;
    QList<QAction *> m_contextActions;
};

} // namespace Gloss
