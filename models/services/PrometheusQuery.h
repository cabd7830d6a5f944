// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/PrometheusResponse.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <limits>

class QNetworkAccessManager;

namespace slipway {

class HttpRequest;

// Which value of several series counts: the highest for a threshold that fires above it, the
// lowest for one that fires below it (an error rate vs an availability).
enum class MetricWorst { Highest, Lowest };

// One number read from an instant query, or NaN with the reason there is none.
struct MetricReading {
    qint64 id = 0; // the caller's (a trigger id)
    double value = std::numeric_limits<double>::quiet_NaN();
    QString series; // labels of the series the value came from: {job="api",instance="a:80"}
    int seriesCount = 0;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QString reason; // without a number: one line, "the query matched no series" …
};

// Runs PromQL instant queries, GET {base}/api/v1/query?query=…, asynchronously, and reads one
// number from each: of several series the worst (see MetricWorst), of a matrix each series'
// latest sample. NaN samples count only when every series is NaN.
class PrometheusQuery : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = qint64(8) * 1024 * 1024;

    explicit PrometheusQuery(QObject* parent = nullptr);
    ~PrometheusQuery() override;
    Q_DISABLE_COPY_MOVE(PrometheusQuery)

    // The query's URL under `baseUrl` (which may have a path, as behind a proxy); the query is
    // percent-encoded, '+' and '&' included. Invalid when the base is not an http(s) URL.
    static QUrl queryUrl(const QString& baseUrl, const QString& query);

    void run(qint64 id, const QString& baseUrl, const QString& query,
             MetricWorst worst = MetricWorst::Highest, int timeoutMs = 5000);
    bool isRunning(qint64 id) const;
    void abortAll();

    // The number a response gives, without the network.
    static MetricReading readingOf(const PrometheusResponse& response, MetricWorst worst);

Q_SIGNALS:
    void finished(const slipway::MetricReading& reading);

private:
    QNetworkAccessManager* m_network;
    QMultiHash<qint64, HttpRequest*> m_running;
};

} // namespace slipway
