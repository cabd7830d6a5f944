// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HttpGet.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpGet)
};

} // namespace

HttpGet::HttpGet(QNetworkAccessManager& network, QUrl url, int timeoutMs, qint64 maxBytes,
                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_timeoutMs(qMax(1, timeoutMs))
    , m_maxBytes(qMax<qint64>(0, maxBytes)) {
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early: the check would end before its timeout.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpGet::timedOut);
}

HttpGet::~HttpGet() {
    abort();
}

void HttpGet::start() {
    m_clock.start();
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || m_url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        m_answer.failure = Text::tr("not an http or https URL: %1")
                               .arg(InputText::quoted(m_url.toDisplayString(), 120));
        // Asynchronous like every other outcome, so callers handle one path.
        QTimer::singleShot(0, this, &HttpGet::complete);
        return;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Slipway/%1 (run checks)").arg(QLatin1String(SLIPWAY_VERSION)));
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpGet::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpGet::replyFinished);
    m_timer.start(m_timeoutMs);
}

void HttpGet::abort() {
    m_finished = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpGet::readBody() {
    if (!m_reply || m_finished)
        return;
    const qint64 room = m_maxBytes - m_answer.body.size();
    if (room > 0)
        m_answer.body += m_reply->read(room);
    if (m_answer.body.size() < m_maxBytes || m_reply->isFinished())
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_reply->bytesAvailable() > 0 || !length.isValid() || length.toLongLong() > m_maxBytes) {
        // Enough read: the rest is not waited for, the answer stands with what came.
        m_answer.truncated = true;
        replyFinished();
    }
}

void HttpGet::replyFinished() {
    if (!m_reply || m_finished)
        return;
    QNetworkReply* reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_answer.truncated) {
        const qint64 room = m_maxBytes - m_answer.body.size();
        if (room > 0)
            m_answer.body += reply->read(room);
        if (reply->bytesAvailable() > 0)
            m_answer.truncated = true;
    }
    const bool redirectRefused = reply->error() == QNetworkReply::TooManyRedirectsError ||
                                 reply->error() == QNetworkReply::InsecureRedirectError;
    if (status.isValid() && !m_timedOut && !redirectRefused) {
        m_answer.answered = true;
        m_answer.status = status.toInt();
        m_answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    } else if (m_timedOut) {
        m_answer.failure = Text::tr("timed out after %1 ms").arg(m_timeoutMs);
    } else {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            m_answer.failure = Text::tr("connection refused");
            break;
        case QNetworkReply::HostNotFoundError:
            m_answer.failure =
                Text::tr("host not found: %1").arg(InputText::singleLine(m_url.host(), 120));
            break;
        case QNetworkReply::RemoteHostClosedError:
            m_answer.failure = Text::tr("the server closed the connection without an answer");
            break;
        case QNetworkReply::TooManyRedirectsError:
            m_answer.failure = Text::tr("more than %1 redirects").arg(kMaxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            m_answer.failure = Text::tr("redirected from HTTPS to HTTP, not followed");
            break;
        case QNetworkReply::TimeoutError:
            m_answer.failure = Text::tr("timed out after %1 ms").arg(m_timeoutMs);
            break;
        default:
            m_answer.failure = InputText::singleLine(reply->errorString());
            break;
        }
    }
    complete();
}

void HttpGet::timedOut() {
    if (!m_reply || m_finished)
        return;
    m_timedOut = true;
    replyFinished();
}

void HttpGet::complete() {
    if (m_finished)
        return; // aborted, or already reported
    m_finished = true;
    m_answer.elapsedMs = m_clock.elapsed();
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(m_answer);
}

} // namespace slipway
