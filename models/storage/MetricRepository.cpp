// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricRepository.h"

#include "Database.h"
#include "PgCopy.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace slipway {
namespace {

constexpr int kMetricSchema = 21;

QString doing() {
    return QCoreApplication::translate("MetricRepository", "saving a service metric");
}

QString reading() {
    return QCoreApplication::translate("MetricRepository", "reading service metrics");
}

const QString kSelect =
    QStringLiteral("SELECT m.id, m.service_id, s.name, m.name, m.unit, m.better, m.threshold, "
                   "m.threshold_kind, m.window_hours, m.prometheus_url, m.query, m.row_version "
                   "FROM service_metrics m JOIN services s ON s.id = m.service_id");

ServiceMetric metricFrom(const QSqlQuery& q) {
    ServiceMetric m;
    m.id = q.value(0).toLongLong();
    m.serviceId = q.value(1).toLongLong();
    m.serviceName = q.value(2).toString();
    m.name = q.value(3).toString();
    m.unit = q.value(4).toString();
    m.better =
        metricDirectionFromKey(q.value(5).toString()).value_or(MetricDirection::LowerIsBetter);
    m.threshold = q.value(6).toDouble();
    m.thresholdKind = thresholdKindFromKey(q.value(7).toString()).value_or(ThresholdKind::Percent);
    m.windowHours = q.value(8).toInt();
    m.prometheusUrl = q.value(9).toString();
    m.query = q.value(10).toString();
    m.rowVersion = q.value(11).toLongLong();
    return m;
}

void bindFields(QSqlQuery& q, const ServiceMetric& m) {
    q.addBindValue(sql::text(m.name.trimmed()));
    q.addBindValue(sql::text(m.unit.trimmed()));
    q.addBindValue(toKey(m.better));
    q.addBindValue(m.threshold);
    q.addBindValue(toKey(m.thresholdKind));
    q.addBindValue(m.windowHours);
    q.addBindValue(sql::text(m.prometheusUrl.trimmed()));
    q.addBindValue(sql::text(m.query.trimmed()));
}

} // namespace

MetricRepository::MetricRepository(Database& db)
    : m_db(db) {}

bool MetricRepository::hasTables() const {
    return m_db.schemaVersion() >= kMetricSchema;
}

Result<QList<ServiceMetric>> MetricRepository::select(const QString& where,
                                                      const QList<qint64>& ids) const {
    if (!hasTables())
        return QList<ServiceMetric>{};
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY s.name, m.name, m.id"));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<ServiceMetric> out;
    while (q.next())
        out << metricFrom(q);
    return out;
}

Result<QList<ServiceMetric>> MetricRepository::forServices(const QList<qint64>& serviceIds) const {
    if (serviceIds.isEmpty())
        return QList<ServiceMetric>{};
    QStringList marks;
    for (qsizetype i = 0; i < serviceIds.size(); ++i)
        marks << QStringLiteral("?");
    return select(QStringLiteral(" WHERE m.service_id IN (%1)").arg(marks.join(u',')), serviceIds);
}

Result<QList<ServiceMetric>> MetricRepository::all() const {
    return select(QString(), {});
}

Result<ServiceMetric> MetricRepository::find(qint64 id) const {
    const QString gone =
        QCoreApplication::translate("MetricRepository", "Service metric %1 no longer exists — "
                                                        "reload.")
            .arg(id);
    if (!hasTables())
        return Error{Error::Kind::NotFound, gone};
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    if (!q.next())
        return Error{Error::Kind::NotFound, gone};
    return metricFrom(q);
}

Result<std::optional<ServiceMetric>> MetricRepository::findByName(qint64 serviceId,
                                                                  const QString& name) const {
    if (!hasTables())
        return std::optional<ServiceMetric>();
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE m.service_id = ? AND m.name = ?"));
    q.addBindValue(serviceId);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    if (!q.next())
        return std::optional<ServiceMetric>();
    return std::optional<ServiceMetric>(metricFrom(q));
}

Result<ServiceMetric> MetricRepository::insert(const ServiceMetric& m, const QString& actor,
                                               qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("service_metrics"),
        QStringLiteral(
            "service_id, name, unit, better, threshold, threshold_kind, window_hours, "
            "prometheus_url, query, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), m.id);
    q.addBindValue(m.serviceId);
    bindFields(q, m);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<ServiceMetric> MetricRepository::update(const ServiceMetric& m, const QString& actor,
                                               qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE service_metrics SET name = ?, unit = ?, better = ?, threshold = ?, "
                       "threshold_kind = ?, window_hours = ?, prometheus_url = ?, query = ?, "
                       "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"));
    bindFields(q, m);
    sql::bindUpdated(q, actor, now, m.id, m.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("service_metrics"), m.id, m.name, doing());
    if (!updated)
        return updated.error();
    return find(m.id);
}

Result<void> MetricRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("service_metrics"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

Result<MetricRepository::Upserted>
MetricRepository::upsertSamples(qint64 metricId, const QList<MetricSample>& samples) {
    const QString saving =
        QCoreApplication::translate("MetricRepository", "saving a metric's samples");
    Upserted done;
    if (samples.isEmpty())
        return done;
    qint64 lo = samples.first().atMs;
    qint64 hi = lo;
    for (const MetricSample& s : samples) {
        lo = qMin(lo, s.atMs);
        hi = qMax(hi, s.atMs);
    }
    // Which of these times are stored already: those samples replace a value.
    QSet<qint64> stored;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT at_ms FROM metric_samples WHERE metric_id = ? AND "
                                 "at_ms BETWEEN ? AND ?"));
        q.addBindValue(metricId);
        q.addBindValue(lo);
        q.addBindValue(hi);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), saving);
        while (q.next())
            stored.insert(q.value(0).toLongLong());
    }
    const auto count = [&done, &stored](qint64 atMs) {
        if (stored.contains(atMs)) {
            ++done.replaced;
        } else {
            ++done.added;
            stored.insert(atMs);
        }
    };
    if (m_db.isPostgres()) {
        if (auto written = upsertOnServer(metricId, samples, saving); !written)
            return written.error();
        for (const MetricSample& s : samples)
            count(s.atMs);
        return done;
    }
    // Through the SQLite handle: a million samples through QSqlQuery take several times as
    // long. ON CONFLICT … DO UPDATE is standard in SQLite 3.24+ and PostgreSQL alike.
    sqlite3_stmt* st = nullptr;
    const char* sqlText = "INSERT INTO metric_samples (metric_id, at_ms, value) VALUES (?, ?, ?) "
                          "ON CONFLICT (metric_id, at_ms) DO UPDATE SET value = excluded.value";
    if (sqlite3_prepare_v2(m_db.handle(), sqlText, -1, &st, nullptr) != SQLITE_OK)
        return m_db.errorFromCode(sqlite3_errcode(m_db.handle()),
                                  QString::fromUtf8(sqlite3_errmsg(m_db.handle())), saving);
    for (const MetricSample& s : samples) {
        sqlite3_bind_int64(st, 1, metricId);
        sqlite3_bind_int64(st, 2, s.atMs);
        if (std::isnan(s.value)) // SQLite has no NaN (it would store NULL anyway): say so
            sqlite3_bind_null(st, 3);
        else
            sqlite3_bind_double(st, 3, s.value);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            const Error e =
                m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), saving);
            sqlite3_finalize(st);
            return e;
        }
        count(s.atMs);
    }
    sqlite3_finalize(st);
    return done;
}

Result<void> MetricRepository::upsertOnServer(qint64 metricId, const QList<MetricSample>& samples,
                                              const QString& saving) {
    // COPY into a session table, then one upsert: the last sample of a time wins, as row by
    // row on a file (one statement may not change a row twice).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS metric_samples_in (ord BIGINT, "
                               "at_ms BIGINT, value DOUBLE PRECISION)")) ||
        !q.exec(QStringLiteral("TRUNCATE metric_samples_in")))
        return m_db.errorFrom(q.lastError(), saving);
    PgCopy copy(m_db, saving);
    if (auto begun =
            copy.begin(QStringLiteral("metric_samples_in"),
                       {QStringLiteral("ord"), QStringLiteral("at_ms"), QStringLiteral("value")});
        !begun)
        return begun;
    qint64 ord = 0;
    for (const MetricSample& s : samples) {
        copy.integer(++ord);
        copy.integer(s.atMs);
        if (std::isnan(s.value)) // stored as NULL, as on a file
            copy.null();
        else
            copy.real(s.value);
        copy.endRow();
    }
    if (auto ended = copy.end(); !ended)
        return ended;
    q.prepare(
        QStringLiteral("INSERT INTO metric_samples (metric_id, at_ms, value) "
                       "SELECT ?, at_ms, value FROM (SELECT DISTINCT ON (at_ms) at_ms, value "
                       "FROM metric_samples_in ORDER BY at_ms, ord DESC) latest "
                       "ON CONFLICT (metric_id, at_ms) DO UPDATE SET value = excluded.value"));
    q.addBindValue(metricId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), saving);
    return {};
}

Result<QList<MetricSample>> MetricRepository::samples(qint64 metricId, qint64 fromMs,
                                                      qint64 toMs) const {
    QList<MetricSample> out;
    if (!hasTables())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at_ms, value FROM metric_samples WHERE metric_id = ? AND "
                             "at_ms >= ? AND at_ms < ? ORDER BY at_ms"));
    q.addBindValue(metricId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        const QVariant v = q.value(1);
        out.append(
            MetricSample{q.value(0).toLongLong(),
                         v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble()});
    }
    return out;
}

Result<MetricRepository::Span> MetricRepository::span(qint64 metricId) const {
    Span span;
    if (!hasTables())
        return span;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*), min(at_ms), max(at_ms) FROM metric_samples "
                             "WHERE metric_id = ?"));
    q.addBindValue(metricId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), reading());
    span.count = q.value(0).toLongLong();
    span.firstMs = q.value(1).toLongLong();
    span.lastMs = q.value(2).toLongLong();
    return span;
}

} // namespace slipway
