// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PrometheusRange.h"

#include "io/PrometheusSamples.h"
#include "services/HttpRequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTimer>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrometheusRange)
};

} // namespace

PrometheusRange::PrometheusRange(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

PrometheusRange::~PrometheusRange() {
    abort();
}

QUrl PrometheusRange::rangeUrl(const QString& baseUrl, const QString& query, qint64 fromSecs,
                               qint64 toSecs, int stepSecs) {
    QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/query_range"));
    // QUrlQuery would leave '+' as it is, which servers read as a space.
    url.setQuery(QLatin1String("query=") + QString::fromLatin1(QUrl::toPercentEncoding(query)) +
                     QLatin1String("&start=") + QString::number(fromSecs) + QLatin1String("&end=") +
                     QString::number(toSecs) + QLatin1String("&step=") + QString::number(stepSecs),
                 QUrl::StrictMode);
    url.setFragment({});
    return url;
}

QString PrometheusRange::problemWith(const Request& r) {
    if (r.query.trimmed().isEmpty())
        return Text::tr("no query to run");
    if (r.toSecs <= r.fromSecs)
        return Text::tr("the end of the range must come after its start");
    if (r.stepSecs < 1 || r.stepSecs > 86400)
        return Text::tr("the step must be between 1 second and 1 day");
    const qint64 points = (r.toSecs - r.fromSecs) / r.stepSecs + 1;
    if (points > kMaxPoints)
        return Text::tr("%1 points per series at a step of %2 s, more than the %3 Prometheus "
                        "answers; use a step of at least %4 s")
            .arg(points)
            .arg(r.stepSecs)
            .arg(kMaxPoints)
            .arg((r.toSecs - r.fromSecs) / (kMaxPoints - 1) + 1);
    if (!rangeUrl(r.baseUrl, r.query, r.fromSecs, r.toSecs, r.stepSecs).isValid())
        return Text::tr("not an http or https URL: %1").arg(r.baseUrl.trimmed().left(120));
    return {};
}

void PrometheusRange::run(const Request& request) {
    abort();
    if (const QString problem = problemWith(request); !problem.isEmpty()) {
        PrometheusRangeResult result;
        result.reason = problem;
        result.url = request.baseUrl.trimmed();
        // Asynchronous like every other outcome, so callers handle one path.
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    const QUrl url = rangeUrl(request.baseUrl, request.query, request.fromSecs, request.toSecs,
                              request.stepSecs);
    auto* get =
        new HttpRequest(*m_network, HttpRequest::get(url, request.timeoutMs, kMaxBodyBytes), this);
    m_running = get;
    const QString series = request.series;
    connect(get, &HttpRequest::finished, this, [this, get, series](const HttpAnswer& answer) {
        if (m_running == get)
            m_running = nullptr;
        get->deleteLater();
        PrometheusRangeResult result;
        result.url = get->url().toDisplayString(QUrl::RemoveUserInfo);
        result.httpStatus = answer.answered ? answer.status : 0;
        result.latencyMs = answer.elapsedMs;
        const QString source = get->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (!answer.answered) {
            result.reason = answer.failure;
        } else if (answer.truncated) {
            result.reason = Text::tr("the answer is larger than %1 MB; ask for a shorter range "
                                     "or a larger step")
                                .arg(kMaxBodyBytes / (qint64(1024) * 1024));
        } else {
            result.sha256 = QCryptographicHash::hash(answer.body, QCryptographicHash::Sha256);
            // Prometheus answers a bad query with 400 or 422 and an error envelope: its reason
            // is more use than the status.
            const auto picked = PrometheusSamples::fromBytes(answer.body, series, source);
            const bool success = answer.status >= 200 && answer.status <= 299;
            if (!picked.ok())
                result.reason =
                    success
                        ? picked.error().message
                        : Text::tr("HTTP %1: %2").arg(answer.status).arg(picked.error().message);
            else if (!success)
                result.reason =
                    Text::tr("HTTP %1 after %2 ms").arg(answer.status).arg(answer.elapsedMs);
            else {
                result.ok = true;
                result.samples = picked->samples;
                result.series = picked->series;
                result.seriesCount = picked->seriesCount;
            }
        }
        Q_EMIT finished(result);
    });
    get->start();
}

bool PrometheusRange::isRunning() const {
    return !m_running.isNull();
}

void PrometheusRange::abort() {
    if (m_running) {
        HttpRequest* get = m_running;
        m_running = nullptr;
        get->abort();
        get->deleteLater();
    }
}

} // namespace slipway
