// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

enum class MetricDirection { LowerIsBetter, HigherIsBetter };
QString toKey(MetricDirection direction); // "lower", "higher"
std::optional<MetricDirection> metricDirectionFromKey(const QString& key);

enum class ThresholdKind { Percent, Absolute };
QString toKey(ThresholdKind kind); // "percent", "absolute"
std::optional<ThresholdKind> thresholdKindFromKey(const QString& key);

// What is measured of a service after its releases: error rate, p95 latency, availability…
struct ServiceMetric {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString serviceName; // read with the row
    QString name;        // unique per service: "error_rate", "p95_latency_ms"
    QString unit;
    MetricDirection better = MetricDirection::LowerIsBetter;
    double threshold = 10; // how much worse than the baseline's median counts
    ThresholdKind thresholdKind = ThresholdKind::Percent;
    int windowHours = 24;  // the baseline window before the deployment, and the same after
    QString prometheusUrl; // where samples can be fetched live; empty: imported only
    QString query;         // PromQL for query_range
    qint64 rowVersion = 0;
};
QList<FieldProblem> validateMetric(const ServiceMetric& metric);
QJsonObject toJson(const ServiceMetric& metric);

// One sample. value may be NaN (stored as NULL) or ±Inf.
struct MetricSample {
    qint64 atMs = 0; // UTC milliseconds
    double value = 0;
};

// The verdict of a baseline comparison.
enum class BaselineVerdict { Degraded, Unchanged, Improved, Insufficient };
QString toKey(BaselineVerdict verdict); // "degraded", "unchanged", "improved", "insufficient"
std::optional<BaselineVerdict> baselineVerdictFromKey(const QString& key);
QString displayName(BaselineVerdict verdict);

// The stored comparison of one metric for one release (metric_verdicts).
struct MetricVerdict {
    qint64 releaseId = 0;
    qint64 metricId = 0;
    QString metricName; // read with the row
    QString serviceName;
    QString unit;
    qint64 computedAt = 0; // UTC seconds
    qint64 deployedAt = 0; // UTC seconds: where the windows meet
    std::optional<double> baselineMedian;
    std::optional<double> afterMedian;
    std::optional<double> change; // after − baseline, in the metric's unit
    std::optional<double> uStatistic;
    std::optional<double> pValue; // one-sided: after worse than baseline
    int nBefore = 0;
    int nAfter = 0;
    BaselineVerdict verdict = BaselineVerdict::Insufficient;
};
QJsonObject toJson(const MetricVerdict& verdict);

} // namespace slipway
