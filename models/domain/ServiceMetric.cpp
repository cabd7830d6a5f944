// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceMetric.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <cmath>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceMetric)
};

QJsonValue number(const std::optional<double>& v) {
    // JSON has no NaN or infinity: those become null, like a missing value.
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QString toKey(MetricDirection direction) {
    switch (direction) {
    case MetricDirection::LowerIsBetter:
        return QStringLiteral("lower");
    case MetricDirection::HigherIsBetter:
        return QStringLiteral("higher");
    }
    return {};
}

std::optional<MetricDirection> metricDirectionFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (MetricDirection d : {MetricDirection::LowerIsBetter, MetricDirection::HigherIsBetter})
        if (toKey(d) == k)
            return d;
    return std::nullopt;
}

QString toKey(ThresholdKind kind) {
    switch (kind) {
    case ThresholdKind::Percent:
        return QStringLiteral("percent");
    case ThresholdKind::Absolute:
        return QStringLiteral("absolute");
    }
    return {};
}

std::optional<ThresholdKind> thresholdKindFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (ThresholdKind t : {ThresholdKind::Percent, ThresholdKind::Absolute})
        if (toKey(t) == k)
            return t;
    return std::nullopt;
}

QString toKey(BaselineVerdict verdict) {
    switch (verdict) {
    case BaselineVerdict::Degraded:
        return QStringLiteral("degraded");
    case BaselineVerdict::Unchanged:
        return QStringLiteral("unchanged");
    case BaselineVerdict::Improved:
        return QStringLiteral("improved");
    case BaselineVerdict::Insufficient:
        return QStringLiteral("insufficient");
    }
    return {};
}

std::optional<BaselineVerdict> baselineVerdictFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (BaselineVerdict v : {BaselineVerdict::Degraded, BaselineVerdict::Unchanged,
                              BaselineVerdict::Improved, BaselineVerdict::Insufficient})
        if (toKey(v) == k)
            return v;
    return std::nullopt;
}

QString displayName(BaselineVerdict verdict) {
    switch (verdict) {
    case BaselineVerdict::Degraded:
        return QCoreApplication::translate("slipway", "Degraded");
    case BaselineVerdict::Unchanged:
        return QCoreApplication::translate("slipway", "Unchanged");
    case BaselineVerdict::Improved:
        return QCoreApplication::translate("slipway", "Improved");
    case BaselineVerdict::Insufficient:
        return QCoreApplication::translate("slipway", "Too few samples");
    }
    return {};
}

QList<FieldProblem> validateMetric(const ServiceMetric& m) {
    QList<FieldProblem> problems;
    if (m.serviceId <= 0)
        problems.append(
            {QStringLiteral("service"), Text::tr("A service metric belongs to a service.")});
    if (m.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("A service metric needs a name.")});
    if (!std::isfinite(m.threshold) || m.threshold < 0)
        problems.append({QStringLiteral("threshold"),
                         Text::tr("The threshold must be a number of at least 0.")});
    if (m.windowHours < 1 || m.windowHours > 720)
        problems.append({QStringLiteral("window_hours"),
                         Text::tr("The window must be between 1 and 720 hours.")});
    if (!m.prometheusUrl.isEmpty()) {
        const QUrl url(m.prometheusUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            problems.append({QStringLiteral("prometheus_url"),
                             Text::tr("The Prometheus address must be an http or https URL.")});
        else if (!url.password().isEmpty())
            problems.append({QStringLiteral("prometheus_url"),
                             Text::tr("The Prometheus address may not hold a password: it is "
                                      "stored, audited and shown as written.")});
        if (m.query.trimmed().isEmpty())
            problems.append({QStringLiteral("query"),
                             Text::tr("A Prometheus address needs a query to fetch.")});
    }
    FieldLimits::check(
        problems,
        {{"name", QT_TRANSLATE_NOOP("FieldLimits", "The name"), m.name, FieldLimits::kName},
         {"unit", QT_TRANSLATE_NOOP("FieldLimits", "The unit"), m.unit, FieldLimits::kName},
         {"prometheus_url", QT_TRANSLATE_NOOP("FieldLimits", "The Prometheus address"),
          m.prometheusUrl, FieldLimits::kNote},
         {"query", QT_TRANSLATE_NOOP("FieldLimits", "The query"), m.query, FieldLimits::kNote}});
    return problems;
}

QJsonObject toJson(const ServiceMetric& m) {
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("service_id"), m.serviceId},
        {QStringLiteral("service"), m.serviceName},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("unit"), m.unit},
        {QStringLiteral("better"), toKey(m.better)},
        {QStringLiteral("threshold"), m.threshold},
        {QStringLiteral("threshold_kind"), toKey(m.thresholdKind)},
        {QStringLiteral("window_hours"), m.windowHours},
        {QStringLiteral("prometheus_url"), m.prometheusUrl},
        {QStringLiteral("query"), m.query},
        {QStringLiteral("row_version"), m.rowVersion},
    };
}

QJsonObject toJson(const MetricVerdict& v) {
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("release_id"), v.releaseId},
        {QStringLiteral("metric_id"), v.metricId},
        {QStringLiteral("metric"), v.metricName},
        {QStringLiteral("service"), v.serviceName},
        {QStringLiteral("unit"), v.unit},
        {QStringLiteral("computed_at"), iso(v.computedAt)},
        {QStringLiteral("deployed_at"), iso(v.deployedAt)},
        {QStringLiteral("baseline_median"), number(v.baselineMedian)},
        {QStringLiteral("after_median"), number(v.afterMedian)},
        {QStringLiteral("change"), number(v.change)},
        {QStringLiteral("u_statistic"), number(v.uStatistic)},
        {QStringLiteral("p_value"), number(v.pValue)},
        {QStringLiteral("n_before"), v.nBefore},
        {QStringLiteral("n_after"), v.nAfter},
        {QStringLiteral("verdict"), toKey(v.verdict)},
    };
}

} // namespace slipway
