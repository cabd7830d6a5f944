// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceMetric.h"

namespace slipway {

class Database;

// Rows of `metric_verdicts`, and what a comparison needs to know of releases: when each first
// reached production and which services it touches. Writes expect the caller's Transaction.
// A file before schema 21 has no verdicts: reads give none.
class MetricVerdictRepository {
public:
    explicit MetricVerdictRepository(Database& db);

    // The release's stored verdicts, by service name and metric name.
    Result<QList<MetricVerdict>> forRelease(qint64 releaseId) const;
    // Replaces the verdict of (release, metric).
    Result<void> store(const MetricVerdict& verdict);
    // Drops every verdict of the release (it no longer has a production deployment).
    Result<void> removeForRelease(qint64 releaseId);
    // The releases holding a verdict on the metric, by id.
    Result<QList<qint64>> judgedBy(qint64 metricId) const;

    // The first production deployment's deployed_at (UTC seconds), whatever its outcome; 0
    // when the release has not been deployed to production.
    Result<qint64> firstProductionAt(qint64 releaseId) const;
    // The services a release touches: its release_services and its product, in id order.
    Result<QList<qint64>> servicesOf(qint64 releaseId) const;
    // The releases touching `serviceId` whose first production deployment lies in
    // [fromSecs, toSecs], by id.
    Result<QList<qint64>> deployedBetween(qint64 serviceId, qint64 fromSecs, qint64 toSecs) const;

private:
    Database& m_db;
};

} // namespace slipway
