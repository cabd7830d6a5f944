// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// When each forward step of a runbook is planned, and which of them decide the planned end.
// Minutes from the window's start. Rollback steps are not scheduled: they run only if needed.
struct StepTiming {
    QString key;
    int earliestStart = 0;  // max(its offset, the latest finish of what it depends on)
    int earliestFinish = 0; // earliestStart + duration
    int slack = 0;          // how late it may finish without moving the planned end
    bool critical = false;  // slack 0
};

struct RunbookPlan {
    QList<StepTiming> steps;  // in the runbook's order, forward steps only
    QStringList criticalPath; // keys, first to last, along dependencies
    int plannedEndMin = 0;    // the latest finish
    const StepTiming* timing(const QString& key) const;
};

// The plan of `steps` (every step; rollback steps are left out). Refused (Validation) when a
// dependency names no step, a forward step depends on a rollback step, or dependencies form
// a cycle: the message names the steps of one cycle in order ("S2 → S4 → S2").
// Linear in steps and dependencies.
Result<RunbookPlan> planRunbook(const QList<RunbookStep>& steps);

// Where a running execution is heading, from what has happened so far. Times are UTC seconds.
struct StepProjection {
    QString key;
    StepStatus status = StepStatus::Pending;
    qint64 plannedStart = 0; // window start + earliest start
    qint64 plannedEnd = 0;
    qint64 projectedStart = 0; // actual when it started
    qint64 projectedEnd = 0;   // actual when it ended
    qint64 elapsedSecs = 0;    // running: now − start; ended: end − start; else 0
    bool waiting = false;      // pending, and something it depends on is not done or skipped
};

struct RunProjection {
    QList<StepProjection> steps; // forward steps, the runbook's order
    qint64 plannedEnd = 0;       // window start + planned end
    qint64 projectedEnd = 0;     // from the remaining critical path, never before now
    qint64 elapsedSecs = 0;      // since the run started (to its end once ended)
    int done = 0;
    int total = 0;
    const StepProjection* step(const QString& key) const;
};

// Projects `run` of a runbook planned as `plan` in a window starting at `windowStartUtc`:
// ended steps keep their actual times; a running step ends at the later of now and its start
// plus its duration; a pending step starts at the later of now, its planned start and the
// projected end of what it depends on. A failed step counts as ended (its successors wait).
RunProjection projectRun(const QList<RunbookStep>& steps, const RunbookPlan& plan,
                         const RunbookRun& run, qint64 windowStartUtc, qint64 nowUtc);

} // namespace slipway
