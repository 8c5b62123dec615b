// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTcpServer;

/// A tiny HTTP/1.0 server on 127.0.0.1 for tests: fixed answers per path,
/// and a log of every request it saw. Never reaches beyond the machine.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Response {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QByteArray location; // for redirects
        qint64 declaredLength = -1; // Content-Length to claim (-1: the body's)
        bool hang = false; // never answer
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    bool start();
    QString url(const QString &path) const;
    void route(const QString &path, const Response &response);

    /// Paths requested so far, in order.
    QStringList requests() const { return m_requests; }
    /// The header lines of each request, in the same order.
    QList<QByteArray> requestHeaders() const { return m_headers; }

private:
    QTcpServer *m_server;
    QHash<QString, Response> m_routes;
    QStringList m_requests;
    QList<QByteArray> m_headers;
};
