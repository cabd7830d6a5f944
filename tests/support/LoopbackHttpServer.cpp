// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace slipway::test {

namespace {

// Requests are small; a client that sends more header than this without an end is cut off.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
const char* const kBuffer = "slipwayBuffer";   // what arrived and is not handled yet
const char* const kSkip = "slipwayBodyToSkip"; // request body bytes still to drop
const char* const kHung = "slipwayHung";       // a request that is never answered

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen() {
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server->serverPort();
    return true;
}

QUrl LoopbackHttpServer::url(const QString& pathAndQuery) const {
    QString rest = pathAndQuery;
    if (!rest.startsWith(u'/'))
        rest.prepend(u'/');
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(rest));
}

void LoopbackHttpServer::setRoute(const QString& path, const Response& response) {
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, response);
}

LoopbackHttpServer::Response LoopbackHttpServer::answer(int status, const QByteArray& body,
                                                        int delayMs) {
    Response response;
    response.status = status;
    response.body = body;
    response.delayMs = delayMs;
    return response;
}

QStringList LoopbackHttpServer::targets() const {
    QMutexLocker lock(&m_mutex);
    return m_targets;
}

int LoopbackHttpServer::hits(const QString& path) const {
    QMutexLocker lock(&m_mutex);
    int count = 0;
    for (const QString& target : m_targets) {
        if (target.section(u'?', 0, 0) == path)
            ++count;
    }
    return count;
}

void LoopbackHttpServer::clearRecords() {
    QMutexLocker lock(&m_mutex);
    m_targets.clear();
}

quint16 LoopbackHttpServer::unusedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackHttpServer::accept() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket* socket) {
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    qint64 skip = socket->property(kSkip).toLongLong();
    while (!socket->property(kHung).toBool() &&
           socket->state() == QAbstractSocket::ConnectedState) {
        if (skip > 0) {
            const qint64 dropped = qMin<qint64>(skip, buffer.size());
            buffer.remove(0, dropped);
            skip -= dropped;
            if (skip > 0)
                break;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                socket->abort();
            break;
        }
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        for (const QByteArray& line : lines.mid(1)) {
            if (line.toLower().startsWith("content-length:"))
                skip = line.mid(15).trimmed().toLongLong();
        }
        respond(socket, requestLine.value(1));
    }
    socket->setProperty(kBuffer, buffer);
    socket->setProperty(kSkip, skip);
}

void LoopbackHttpServer::respond(QTcpSocket* socket, const QByteArray& target) {
    const QString text = QString::fromLatin1(target);
    const QString path = text.section(u'?', 0, 0);
    Response response;
    {
        QMutexLocker lock(&m_mutex);
        m_targets.append(text);
        response = m_routes.value(path, answer(404, "no route for " + path.toUtf8()));
    }
    if (response.behaviour == Behaviour::NeverAnswer) {
        socket->setProperty(kHung, true);
        return;
    }
    if (response.behaviour == Behaviour::CloseWithoutAnswer) {
        socket->abort();
        return;
    }
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
                       "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                       "\r\nConnection: keep-alive\r\n";
    for (const auto& [name, value] : std::as_const(response.headers))
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n" + (response.sendBodyBytes < 0 ? response.body
                                                  : response.body.left(response.sendBodyBytes));
    if (response.delayMs <= 0) {
        socket->write(bytes);
        return;
    }
    QTimer::singleShot(response.delayMs, socket, [socket, bytes] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(bytes);
    });
}

} // namespace slipway::test
