// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Gloss {

/// One Gloss per library: the first instance listens on a local socket named
/// after the library folder; a second one hands its arguments over (files or
/// URLs to open) and quits instead of writing beside the first.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &libraryRoot, QObject *parent = nullptr);

    /// Starts listening; false when the socket cannot be created.
    bool listen();
    /// Sends `arguments` to the instance that owns the library; false when
    /// none answers within `timeoutMs`.
    static bool sendToRunning(const QString &libraryRoot, const QStringList &arguments, int timeoutMs = 3000);
    static QString serverName(const QString &libraryRoot);

Q_SIGNALS:
    /// Another instance was started with these arguments (empty: just show yourself).
    void activated(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server;
};

} // namespace Gloss
