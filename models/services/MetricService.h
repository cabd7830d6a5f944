// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/ServiceMetric.h"
#include "rules/BaselineComparison.h"

#include <QObject>

namespace slipway {

class Database;

// Service metrics, their samples, and each release's baseline verdicts. Definitions are
// audited edits under EditValidation; an import of samples is one audited entry (metric,
// count, range, source file's SHA-256), and recomputes the verdicts of the releases of that
// service deployed inside the samples' range. A success metric naming a metric of the
// release's services takes its actual from the after-window (see refreshActuals()).
class MetricService : public QObject {
    Q_OBJECT
public:
    MetricService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    Result<QList<ServiceMetric>> forService(qint64 serviceId) const;
    // The metrics of the release's services (product included).
    Result<QList<ServiceMetric>> forRelease(qint64 releaseId) const;
    Result<ServiceMetric> find(qint64 metricId) const;
    // By service name (or id as text) and metric name, for the CLI.
    Result<ServiceMetric> find(const QString& service, const QString& metric) const;

    Result<ServiceMetric> create(const ServiceMetric& metric);
    Result<ServiceMetric> update(const ServiceMetric& metric);
    Result<void> remove(qint64 metricId, qint64 rowVersion); // samples and verdicts go with it
    Result<ServiceMetric> restore(const ServiceMetric& metric);

    struct ImportOutcome {
        int added = 0;
        int replaced = 0; // a sample at a time already stored: the new value wins
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int verdictsUpdated = 0;
    };
    // Stores samples (upsert by time) in one transaction with its audit entry; `source` names
    // the file or URL in the audit entry. (`import metrics` creates a metric the service does
    // not have yet with create() first: lower is better, 10 %, 24 hours.)
    Result<ImportOutcome> importSamples(qint64 metricId, const QList<MetricSample>& samples,
                                        const QString& source, const QByteArray& sourceSha256);
    Result<QList<MetricSample>> samples(qint64 metricId, qint64 fromMs, qint64 toMs) const;

    // Compares the release's metrics now (the windows around its first production
    // deployment), stores the verdicts and returns them; Insufficient where samples are few.
    Result<QList<MetricVerdict>> compare(qint64 releaseId);
    // The stored verdicts of the release, without recomputing.
    Result<QList<MetricVerdict>> verdicts(qint64 releaseId) const;
    // The full comparison of one metric for one release, for the chart and its caption.
    struct Comparison {
        ServiceMetric metric;
        qint64 deployedAtMs = 0;
        qint64 windowMs = 0;
        QList<MetricSample> before;
        QList<MetricSample> after;
        BaselineOutcome outcome;
    };
    Result<Comparison> comparison(qint64 releaseId, qint64 metricId) const;

    // Sets the actual of each success metric of the release that names a service metric
    // (source_metric), from the after-window's statistic (source_stat), audited as the
    // metric's update. Returns how many changed.
    Result<int> refreshActuals(qint64 releaseId);

Q_SIGNALS:
    void metricsChanged(qint64 serviceId);
    void samplesImported(qint64 metricId);
    void verdictsChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
