// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureFixture.h"

#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

namespace slipway::test {
namespace {

// The fixture is history as it happened (Olga deployed, Alice asked and Bob approved an
// override): written as such on a server too, not under the test's login.
void sql(Database& db, const QString& statement, qint64 releaseId) {
    execAsWritten(db,
                  QString(statement).replace(QStringLiteral("{r}"), QString::number(releaseId)));
}

} // namespace

qint64 deployedRelease(Document& doc, qint64 deployedAt, ReleaseType type,
                       const QString& changeTicket, const QString& outcome) {
    Database& db = doc.database();
    addTwoTeams(db);
    Release planned = releaseBetween(QStringLiteral("Payments API"), deployedAt - 3600,
                                     deployedAt + 3 * 3600, type);
    planned.version = QStringLiteral("2.4.0");
    planned.productId = 1;
    planned.serviceIds = {2};
    planned.changeTicket = changeTicket;
    const qint64 r = createRelease(doc.releases(), planned);
    if (r <= 0)
        return 0;
    sql(db,
        QStringLiteral("INSERT INTO environments (id, name, kind, created_by, created_at, "
                       "updated_by, updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0), "
                       "(2, 'Staging', 'staging', 't', 0, 't', 0)"),
        r);
    sql(db,
        QStringLiteral("UPDATE releases SET status = '%1' WHERE id = {r}")
            .arg(outcome == u"rolled_back" ? QStringLiteral("rolled_back")
                                           : QStringLiteral("deployed")),
        r);
    for (const char* guard : {"approval", "gates", "exit_criteria"})
        sql(db,
            QStringLiteral("INSERT INTO lifecycle_overrides (release_id, guard, reason, "
                           "requested_by, requested_at, approved_by, approved_at) VALUES ({r}, "
                           "'%1', 'review test', 'alice', 1, 'bob', 2)")
                .arg(QLatin1String(guard)),
            r);
    sql(db,
        QStringLiteral("INSERT INTO deployments (release_id, environment_id, version, outcome, "
                       "deployed_by, deployed_at, created_by, created_at) VALUES ({r}, 2, "
                       "'2.4.0', 'succeeded', 'olga', %1, 'olga', %1), ({r}, 1, '2.4.0', '%2', "
                       "'olga', %3, 'olga', %3)")
            .arg(deployedAt - 86400 * 2)
            .arg(outcome)
            .arg(deployedAt),
        r);
    return r;
}

void meetClosure(Database& db, qint64 r, qint64 deployedAt) {
    sql(db,
        QStringLiteral("INSERT INTO validation_checks (id, service_id, name, kind, definition, "
                       "created_by, created_at, updated_by, updated_at) VALUES (1, 1, 'Health', "
                       "'http', '{\"url\": \"https://pay.example/health\"}', 't', 0, 't', 0)"),
        r);
    sql(db,
        QStringLiteral("INSERT INTO validation_results (check_id, release_id, run_at, ok, "
                       "http_status, reason, run_by) VALUES (1, {r}, %1, 0, 503, 'HTTP 503', "
                       "'scheduler'), (1, {r}, %2, 1, 200, '', 'scheduler'), (1, {r}, %3, 1, "
                       "200, '', 'scheduler')")
            .arg((deployedAt + 300) * 1000)
            .arg((deployedAt + 600) * 1000)
            .arg((deployedAt + 900) * 1000),
        r);
    sql(db,
        QStringLiteral("INSERT INTO closure_checklist (release_id, item, state, reference, "
                       "reason, settled_by, settled_at) VALUES ({r}, 'runbooks', 'done', "
                       "'wiki/RB-12', '', 't', 1), ({r}, 'monitoring', 'done', 'abc123', '', 't', "
                       "1), ({r}, 'alerts', 'not_applicable', '', 'no new alerts', 't', 1), ({r}, "
                       "'backup', 'not_applicable', '', 'no new data', 't', 1), ({r}, "
                       "'documentation', 'done', 'docs/PAY-7', '', 't', 1)"),
        r);
    sql(db,
        QStringLiteral("INSERT INTO release_success_metrics (release_id, name, comparator, "
                       "target, actual, measured_at, created_by, created_at, updated_by, "
                       "updated_at) VALUES ({r}, 'Checkout conversion', '>=', 3.1, 3.4, 1, 't', "
                       "0, 't', 0)"),
        r);
}

void addRun(Database& db, qint64 r, qint64 deployedAt) {
    const qint64 w = deployedAt - 3600; // the window's start
    sql(db,
        QStringLiteral("INSERT INTO runbooks (id, release_id, pattern, created_by, created_at, "
                       "updated_by, updated_at) VALUES (1, {r}, 'blue_green', 't', 0, 't', 0)"),
        r);
    sql(db,
        QStringLiteral("INSERT INTO runbook_steps (runbook_id, step_key, position, title, kind, "
                       "direction, owner, offset_min, duration_min, depends_on) VALUES "
                       "(1, 'S1', 1, 'Drain node', 'script', 'forward', 'deployer', 0, 10, ''), "
                       "(1, 'S2', 2, 'Switch traffic', 'cutover', 'forward', 'Olga Petrova', 0, "
                       "5, 'S1'), (1, 'R1', 3, 'Switch back', 'cutover', 'rollback', 'deployer', "
                       "0, 5, '')"),
        r);
    sql(db,
        QStringLiteral("INSERT INTO runbook_runs (id, runbook_id, started_by, started_at, "
                       "ended_by, ended_at, outcome) VALUES (1, 1, 'olga', %1, 'olga', %2, "
                       "'succeeded')")
            .arg(w)
            .arg(deployedAt),
        r);
    sql(db,
        QStringLiteral("INSERT INTO runbook_step_events (run_id, step_key, status, at, by_login) "
                       "VALUES (1, 'S1', 'running', %1, 'olga'), (1, 'S1', 'done', %2, 'olga'), "
                       "(1, 'S2', 'running', %3, 'olga'), (1, 'S2', 'done', %4, 'olga')")
            .arg(w)
            .arg(w + 600)
            .arg(w + 700)
            .arg(w + 27 * 60),
        r);
    sql(db,
        QStringLiteral("INSERT INTO runbook_decisions (run_id, step_key, decision, reason, at, "
                       "by_login) VALUES (1, 'S2', 'go', 'error rate flat', %1, 'olga')")
            .arg(w + 650),
        r);
    sql(db,
        QStringLiteral("INSERT INTO runbook_trigger_firings (run_id, trigger_kind, "
                       "trigger_name, step_key, message, at, by_login) VALUES (1, "
                       "'step_overrun', 'Slow cutover', 'S2', 'S2 ran past 1.5 times its "
                       "planned 5 min', %1, 'olga')")
            .arg(w + 20 * 60),
        r);
}

} // namespace slipway::test
