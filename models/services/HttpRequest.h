// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace slipway {

// What one request brought back: an HTTP status with (the start of) the body, or a one-line
// reason there was none.
struct HttpAnswer {
    bool answered = false; // a status line came back
    int status = 0;
    QByteArray body; // at most the limit asked for
    bool truncated = false;
    QString contentType;
    qint64 elapsedMs = 0; // from the start to the end of the (bounded) body, or to the failure
    QString failure;      // no answer: "connection refused", "timed out after 5000 ms" …
};

// One HTTP request (a live check's GET, a Prometheus query, a post-deployment check with any
// method, headers and a body) that must never hang the window or read without end: a total
// timeout (not only an idle one), at most kMaxRedirects redirects and never from HTTPS to
// HTTP, at most `maxBytes` of body read. Emits finished() exactly once, always
// asynchronously (also for a URL that is not http or https), unless abort() came first.
// Header values may hold secrets: they are sent and never kept in the answer or in any
// message.
class HttpRequest : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 3;

    struct Spec {
        QString method = QStringLiteral("GET");
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int timeoutMs = 5000;
        qint64 maxBytes = 64 * 1024;
        QString purpose = QStringLiteral("validation"); // in the User-Agent
    };

    // A plain GET of the run's live checks and metric queries.
    static Spec get(QUrl url, int timeoutMs, qint64 maxBytes);

    HttpRequest(QNetworkAccessManager& network, Spec spec, QObject* parent = nullptr);
    ~HttpRequest() override;
    Q_DISABLE_COPY_MOVE(HttpRequest)

    void start();
    void abort(); // finished() is not emitted
    const QUrl& url() const { return m_spec.url; }

Q_SIGNALS:
    void finished(const slipway::HttpAnswer& answer);

private:
    void readBody();
    void replyFinished();
    void timedOut();
    void complete();

    QNetworkAccessManager& m_network;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    HttpAnswer m_answer;
    bool m_timedOut = false;
    bool m_finished = false; // reported or aborted: nothing more is emitted
};

} // namespace slipway
