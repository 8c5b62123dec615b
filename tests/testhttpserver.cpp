// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray request = socket->peek(65536);
                if (!request.contains("\r\n\r\n"))
                    return; // headers not complete yet
                socket->readAll();
                const QList<QByteArray> first = request.left(request.indexOf("\r\n")).split(' ');
                const QString path = first.size() > 1 ? QString::fromLatin1(first.at(1)) : QString();
                m_requests << path;
                m_headers << request.left(request.indexOf("\r\n\r\n"));
                const auto it = m_routes.constFind(path);
                Response r = it == m_routes.cend() ? Response {404, "text/plain", "not found"} : *it;
                if (r.hang)
                    return;
                QByteArray reply = "HTTP/1.0 " + QByteArray::number(r.status) +
                    (r.status == 200       ? " OK"
                         : r.status >= 400 ? " Error"
                                           : " Moved") +
                    "\r\n";
                reply += "Content-Type: " + r.contentType + "\r\n";
                reply += "Content-Length: " +
                    QByteArray::number(r.declaredLength >= 0 ? r.declaredLength : r.body.size()) + "\r\n";
                if (!r.location.isEmpty())
                    reply += "Location: " + r.location + "\r\n";
                reply += "Connection: close\r\n\r\n" + r.body;
                socket->write(reply);
                socket->disconnectFromHost();
            });
        }
    });
}

bool TestHttpServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path);
}

void TestHttpServer::route(const QString &path, const Response &response)
{
    m_routes.insert(path, response);
}
