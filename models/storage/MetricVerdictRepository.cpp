// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricVerdictRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace slipway {
namespace {

constexpr int kVerdictSchema = 21;

QString reading() {
    return QCoreApplication::translate("MetricVerdictRepository", "reading metric verdicts");
}

std::optional<double> optionalNumber(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant bindNumber(const std::optional<double>& v) {
    return v && !std::isnan(*v) ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// The first production deployment of each release, as a subquery joined by release id.
const QString kFirstProduction =
    QStringLiteral("SELECT d.release_id AS release_id, min(d.deployed_at) AS at FROM deployments d "
                   "JOIN environments e ON e.id = d.environment_id WHERE e.kind = 'prod' "
                   "GROUP BY d.release_id");

} // namespace

MetricVerdictRepository::MetricVerdictRepository(Database& db)
    : m_db(db) {}

Result<QList<MetricVerdict>> MetricVerdictRepository::forRelease(qint64 releaseId) const {
    QList<MetricVerdict> out;
    if (m_db.schemaVersion() < kVerdictSchema)
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT v.release_id, v.metric_id, m.name, s.name, m.unit, v.computed_at, v.deployed_at, "
        "v.baseline_median, v.after_median, v.change, v.u_statistic, v.p_value, v.n_before, "
        "v.n_after, v.verdict FROM metric_verdicts v JOIN service_metrics m ON m.id = "
        "v.metric_id JOIN services s ON s.id = m.service_id WHERE v.release_id = ? "
        "ORDER BY s.name, m.name, m.id"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        MetricVerdict v;
        v.releaseId = q.value(0).toLongLong();
        v.metricId = q.value(1).toLongLong();
        v.metricName = q.value(2).toString();
        v.serviceName = q.value(3).toString();
        v.unit = q.value(4).toString();
        v.computedAt = q.value(5).toLongLong();
        v.deployedAt = q.value(6).toLongLong();
        v.baselineMedian = optionalNumber(q.value(7));
        v.afterMedian = optionalNumber(q.value(8));
        v.change = optionalNumber(q.value(9));
        v.uStatistic = optionalNumber(q.value(10));
        v.pValue = optionalNumber(q.value(11));
        v.nBefore = q.value(12).toInt();
        v.nAfter = q.value(13).toInt();
        v.verdict =
            baselineVerdictFromKey(q.value(14).toString()).value_or(BaselineVerdict::Insufficient);
        out.append(v);
    }
    return out;
}

Result<void> MetricVerdictRepository::store(const MetricVerdict& v) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO metric_verdicts (release_id, metric_id, computed_at, deployed_at, "
        "baseline_median, after_median, change, u_statistic, p_value, n_before, n_after, "
        "verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (release_id, "
        "metric_id) DO UPDATE SET computed_at = excluded.computed_at, deployed_at = "
        "excluded.deployed_at, baseline_median = excluded.baseline_median, after_median = "
        "excluded.after_median, change = excluded.change, u_statistic = excluded.u_statistic, "
        "p_value = excluded.p_value, n_before = excluded.n_before, n_after = excluded.n_after, "
        "verdict = excluded.verdict"));
    q.addBindValue(v.releaseId);
    q.addBindValue(v.metricId);
    q.addBindValue(v.computedAt);
    q.addBindValue(v.deployedAt);
    q.addBindValue(bindNumber(v.baselineMedian));
    q.addBindValue(bindNumber(v.afterMedian));
    q.addBindValue(bindNumber(v.change));
    q.addBindValue(bindNumber(v.uStatistic));
    q.addBindValue(bindNumber(v.pValue));
    q.addBindValue(v.nBefore);
    q.addBindValue(v.nAfter);
    q.addBindValue(toKey(v.verdict));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("MetricVerdictRepository", "saving a metric verdict"));
    return {};
}

Result<void> MetricVerdictRepository::removeForRelease(qint64 releaseId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM metric_verdicts WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("MetricVerdictRepository", "saving a metric verdict"));
    return {};
}

Result<QList<qint64>> MetricVerdictRepository::judgedBy(qint64 metricId) const {
    QList<qint64> out;
    if (m_db.schemaVersion() < kVerdictSchema)
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT release_id FROM metric_verdicts WHERE metric_id = ? "
                             "ORDER BY release_id"));
    q.addBindValue(metricId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<qint64> MetricVerdictRepository::firstProductionAt(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT min(d.deployed_at) FROM deployments d JOIN environments e "
                             "ON e.id = d.environment_id WHERE e.kind = 'prod' AND "
                             "d.release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), reading());
    return q.value(0).isNull() ? qint64(0) : q.value(0).toLongLong();
}

Result<QList<qint64>> MetricVerdictRepository::servicesOf(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT service_id FROM release_services WHERE release_id = ? "
                             "UNION SELECT product_id FROM releases WHERE id = ? AND "
                             "product_id IS NOT NULL ORDER BY 1"));
    q.addBindValue(releaseId);
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<qint64>> MetricVerdictRepository::deployedBetween(qint64 serviceId, qint64 fromSecs,
                                                               qint64 toSecs) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.id FROM releases r JOIN (%1) f ON f.release_id = r.id "
                             "WHERE f.at BETWEEN ? AND ? AND (r.product_id = ? OR EXISTS "
                             "(SELECT 1 FROM release_services rs WHERE rs.release_id = r.id AND "
                             "rs.service_id = ?)) ORDER BY r.id")
                  .arg(kFirstProduction));
    q.addBindValue(fromSecs);
    q.addBindValue(toSecs);
    q.addBindValue(serviceId);
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace slipway
