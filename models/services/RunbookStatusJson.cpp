// SPDX-License-Identifier: GPL-3.0-or-later
// What `runbook status --json` prints and the audit log pictures of a run.
#include "RunbookRunService.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QJsonObject runImage(const RunbookRun& run) {
    return {{QStringLiteral("runbook_id"), run.runbookId},
            {QStringLiteral("started_by"), run.startedBy},
            {QStringLiteral("started_at"), run.startedAt},
            {QStringLiteral("ended_by"), run.endedBy},
            {QStringLiteral("ended_at"), run.endedAt},
            {QStringLiteral("outcome"), toKey(run.outcome)},
            {QStringLiteral("deployment_id"), run.deploymentId}};
}

QJsonObject toJson(const RunbookStatus& status) {
    QJsonObject o;
    o.insert(QStringLiteral("release_id"), status.runbook.releaseId);
    o.insert(QStringLiteral("release"), status.runbook.releaseLabel);
    o.insert(QStringLiteral("pattern"), toKey(status.runbook.pattern));
    o.insert(QStringLiteral("state"), toKey(status.runbook.state));
    const auto iso = [](qint64 secs) {
        return secs > 0
                   ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate))
                   : QJsonValue();
    };
    o.insert(QStringLiteral("window_start"), iso(status.windowStartUtc));
    o.insert(QStringLiteral("window_end"), iso(status.windowEndUtc));
    o.insert(QStringLiteral("planned_end"), iso(status.projection.plannedEnd));
    o.insert(QStringLiteral("projected_end"), iso(status.projection.projectedEnd));
    o.insert(QStringLiteral("critical_path"), QJsonArray::fromStringList(status.plan.criticalPath));
    o.insert(QStringLiteral("done"), status.projection.done);
    o.insert(QStringLiteral("total"), status.projection.total);
    if (status.run) {
        const RunbookRun& r = *status.run;
        QJsonObject run = runImage(r);
        run.insert(QStringLiteral("id"), r.id);
        run.insert(QStringLiteral("started_at"), iso(r.startedAt));
        run.insert(QStringLiteral("ended_at"), iso(r.endedAt));
        run.insert(QStringLiteral("elapsed_s"), status.projection.elapsedSecs);
        QJsonArray decisions;
        for (const CheckpointDecision& d : r.decisions)
            decisions.append(QJsonObject{{QStringLiteral("step"), d.stepKey},
                                         {QStringLiteral("decision"), toKey(d.decision)},
                                         {QStringLiteral("reason"), d.reason},
                                         {QStringLiteral("by"), d.by},
                                         {QStringLiteral("at"), iso(d.at)}});
        run.insert(QStringLiteral("decisions"), decisions);
        QJsonArray firings;
        for (const TriggerFiring& f : r.firings)
            firings.append(QJsonObject{{QStringLiteral("kind"), toKey(f.kind)},
                                       {QStringLiteral("trigger"), f.triggerName},
                                       {QStringLiteral("step"), f.stepKey},
                                       {QStringLiteral("message"), f.message},
                                       {QStringLiteral("by"), f.by},
                                       {QStringLiteral("at"), iso(f.at)}});
        run.insert(QStringLiteral("firings"), firings);
        o.insert(QStringLiteral("run"), run);
    } else {
        o.insert(QStringLiteral("run"), QJsonValue());
    }
    QJsonArray steps;
    for (const RunbookStep& s : status.runbook.steps) {
        QJsonObject step{{QStringLiteral("key"), s.key},
                         {QStringLiteral("title"), s.title},
                         {QStringLiteral("kind"), toKey(s.kind)},
                         {QStringLiteral("direction"), toKey(s.direction)},
                         {QStringLiteral("owner"), s.owner},
                         {QStringLiteral("duration_min"), s.durationMin}};
        const StepProgress p = status.run ? progressOf(*status.run, s.key) : StepProgress{};
        step.insert(QStringLiteral("status"), toKey(p.status));
        step.insert(QStringLiteral("started_at"), iso(p.startedAt));
        step.insert(QStringLiteral("ended_at"), iso(p.endedAt));
        step.insert(QStringLiteral("by"), p.by);
        if (const StepProjection* sp = status.projection.step(s.key)) {
            step.insert(QStringLiteral("planned_start"), iso(sp->plannedStart));
            step.insert(QStringLiteral("planned_end"), iso(sp->plannedEnd));
            step.insert(QStringLiteral("projected_end"), iso(sp->projectedEnd));
            step.insert(QStringLiteral("elapsed_s"), sp->elapsedSecs);
            step.insert(QStringLiteral("waiting"), sp->waiting);
        }
        if (const StepTiming* t = status.plan.timing(s.key))
            step.insert(QStringLiteral("critical"), t->critical);
        steps.append(step);
    }
    o.insert(QStringLiteral("steps"), steps);
    QJsonArray firing;
    for (const FiredTrigger& f : status.firing)
        firing.append(QJsonObject{{QStringLiteral("key"), f.key},
                                  {QStringLiteral("kind"), toKey(f.trigger.kind)},
                                  {QStringLiteral("message"), f.message}});
    o.insert(QStringLiteral("firing"), firing);
    QJsonArray rollback;
    for (const RunbookStep& s : status.rollback.steps)
        rollback.append(s.key);
    o.insert(QStringLiteral("rollback_proposal"), rollback);
    o.insert(QStringLiteral("rollback_unpaired"),
             QJsonArray::fromStringList(status.rollback.unpaired));
    return o;
}

} // namespace slipway
