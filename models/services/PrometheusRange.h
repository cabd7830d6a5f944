// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace slipway {

class HttpRequest;

// What one range query brought back: the samples of the series picked, or the reason there
// are none (one line).
struct PrometheusRangeResult {
    bool ok = false;
    QList<MetricSample> samples;
    QString series;      // the labels of the series picked
    int seriesCount = 0; // in the answer
    QString url;         // as shown to people: no user info
    QByteArray sha256;   // of the answer's body, for the import's audit entry
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QString reason;
};

// Fetches a metric's samples live: GET {base}/api/v1/query_range?query=…&start=…&end=…&step=…
// asynchronously, bounded in time and size, and picks one series (PrometheusSamples). One
// query at a time; finished() is emitted once per run(), unless abort() came first.
class PrometheusRange : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = qint64(32) * 1024 * 1024;
    // Prometheus refuses a range query of more points per series.
    static constexpr qint64 kMaxPoints = 11000;

    struct Request {
        QString baseUrl;
        QString query;
        qint64 fromSecs = 0; // UTC
        qint64 toSecs = 0;
        int stepSecs = 60;
        QString series; // a label selector (see PrometheusSamples); empty: the only one
        int timeoutMs = 30000;
    };

    explicit PrometheusRange(QObject* parent = nullptr);
    ~PrometheusRange() override;
    Q_DISABLE_COPY_MOVE(PrometheusRange)

    // The query's URL under `baseUrl` (which may carry a path); start and end in Unix seconds,
    // step in seconds, the query percent-encoded ('+' and '&' too). Invalid when the base is not
    // an http(s) URL.
    static QUrl rangeUrl(const QString& baseUrl, const QString& query, qint64 fromSecs,
                         qint64 toSecs, int stepSecs);
    // Why a request cannot be sent (bad range, step, too many points, bad URL); empty: it can.
    static QString problemWith(const Request& request);

    void run(const Request& request);
    bool isRunning() const;
    void abort();

Q_SIGNALS:
    void finished(const slipway::PrometheusRangeResult& result);

private:
    QNetworkAccessManager* m_network;
    QPointer<HttpRequest> m_running;
};

} // namespace slipway
