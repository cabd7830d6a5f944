// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <atomic>

class QTcpServer;
class QTcpSocket;

namespace slipway::test {

// A real HTTP/1.1 server on 127.0.0.1 and a free port, for the run's health checks and
// Prometheus queries: each path answers as the test scripts it (status, body, a delay before
// the answer, no answer at all, or the connection closed without one), and every request's
// target is recorded. Keep-alive, Content-Length; the request body is skipped.
// It may live in another thread (the benchmark does): routes and records are locked, and
// listen() is invokable.
class LoopbackHttpServer : public QObject {
    Q_OBJECT
public:
    enum class Behaviour { Answer, NeverAnswer, CloseWithoutAnswer };
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "text/plain; charset=utf-8";
        int delayMs = 0; // before the answer; the server stays responsive meanwhile
        Behaviour behaviour = Behaviour::Answer;
        QList<QPair<QByteArray, QByteArray>> headers; // extra ones, e.g. Location
        // Only this many bytes of the body are sent (the length says all of it), then nothing
        // more: a body that never ends. Negative: all of it.
        qsizetype sendBodyBytes = -1;
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 and a port the system picks; false when it cannot.
    Q_INVOKABLE bool listen();
    quint16 port() const { return m_port.load(); }
    QUrl url(const QString& pathAndQuery) const; // http://127.0.0.1:PORT/pathAndQuery

    // How `path` (without the query) answers; a path with no route answers 404.
    void setRoute(const QString& path, const Response& response);
    static Response answer(int status, const QByteArray& body, int delayMs = 0);

    QStringList targets() const;         // every request's target, in order of arrival
    int hits(const QString& path) const; // requests for `path`, whatever their query
    void clearRecords();

    // A port on 127.0.0.1 nobody listens on (bound for a moment, then released).
    static quint16 unusedPort();

private:
    void accept();
    void readFrom(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& target);

    QTcpServer* m_server;
    std::atomic<quint16> m_port{0};
    mutable QMutex m_mutex;
    QHash<QString, Response> m_routes;
    QStringList m_targets;
};

} // namespace slipway::test
