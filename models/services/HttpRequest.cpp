// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HttpRequest.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpRequest)
};

} // namespace

HttpRequest::HttpRequest(QNetworkAccessManager& network, Spec spec, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec)) {
    m_spec.timeoutMs = qMax(1, m_spec.timeoutMs);
    m_spec.maxBytes = qMax<qint64>(0, m_spec.maxBytes);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_timer, &QTimer::timeout, this, &HttpRequest::timedOut);
}

HttpRequest::Spec HttpRequest::get(QUrl url, int timeoutMs, qint64 maxBytes) {
    Spec spec;
    spec.url = std::move(url);
    spec.timeoutMs = timeoutMs;
    spec.maxBytes = maxBytes;
    spec.purpose = QStringLiteral("run checks");
    return spec;
}

HttpRequest::~HttpRequest() {
    abort();
}

void HttpRequest::start() {
    m_clock.start();
    const QUrl& url = m_spec.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        m_answer.failure = Text::tr("not an http or https URL: %1")
                               .arg(InputText::quoted(url.toDisplayString(), 120));
        // Asynchronous like every other outcome, so callers handle one path.
        QTimer::singleShot(0, this, &HttpRequest::complete);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Slipway/%1 (%2)").arg(QLatin1String(SLIPWAY_VERSION), m_spec.purpose));
    for (const auto& [name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    const QByteArray method = m_spec.method.toUpper().toLatin1();
    if (method == "GET" && m_spec.body.isEmpty())
        m_reply = m_network.get(request);
    else if (method == "HEAD")
        m_reply = m_network.head(request);
    else
        m_reply = m_network.sendCustomRequest(request, method, m_spec.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpRequest::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpRequest::replyFinished);
    m_timer.start(m_spec.timeoutMs);
}

void HttpRequest::abort() {
    m_finished = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpRequest::readBody() {
    if (!m_reply || m_finished)
        return;
    const qint64 room = m_spec.maxBytes - m_answer.body.size();
    if (room > 0)
        m_answer.body += m_reply->read(room);
    if (m_answer.body.size() < m_spec.maxBytes || m_reply->isFinished())
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_reply->bytesAvailable() > 0 || !length.isValid() ||
        length.toLongLong() > m_spec.maxBytes) {
        m_answer.truncated = true; // enough read: the answer stands with what came
        replyFinished();
    }
}

void HttpRequest::replyFinished() {
    if (!m_reply || m_finished)
        return;
    QNetworkReply* reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_answer.truncated) {
        const qint64 room = m_spec.maxBytes - m_answer.body.size();
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
        m_answer.failure = Text::tr("timed out after %1 ms").arg(m_spec.timeoutMs);
    } else {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            m_answer.failure = Text::tr("connection refused");
            break;
        case QNetworkReply::HostNotFoundError:
            m_answer.failure =
                Text::tr("host not found: %1").arg(InputText::singleLine(m_spec.url.host(), 120));
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
            m_answer.failure = Text::tr("timed out after %1 ms").arg(m_spec.timeoutMs);
            break;
        default:
            // Qt's text names the URL at most, never a header.
            m_answer.failure = InputText::singleLine(reply->errorString());
            break;
        }
    }
    complete();
}

void HttpRequest::timedOut() {
    if (!m_reply || m_finished)
        return;
    m_timedOut = true;
    replyFinished();
}

void HttpRequest::complete() {
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
