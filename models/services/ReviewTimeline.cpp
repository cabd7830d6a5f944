// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTimeline.h"

#include "rules/ClosureRules.h"
#include "rules/IncidentCorrelation.h"
#include "rules/RunbookSchedule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewTimeline)
};

QString outcomeText(const QString& outcome) {
    if (outcome == u"succeeded")
        return Text::tr("succeeded");
    if (outcome == u"failed")
        return Text::tr("failed");
    if (outcome == u"rolled_back")
        return Text::tr("rolled back");
    if (outcome == u"aborted")
        return Text::tr("aborted");
    return outcome;
}

// When each forward step was planned to end: the window's start (else the run's) plus the
// step's earliest finish; -1 when the runbook has no plan for it.
QHash<QString, qint64> plannedFinishes(const TimelineRows& rows, qint64 base) {
    QHash<QString, qint64> ends;
    auto plan = planRunbook(rows.runbookSteps);
    for (const RunbookStep& s : rows.runbookSteps) {
        if (!s.isForward())
            continue;
        const StepTiming* timing = plan ? plan->timing(s.key) : nullptr;
        const int minutes = timing ? timing->earliestFinish : s.offsetMin + s.durationMin;
        ends.insert(s.key, base + qint64(minutes) * 60);
    }
    return ends;
}

} // namespace

QList<TimelineEntry> reviewTimeline(qint64 releaseId, const TimelineRows& rows,
                                    const std::optional<PostReview>& review) {
    QList<TimelineEntry> out;
    const qint64 deployed = rows.firstProductionAt;
    const qint64 from = deployed > 0 ? deployed - 86400 : std::numeric_limits<qint64>::min();
    const qint64 to = deployed > 0 ? deployed + qint64(kFeedbackHours) * 3600
                                   : std::numeric_limits<qint64>::max();
    const auto add = [&](qint64 at, const char* kind, const QString& text) {
        if (at >= from && at < to)
            out.append({at, QString::fromLatin1(kind), text});
    };

    QHash<qint64, qint64> runStarts;
    for (const auto& r : rows.runs) {
        runStarts.insert(r.id, r.startedAt);
        add(r.startedAt, "run", Text::tr("Runbook run started"));
        if (r.endedAt > 0)
            add(r.endedAt, "run", Text::tr("Runbook run ended: %1").arg(outcomeText(r.outcome)));
    }
    QHash<QString, QString> titles;
    for (const RunbookStep& s : rows.runbookSteps)
        titles.insert(s.key, s.title);
    QHash<qint64, QHash<QString, qint64>> plannedByRun;
    for (const auto& e : rows.steps) {
        if (e.status == u"running")
            continue;
        const QString title = titles.value(e.stepKey);
        const QString step = title.isEmpty() ? Text::tr("Step %1").arg(e.stepKey)
                                             : Text::tr("Step %1 “%2”").arg(e.stepKey, title);
        QString text;
        if (e.status == u"done" || e.status == u"failed") {
            if (!plannedByRun.contains(e.runId)) {
                const qint64 base =
                    rows.windowStart > 0 ? rows.windowStart : runStarts.value(e.runId);
                plannedByRun.insert(e.runId, plannedFinishes(rows, base));
            }
            const qint64 planned = plannedByRun.value(e.runId).value(e.stepKey, -1);
            const qint64 lateMin = planned >= 0 ? (e.at - planned) / 60 : 0;
            text = e.status == u"done" ? Text::tr("%1 done").arg(step)
                                       : Text::tr("%1 failed").arg(step);
            if (lateMin > 0)
                text += u' ' + Text::tr("(%1 min late)").arg(lateMin);
        } else {
            text = Text::tr("%1 skipped").arg(step);
        }
        add(e.at, "step", text);
    }
    for (const auto& d : rows.decisions) {
        QString what;
        if (d.decision == u"go")
            what = d.stepKey.isEmpty() ? Text::tr("Go decided")
                                       : Text::tr("Go decided at %1").arg(d.stepKey);
        else if (d.decision == u"no_go")
            what = d.stepKey.isEmpty() ? Text::tr("No-go decided")
                                       : Text::tr("No-go decided at %1").arg(d.stepKey);
        else
            what = Text::tr("Rollback decided");
        add(d.at, "decision", Text::tr("%1: %2").arg(what, d.reason.simplified()));
    }
    for (const auto& f : rows.firings)
        add(f.at, "trigger",
            Text::tr("Rollback trigger %1 fired: %2")
                .arg(f.name.isEmpty() ? f.kind : Text::tr("“%1”").arg(f.name),
                     f.message.simplified()));

    // After the run's rows, so that a deployment recorded as the run ends follows it.
    for (const auto& d : rows.deployments)
        add(d.at, "deployment",
            Text::tr("Version %1 deployed to %2: %3")
                .arg(d.version.isEmpty() ? Text::tr("(unnamed)") : d.version, d.environment,
                     outcomeText(d.outcome)));

    // Checks: the first result in the period, then each change between failing and passing.
    qint64 lastCheck = 0;
    bool lastOk = false;
    bool seen = false;
    for (const auto& c : rows.checkResults) {
        if (c.atMs / 1000 < from || c.atMs / 1000 >= to)
            continue;
        if (c.checkId != lastCheck) {
            lastCheck = c.checkId;
            seen = false;
        }
        if (seen && c.ok == lastOk)
            continue;
        QString text;
        if (c.ok)
            text = seen ? Text::tr("Check “%1” recovered").arg(c.check)
                        : Text::tr("Check “%1” passed").arg(c.check);
        else {
            text = Text::tr("Check “%1” failed").arg(c.check);
            if (!c.failedStep.isEmpty())
                text += u' ' + Text::tr("at step “%1”").arg(c.failedStep);
            if (!c.reason.trimmed().isEmpty())
                text += Text::tr(": %1").arg(c.reason.simplified());
        }
        add(c.atMs / 1000, "check", text);
        seen = true;
        lastOk = c.ok;
    }

    if (deployed > 0) {
        const auto correlated = correlate({releaseId, deployed, rows.names}, rows.incidents);
        for (const CorrelatedIncident& ci : correlated) {
            const Incident& i = ci.incident;
            QString text = Text::tr("Incident %1 opened (%2, %3): %4")
                               .arg(i.number,
                                    i.priority.isEmpty() ? Text::tr("severity %1").arg(i.severity)
                                                         : i.priority,
                                    ci.matchedOn, i.title.simplified());
            if (ci.newPattern)
                text += u' ' + Text::tr("— a new pattern");
            add(i.openedAt, "incident", text);
            if (i.resolvedAt)
                add(*i.resolvedAt, "incident", Text::tr("Incident %1 resolved").arg(i.number));
        }
    }
    for (const auto& f : rows.feedback)
        add(f.at, "feedback",
            Text::tr("Feedback from %1 (%2): %3").arg(f.team, f.severity, f.what.simplified()));

    if (review) {
        if (review->dueAt > 0)
            out.append({review->dueAt, QStringLiteral("review"), Text::tr("Review due")});
        if (review->isDone())
            out.append({review->doneAt, QStringLiteral("review"),
                        review->isLate(review->doneAt) ? Text::tr("Review done, late")
                                                       : Text::tr("Review done")});
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        return a.atUtc < b.atUtc;
    });
    return out;
}

} // namespace slipway
