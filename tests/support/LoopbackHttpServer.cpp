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
    case 401:
        return "Unauthorized";
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

void LoopbackHttpServer::setRoute(const QByteArray& method, const QString& path,
                                  const Response& response) {
    QMutexLocker lock(&m_mutex);
    m_routes.insert(QString::fromLatin1(method.toUpper()) + u' ' + path, response);
}

QByteArray LoopbackHttpServer::Request::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requests() const {
    QMutexLocker lock(&m_mutex);
    return m_requests;
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
    m_requests.clear();
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
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.target = QString::fromLatin1(requestLine.value(1));
        qint64 length = 0;
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (length > 0 && length <= kMaxRecordedBody) {
            // The whole body is waited for, so it can be recorded and echoed.
            if (buffer.size() < end + 4 + length)
                break;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
        } else {
            buffer.remove(0, end + 4);
            skip = length; // too large to keep: dropped as it comes
        }
        respond(socket, request);
    }
    socket->setProperty(kBuffer, buffer);
    socket->setProperty(kSkip, skip);
}

void LoopbackHttpServer::respond(QTcpSocket* socket, const Request& request) {
    const QString& text = request.target;
    const QString path = text.section(u'?', 0, 0);
    Response response;
    {
        QMutexLocker lock(&m_mutex);
        m_targets.append(text);
        m_requests.append(request);
        const QString byMethod = QString::fromLatin1(request.method.toUpper()) + u' ' + path;
        response = m_routes.value(
            byMethod, m_routes.value(path, answer(404, "no route for " + path.toUtf8())));
    }
    if (!response.requireHeader.first.isEmpty() &&
        request.header(response.requireHeader.first) != response.requireHeader.second) {
        response = answer(401, "{\"error\": \"unauthorized\"}");
        response.contentType = "application/json";
    } else if (!response.echoHeader.isEmpty()) {
        response.body = request.header(response.echoHeader);
    } else if (response.echoBody) {
        response.body = request.body;
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
