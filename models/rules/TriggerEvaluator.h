// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/RunbookSchedule.h"

#include <QHash>
#include <QList>
#include <QString>

namespace slipway {

// What the live checks saw, per trigger id: how many health checks in a row failed, and the
// last value a metric query returned (NaN when the query gave no number).
struct TriggerObservations {
    QHash<qint64, int> consecutiveFailures; // health_check triggers
    QHash<qint64, QString> lastFailure;     // health_check: "HTTP 500 after 120 ms"
    QHash<qint64, double> metricValues;     // metric triggers; absent: not read yet
};

// A trigger whose condition holds now. `key` identifies the occasion ("step_failed:S3",
// "health_check:7") so that the same condition is recorded once per run.
struct FiredTrigger {
    RunbookTrigger trigger;
    QString key;
    QString stepKey;
    QString message; // one line, translated: what fired and the figures
};

// Every trigger of `runbook` whose condition holds in `projection` (of a run in a window
// ending at `windowEndUtc`) and `seen`, in the runbook's trigger order:
// - step_failed: a forward step's latest status is failed;
// - step_overrun: a running or ended step took more than factor × its planned duration;
// - window_overrun: the projected end is past the window's end;
// - health_check: `failures` (at least 1) checks in a row failed;
// - metric: the value is above (or below) the threshold; NaN never fires, +Inf above does.
// Pure: the caller records the firings it has not recorded yet (by key).
QList<FiredTrigger> evaluateTriggers(const Runbook& runbook, const RunProjection& projection,
                                     qint64 windowEndUtc, const TriggerObservations& seen);

// The rollback to propose: the paired rollback steps of the forward steps that are done (or
// running or failed, whose partial effect needs reversing), in reverse order of when those
// started. Forward steps with no rollback step are named in `unpaired`.
struct RollbackProposal {
    QList<RunbookStep> steps;
    QStringList unpaired;
};
RollbackProposal proposeRollback(const Runbook& runbook, const RunbookRun& run);

} // namespace slipway
