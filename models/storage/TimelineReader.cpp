// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineReader.h"

#include "Database.h"

#include "rules/ClosureRules.h"
#include "rules/IncidentCorrelation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TimelineReader)
};

constexpr int kRunbooksSchema = 20;
constexpr int kValidationSchema = 21;

QString reading() {
    return Text::tr("reading the release's timeline");
}

} // namespace

TimelineReader::TimelineReader(Database& db)
    : m_db(db) {}

Result<TimelineRows> TimelineReader::read(qint64 releaseId) const {
    TimelineRows rows;
    const auto run = [&](QSqlQuery& q, const QVariantList& args,
                         const std::function<void(const QSqlQuery&)>& each) -> Result<void> {
        for (const QVariant& a : args)
            q.addBindValue(a);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), reading());
        while (q.next())
            each(q);
        return {};
    };

    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT window_start FROM releases WHERE id = ?"));
        bool found = false;
        if (auto done = run(q, {releaseId},
                            [&](const QSqlQuery& r) {
                                found = true;
                                rows.windowStart =
                                    r.value(0).isNull() ? 0 : r.value(0).toLongLong();
                            });
            !done)
            return done.error();
        if (!found)
            return Error{Error::Kind::NotFound,
                         Text::tr("Release %1 does not exist.").arg(releaseId)};
        QSqlQuery n(m_db.connection());
        // The product first, then the services by name.
        n.prepare(QStringLiteral(
            "SELECT p.name, 0 AS k FROM releases r JOIN services p ON p.id = r.product_id "
            "WHERE r.id = ? UNION ALL SELECT s.name, 1 AS k FROM release_services rs JOIN "
            "services s ON s.id = rs.service_id WHERE rs.release_id = ? ORDER BY 2, 1"));
        if (auto done = run(n, {releaseId, releaseId},
                            [&](const QSqlQuery& r) {
                                if (!rows.names.contains(r.value(0).toString()))
                                    rows.names << r.value(0).toString();
                            });
            !done)
            return done.error();
    }
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT d.deployed_at, e.name, d.version, d.outcome FROM deployments d JOIN "
            "environments e ON e.id = d.environment_id WHERE d.release_id = ? AND "
            "e.kind = 'prod' ORDER BY d.deployed_at, d.id"));
        if (auto done =
                run(q, {releaseId},
                    [&](const QSqlQuery& r) {
                        rows.deployments.append({r.value(0).toLongLong(), r.value(1).toString(),
                                                 r.value(2).toString(), r.value(3).toString()});
                    });
            !done)
            return done.error();
        if (!rows.deployments.isEmpty())
            rows.firstProductionAt = rows.deployments.first().at;
    }

    if (m_db.schemaVersion() >= kRunbooksSchema) {
        const QString ofRelease = QStringLiteral(
            " JOIN runbook_runs r ON r.id = x.run_id JOIN runbooks b ON b.id = r.runbook_id "
            "WHERE b.release_id = ? ORDER BY x.at, x.id");
        QSqlQuery steps(m_db.connection());
        steps.prepare(QStringLiteral(
            "SELECT s.step_key, s.title, s.direction, s.offset_min, s.duration_min, s.depends_on "
            "FROM runbook_steps s JOIN runbooks b ON b.id = s.runbook_id WHERE b.release_id = ? "
            "ORDER BY s.position, s.id"));
        if (auto done = run(steps, {releaseId},
                            [&](const QSqlQuery& r) {
                                RunbookStep s;
                                s.key = r.value(0).toString();
                                s.title = r.value(1).toString();
                                s.direction = stepDirectionFromKey(r.value(2).toString())
                                                  .value_or(StepDirection::Forward);
                                s.offsetMin = r.value(3).toInt();
                                s.durationMin = r.value(4).toInt();
                                s.dependsOn = r.value(5).toString().split(u',', Qt::SkipEmptyParts);
                                rows.runbookSteps << s;
                            });
            !done)
            return done.error();
        QSqlQuery runs(m_db.connection());
        runs.prepare(QStringLiteral(
            "SELECT r.id, r.started_at, r.ended_at, r.outcome FROM runbook_runs r JOIN runbooks b "
            "ON b.id = r.runbook_id WHERE b.release_id = ? ORDER BY r.started_at, r.id"));
        if (auto done = run(runs, {releaseId},
                            [&](const QSqlQuery& r) {
                                rows.runs.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                                                  r.value(2).toLongLong(), r.value(3).toString()});
                            });
            !done)
            return done.error();
        QSqlQuery events(m_db.connection());
        events.prepare(QStringLiteral("SELECT x.at, x.run_id, x.step_key, x.status FROM "
                                      "runbook_step_events x") +
                       ofRelease);
        if (auto done = run(events, {releaseId},
                            [&](const QSqlQuery& r) {
                                rows.steps.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                                                   r.value(2).toString(), r.value(3).toString()});
                            });
            !done)
            return done.error();
        QSqlQuery decisions(m_db.connection());
        decisions.prepare(QStringLiteral("SELECT x.at, x.step_key, x.decision, x.reason FROM "
                                         "runbook_decisions x") +
                          ofRelease);
        if (auto done =
                run(decisions, {releaseId},
                    [&](const QSqlQuery& r) {
                        rows.decisions.append({r.value(0).toLongLong(), r.value(1).toString(),
                                               r.value(2).toString(), r.value(3).toString()});
                    });
            !done)
            return done.error();
        QSqlQuery firings(m_db.connection());
        firings.prepare(QStringLiteral("SELECT x.at, x.trigger_kind, x.trigger_name, x.step_key, "
                                       "x.message FROM runbook_trigger_firings x") +
                        ofRelease);
        if (auto done = run(firings, {releaseId},
                            [&](const QSqlQuery& r) {
                                rows.firings.append({r.value(0).toLongLong(), r.value(1).toString(),
                                                     r.value(2).toString(), r.value(3).toString(),
                                                     r.value(4).toString()});
                            });
            !done)
            return done.error();
    }

    if (m_db.schemaVersion() < kValidationSchema)
        return rows;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT v.run_at, v.check_id, c.name, v.ok, v.reason, v.failed_step FROM "
            "validation_results v JOIN validation_checks c ON c.id = v.check_id WHERE "
            "v.release_id = ? ORDER BY v.check_id, v.run_at, v.id"));
        if (auto done =
                run(q, {releaseId},
                    [&](const QSqlQuery& r) {
                        rows.checkResults.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                                                  r.value(2).toString(), r.value(3).toInt() != 0,
                                                  r.value(4).toString(), r.value(5).toString()});
                    });
            !done)
            return done.error();
    }
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT reported_at, team, severity, what FROM feedback_entries "
                                 "WHERE release_id = ? ORDER BY reported_at, id"));
        if (auto done =
                run(q, {releaseId},
                    [&](const QSqlQuery& r) {
                        rows.feedback.append({r.value(0).toLongLong(), r.value(1).toString(),
                                              r.value(2).toString(), r.value(3).toString()});
                    });
            !done)
            return done.error();
    }
    if (rows.firstProductionAt > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT id, number, source, title, opened_at, resolved_at, priority, severity, state, "
            "category, config_item, service, assignment_group, outage_min FROM incidents "
            "WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id"));
        const qint64 from = rows.firstProductionAt - qint64(kPatternLookbackDays) * 86400;
        if (auto done = run(q, {from, rows.firstProductionAt + qint64(kFeedbackHours) * 3600},
                            [&](const QSqlQuery& r) {
                                Incident i;
                                i.id = r.value(0).toLongLong();
                                i.number = r.value(1).toString();
                                i.source = incidentSourceFromKey(r.value(2).toString())
                                               .value_or(IncidentSource::Other);
                                i.title = r.value(3).toString();
                                i.openedAt = r.value(4).toLongLong();
                                if (!r.value(5).isNull())
                                    i.resolvedAt = r.value(5).toLongLong();
                                i.priority = r.value(6).toString();
                                i.severity = r.value(7).toInt();
                                i.state = r.value(8).toString();
                                i.category = r.value(9).toString();
                                i.configItem = r.value(10).toString();
                                i.service = r.value(11).toString();
                                i.assignmentGroup = r.value(12).toString();
                                i.outageMinutes = r.value(13).toInt();
                                rows.incidents << i;
                            });
            !done)
            return done.error();
    }
    return rows;
}

} // namespace slipway
