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
// request is recorded (method, target, headers and a body up to kMaxRecordedBody). Routes may be
// per method, and an answer may echo a request header or the body, or refuse with 401 a
// request that lacks a header value. Keep-alive, Content-Length.
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
        // The body answered is the request's header of this name (empty when absent)…
        QByteArray echoHeader;
        // … or the request's body.
        bool echoBody = false;
        // When set, a request whose header `first` is not exactly `second` gets 401.
        QPair<QByteArray, QByteArray> requireHeader;
    };
    // A request as it arrived.
    struct Request {
        QByteArray method;
        QString target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const; // first of that name, any case
    };
    static constexpr qsizetype kMaxRecordedBody = 1024 * 1024;

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 and a port the system picks; false when it cannot.
    Q_INVOKABLE bool listen();
    quint16 port() const { return m_port.load(); }
    QUrl url(const QString& pathAndQuery) const; // http://127.0.0.1:PORT/pathAndQuery

    // How `path` (without the query) answers; a path with no route answers 404.
    void setRoute(const QString& path, const Response& response);
    // How `path` answers `method` ("POST"); it comes before a route for any method.
    void setRoute(const QByteArray& method, const QString& path, const Response& response);
    static Response answer(int status, const QByteArray& body, int delayMs = 0);

    QStringList targets() const;         // every request's target, in order of arrival
    int hits(const QString& path) const; // requests for `path`, whatever their query
    QList<Request> requests() const;     // every request, in order of arrival
    void clearRecords();

    // A port on 127.0.0.1 nobody listens on (bound for a moment, then released).
    static quint16 unusedPort();

private:
    void accept();
    void readFrom(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);

    QTcpServer* m_server;
    std::atomic<quint16> m_port{0};
    mutable QMutex m_mutex;
    QHash<QString, Response> m_routes;
    QStringList m_targets;
    QList<Request> m_requests;
};

} // namespace slipway::test
