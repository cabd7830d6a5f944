// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {
struct RunbookStatus;
}

namespace slipway::ui {

// One step of a run as the Run tab and the war room list it: the forward steps in the
// runbook's order, then the rollback steps, each with where it stands and its times.
struct RunStepRow {
    RunbookStep step;
    StepProgress progress;
    qint64 plannedStart = 0; // UTC seconds; 0 for rollback steps (run only when needed)
    qint64 plannedEnd = 0;
    qint64 elapsedSecs = 0; // running: until now; ended: start to end
    qint64 plannedSecs = 0;
    bool critical = false;
    // Pending and not free to start: something it depends on is not done or skipped, or a
    // rollback step before anyone decided to roll back.
    bool waiting = false;
    QStringList waitsOn; // the steps it waits on
    // Rollback steps: whether rolling back was decided, and whether the step is in the
    // proposed rollback (its forward step started). Rolling back leaves the others out.
    bool rollbackDecided = false;
    bool proposed = false;

    bool overPlan() const { return plannedSecs > 0 && elapsedSecs > plannedSecs; }
};

// The rows of `status` at `nowUtc` (empty without a runbook).
QList<RunStepRow> runStepRows(const RunbookStatus& status, qint64 nowUtc);

// Whether the run holds a rollback decision.
bool rollbackDecided(const RunbookRun& run);

// A duration as a clock: "4:05" under an hour, "1:04:05" from one; a leading '−' when negative.
QString durationText(qint64 secs);
// A moment as a local wall-clock time ("14:05"), with the date when it is not `nowUtc`'s day
// ("8 Dec 14:05"; always with `nowUtc` 0); "—" for 0.
QString clockText(qint64 utcSecs, qint64 nowUtc);
// The local wall-clock time alone ("14:05"), for the step list where the window's day is known.
QString timeText(qint64 utcSecs);
QString clockText(qint64 utcSecs, qint64 nowUtc);

// The colour a step status is shown in, always with its name: pending grey, running blue,
// done green, failed red, skipped amber. `dark`: for the war room's dark background.
QColor stepStatusColor(StepStatus status, bool dark = false);

} // namespace slipway::ui
