// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceMetric.h"

#include <optional>

namespace slipway {

class Database;

// Rows of `service_metrics` and their `metric_samples`. Writes expect the caller's Transaction.
// A file before schema 21 has no metrics: reads give none.
class MetricRepository {
public:
    explicit MetricRepository(Database& db);

    // The metrics of these services, by service name and then metric name; none for no
    // services.
    Result<QList<ServiceMetric>> forServices(const QList<qint64>& serviceIds) const;
    Result<QList<ServiceMetric>> all() const;
    Result<ServiceMetric> find(qint64 id) const;
    Result<std::optional<ServiceMetric>> findByName(qint64 serviceId, const QString& name) const;
    // A new metric, or with `id` set a deleted one back under its old id.
    Result<ServiceMetric> insert(const ServiceMetric& metric, const QString& actor, qint64 nowSecs);
    Result<ServiceMetric> update(const ServiceMetric& metric, const QString& actor, qint64 nowSecs);
    // Its samples and verdicts go with it (ON DELETE CASCADE).
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    struct Upserted {
        int added = 0;
        int replaced = 0;
    };
    // Writes each sample, replacing the value stored at the same time. NaN is stored as NULL,
    // ±Inf as SQLite's REAL infinities.
    Result<Upserted> upsertSamples(qint64 metricId, const QList<MetricSample>& samples);
    // The samples in [fromMs, toMs), in time order.
    Result<QList<MetricSample>> samples(qint64 metricId, qint64 fromMs, qint64 toMs) const;

    struct Span {
        qint64 count = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };
    Result<Span> span(qint64 metricId) const;

private:
    // On a PostgreSQL server: COPY and one upsert (the SQLite path binds row by row).
    Result<void> upsertOnServer(qint64 metricId, const QList<MetricSample>& samples,
                                const QString& saving);
    Result<QList<ServiceMetric>> select(const QString& where, const QList<qint64>& ids) const;
    bool hasTables() const;

    Database& m_db;
};

} // namespace slipway
