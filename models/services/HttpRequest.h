// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/HttpGet.h"

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

// One HTTP request of a post-deployment check: any method, headers and a body. Bounded like
// HttpGet: a total timeout, at most kMaxRedirects redirects and never from HTTPS to HTTP, at
// most `maxBytes` of body read. Emits finished() exactly once, always asynchronously, unless
// abort() came first. Header values may hold secrets: they are sent and never kept in the
// answer or in any message.
class HttpRequest : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = HttpGet::kMaxRedirects;

    struct Spec {
        QString method = QStringLiteral("GET");
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int timeoutMs = 5000;
        qint64 maxBytes = 64 * 1024;
    };

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
    bool m_finished = false;
};

} // namespace slipway
