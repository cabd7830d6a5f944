// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookRunRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

const QString kTable = QStringLiteral("runbook_runs");

QString doing() {
    return QCoreApplication::translate("RunbookRunRepository", "recording a deployment run");
}

const QString kSelect =
    QStringLiteral("SELECT id, runbook_id, started_by, started_at, ended_by, ended_at, outcome, "
                   "deployment_id, row_version FROM runbook_runs");

RunbookRun runFrom(const QSqlQuery& q) {
    RunbookRun r;
    r.id = q.value(0).toLongLong();
    r.runbookId = q.value(1).toLongLong();
    r.startedBy = q.value(2).toString();
    r.startedAt = q.value(3).toLongLong();
    r.endedBy = q.value(4).toString();
    r.endedAt = q.value(5).toLongLong();
    r.outcome = runOutcomeFromKey(q.value(6).toString()).value_or(RunOutcome::Running);
    r.deploymentId = q.value(7).toLongLong();
    r.rowVersion = q.value(8).toLongLong();
    return r;
}

} // namespace

RunbookRunRepository::RunbookRunRepository(Database& db)
    : m_db(db) {}

Result<void> RunbookRunRepository::readChildren(RunbookRun& run) const {
    QSqlQuery e(m_db.connection());
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT id, step_key, status, at, by_login, note FROM "
                             "runbook_step_events WHERE run_id = ? ORDER BY at, id"));
    e.addBindValue(run.id);
    if (!e.exec())
        return m_db.errorFrom(e.lastError(), doing());
    run.events.clear();
    while (e.next()) {
        StepEvent ev;
        ev.id = e.value(0).toLongLong();
        ev.stepKey = e.value(1).toString();
        ev.status = stepStatusFromKey(e.value(2).toString()).value_or(StepStatus::Running);
        ev.at = e.value(3).toLongLong();
        ev.by = e.value(4).toString();
        ev.note = e.value(5).toString();
        run.events.append(ev);
    }
    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    f.prepare(QStringLiteral("SELECT id, trigger_kind, trigger_name, step_key, message, at, "
                             "by_login FROM runbook_trigger_firings WHERE run_id = ? "
                             "ORDER BY at, id"));
    f.addBindValue(run.id);
    if (!f.exec())
        return m_db.errorFrom(f.lastError(), doing());
    run.firings.clear();
    while (f.next()) {
        TriggerFiring t;
        t.id = f.value(0).toLongLong();
        t.kind = triggerKindFromKey(f.value(1).toString()).value_or(TriggerKind::StepFailed);
        t.triggerName = f.value(2).toString();
        t.stepKey = f.value(3).toString();
        t.message = f.value(4).toString();
        t.at = f.value(5).toLongLong();
        t.by = f.value(6).toString();
        run.firings.append(t);
    }
    QSqlQuery d(m_db.connection());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT id, step_key, decision, reason, at, by_login FROM "
                             "runbook_decisions WHERE run_id = ? ORDER BY at, id"));
    d.addBindValue(run.id);
    if (!d.exec())
        return m_db.errorFrom(d.lastError(), doing());
    run.decisions.clear();
    while (d.next()) {
        CheckpointDecision c;
        c.id = d.value(0).toLongLong();
        c.stepKey = d.value(1).toString();
        c.decision = runDecisionFromKey(d.value(2).toString()).value_or(RunDecision::Go);
        c.reason = d.value(3).toString();
        c.at = d.value(4).toLongLong();
        c.by = d.value(5).toString();
        run.decisions.append(c);
    }
    return {};
}

Result<std::optional<RunbookRun>> RunbookRunRepository::latest(qint64 runbookId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE runbook_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(runbookId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<RunbookRun>();
    RunbookRun run = runFrom(q);
    if (auto children = readChildren(run); !children)
        return children.error();
    return std::optional<RunbookRun>(std::move(run));
}

Result<RunbookRun> RunbookRunRepository::find(qint64 runId) const {
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(
            m_db, q, kSelect, runId, doing(),
            QCoreApplication::translate("RunbookRunRepository", "Run %1 no longer exists.")
                .arg(runId));
        !found)
        return found.error();
    RunbookRun run = runFrom(q);
    if (auto children = readChildren(run); !children)
        return children.error();
    return run;
}

Result<int> RunbookRunRepository::count(qint64 runbookId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM runbook_runs WHERE runbook_id = ?"));
    q.addBindValue(runbookId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    return q.value(0).toInt();
}

Result<QSet<qint64>> RunbookRunRepository::runningReleaseIds() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT b.release_id FROM runbooks b JOIN runbook_runs x "
                               "ON x.runbook_id = b.id WHERE x.outcome = 'running'")))
        return m_db.errorFrom(q.lastError(), doing());
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<QList<QPair<qint64, RunbookRun>>> RunbookRunRepository::latestPerRelease() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT b.release_id, x.id FROM runbooks b JOIN runbook_runs x ON x.id = "
            "(SELECT max(id) FROM runbook_runs WHERE runbook_id = b.id) ORDER BY b.release_id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<QPair<qint64, qint64>> ids;
    while (q.next())
        ids.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    QList<QPair<qint64, RunbookRun>> out;
    for (const auto& [releaseId, runId] : std::as_const(ids)) {
        auto run = find(runId);
        if (!run)
            return run.error();
        out.append({releaseId, run.value()});
    }
    return out;
}

Result<RunbookRun> RunbookRunRepository::start(qint64 runbookId, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO runbook_runs (runbook_id, started_by, started_at) "
                             "VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(runbookId);
    q.addBindValue(actor);
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<StepEvent> RunbookRunRepository::addEvent(qint64 runId, const StepEvent& event) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO runbook_step_events (run_id, step_key, status, at, "
                             "by_login, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(runId);
    q.addBindValue(sql::text(event.stepKey));
    q.addBindValue(toKey(event.status));
    q.addBindValue(event.at);
    q.addBindValue(sql::text(event.by));
    q.addBindValue(sql::text(event.note));
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    StepEvent stored = event;
    stored.id = inserted.value();
    return stored;
}

Result<TriggerFiring> RunbookRunRepository::addFiring(qint64 runId, const TriggerFiring& firing) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO runbook_trigger_firings (run_id, trigger_kind, "
                             "trigger_name, step_key, message, at, by_login) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(runId);
    q.addBindValue(toKey(firing.kind));
    q.addBindValue(sql::text(firing.triggerName));
    q.addBindValue(sql::text(firing.stepKey));
    q.addBindValue(sql::text(firing.message));
    q.addBindValue(firing.at);
    q.addBindValue(sql::text(firing.by));
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    TriggerFiring stored = firing;
    stored.id = inserted.value();
    return stored;
}

Result<CheckpointDecision> RunbookRunRepository::addDecision(qint64 runId,
                                                             const CheckpointDecision& decision) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO runbook_decisions (run_id, step_key, decision, reason, "
                             "at, by_login) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(runId);
    q.addBindValue(sql::text(decision.stepKey));
    q.addBindValue(toKey(decision.decision));
    q.addBindValue(sql::text(decision.reason));
    q.addBindValue(decision.at);
    q.addBindValue(sql::text(decision.by));
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    CheckpointDecision stored = decision;
    stored.id = inserted.value();
    return stored;
}

Result<RunbookRun> RunbookRunRepository::end(qint64 runId, qint64 rowVersion, RunOutcome outcome,
                                             qint64 deploymentId, const QString& actor,
                                             qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE runbook_runs SET outcome = ?, deployment_id = ?, "
                             "ended_by = ?, ended_at = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    q.addBindValue(toKey(outcome));
    q.addBindValue(sql::optionalId(deploymentId));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(runId);
    q.addBindValue(rowVersion);
    if (auto changed = sql::changeVersioned(m_db, q, kTable, runId, QString(), doing()); !changed)
        return changed.error();
    return find(runId);
}

} // namespace slipway
