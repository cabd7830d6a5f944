// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway demo` end to end: what the small file holds, that a seed always gives the same
// bytes, that existing files are refused unless --force, that `check` passes on it, and that
// it meets the release lifecycle but for its deliberate deviations.
#include "TestSupport.h"
#include "rules/BaselineComparison.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace slipway::test;

class tst_DemoCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small;

    // Reads with a plain connection: the test looks at the file as any SQLite tool would.
    static QVariant scalar(const QString& path, const QString& sql) {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"probe"_qs);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(u"probe"_qs);
        return value;
    }

    // Each stored verdict is what the baseline comparison gives on the stored samples.
    void verdictsMatchTheComparison() const {
        int compared = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"verdicts"_qs);
            db.setDatabaseName(m_small);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT v.metric_id, v.deployed_at, m.window_hours, m.better, "
                           "m.threshold, m.threshold_kind, v.verdict, v.p_value, v.n_before, "
                           "v.n_after FROM metric_verdicts v JOIN service_metrics m ON m.id = "
                           "v.metric_id"_qs));
            while (q.next()) {
                const qint64 at = q.value(1).toLongLong() * 1000;
                const qint64 window = q.value(2).toLongLong() * 3600 * 1000;
                std::vector<double> before, after;
                QSqlQuery s(db);
                s.prepare(u"SELECT at_ms, value FROM metric_samples WHERE metric_id = ? AND "
                          "at_ms >= ? AND at_ms < ? ORDER BY at_ms"_qs);
                s.addBindValue(q.value(0));
                s.addBindValue(at - window);
                s.addBindValue(at + window);
                QVERIFY(s.exec());
                while (s.next())
                    (s.value(0).toLongLong() < at ? before : after)
                        .push_back(s.value(1).isNull() ? std::nan("") : s.value(1).toDouble());
                slipway::BaselineInput in;
                in.before = before;
                in.after = after;
                in.better = q.value(3).toString() == u"higher"
                                ? slipway::MetricDirection::HigherIsBetter
                                : slipway::MetricDirection::LowerIsBetter;
                in.threshold = q.value(4).toDouble();
                in.thresholdKind = q.value(5).toString() == u"absolute"
                                       ? slipway::ThresholdKind::Absolute
                                       : slipway::ThresholdKind::Percent;
                const slipway::BaselineOutcome o = slipway::compareBaseline(in);
                QCOMPARE(slipway::toKey(o.verdict), q.value(6).toString());
                QCOMPARE(o.nBefore, q.value(8).toInt());
                QCOMPARE(o.nAfter, q.value(9).toInt());
                QVERIFY(qAbs(o.test.p - q.value(7).toDouble()) <= 1e-9 * qMax(1.0, o.test.p));
                ++compared;
            }
        }
        QSqlDatabase::removeDatabase(u"verdicts"_qs);
        QVERIFY(compared >= 6);
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        Run run;
        m_small = makeDemo(m_dir, u"small.slipway"_qs, &run);
        QVERIFY(!m_small.isEmpty());
        QVERIFY(run.outText().contains(u"small.slipway"_qs));
    }

    void smallHasWhatTheIssueAsksFor() {
        const auto count = [&](const QString& sql) {
            return scalar(m_small, sql).toInt();
        };
        QCOMPARE(count(u"SELECT count(*) FROM teams"_qs), 3);
        QCOMPARE(count(u"SELECT count(*) FROM services"_qs), 8);
        QCOMPARE(count(u"SELECT count(*) FROM environments"_qs), 4);
        QCOMPARE(count(u"SELECT count(DISTINCT kind) FROM environments"_qs), 4);
        QVERIFY(count(u"SELECT count(*) FROM environments WHERE shared = 1"_qs) >= 1);
        QCOMPARE(count(u"SELECT count(*) FROM people"_qs), 12);
        QVERIFY(count(u"SELECT count(DISTINCT time_zone) FROM people"_qs) >= 3);
        QVERIFY(count(u"SELECT count(*) FROM people p WHERE NOT EXISTS "
                      "(SELECT 1 FROM person_roles r WHERE r.person_id = p.id)"_qs) == 0);
        QCOMPARE(count(u"SELECT count(*) FROM people WHERE login IS NOT NULL"_qs), 0);
        // 40 around today and 20 older ones: the reports' year.
        QCOMPARE(count(u"SELECT count(*) FROM releases"_qs), 60);
        QCOMPARE(count(u"SELECT count(DISTINCT type) FROM releases"_qs), 4);
        QCOMPARE(count(u"SELECT count(DISTINCT status) FROM releases"_qs), 9);
        QCOMPARE(
            count(u"SELECT count(*) FROM releases WHERE change_ticket NOT LIKE 'CHG_______'"_qs),
            0);
        // Past and next six months around the demo's "today", 2026-11-01.
        QVERIFY(count(u"SELECT count(*) FROM releases WHERE window_start < 1793491200"_qs) >= 10);
        QVERIFY(count(u"SELECT count(*) FROM releases WHERE window_start > 1793491200"_qs) >= 10);
        QCOMPARE(count(u"SELECT count(*) FROM scope_items"_qs), 440);
        QCOMPARE(count(u"SELECT count(DISTINCT kind) FROM scope_items"_qs), 5);
        QVERIFY(count(u"SELECT count(*) FROM scope_items WHERE release_id IS NULL"_qs) > 0);
        QVERIFY(count(u"SELECT count(*) FROM blackouts WHERE rrule IS NOT NULL"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM blackouts WHERE name LIKE 'Quarter-end%'"_qs) == 1);
        QVERIFY(count(u"SELECT count(*) FROM blackouts WHERE name LIKE 'Holiday freeze%'"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM blackouts WHERE all_services = 0"_qs) >= 1);
        // Every row came in through the audit log, and nothing is dated after "today".
        QVERIFY(
            count(u"SELECT count(*) FROM audit_log WHERE action = 'create'"_qs) ==
            count(
                u"SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM services) + "
                "(SELECT count(*) FROM environments) + (SELECT count(*) FROM people) + "
                "(SELECT count(*) FROM releases) + (SELECT count(*) FROM blackouts) + "
                "(SELECT count(*) FROM scope_items) + "
                "(SELECT count(*) FROM environment_bookings) + "
                "(SELECT count(*) FROM distribution_lists) + "
                "(SELECT count(*) FROM known_issues) + "
                "(SELECT count(*) FROM acknowledgements) + "
                "(SELECT count(*) FROM incident_freezes) + "
                "(SELECT count(*) FROM person_availability) + "
                "(SELECT count(*) FROM release_exit_criteria) + "
                "(SELECT count(*) FROM release_assumptions) + "
                "(SELECT count(*) FROM release_success_metrics) + "
                "(SELECT count(*) FROM release_risk_assessments) + "
                "(SELECT count(*) FROM change_requests) + (SELECT count(*) FROM cab_meetings) + "
                "(SELECT count(*) FROM cab_actions) + (SELECT count(*) FROM scope_dependencies) + "
                "(SELECT count(*) FROM scope_tradeoffs) + (SELECT count(*) FROM deployments) + "
                "(SELECT count(*) FROM lifecycle_overrides) + (SELECT count(*) FROM artifacts) + "
                "(SELECT count(*) FROM config_items) + (SELECT count(*) FROM runbooks) + "
                "(SELECT count(*) FROM migration_rehearsals) + "
                "(SELECT count(*) FROM runbook_step_events) + "
                "(SELECT count(*) FROM runbook_decisions) + "
                "(SELECT count(*) FROM runbook_trigger_firings) + "
                "(SELECT count(*) FROM validation_checks) + "
                "(SELECT count(*) FROM service_metrics) + "
                "(SELECT count(*) FROM feedback_entries) + (SELECT count(*) FROM post_reviews) + "
                "(SELECT count(*) FROM review_actions) + "
                "(SELECT count(*) FROM corrective_actions)"_qs));
        // Runbooks of each pattern in every state: drafts with blocking findings, a ready one,
        // a run under way on the deploying release with a failed step and its firing, a run
        // that succeeded and one rolled back, each with the release's production record.
        QCOMPARE(count(u"SELECT count(DISTINCT pattern) FROM runbooks"_qs), 4);
        QVERIFY(count(u"SELECT count(*) FROM runbooks WHERE state = 'draft'"_qs) >= 1);
        QCOMPARE(count(u"SELECT count(*) FROM runbook_runs x JOIN runbooks b ON b.id = "
                       "x.runbook_id JOIN releases r ON r.id = b.release_id WHERE x.outcome = "
                       "'running' AND r.status = 'deploying'"_qs),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM runbook_runs x JOIN deployments d ON d.id = "
                       "x.deployment_id JOIN runbooks b ON b.id = x.runbook_id JOIN releases r "
                       "ON r.id = b.release_id WHERE (x.outcome = 'succeeded' AND d.outcome = "
                       "'succeeded' AND r.status = 'deployed') OR (x.outcome = 'rolled_back' "
                       "AND d.outcome = 'rolled_back' AND r.status = 'rolled_back')"_qs),
                 2);
        QVERIFY(count(u"SELECT count(*) FROM runbook_step_events WHERE status = 'failed'"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM runbook_trigger_firings"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM runbook_decisions WHERE decision = 'rollback'"_qs) ==
                1);
        // Packages: artifacts in every state of verification, the tampered one found after
        // it passed once; frozen sets on what went out; trusted keys of both kinds; settings
        // whose secrets are references only.
        QCOMPARE(
            count(u"SELECT count(DISTINCT coalesce((SELECT result FROM artifact_verifications v "
                  "WHERE v.artifact_id = a.id ORDER BY v.id DESC LIMIT 1), 'unverified')) "
                  "FROM artifacts a"_qs),
            6);
        QCOMPARE(
            count(u"SELECT count(*) FROM artifact_verifications v WHERE result = "
                  "'digest_mismatch' AND EXISTS (SELECT 1 FROM artifact_verifications w WHERE "
                  "w.artifact_id = v.artifact_id AND w.result = 'verified' AND w.id < v.id)"_qs),
            1);
        QVERIFY(count(u"SELECT count(*) FROM artifact_freezes f JOIN releases r ON r.id = "
                      "f.release_id WHERE r.status = 'deployed'"_qs) >= 2);
        QCOMPARE(count(u"SELECT count(DISTINCT kind) FROM signing_keys"_qs), 2);
        QCOMPARE(count(u"SELECT count(*) FROM config_items WHERE is_secret = 1 AND "
                       "(secret_ref = '' OR value <> '')"_qs),
                 0);
        QVERIFY(count(u"SELECT count(DISTINCT substr(secret_ref, 1, instr(secret_ref, ':'))) "
                      "FROM config_items WHERE secret_ref <> ''"_qs) >= 3);
        // Scope planning: capacities around the committed effort, dependencies (some
        // breaking a commitment) and trade-offs with their reasons.
        QVERIFY(count(u"SELECT count(*) FROM releases WHERE capacity IS NOT NULL"_qs) >= 10);
        QCOMPARE(count(u"SELECT count(*) FROM releases WHERE capacity IS NOT NULL AND status IN "
                       "('cancelled', 'closed', 'rolled_back', 'deployed')"_qs),
                 0);
        QVERIFY(count(u"SELECT count(*) FROM releases r WHERE capacity < (SELECT sum(effort) "
                      "FROM scope_items s WHERE s.release_id = r.id AND s.status IN "
                      "('committed', 'in_progress', 'done'))"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM scope_dependencies"_qs) >= 24);
        QVERIFY(count(u"SELECT count(*) FROM scope_tradeoffs WHERE length(rationale) > 20"_qs) >=
                3);
        // Some releases come with their definition, and some assessments with an override.
        QVERIFY(count(u"SELECT count(DISTINCT release_id) FROM release_exit_criteria"_qs) >= 10);
        QVERIFY(count(u"SELECT count(*) FROM release_exit_criteria WHERE waived = 1"_qs) >= 1);
        QVERIFY(
            count(u"SELECT count(*) FROM release_success_metrics WHERE actual IS NOT NULL"_qs) >=
            1);
        QVERIFY(count(u"SELECT count(*) FROM release_risk_assessments "
                      "WHERE override_type IS NOT NULL"_qs) >= 1);
        // What the calendar shows besides windows: every release needs an environment and
        // development and operations; people keep working hours in their own zone.
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE NOT EXISTS (SELECT 1 FROM "
                       "release_environments e WHERE e.release_id = r.id)"_qs),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM release_roles WHERE role = 'operations'"_qs), 60);
        QVERIFY(count(u"SELECT count(*) FROM environment_bookings"_qs) >= 3);
        // Two freezes of the calendar, and one the reporting year's deployments did not keep.
        QCOMPARE(count(u"SELECT count(*) FROM incident_freezes"_qs), 3);
        QVERIFY(count(u"SELECT count(*) FROM person_availability WHERE kind = 'leave'"_qs) >= 3);
        QVERIFY(count(u"SELECT count(*) FROM person_availability WHERE kind = 'on_call'"_qs) >= 8);
        QVERIFY(count(u"SELECT count(DISTINCT work_start_min) FROM people"_qs) >= 3);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE at_ms >= 1793491200000"_qs), 0);
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE row_version <> (SELECT count(*) "
                       "FROM audit_log a WHERE a.entity = 'release' AND a.entity_id = r.id)"_qs),
                 0);
    }

    // After the window (schema 21): releases in their 72 hours with checks run every 5
    // minutes, one failing since some point; metrics around the deployment, one clearly
    // degraded as the baseline comparison computes it; feedback and correlated incidents with
    // a new pattern; reviews done and overdue with actions in every state; checklists settled
    // and open; and a CMDB record for every closed release.
    void afterTheWindow() {
        const auto count = [&](const QString& sql) {
            return scalar(m_small, sql).toInt();
        };
        const qint64 anchor = 1793491200; // 2026-11-01T00:00:00Z
        const QString firstProd =
            u"(SELECT d.release_id, min(d.deployed_at) AS at FROM deployments d JOIN "
            "environments e ON e.id = d.environment_id WHERE e.kind = 'prod' GROUP BY "
            "d.release_id)"_qs;
        const QString latestOk =
            u"(SELECT v.ok FROM validation_results v WHERE v.check_id = c.id ORDER BY v.run_at "
            "DESC LIMIT 1)"_qs;

        // Checks: an HTTP check and a three-step transaction holding its token by reference.
        QVERIFY(count(u"SELECT count(*) FROM validation_checks WHERE kind = 'http'"_qs) >= 3);
        QVERIFY(count(u"SELECT count(*) FROM validation_checks WHERE kind = 'transaction' AND "
                      "json_array_length(definition, '$.steps') = 3 AND definition LIKE "
                      "'%{{secret:env:DEMO_API_TOKEN}}%'"_qs) >= 2);
        QCOMPARE(count(u"SELECT count(*) FROM validation_checks WHERE release_id IS NULL"_qs), 0);
        // One release failing since some point (HTTP 500, a reason, the answer's start), at
        // least two passing, and the release being deployed pending.
        QCOMPARE(count(u"SELECT count(DISTINCT c.release_id) FROM validation_checks c WHERE "_qs +
                       latestOk + u" = 0"_qs),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM validation_checks c JOIN releases r ON r.id = "
                       "c.release_id WHERE r.status = 'deployed' AND "_qs +
                       latestOk + u" = 0 AND (SELECT at FROM "_qs + firstProd +
                       u" WHERE release_id = r.id) >= %1"_qs.arg(anchor - 72 * 3600)),
                 1);
        QVERIFY(count(u"SELECT count(*) FROM validation_results WHERE ok = 0 AND http_status = "
                      "500 AND failed_step = 'Confirm record' AND reason <> '' AND excerpt <> "
                      "''"_qs) >= 12);
        QVERIFY(count(u"SELECT count(DISTINCT c.release_id) FROM validation_checks c WHERE NOT "
                      "EXISTS (SELECT 1 FROM validation_checks x WHERE x.release_id = "
                      "c.release_id AND (SELECT v.ok FROM validation_results v WHERE v.check_id "
                      "= x.id ORDER BY v.run_at DESC LIMIT 1) = 0) AND "_qs +
                      latestOk + u" = 1"_qs) >= 2);
        QVERIFY(count(u"SELECT count(*) FROM validation_checks c JOIN releases r ON r.id = "
                      "c.release_id WHERE r.status = 'deploying' AND NOT EXISTS (SELECT 1 FROM "
                      "validation_results v WHERE v.check_id = c.id)"_qs) >= 1);
        // Results every 5 minutes from the deployment on, never after "now".
        QCOMPARE(count(u"SELECT count(*) FROM (SELECT (max(run_at) - min(run_at)) / (count(*) - "
                       "1) AS gap FROM validation_results GROUP BY check_id) WHERE gap NOT "
                       "BETWEEN 295000 AND 305000"_qs),
                 0);
        QCOMPARE(
            count(u"SELECT count(*) FROM validation_results v JOIN "_qs + firstProd +
                  u" p ON p.release_id = v.release_id WHERE v.run_at < p.at * 1000 OR "
                  "v.run_at >= %1 OR v.run_at >= (p.at + 259200) * 1000"_qs.arg(anchor * 1000)),
            0);
        QVERIFY(count(u"SELECT count(*) FROM validation_results"_qs) >= 1000);

        // Metrics: three a service, samples every 5 minutes on both sides; the failing
        // release's p95 latency degraded by about 40 % (p < 0.01), the rest unchanged.
        QVERIFY(count(u"SELECT count(DISTINCT name) FROM service_metrics"_qs) == 3);
        QCOMPARE(count(u"SELECT count(*) FROM service_metrics WHERE name = 'availability' AND "
                       "better <> 'higher'"_qs),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM metric_verdicts v JOIN service_metrics m ON m.id = "
                       "v.metric_id WHERE v.verdict = 'degraded' AND m.name = 'p95_latency_ms' "
                       "AND v.p_value < 0.001 AND v.after_median / v.baseline_median BETWEEN "
                       "1.3 AND 1.5 AND v.n_before >= 250 AND v.n_after >= 250"_qs),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM metric_verdicts WHERE verdict = 'degraded'"_qs), 1);
        QVERIFY(count(u"SELECT count(*) FROM metric_verdicts WHERE verdict = 'unchanged'"_qs) >= 5);
        QCOMPARE(count(u"SELECT count(*) FROM metric_verdicts v JOIN validation_checks c ON "
                       "c.release_id = v.release_id WHERE v.verdict = 'degraded' AND "_qs +
                       latestOk + u" = 0"_qs),
                 1);
        QCOMPARE(
            count(u"SELECT count(*) FROM metric_samples WHERE at_ms >= %1"_qs.arg(anchor * 1000)),
            0);
        QVERIFY(count(u"SELECT count(*) FROM metric_samples WHERE value IS NULL"_qs) >= 1);
        verdictsMatchTheComparison();
        QCOMPARE(count(u"SELECT count(*) FROM release_success_metrics s JOIN metric_verdicts v ON "
                       "v.release_id = s.release_id WHERE v.verdict = 'degraded' AND "
                       "s.source_metric = 'p95_latency_ms' AND s.actual IS NOT NULL"_qs),
                 1);

        // Feedback from the three teams, inside the 72 hours.
        QCOMPARE(count(u"SELECT count(DISTINCT team) FROM feedback_entries"_qs), 3);
        QVERIFY(count(u"SELECT count(DISTINCT severity) FROM feedback_entries"_qs) >= 3);
        QCOMPARE(count(u"SELECT count(*) FROM feedback_entries f JOIN "_qs + firstProd +
                       u" p ON p.release_id = f.release_id WHERE f.reported_at < p.at OR "
                       "f.reported_at >= p.at + 259200 OR f.reported_at >= %1"_qs.arg(anchor)),
                 0);

        // Incidents: ServiceNow numbers over the last year on the demo's services, open and
        // resolved, outages on some; correlated ones, one of them a new pattern.
        QVERIFY(count(u"SELECT count(*) FROM incidents"_qs) >= 120);
        QCOMPARE(count(u"SELECT count(*) FROM incidents WHERE number NOT LIKE 'INC_______' OR "
                       "source <> 'servicenow' OR opened_at >= %1 OR opened_at < %2"_qs.arg(anchor)
                           .arg(anchor - 365 * 86400)),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM incidents WHERE service NOT IN (SELECT name FROM "
                       "services)"_qs),
                 0);
        QVERIFY(count(u"SELECT count(*) FROM incidents WHERE resolved_at IS NULL"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM incidents WHERE resolved_at IS NOT NULL"_qs) >= 10);
        QVERIFY(count(u"SELECT count(*) FROM incidents WHERE outage_min > 0"_qs) >= 2);
        const QString correlated =
            u"SELECT count(*) FROM incidents i JOIN "_qs + firstProd +
            u" p JOIN releases r ON r.id = p.release_id JOIN services s ON s.id = r.product_id "
            "WHERE i.opened_at >= p.at AND i.opened_at < p.at + 259200 AND (lower(i.service) = "
            "lower(s.name) OR lower(i.config_item) = lower(s.name)) AND %1 EXISTS (SELECT 1 FROM "
            "incidents j WHERE j.category = i.category AND j.opened_at >= p.at - 2592000 AND "
            "j.opened_at < p.at) AND r.status = 'deployed'"_qs;
        QVERIFY(count(correlated.arg(u"NOT"_qs)) >= 1);
        QVERIFY(count(correlated.arg(QString())) >= 1);

        // Reviews: done with every field, the rolled-back release's among them; one overdue
        // draft; actions done, open (one overdue) and dropped.
        QVERIFY(count(u"SELECT count(*) FROM post_reviews WHERE state = 'done' AND summary <> '' "
                      "AND went_well <> '' AND went_badly <> '' AND factors <> '' AND lessons "
                      "<> '' AND done_at > 0 AND done_by <> ''"_qs) >= 1);
        QCOMPARE(count(u"SELECT count(*) FROM post_reviews p JOIN releases r ON r.id = "
                       "p.release_id WHERE r.status = 'rolled_back' AND p.state = 'done'"_qs),
                 1);
        QVERIFY(count(u"SELECT count(*) FROM post_reviews WHERE state = 'draft' AND due_at < "
                      "%1"_qs.arg(anchor)) >= 1);
        QCOMPARE(count(u"SELECT count(DISTINCT state) FROM review_actions"_qs), 3);
        QVERIFY(count(u"SELECT count(*) FROM review_actions WHERE state = 'open' AND due_at < "
                      "%1"_qs.arg(anchor)) >= 1);
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE r.status = 'closed' AND r.type IN "
                       "('major', 'emergency') AND NOT EXISTS (SELECT 1 FROM post_reviews p "
                       "WHERE p.release_id = r.id AND p.state = 'done')"_qs),
                 0);

        // Checklists: every closed release's five items settled, others partly open.
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE r.status = 'closed' AND (SELECT "
                       "count(*) FROM closure_checklist k WHERE k.release_id = r.id AND k.state "
                       "<> 'open') <> 5"_qs),
                 0);
        QVERIFY(count(u"SELECT count(*) FROM releases r WHERE r.status <> 'closed' AND (SELECT "
                      "count(*) FROM closure_checklist k WHERE k.release_id = r.id) BETWEEN 1 "
                      "AND 4"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM closure_checklist WHERE reference LIKE "
                      "'https://git.example.com/ops/runbooks/commit/%'"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM closure_checklist WHERE reference LIKE 'CHG00%' "
                      "AND item = 'alerts'"_qs) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM closure_checklist WHERE state = 'not_applicable' "
                      "AND length(reason) > 20"_qs) >= 1);

        // A CMDB record for each closed release, in ServiceNow's columns and time format.
        QVERIFY(count(u"SELECT count(*) FROM releases WHERE status = 'closed'"_qs) >= 3);
        QCOMPARE(count(u"SELECT count(*) FROM cmdb_records"_qs),
                 count(u"SELECT count(*) FROM releases WHERE status = 'closed'"_qs));
        QCOMPARE(
            count(u"SELECT count(*) FROM cmdb_records c JOIN releases r ON r.id = "
                  "c.release_id WHERE r.status <> 'closed' OR json_extract(c.record, "
                  "'$.number') <> r.change_ticket OR json_extract(c.record, '$.state') <> "
                  "'Closed' OR json_extract(c.record, '$.u_checklist') <> '5/5 settled' OR "
                  "json_extract(c.record, '$.closed_at') NOT GLOB "
                  "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]' "
                  "OR json_extract(c.record, '$.u_slipway_release_id') <> CAST(r.id AS TEXT) "
                  "OR json_extract(c.record, '$.short_description') NOT LIKE 'Release %' OR "
                  "c.closed_at <> r.updated_at"_qs),
            0);
        QCOMPARE(count(u"SELECT count(*) FROM cmdb_records WHERE (SELECT count(*) FROM "
                       "json_each(record)) <> 22"_qs),
                 0);
    }

    // Without --anchor the demo is built around today, so a first look shows current
    // windows and a CAB meeting still to come.
    void withoutAnchorTheDemoIsAroundToday() {
        const QString path = m_dir.filePath(u"today.slipway"_qs);
        const Run run = runSlipwayAsIs({u"demo"_qs, u"--db"_qs, path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qint64 midnight =
            QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 newestMs = scalar(path, u"SELECT max(at_ms) FROM audit_log"_qs).toLongLong();
        QVERIFY2(newestMs < midnight * 1000 && newestMs > (midnight - 7 * 86400) * 1000,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(newestMs, Qt::UTC).toString()));
        QVERIFY(scalar(path, u"SELECT count(*) FROM cab_meetings WHERE start_utc > %1"_qs.arg(
                                 QDateTime::currentSecsSinceEpoch()))
                    .toInt() >= 1);
        QVERIFY(scalar(path, u"SELECT count(*) FROM releases WHERE window_start > %1"_qs.arg(
                                 QDateTime::currentSecsSinceEpoch()))
                    .toInt() >= 1);
    }

    // The demo meets the lifecycle but for the deviations it shows on purpose: an emergency fix
    // deployed a day ago whose retroactive approval is due, the release deploying now, let
    // past its gates by an approved override not yet settled, and one deployed release tagged
    // PCI DSS after the fact, past its regulatory controls (the adherence review's "status
    // past its guards"). Built around today, as users get it: the emergency's grace runs from
    // the real clock.
    void lifecycleHoldsButForTheDeliberateDeviations() {
        const QString path = m_dir.filePath(u"lifecycle.slipway"_qs);
        const Run made = runSlipwayAsIs({u"demo"_qs, u"--db"_qs, path});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const auto count = [&](const QString& sql) {
            return scalar(path, sql).toInt();
        };

        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path});
        const QStringList lines = check.outText().split(u'\n');
        QVERIFY2(lines.contains(u"Lifecycle:     1 release(s) past a guard they never met"_qs),
                 check.out.constData());
        QStringList notes;
        for (const QString& line : lines)
            if (line.startsWith(u"  note:    override"_qs))
                notes << line;
        QCOMPARE(notes.filter(u"“Gates promoted to Production”"_qs).size(), 1);
        // On a day inside a hard blackout the emergency deploying now needs an override of its
        // conflicts as well; nothing else is overridden.
        for (const QString& note : std::as_const(notes)) {
            QVERIFY2(note.contains(u"“Gates promoted to Production”"_qs) ||
                         note.contains(u"“No hard conflict”"_qs),
                     qPrintable(note));
            QVERIFY2(note.contains(u"not yet settled"_qs), qPrintable(note));
        }
        QCOMPARE(count(u"SELECT count(*) FROM lifecycle_overrides o JOIN releases r ON r.id = "
                       "o.release_id WHERE r.status = 'deploying' AND o.settled_by = '' AND "
                       "o.approved_by <> '' AND lower(o.approved_by) <> lower(o.requested_by)"_qs),
                 int(notes.size()));
        const QString manager =
            u"(SELECT substr(p.email, 1, instr(p.email, '@') - 1) FROM people p JOIN "
            "person_roles pr ON pr.person_id = p.id WHERE pr.role = 'release_manager')"_qs;
        QCOMPARE(count(u"SELECT count(*) FROM lifecycle_overrides WHERE requested_by NOT IN %1 OR "
                       "approved_by NOT IN %1"_qs.arg(manager)),
                 0);

        // The emergency whose approval is still owed: `check` is quiet about it, `lifecycle
        // show` says when it is due.
        const QString awaiting =
            u"FROM releases r JOIN change_requests c ON c.release_id = r.id WHERE r.status = "
            "'deployed' AND c.change_type = 'emergency' AND NOT EXISTS (SELECT 1 FROM "
            "cab_decisions d WHERE d.change_id = c.id)"_qs;
        QCOMPARE(count(u"SELECT count(*) "_qs + awaiting), 1);
        const QString emergency = scalar(path, u"SELECT r.id "_qs + awaiting).toString();
        const Run show =
            runSlipway({u"lifecycle"_qs, u"show"_qs, u"--db"_qs, path, u"--release"_qs, emergency});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.outText().contains(
                     u"[due] Change approval: emergency: retroactive approval due by"_qs),
                 show.out.constData());
        QCOMPARE(count(u"SELECT count(*) FROM deployments d JOIN environments e ON e.id = "
                       "d.environment_id WHERE e.kind = 'prod' AND d.release_id = "_qs +
                       emergency),
                 1);

        // Every approved release has its change request; everything that went out has its
        // production record with the outcome, the release's version and the change's ticket,
        // deployed by operations or a release manager, most of it rehearsed on staging.
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE r.status IN ('approved', "
                       "'deploying', 'deployed', 'rolled_back', 'closed') AND NOT EXISTS (SELECT "
                       "1 FROM change_requests c WHERE c.release_id = r.id)"_qs),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM releases r WHERE r.status IN ('deployed', "
                       "'rolled_back', 'closed') AND NOT EXISTS (SELECT 1 FROM deployments d JOIN "
                       "environments e ON e.id = d.environment_id WHERE d.release_id = r.id AND "
                       "e.kind = 'prod' AND d.version = r.version AND d.outcome = CASE r.status "
                       "WHEN 'rolled_back' THEN 'rolled_back' ELSE 'succeeded' END)"_qs),
                 0);
        // Only the reporting year's two deployments without approval lack a change request.
        QCOMPARE(count(u"SELECT count(*) FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM "
                       "change_requests c WHERE c.release_id = d.release_id AND c.ticket = "
                       "d.change_ticket)"_qs),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM deployments d WHERE d.deployed_by NOT IN (SELECT "
                       "substr(p.email, 1, instr(p.email, '@') - 1) FROM people p JOIN "
                       "person_roles pr ON pr.person_id = p.id WHERE pr.role IN ('operations', "
                       "'release_manager'))"_qs),
                 0);
        QVERIFY(count(u"SELECT count(*) FROM deployments"_qs) >= 20);
        QVERIFY(count(u"SELECT count(*) FROM deployments d JOIN environments e ON e.id = "
                      "d.environment_id WHERE e.kind = 'staging'"_qs) >= 10);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE entity = 'deployment' AND action = "
                       "'create'"_qs),
                 count(u"SELECT count(*) FROM deployments"_qs));
        // Nobody logs in: roles stay advisory for whoever opens the demo.
        QCOMPARE(count(u"SELECT count(*) FROM people WHERE login IS NOT NULL"_qs), 0);

        const Run verify = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path});
        QCOMPARE(verify.exitCode, 0);
        // Each row written stands as its newest audit entry says.
        const Run full = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QVERIFY2(full.outText().split(u'\n').contains(
                     u"Row state:     0 row(s) changed behind Slipway's back"_qs),
                 full.out.constData());
    }

    void sameSeedSameBytes() {
        const QString a = m_dir.filePath(u"seed7-a.slipway"_qs);
        const QString b = m_dir.filePath(u"seed7-b.slipway"_qs);
        const QString c = m_dir.filePath(u"seed8.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, a, u"--seed"_qs, u"7"_qs}).exitCode, 0);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, b, u"--seed"_qs, u"7"_qs}).exitCode, 0);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, c, u"--seed"_qs, u"8"_qs}).exitCode, 0);
        const QByteArray bytesA = fileBytes(a);
        QVERIFY(!bytesA.isEmpty());
        QVERIFY2(bytesA == fileBytes(b), "the same seed gave different files");
        // … the after-window tables included, which the seed's file does hold.
        for (const char* table :
             {"validation_checks", "validation_results", "service_metrics", "metric_samples",
              "metric_verdicts", "feedback_entries", "incidents", "post_reviews", "review_actions",
              "closure_checklist", "cmdb_records"})
            QVERIFY2(scalar(a, u"SELECT count(*) FROM "_qs + QLatin1String(table)).toInt() > 0,
                     table);
        QVERIFY(bytesA != fileBytes(c));
        QVERIFY(!QFileInfo::exists(a + u"-wal"_qs));
    }

    void existingFileIsRefusedUnlessForced() {
        const QString path = m_dir.filePath(u"existing.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, path, u"--seed"_qs, u"3"_qs}).exitCode, 0);
        const QByteArray before = fileBytes(path);
        const Run refused = runSlipway({u"demo"_qs, u"--db"_qs, path, u"--seed"_qs, u"4"_qs});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.errText().contains(u"existing.slipway"_qs));
        QVERIFY(refused.errText().contains(u"--force"_qs));
        QCOMPARE(refused.errText().count(u'\n'), 0);
        QCOMPARE(fileBytes(path), before);

        const Run forced =
            runSlipway({u"demo"_qs, u"--db"_qs, path, u"--seed"_qs, u"4"_qs, u"--force"_qs});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(fileBytes(path) != before);
        QVERIFY(
            QDir(m_dir.path()).entryList({u"*partial*"_qs}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void badArgumentsAreOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no --db") << QStringList{u"demo"_qs} << u"--db"_qs;
        QTest::newRow("bad scale")
            << QStringList{u"demo"_qs, u"--db"_qs, u"x.slipway"_qs, u"--scale"_qs, u"huge"_qs}
            << u"huge"_qs;
        QTest::newRow("bad seed") << QStringList{u"demo"_qs, u"--db"_qs, u"x.slipway"_qs,
                                                 u"--seed"_qs, u"minus one"_qs}
                                  << u"--seed"_qs;
        QTest::newRow("missing folder")
            << QStringList{u"demo"_qs, u"--db"_qs, u"/nonexistent-folder/x.slipway"_qs}
            << u"/nonexistent-folder"_qs;
    }

    void badArgumentsAreOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run run = runSlipway(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(mentions), run.err.constData());
        QCOMPARE(run.errText().count(u'\n'), 0);
        QVERIFY(!QFileInfo::exists(u"x.slipway"_qs));
    }

    void checkPassesOnTheDemoAndJsonParses() {
        const QString path = m_dir.filePath(u"checked.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, path}).exitCode, 0);
        const Run text = runSlipway({u"check"_qs, u"--db"_qs, path, u"--integrity-only"_qs});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(u"No problems found in the file."_qs));
        QVERIFY(!text.outText().contains(u"Conflicts:"_qs));

        // The demo plans a few believable collisions: check lists them and exits 1.
        const Run planned = runSlipway({u"check"_qs, u"--db"_qs, path});
        QCOMPARE(planned.exitCode, 1);
        QVERIFY(planned.outText().contains(u"No problems found in the file."_qs));
        QVERIFY2(planned.outText().contains(u"Conflicts:"_qs), planned.out.constData());
        QVERIFY(planned.outText().contains(u"hard_blackout"_qs));

        const Run json = runSlipway({u"check"_qs, u"--db"_qs, path, u"--json"_qs});
        QCOMPARE(json.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"format"_qs).toInt(), 1);
        QCOMPARE(o.value(u"ok"_qs).toBool(), true);
        QCOMPARE(o.value(u"schema_version"_qs).toInt(),
                 slipway::Database::supportedSchemaVersion());
        QCOMPARE(o.value(u"integrity"_qs).toObject().value(u"mode"_qs).toString(),
                 u"quick_check"_qs);
        QCOMPARE(o.value(u"foreign_keys"_qs).toObject().value(u"ok"_qs).toBool(), true);
        const QJsonObject chain = o.value(u"audit_chain"_qs).toObject();
        QCOMPARE(chain.value(u"ok"_qs).toBool(), true);
        QCOMPARE(chain.value(u"entries"_qs).toInteger(),
                 scalar(path, u"SELECT count(*) FROM audit_log"_qs).toLongLong());
        QCOMPARE(
            chain.value(u"head"_qs).toString(),
            scalar(path, u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_qs).toString());
        QVERIFY(chain.value(u"first_broken_seq"_qs).isNull());
        QVERIFY(o.value(u"findings"_qs).toArray().isEmpty());
        const QJsonObject conflicts = o.value(u"conflicts"_qs).toObject();
        QVERIFY(conflicts.value(u"errors"_qs).toInt() > 0);
        QCOMPARE(conflicts.value(u"items"_qs).toArray().size(),
                 conflicts.value(u"count"_qs).toInt());
        int byKind = 0;
        for (const QJsonValue v : conflicts.value(u"by_kind"_qs).toObject())
            byKind += v.toInt();
        QCOMPARE(byKind, conflicts.value(u"count"_qs).toInt());
        const QJsonObject firstConflict = conflicts.value(u"items"_qs).toArray().first().toObject();
        QVERIFY(!firstConflict.value(u"release"_qs).toString().isEmpty());
        QVERIFY(firstConflict.value(u"message"_qs)
                    .toString()
                    .contains(firstConflict.value(u"release"_qs).toString()));

        const Run full = runSlipway(
            {u"check"_qs, u"--db"_qs, path, u"--full"_qs, u"--json"_qs, u"--integrity-only"_qs});
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(full.out)
                     .object()
                     .value(u"integrity"_qs)
                     .toObject()
                     .value(u"mode"_qs)
                     .toString(),
                 u"integrity_check"_qs);

        const Run verify = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.outText().contains(u"intact"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_DemoCommand)
#include "tst_DemoCommand.moc"
