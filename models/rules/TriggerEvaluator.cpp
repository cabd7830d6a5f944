// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerEvaluator.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TriggerEvaluator)
};

QString named(const Runbook& runbook, const QString& key) {
    const RunbookStep* s = runbook.step(key);
    return s ? QStringLiteral("%1 “%2”").arg(key, s->title) : key;
}

QString minutes(qint64 secs) {
    return Text::tr("%1 min").arg((secs + 30) / 60);
}

QString utcTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// The trigger's name, or its kind's when it has none, to start the banner with.
QString label(const RunbookTrigger& t) {
    return t.name.trimmed().isEmpty() ? displayName(t.kind) : t.name.trimmed();
}

// Kinds whose effect is nothing to reverse: a decision, a look, a message.
bool needsNoRollback(StepKind kind) {
    return kind == StepKind::Checkpoint || kind == StepKind::HealthCheck ||
           kind == StepKind::Communication;
}

} // namespace

QList<FiredTrigger> evaluateTriggers(const Runbook& runbook, const RunProjection& projection,
                                     qint64 windowEndUtc, const TriggerObservations& seen) {
    QList<FiredTrigger> fired;
    auto fire = [&](const RunbookTrigger& t, const QString& key, const QString& stepKey,
                    const QString& message) {
        fired.append(FiredTrigger{t, key, stepKey, message});
    };
    for (const RunbookTrigger& t : runbook.triggers) {
        switch (t.kind) {
        case TriggerKind::StepFailed:
            for (const StepProjection& p : projection.steps)
                if (p.status == StepStatus::Failed)
                    fire(t, QStringLiteral("step_failed:") + p.key, p.key,
                         Text::tr("%1: step %2 failed.").arg(label(t), named(runbook, p.key)));
            break;
        case TriggerKind::StepOverrun: {
            const double factor = t.factor > 0 ? t.factor : 1.0;
            for (const StepProjection& p : projection.steps) {
                if (p.status == StepStatus::Pending)
                    continue;
                const RunbookStep* s = runbook.step(p.key);
                if (!s || s->durationMin <= 0) // nothing planned to overrun
                    continue;
                const double planned = double(s->durationMin) * 60.0;
                if (double(p.elapsedSecs) > factor * planned)
                    fire(t, QStringLiteral("step_overrun:") + p.key, p.key,
                         Text::tr("%1: step %2 has taken %3, more than %4 × its planned %5.")
                             .arg(label(t), named(runbook, p.key), minutes(p.elapsedSecs),
                                  QString::number(factor), minutes(qint64(planned))));
            }
            break;
        }
        case TriggerKind::WindowOverrun:
            if (windowEndUtc > 0 && projection.projectedEnd > windowEndUtc)
                fire(t, QStringLiteral("window_overrun"), QString(),
                     Text::tr("%1: the projected end %2 is %3 past the window's end %4.")
                         .arg(label(t), utcTime(projection.projectedEnd),
                              minutes(projection.projectedEnd - windowEndUtc),
                              utcTime(windowEndUtc)));
            break;
        case TriggerKind::HealthCheck: {
            const int needed = std::max(1, t.failures);
            const int failed = seen.consecutiveFailures.value(t.id, 0);
            if (failed >= needed) {
                const QString last = seen.lastFailure.value(t.id);
                fire(t, QStringLiteral("health_check:%1").arg(t.id), QString(),
                     last.isEmpty()
                         ? Text::tr("%1: %n health check(s) in a row failed.", nullptr, failed)
                               .arg(label(t))
                         : Text::tr("%1: %n health check(s) in a row failed, the last: %2.",
                                    nullptr, failed)
                               .arg(label(t), last));
            }
            break;
        }
        case TriggerKind::Metric: {
            const auto it = seen.metricValues.constFind(t.id);
            if (it == seen.metricValues.constEnd() || std::isnan(*it))
                break;
            const double v = *it;
            if (t.above ? v > t.threshold : v < t.threshold)
                fire(t, QStringLiteral("metric:%1").arg(t.id), QString(),
                     (t.above ? Text::tr("%1: %2 is above the threshold %3.")
                              : Text::tr("%1: %2 is below the threshold %3."))
                         .arg(label(t), QString::number(v), QString::number(t.threshold)));
            break;
        }
        }
    }
    return fired;
}

RollbackProposal proposeRollback(const Runbook& runbook, const RunbookRun& run) {
    // The forward steps whose effect may need reversing, with when they started.
    struct Touched {
        int position;
        qint64 startedAt;
    };
    QHash<QString, StepProgress> progress;
    for (const StepEvent& e : run.events) {
        StepProgress& p = progress[e.stepKey];
        p.status = e.status;
        if (e.status == StepStatus::Running && p.startedAt == 0)
            p.startedAt = e.at;
        if (e.status != StepStatus::Running)
            p.endedAt = e.at;
    }
    QList<Touched> touched;
    QHash<QString, QList<int>> rollbacks; // forward key → positions of its rollback steps
    for (int i = 0; i < runbook.steps.size(); ++i) {
        const RunbookStep& s = runbook.steps[i];
        if (!s.isForward()) {
            rollbacks[s.rollbackOf].append(i);
            continue;
        }
        const auto it = progress.constFind(s.key);
        if (it == progress.constEnd())
            continue;
        const StepStatus st = it->status;
        if (st == StepStatus::Done || st == StepStatus::Running || st == StepStatus::Failed)
            touched.append({i, it->startedAt > 0 ? it->startedAt : it->endedAt});
    }
    // Latest started first; of two started together, the one listed later first.
    std::sort(touched.begin(), touched.end(), [](const Touched& a, const Touched& b) {
        if (a.startedAt != b.startedAt)
            return a.startedAt > b.startedAt;
        return a.position > b.position;
    });
    RollbackProposal proposal;
    for (const Touched& t : touched) {
        const RunbookStep& s = runbook.steps[t.position];
        const QList<int> paired = rollbacks.value(s.key);
        if (paired.isEmpty()) {
            if (!needsNoRollback(s.kind))
                proposal.unpaired.append(s.key);
            continue;
        }
        for (int r : paired)
            proposal.steps.append(runbook.steps[r]);
    }
    return proposal;
}

} // namespace slipway
