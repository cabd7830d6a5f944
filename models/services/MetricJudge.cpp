// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricJudge.h"

#include "rules/BaselineComparison.h"
#include "storage/MetricRepository.h"
#include "storage/MetricVerdictRepository.h"

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

constexpr qint64 kHourMs = qint64(3600) * 1000;

std::optional<double> known(double v) {
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

} // namespace

std::vector<double> MetricJudge::valuesOf(const QList<MetricSample>& samples) {
    std::vector<double> values;
    values.reserve(std::size_t(samples.size()));
    for (const MetricSample& s : samples)
        values.push_back(s.value);
    return values;
}

// The comparison of `metric` around `deployedAtSecs`, read from the file.
Result<MetricService::Comparison> MetricJudge::around(Database& db, const ServiceMetric& metric,
                                                      qint64 deployedAtSecs) {
    MetricService::Comparison c;
    c.metric = metric;
    c.deployedAtMs = deployedAtSecs * 1000;
    c.windowMs = metric.windowHours * kHourMs;
    MetricRepository metrics(db);
    auto before = metrics.samples(metric.id, c.deployedAtMs - c.windowMs, c.deployedAtMs);
    if (!before)
        return before.error();
    auto after = metrics.samples(metric.id, c.deployedAtMs, c.deployedAtMs + c.windowMs);
    if (!after)
        return after.error();
    c.before = std::move(before.value());
    c.after = std::move(after.value());
    const std::vector<double> b = valuesOf(c.before);
    const std::vector<double> a = valuesOf(c.after);
    BaselineInput input;
    input.before = b;
    input.after = a;
    input.better = metric.better;
    input.threshold = metric.threshold;
    input.thresholdKind = metric.thresholdKind;
    c.outcome = compareBaseline(input);
    return c;
}

MetricVerdict MetricJudge::verdictOf(const MetricService::Comparison& c, qint64 releaseId,
                                     qint64 now) {
    MetricVerdict v;
    v.releaseId = releaseId;
    v.metricId = c.metric.id;
    v.metricName = c.metric.name;
    v.serviceName = c.metric.serviceName;
    v.unit = c.metric.unit;
    v.computedAt = now;
    v.deployedAt = c.deployedAtMs / 1000;
    const BaselineOutcome& o = c.outcome;
    v.nBefore = o.nBefore;
    v.nAfter = o.nAfter;
    v.verdict = o.verdict;
    if (o.nBefore > 0)
        v.baselineMedian = known(o.baselineMedian);
    if (o.nAfter > 0)
        v.afterMedian = known(o.afterMedian);
    if (o.nBefore > 0 && o.nAfter > 0) {
        v.change = known(o.change);
        if (o.test.valid()) {
            v.uStatistic = known(o.test.u);
            v.pValue = known(o.test.p);
        }
    }
    return v;
}

// Compares and stores the verdict of `metric` for each of `releases`; inside a transaction.
Result<QList<MetricVerdict>> MetricJudge::judge(Database& db, const ServiceMetric& metric,
                                                const QList<qint64>& releases, qint64 now) {
    MetricVerdictRepository verdicts(db);
    QList<MetricVerdict> out;
    for (qint64 releaseId : releases) {
        auto deployed = verdicts.firstProductionAt(releaseId);
        if (!deployed)
            return deployed.error();
        if (deployed.value() == 0)
            continue;
        auto c = around(db, metric, deployed.value());
        if (!c)
            return c.error();
        MetricVerdict v = verdictOf(c.value(), releaseId, now);
        if (auto stored = verdicts.store(v); !stored)
            return stored.error();
        out.append(v);
    }
    return out;
}

Result<bool> MetricJudge::followDeployment(Database& db, qint64 releaseId, qint64 nowSecs) {
    MetricVerdictRepository verdicts(db);
    auto deployed = verdicts.firstProductionAt(releaseId);
    if (!deployed)
        return deployed.error();
    auto stored = verdicts.forRelease(releaseId);
    if (!stored)
        return stored.error();
    if (deployed.value() == 0) {
        if (stored->isEmpty())
            return false;
        if (auto removed = verdicts.removeForRelease(releaseId); !removed)
            return removed.error();
        return true;
    }
    auto services = verdicts.servicesOf(releaseId);
    if (!services)
        return services.error();
    auto metrics = MetricRepository(db).forServices(services.value());
    if (!metrics)
        return metrics.error();
    bool changed = false;
    for (const ServiceMetric& metric : std::as_const(metrics.value())) {
        const auto old = std::find_if(stored->cbegin(), stored->cend(),
                                      [&](const auto& v) { return v.metricId == metric.id; });
        if (old != stored->cend() && old->deployedAt == deployed.value())
            continue;
        auto c = around(db, metric, deployed.value());
        if (!c)
            return c.error();
        const MetricVerdict v = verdictOf(c.value(), releaseId, nowSecs);
        // A metric without a sample on either side has nothing to say yet.
        if (old == stored->cend() && v.nBefore == 0 && v.nAfter == 0)
            continue;
        if (auto kept = verdicts.store(v); !kept)
            return kept.error();
        changed = true;
    }
    return changed;
}

} // namespace slipway
