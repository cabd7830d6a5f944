// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationDemoRows.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace slipway {
namespace {

QString doing(const char* what) {
    return QCoreApplication::translate("ValidationDemoRows", what);
}

QVariant number(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QString compactJson(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ValidationDemoRows::ValidationDemoRows(Database& db)
    : m_db(db) {}

ValidationDemoRows::~ValidationDemoRows() = default;

QSqlQuery& ValidationDemoRows::statement(Slot slot, const QString& sql) {
    auto& held = m_statements[size_t(slot)];
    if (!held) {
        held = std::make_unique<QSqlQuery>(m_db.connection());
        held->prepare(sql);
    }
    return *held;
}

Result<qint64> ValidationDemoRows::run(QSqlQuery& q, const QString& what) {
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), what);
    // Statements for rows with an id end in RETURNING id; the others answer 0.
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QHash<qint64, QString>> ValidationDemoRows::serviceNames() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM services")))
        return m_db.errorFrom(q.lastError(), doing("reading the services"));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QHash<qint64, QString>> ValidationDemoRows::changeTypes() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT release_id, change_type FROM change_requests WHERE "
                               "release_id IS NOT NULL ORDER BY requested_at, id")))
        return m_db.errorFrom(q.lastError(), doing("reading the change requests"));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<void> ValidationDemoRows::appendAudit(AuditEntry e) {
    if (m_lastSeq < 0) {
        QSqlQuery head(m_db.connection());
        if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
            return m_db.errorFrom(head.lastError(), doing("writing the audit log"));
        if (head.next()) {
            m_lastSeq = head.value(0).toLongLong();
            m_lastHash = head.value(1).toString();
        } else {
            m_lastSeq = 0;
            m_lastHash = AuditLog::genesisHash();
        }
    }
    e.seq = m_lastSeq + 1;
    e.prevHash = m_lastHash;
    e.hash = AuditLog::computeHash(e);
    QSqlQuery& q = statement(
        Audit, QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, entity, "
                              "entity_id, before_json, after_json, change_ticket, prev_hash, "
                              "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.atMs);
    q.addBindValue(sql::text(e.actor));
    q.addBindValue(sql::text(e.action));
    q.addBindValue(sql::text(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(sql::text(e.beforeJson));
    q.addBindValue(sql::text(e.afterJson));
    q.addBindValue(sql::text(e.changeTicket));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (auto done = run(q, doing("writing the audit log")); !done)
        return done.error();
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    return {};
}

Result<qint64> ValidationDemoRows::insertCheck(const ValidationCheck& c,
                                               const QJsonObject& definition, const QString& by,
                                               qint64 at) {
    QSqlQuery& q = statement(
        Check, QStringLiteral("INSERT INTO validation_checks (release_id, service_id, name, kind, "
                              "definition, schedule_hours, interval_min, enabled, row_version, "
                              "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, "
                              "?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::optionalId(c.releaseId));
    q.addBindValue(sql::optionalId(c.serviceId));
    q.addBindValue(c.name);
    q.addBindValue(toKey(c.kind));
    q.addBindValue(compactJson(definition));
    q.addBindValue(c.scheduleHours);
    q.addBindValue(c.intervalMin);
    q.addBindValue(c.enabled ? 1 : 0);
    q.addBindValue(by);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(at);
    return run(q, doing("saving a validation check"));
}

Result<void> ValidationDemoRows::insertResult(const CheckResult& r) {
    QSqlQuery& q = statement(
        CheckResultRow,
        QStringLiteral("INSERT INTO validation_results (check_id, release_id, run_at, ok, "
                       "latency_ms, http_status, failed_step, reason, excerpt, run_by) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.checkId);
    q.addBindValue(r.releaseId);
    q.addBindValue(r.runAtMs);
    q.addBindValue(r.ok ? 1 : 0);
    q.addBindValue(r.latencyMs);
    q.addBindValue(r.httpStatus);
    q.addBindValue(sql::text(r.failedStep));
    q.addBindValue(sql::text(r.reason));
    q.addBindValue(sql::text(r.excerpt));
    q.addBindValue(r.runBy);
    if (auto done = run(q, doing("saving a check result")); !done)
        return done.error();
    return {};
}

Result<qint64> ValidationDemoRows::insertMetric(const ServiceMetric& m, const QString& by,
                                                qint64 at) {
    QSqlQuery& q = statement(
        Metric,
        QStringLiteral("INSERT INTO service_metrics (service_id, name, unit, better, threshold, "
                       "threshold_kind, window_hours, prometheus_url, query, row_version, "
                       "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.serviceId);
    q.addBindValue(m.name);
    q.addBindValue(sql::text(m.unit));
    q.addBindValue(toKey(m.better));
    q.addBindValue(m.threshold);
    q.addBindValue(toKey(m.thresholdKind));
    q.addBindValue(m.windowHours);
    q.addBindValue(sql::text(m.prometheusUrl));
    q.addBindValue(sql::text(m.query));
    q.addBindValue(by);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(at);
    return run(q, doing("saving a service metric"));
}

Result<void> ValidationDemoRows::insertSample(qint64 metricId, qint64 atMs, double value) {
    QSqlQuery& q = statement(Sample, QStringLiteral("INSERT INTO metric_samples (metric_id, "
                                                    "at_ms, value) VALUES (?, ?, ?)"));
    q.addBindValue(metricId);
    q.addBindValue(atMs);
    q.addBindValue(number(value));
    if (auto done = run(q, doing("saving a metric sample")); !done)
        return done.error();
    return {};
}

Result<void> ValidationDemoRows::insertVerdict(const MetricVerdict& v) {
    QSqlQuery& q = statement(
        Verdict, QStringLiteral("INSERT INTO metric_verdicts (release_id, metric_id, computed_at, "
                                "deployed_at, baseline_median, after_median, change, "
                                "u_statistic, p_value, n_before, n_after, verdict) VALUES (?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(v.releaseId);
    q.addBindValue(v.metricId);
    q.addBindValue(v.computedAt);
    q.addBindValue(v.deployedAt);
    q.addBindValue(number(v.baselineMedian));
    q.addBindValue(number(v.afterMedian));
    q.addBindValue(number(v.change));
    q.addBindValue(number(v.uStatistic));
    q.addBindValue(number(v.pValue));
    q.addBindValue(v.nBefore);
    q.addBindValue(v.nAfter);
    q.addBindValue(toKey(v.verdict));
    if (auto done = run(q, doing("saving a metric verdict")); !done)
        return done.error();
    return {};
}

Result<qint64> ValidationDemoRows::insertFeedback(const FeedbackEntry& e, qint64 at) {
    QSqlQuery& q = statement(
        Feedback, QStringLiteral("INSERT INTO feedback_entries (release_id, team, what, severity, "
                                 "reported_at, row_version, created_by, created_at, updated_by, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e.releaseId);
    q.addBindValue(e.team);
    q.addBindValue(e.what);
    q.addBindValue(toKey(e.severity));
    q.addBindValue(e.reportedAt);
    q.addBindValue(e.createdBy);
    q.addBindValue(at);
    q.addBindValue(e.createdBy);
    q.addBindValue(at);
    return run(q, doing("saving a feedback entry"));
}

Result<qint64> ValidationDemoRows::insertIncident(const Incident& i) {
    QSqlQuery& q = statement(
        IncidentRow,
        QStringLiteral("INSERT INTO incidents (number, source, title, opened_at, resolved_at, "
                       "priority, severity, state, category, config_item, service, "
                       "assignment_group, outage_min, imported_at, imported_by, row_version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    q.addBindValue(i.number);
    q.addBindValue(toKey(i.source));
    q.addBindValue(sql::text(i.title));
    q.addBindValue(i.openedAt);
    q.addBindValue(i.resolvedAt ? QVariant(*i.resolvedAt)
                                : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sql::text(i.priority));
    q.addBindValue(i.severity);
    q.addBindValue(sql::text(i.state));
    q.addBindValue(sql::text(i.category));
    q.addBindValue(sql::text(i.configItem));
    q.addBindValue(sql::text(i.service));
    q.addBindValue(sql::text(i.assignmentGroup));
    q.addBindValue(i.outageMinutes);
    q.addBindValue(i.importedAt);
    q.addBindValue(i.importedBy);
    return run(q, doing("saving an incident"));
}

Result<qint64> ValidationDemoRows::insertReview(const PostReview& r, const QString& createdBy,
                                                qint64 createdAt, const QString& updatedBy,
                                                qint64 updatedAt) {
    QSqlQuery& q = statement(
        Review,
        QStringLiteral("INSERT INTO post_reviews (release_id, state, summary, went_well, "
                       "went_badly, factors, lessons, due_at, done_at, done_by, row_version, "
                       "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.releaseId);
    q.addBindValue(toKey(r.state));
    q.addBindValue(sql::text(r.summary));
    q.addBindValue(sql::text(r.wentWell));
    q.addBindValue(sql::text(r.wentBadly));
    q.addBindValue(sql::text(r.factors));
    q.addBindValue(sql::text(r.lessons));
    q.addBindValue(r.dueAt);
    q.addBindValue(r.doneAt);
    q.addBindValue(sql::text(r.doneBy));
    q.addBindValue(r.rowVersion);
    q.addBindValue(createdBy);
    q.addBindValue(createdAt);
    q.addBindValue(updatedBy);
    q.addBindValue(updatedAt);
    return run(q, doing("saving a review"));
}

Result<qint64> ValidationDemoRows::insertAction(const ReviewAction& a, const QString& createdBy,
                                                qint64 createdAt, const QString& updatedBy,
                                                qint64 updatedAt) {
    QSqlQuery& q = statement(
        ActionRow,
        QStringLiteral("INSERT INTO review_actions (release_id, title, owner, due_at, state, "
                       "done_at, row_version, created_by, created_at, updated_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.releaseId);
    q.addBindValue(a.title);
    q.addBindValue(sql::text(a.owner));
    q.addBindValue(a.dueAt);
    q.addBindValue(toKey(a.state));
    q.addBindValue(a.doneAt);
    q.addBindValue(a.rowVersion);
    q.addBindValue(createdBy);
    q.addBindValue(createdAt);
    q.addBindValue(updatedBy);
    q.addBindValue(updatedAt);
    return run(q, doing("saving a review action"));
}

Result<void> ValidationDemoRows::insertChecklistItem(const ChecklistItem& i) {
    QSqlQuery& q = statement(
        Checklist,
        QStringLiteral("INSERT INTO closure_checklist (release_id, item, state, reference, "
                       "reason, settled_by, settled_at, row_version) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    q.addBindValue(i.releaseId);
    q.addBindValue(toKey(i.key));
    q.addBindValue(toKey(i.state));
    q.addBindValue(sql::text(i.reference));
    q.addBindValue(sql::text(i.reason));
    q.addBindValue(sql::text(i.settledBy));
    q.addBindValue(i.settledAt);
    q.addBindValue(i.rowVersion);
    if (auto done = run(q, doing("saving a closure checklist item")); !done)
        return done.error();
    return {};
}

Result<void> ValidationDemoRows::insertCmdbRecord(const CmdbRecord& r) {
    QSqlQuery& q = statement(Cmdb, QStringLiteral("INSERT INTO cmdb_records (release_id, "
                                                  "closed_at, closed_by, record) VALUES (?, ?, "
                                                  "?, ?)"));
    q.addBindValue(r.releaseId);
    q.addBindValue(r.closedAt);
    q.addBindValue(r.closedBy);
    q.addBindValue(compactJson(r.fields));
    if (auto done = run(q, doing("saving a configuration-management record")); !done)
        return done.error();
    return {};
}

} // namespace slipway
