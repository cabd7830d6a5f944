// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookRunService.h"

#include "AuditedWrite.h"
#include "DeploymentService.h"
#include "LifecycleService.h"
#include "ReleaseStatusMove.h"
#include "storage/DeploymentRepository.h"
#include "storage/EnvironmentRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseLinkRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/RunbookRunRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {
namespace {

const QString kRun = QStringLiteral("runbook_run");

// Everything a change of a run needs, read inside its transaction.
struct RunContext {
    Release release;
    Runbook runbook;
    RunbookRun run;
};

// The release and its runbook; NotFound, naming the release, when it has none.
Result<std::pair<Release, Runbook>> releaseAndRunbook(Database& db, qint64 releaseId) {
    auto release = ReleaseRepository(db).find(releaseId);
    if (!release)
        return release.error();
    auto book = RunbookRepository(db).forRelease(releaseId);
    if (!book)
        return book.error();
    if (!book->has_value())
        return Error{Error::Kind::NotFound,
                     RunbookRunService::tr("%1 has no runbook.")
                         .arg(releaseLabel(release->name, release->version))};
    return std::pair{release.value(), book->value()};
}

Result<RunContext> runningContext(Database& db, qint64 releaseId) {
    auto found = releaseAndRunbook(db, releaseId);
    if (!found)
        return found.error();
    const auto& [release, runbook] = found.value();
    const QString label = releaseLabel(release.name, release.version);
    auto run = RunbookRunRepository(db).latest(runbook.id);
    if (!run)
        return run.error();
    if (!run->has_value() || !run->value().isRunning())
        return Error{Error::Kind::Refused,
                     RunbookRunService::tr("No run of the runbook of %1 is under way; start one "
                                           "first.")
                         .arg(label)};
    return RunContext{release, runbook, run->value()};
}

bool rollbackDecided(const RunbookRun& run) {
    return std::any_of(
        run.decisions.cbegin(), run.decisions.cend(),
        [](const CheckpointDecision& d) { return d.decision == RunDecision::Rollback; });
}

QString stepName(const RunbookStep& s) {
    return QStringLiteral("%1 “%2”").arg(s.key, s.title);
}

// The steps a forward step still waits on: its dependencies neither done nor skipped.
QStringList waitingOn(const RunbookRun& run, const RunbookStep& step) {
    QStringList waiting;
    for (const QString& dep : step.dependsOn) {
        const StepStatus d = progressOf(run, dep).status;
        if (d != StepStatus::Done && d != StepStatus::Skipped)
            waiting << QStringLiteral("%1 (%2)").arg(dep, displayName(d).toLower());
    }
    return waiting;
}

// Adds one step event of a run, with the audit entry that pictures it.
Result<std::pair<StepEvent, AuditedWrite::Entry>>
addStepEvent(Database& db, qint64 runId, const QString& stepKey, StepStatus status, qint64 now,
             const QString& actor, const QString& note) {
    StepEvent e;
    e.stepKey = stepKey;
    e.status = status;
    e.at = now;
    e.by = actor;
    e.note = note;
    auto added = RunbookRunRepository(db).addEvent(runId, e);
    if (!added)
        return added.error();
    const AuditedWrite::Entry entry{QStringLiteral("create"),
                                    QStringLiteral("runbook_step_event"),
                                    added->id,
                                    {},
                                    QJsonObject{{QStringLiteral("run_id"), runId},
                                                {QStringLiteral("step"), e.stepKey},
                                                {QStringLiteral("status"), toKey(e.status)},
                                                {QStringLiteral("note"), e.note}}};
    return std::pair{added.value(), entry};
}

} // namespace

RunbookRunService::RunbookRunService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<RunbookStatus> RunbookRunService::status(qint64 releaseId, qint64 nowUtc,
                                                const TriggerObservations& seen) const {
    auto found = releaseAndRunbook(m_db, releaseId);
    if (!found)
        return found.error();
    const Release* release = &found->first;
    RunbookStatus st;
    st.runbook = found->second;
    if (release->windowStart.isValid())
        st.windowStartUtc = release->windowStart.toSecsSinceEpoch();
    if (release->windowEnd.isValid())
        st.windowEndUtc = release->windowEnd.toSecsSinceEpoch();
    auto plan = planRunbook(st.runbook.steps);
    if (!plan)
        return plan.error();
    st.plan = plan.value();
    auto run = RunbookRunRepository(m_db).latest(st.runbook.id);
    if (!run)
        return run.error();
    st.run = run.value();
    const qint64 now = nowUtc > 0 ? nowUtc : QDateTime::currentSecsSinceEpoch();
    // Before a run, the plan is projected from the window's start (or from now without one).
    const qint64 start =
        st.windowStartUtc > 0 ? st.windowStartUtc : (st.run ? st.run->startedAt : now);
    st.projection = projectRun(st.runbook.steps, st.plan, st.run.value_or(RunbookRun{}), start,
                               st.run && !st.run->isRunning() ? st.run->endedAt : now);
    if (st.run && st.run->isRunning())
        st.firing = evaluateTriggers(st.runbook, st.projection, st.windowEndUtc, seen);
    if (st.run)
        st.rollback = proposeRollback(st.runbook, *st.run);
    return st;
}

Result<QSet<qint64>> RunbookRunService::runningReleases() const {
    return RunbookRunRepository(m_db).runningReleaseIds();
}

Result<RunbookRun> RunbookRunService::start(qint64 releaseId) {
    RunbookRun stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ExecuteRunbook, QStringLiteral("start"), kRun,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto found = releaseAndRunbook(m_db, releaseId);
            if (!found)
                return found.error();
            const Release* release = &found->first;
            const QString label = releaseLabel(release->name, release->version);
            const Runbook& runbook = found->second;
            if (!runbook.isReady())
                return Error{Error::Kind::Refused,
                             tr("The runbook of %1 is a draft; mark it ready before running it.")
                                 .arg(label)};
            auto latest = RunbookRunRepository(m_db).latest(runbook.id);
            if (!latest)
                return latest.error();
            if (latest->has_value() && latest->value().isRunning())
                return Error{Error::Kind::Refused,
                             tr("A run of the runbook of %1 is already under way (started by "
                                "%2).")
                                 .arg(label, latest->value().startedBy)};
            // Running the runbook is deploying: the release must be allowed into Deploying.
            const ReleaseStatus status = release->status;
            if (status != ReleaseStatus::Deploying) {
                if (status != ReleaseStatus::Approved)
                    return Error{Error::Kind::Refused,
                                 tr("%1 is %2; a runbook is run once the release is approved.")
                                     .arg(label, displayName(status))};
                if (auto allowed =
                        LifecycleService(m_db).require(releaseId, status, ReleaseStatus::Deploying);
                    !allowed)
                    return allowed.error();
                if (auto moved =
                        moveReleaseStatus(m_db, m_session, *release, ReleaseStatus::Deploying, now);
                    !moved)
                    return moved.error();
            }
            auto run = RunbookRunRepository(m_db).start(runbook.id, m_session.actor, now);
            if (!run)
                return run.error();
            stored = run.value();
            return AuditedWrite::Logged{stored.id, {}, runImage(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT runChanged(releaseId);
    return stored;
}

Result<RunbookRun> RunbookRunService::setStep(qint64 releaseId, const QString& stepKey,
                                              StepStatus status, const QString& note) {
    if (status == StepStatus::Pending)
        return Error{Error::Kind::Usage,
                     tr("A step is marked running, done, failed or skipped, never back to "
                        "pending.")};
    RunbookRun stored;
    bool changed = false;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::ExecuteRunbook,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto ctx = runningContext(m_db, releaseId);
            if (!ctx)
                return ctx.error();
            const RunbookStep* step = ctx->runbook.step(stepKey.trimmed());
            if (!step) {
                QStringList keys;
                for (const RunbookStep& s : std::as_const(ctx->runbook.steps))
                    keys << s.key;
                return Error{Error::Kind::Validation,
                             tr("The runbook has no step %1 (it has %2).")
                                 .arg(stepKey, keys.join(QStringLiteral(", ")))};
            }
            const StepProgress was = progressOf(ctx->run, step->key);
            stored = ctx->run;
            if (was.status == status)
                return QList<AuditedWrite::Entry>{}; // a pipeline's retry: nothing new
            if (was.status == StepStatus::Done || was.status == StepStatus::Skipped)
                return Error{Error::Kind::Validation,
                             tr("Step %1 is already %2; a finished step is not reopened.")
                                 .arg(stepName(*step), displayName(was.status).toLower())};
            if (step->kind == StepKind::Checkpoint &&
                (status == StepStatus::Done || status == StepStatus::Skipped))
                return Error{Error::Kind::Refused,
                             tr("Checkpoint %1 is passed by a go decision with its reason, not "
                                "marked %2.")
                                 .arg(stepName(*step), displayName(status).toLower())};
            if (!step->isForward() && !rollbackDecided(ctx->run))
                return Error{Error::Kind::Refused,
                             tr("Step %1 is a rollback step; record a rollback decision first.")
                                 .arg(stepName(*step))};
            // Once a rollback is decided, the way forward is closed.
            if (step->isForward() && status != StepStatus::Failed && rollbackDecided(ctx->run))
                return Error{Error::Kind::Refused,
                             tr("A rollback was decided; step %1 is not taken any more.")
                                 .arg(stepName(*step))};
            // Every mark but a failure of what is under way keeps the order: skipping ahead
            // would free the steps after it.
            if (step->isForward() &&
                (status != StepStatus::Failed || was.status != StepStatus::Running)) {
                const QStringList waiting = waitingOn(ctx->run, *step);
                if (!waiting.isEmpty())
                    return Error{Error::Kind::Validation,
                                 tr("Step %1 waits on %2.")
                                     .arg(stepName(*step), waiting.join(QStringLiteral(", ")))};
            }
            auto added = addStepEvent(m_db, ctx->run.id, step->key, status, now, m_session.actor,
                                      note.trimmed());
            if (!added)
                return added.error();
            stored.events.append(added->first);
            changed = true;
            return QList<AuditedWrite::Entry>{added->second};
        });
    if (!done)
        return done.error();
    if (changed)
        Q_EMIT runChanged(releaseId);
    return stored;
}

Result<RunbookRun> RunbookRunService::decide(qint64 releaseId, const QString& stepKey,
                                             RunDecision decision, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("A go, no-go or rollback decision needs its reason.")};
    RunbookRun stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::ExecuteRunbook,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto ctx = runningContext(m_db, releaseId);
            if (!ctx)
                return ctx.error();
            const QString key = stepKey.trimmed();
            const RunbookStep* step = key.isEmpty() ? nullptr : ctx->runbook.step(key);
            if (!key.isEmpty() && !step)
                return Error{Error::Kind::Validation, tr("The runbook has no step %1.").arg(key)};
            // A go completes a checkpoint, so it waits on the checkpoint's steps as marking
            // it would: a go cannot let the run skip ahead of steps not yet finished.
            if (step && step->kind == StepKind::Checkpoint && decision == RunDecision::Go) {
                const StepStatus was = progressOf(ctx->run, step->key).status;
                const QStringList waiting = waitingOn(ctx->run, *step);
                if (was != StepStatus::Done && was != StepStatus::Skipped && !waiting.isEmpty())
                    return Error{Error::Kind::Validation,
                                 tr("Step %1 waits on %2.")
                                     .arg(stepName(*step), waiting.join(QStringLiteral(", ")))};
            }
            CheckpointDecision d;
            d.stepKey = key;
            d.decision = decision;
            d.reason = reason.trimmed();
            d.at = now;
            d.by = m_session.actor;
            RunbookRunRepository repo(m_db);
            auto added = repo.addDecision(ctx->run.id, d);
            if (!added)
                return added.error();
            QList<AuditedWrite::Entry> entries{
                {QStringLiteral("create"),
                 QStringLiteral("runbook_decision"),
                 added->id,
                 {},
                 QJsonObject{{QStringLiteral("run_id"), ctx->run.id},
                             {QStringLiteral("step"), d.stepKey},
                             {QStringLiteral("decision"), toKey(d.decision)},
                             {QStringLiteral("reason"), d.reason}}}};
            // A go at a checkpoint is what completes it.
            if (step && step->kind == StepKind::Checkpoint && decision == RunDecision::Go) {
                const StepStatus was = progressOf(ctx->run, step->key).status;
                if (was != StepStatus::Done && was != StepStatus::Skipped) {
                    auto passed = addStepEvent(m_db, ctx->run.id, step->key, StepStatus::Done, now,
                                               m_session.actor, tr("Go: %1").arg(d.reason));
                    if (!passed)
                        return passed.error();
                    entries.append(passed->second);
                }
            }
            auto back = repo.find(ctx->run.id);
            if (!back)
                return back.error();
            stored = back.value();
            return entries;
        });
    if (!done)
        return done.error();
    Q_EMIT runChanged(releaseId);
    return stored;
}

Result<RunbookRun> RunbookRunService::recordFiring(qint64 releaseId, const FiredTrigger& fired) {
    RunbookRun stored;
    bool added = false;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::ExecuteRunbook,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto ctx = runningContext(m_db, releaseId);
            if (!ctx)
                return ctx.error();
            stored = ctx->run;
            for (const TriggerFiring& f : std::as_const(ctx->run.firings))
                if (f.kind == fired.trigger.kind && f.triggerName == fired.trigger.name &&
                    f.stepKey == fired.stepKey)
                    return QList<AuditedWrite::Entry>{}; // recorded once per run
            TriggerFiring f;
            f.kind = fired.trigger.kind;
            f.triggerName = fired.trigger.name;
            f.stepKey = fired.stepKey;
            f.message = fired.message;
            f.at = now;
            f.by = m_session.actor;
            auto put = RunbookRunRepository(m_db).addFiring(ctx->run.id, f);
            if (!put)
                return put.error();
            stored.firings.append(put.value());
            added = true;
            return QList<AuditedWrite::Entry>{
                {QStringLiteral("create"),
                 QStringLiteral("runbook_trigger_firing"),
                 put->id,
                 {},
                 QJsonObject{{QStringLiteral("run_id"), ctx->run.id},
                             {QStringLiteral("kind"), toKey(f.kind)},
                             {QStringLiteral("trigger"), f.triggerName},
                             {QStringLiteral("step"), f.stepKey},
                             {QStringLiteral("message"), f.message}}}};
        });
    if (!done)
        return done.error();
    if (added)
        Q_EMIT runChanged(releaseId);
    return stored;
}

Result<RunbookRun> RunbookRunService::finish(qint64 releaseId, RunOutcome outcome,
                                             const QString& note) {
    if (outcome == RunOutcome::Running)
        return Error{Error::Kind::Usage, tr("A run ends succeeded, rolled back or aborted.")};
    const bool records = outcome != RunOutcome::Aborted;
    if (records) {
        // The record is the deployment's: the right to record deployments is asked too.
        auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
        if (!rights)
            return rights.error();
        if (auto allowed = authorize(rights.value(), Action::RecordDeployment); !allowed)
            return allowed.error();
    }
    RunbookRun stored;
    DeploymentService deployments(m_db, m_session);
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::ExecuteRunbook,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto ctx = runningContext(m_db, releaseId);
            if (!ctx)
                return ctx.error();
            const RunbookRun& run = ctx->run;
            QStringList open;
            QStringList touched;
            for (const RunbookStep& s : std::as_const(ctx->runbook.steps)) {
                if (!s.isForward())
                    continue;
                const StepStatus st = progressOf(run, s.key).status;
                if (st != StepStatus::Done && st != StepStatus::Skipped)
                    open << s.key;
                // What changes production: anything but talking, deciding and watching.
                if (st != StepStatus::Pending && st != StepStatus::Skipped &&
                    s.kind != StepKind::Communication && s.kind != StepKind::Checkpoint &&
                    s.kind != StepKind::HealthCheck)
                    touched << s.key;
            }
            if (outcome == RunOutcome::Succeeded && rollbackDecided(run))
                return Error{Error::Kind::Refused,
                             tr("A rollback was decided; the run ends rolled back.")};
            if (outcome == RunOutcome::Succeeded && !open.isEmpty())
                return Error{Error::Kind::Refused,
                             tr("The run cannot end succeeded: %n step(s) not done or skipped "
                                "(%1).",
                                nullptr, int(open.size()))
                                 .arg(open.join(QStringLiteral(", ")))};
            if (outcome == RunOutcome::RolledBack && !rollbackDecided(run))
                return Error{Error::Kind::Refused,
                             tr("The run cannot end rolled back without a rollback decision.")};
            if (outcome == RunOutcome::RolledBack) {
                // The proposed rollback, done or knowingly skipped, before it is recorded.
                QStringList pending;
                for (const RunbookStep& s : proposeRollback(ctx->runbook, run).steps) {
                    const StepStatus st = progressOf(run, s.key).status;
                    if (st != StepStatus::Done && st != StepStatus::Skipped)
                        pending << s.key;
                }
                if (!pending.isEmpty())
                    return Error{Error::Kind::Refused,
                                 tr("The run cannot end rolled back: rollback step(s) %1 not done "
                                    "or skipped.")
                                     .arg(pending.join(QStringLiteral(", ")))};
            }
            if (outcome == RunOutcome::Aborted && !touched.isEmpty())
                return Error{Error::Kind::Refused,
                             tr("Production was already changed (%1); roll back instead of "
                                "aborting.")
                                 .arg(touched.join(QStringLiteral(", ")))};
            QList<AuditedWrite::Entry> entries;
            qint64 deploymentId = 0;
            if (records) {
                auto environment = productionEnvironment(ctx->release.id);
                if (!environment)
                    return environment.error();
                Deployment d;
                d.releaseId = ctx->release.id;
                d.environmentId = environment.value();
                d.outcome = outcome == RunOutcome::Succeeded ? DeploymentOutcome::Succeeded
                                                             : DeploymentOutcome::RolledBack;
                d.notes =
                    note.trimmed().isEmpty()
                        ? tr("Runbook run %1 (%2)").arg(run.id).arg(toKey(ctx->runbook.pattern))
                        : note.trimmed();
                auto recorded = deployments.recordInTransaction(d, now);
                if (!recorded)
                    return recorded.error();
                deploymentId = recorded->id;
                entries.append({QStringLiteral("create"),
                                QStringLiteral("deployment"),
                                recorded->id,
                                {},
                                toJson(recorded.value()),
                                recorded->changeTicket});
            }
            // Aborted before production was touched: the release is approved again.
            if (outcome == RunOutcome::Aborted && ctx->release.status == ReleaseStatus::Deploying) {
                if (auto moved = moveReleaseStatus(m_db, m_session, ctx->release,
                                                   ReleaseStatus::Approved, now);
                    !moved)
                    return moved.error();
            }
            auto ended = RunbookRunRepository(m_db).end(run.id, run.rowVersion, outcome,
                                                        deploymentId, m_session.actor, now);
            if (!ended)
                return ended.error();
            stored = ended.value();
            entries.append(
                {QStringLiteral("finish"), kRun, run.id, runImage(run), runImage(stored)});
            return entries;
        });
    if (!done)
        return done.error();
    if (records)
        deployments.announce(releaseId);
    Q_EMIT runChanged(releaseId);
    return stored;
}

Result<qint64> RunbookRunService::productionEnvironment(qint64 releaseId) const {
    auto all = EnvironmentRepository(m_db).all();
    if (!all)
        return all.error();
    auto links = ReleaseLinkRepository(m_db).find(releaseId);
    if (!links)
        return links.error();
    QList<qint64> prod;
    for (const Environment& e : all.value())
        if (e.kind == u"prod")
            prod << e.id;
    for (qint64 id : std::as_const(links->environmentIds))
        if (prod.contains(id))
            return id; // the production environment the release's window books
    if (prod.size() == 1)
        return prod.first();
    return Error{Error::Kind::Refused,
                 prod.isEmpty()
                     ? tr("The file has no production environment to record the deployment in.")
                     : tr("The release books no production environment and the file has %n; "
                          "book the one it deploys to on the release.",
                          nullptr, int(prod.size()))};
}

} // namespace slipway
