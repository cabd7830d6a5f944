// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace slipway {

// What one GET brought back: an HTTP status with (the start of) the body, or a one-line
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

// One HTTP GET for the run's live checks, which must never hang the window or read without
// end: a total timeout (not only an idle one), at most kMaxRedirects redirects (never from
// HTTPS to HTTP) and at most `maxBytes` of body. Emits finished() exactly once, always
// asynchronously (also for a URL that is not http or https), unless abort() came first.
class HttpGet : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 3;

    HttpGet(QNetworkAccessManager& network, QUrl url, int timeoutMs, qint64 maxBytes,
            QObject* parent = nullptr);
    ~HttpGet() override;
    Q_DISABLE_COPY_MOVE(HttpGet)

    void start();
    // Stops the request; finished() is not emitted.
    void abort();
    const QUrl& url() const { return m_url; }

Q_SIGNALS:
    void finished(const slipway::HttpAnswer& answer);

private:
    void readBody();
    void replyFinished();
    void timedOut();
    void complete();

    QNetworkAccessManager& m_network;
    QUrl m_url;
    int m_timeoutMs;
    qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    HttpAnswer m_answer;
    bool m_timedOut = false;
    bool m_finished = false; // reported or aborted: nothing more is emitted
};

} // namespace slipway
