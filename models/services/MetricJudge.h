// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricService.h"

#include <vector>

namespace slipway {

class Database;

// The comparison of one metric around a release's first production deployment, read from the
// file, and the verdicts it stores (inside the caller's transaction). MetricService's
// arithmetic, kept apart from its audited writes.
struct MetricJudge {
    // The windows [deployedAt − window, deployedAt) and [deployedAt, deployedAt + window).
    static Result<MetricService::Comparison> around(Database& db, const ServiceMetric& metric,
                                                    qint64 deployedAtSecs);
    // The row metric_verdicts keeps of a comparison; NaN statistics are left out.
    static MetricVerdict verdictOf(const MetricService::Comparison& comparison, qint64 releaseId,
                                   qint64 nowSecs);
    // Compares and stores the verdict of `metric` for each release that reached production.
    static Result<QList<MetricVerdict>> judge(Database& db, const ServiceMetric& metric,
                                              const QList<qint64>& releases, qint64 nowSecs);
    // After a release's deployments change (inside that change's transaction): when its first
    // production deployment moved, or came after samples were imported, each metric of its
    // services is judged again around it; with none left, its verdicts go. Returns whether
    // any verdict changed.
    static Result<bool> followDeployment(Database& db, qint64 releaseId, qint64 nowSecs);
    static std::vector<double> valuesOf(const QList<MetricSample>& samples);
};

} // namespace slipway
