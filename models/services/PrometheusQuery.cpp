// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PrometheusQuery.h"
#include "domain/InputText.h"
#include "services/HttpRequest.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cmath>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrometheusQuery)
};

QString labelText(const QMap<QString, QString>& labels) {
    if (labels.isEmpty())
        return {};
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + QLatin1String("=\"") + it.value() + u'"');
    return InputText::singleLine(QString(u'{' + parts.join(u',') + u'}'), 160);
}

} // namespace

PrometheusQuery::PrometheusQuery(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

PrometheusQuery::~PrometheusQuery() {
    abortAll();
}

QUrl PrometheusQuery::queryUrl(const QString& baseUrl, const QString& query) {
    QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/query"));
    // QUrlQuery would leave '+' as it is, which servers read as a space.
    url.setQuery(QLatin1String("query=") + QString::fromLatin1(QUrl::toPercentEncoding(query)),
                 QUrl::StrictMode);
    url.setFragment({});
    return url;
}

void PrometheusQuery::run(qint64 id, const QString& baseUrl, const QString& query,
                          MetricWorst worst, int timeoutMs) {
    QUrl url = queryUrl(baseUrl, query);
    if (!url.isValid())
        url = QUrl(baseUrl.trimmed()); // HttpRequest names what is wrong with it
    auto* get = new HttpRequest(*m_network, HttpRequest::get(url, timeoutMs, kMaxBodyBytes), this);
    m_running.insert(id, get);
    connect(get, &HttpRequest::finished, this, [this, id, get, worst](const HttpAnswer& answer) {
        m_running.remove(id, get);
        get->deleteLater();
        MetricReading reading;
        if (answer.answered) {
            // Prometheus answers a bad query with 400 or 422 and an error envelope: its
            // reason is more use than the status.
            const auto response = PrometheusResponse::parse(
                answer.body, get->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            if (answer.truncated)
                reading.reason = Text::tr("the answer is larger than %1 MB")
                                     .arg(kMaxBodyBytes / (qint64(1024) * 1024));
            else if (response.ok() && (answer.status < 200 || answer.status > 299))
                reading.reason =
                    Text::tr("HTTP %1 after %2 ms").arg(answer.status).arg(answer.elapsedMs);
            else if (!response.ok())
                reading.reason =
                    answer.status >= 200 && answer.status < 300
                        ? response.error().message
                        : Text::tr("HTTP %1: %2").arg(answer.status).arg(response.error().message);
            else
                reading = readingOf(response.value(), worst);
        } else {
            reading.reason = answer.failure;
        }
        reading.id = id;
        reading.httpStatus = answer.answered ? answer.status : 0;
        reading.latencyMs = answer.elapsedMs;
        Q_EMIT finished(reading);
    });
    get->start();
}

bool PrometheusQuery::isRunning(qint64 id) const {
    return m_running.contains(id);
}

void PrometheusQuery::abortAll() {
    const auto running = m_running.values();
    m_running.clear();
    for (HttpRequest* get : running) {
        get->abort();
        get->deleteLater();
    }
}

MetricReading PrometheusQuery::readingOf(const PrometheusResponse& response, MetricWorst worst) {
    MetricReading reading;
    if (response.type == PrometheusResponse::Type::String) {
        reading.reason = Text::tr("the query gave a string, not a number");
        return reading;
    }
    reading.seriesCount = int(response.series.size());
    bool found = false;
    for (const PrometheusSeries& series : response.series) {
        if (series.samples.isEmpty())
            continue;
        const double value = series.samples.constLast().value; // the latest of a matrix
        if (std::isnan(value))
            continue;
        const bool worse =
            worst == MetricWorst::Highest ? value > reading.value : value < reading.value;
        if (!found || worse) {
            reading.value = value;
            reading.series = labelText(series.labels);
            found = true;
        }
    }
    if (found)
        return reading;
    reading.reason = reading.seriesCount == 0 ? Text::tr("the query matched no series")
                                              : Text::tr("every series is NaN");
    return reading;
}

} // namespace slipway
