// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"

#include <QString>
#include <QStringList>

namespace slipway {

// The hours after the production deployment in which support feedback and incidents count.
inline constexpr int kFeedbackHours = 72;
// The days after the production deployment a required review is due by (default).
inline constexpr int kDefaultReviewDueDays = 5;

// What closing a release needs beyond the lifecycle's own guards, read by
// ClosureFactsReader. Plain values: the rules never touch a database.
struct ClosureFacts {
    bool productionSucceeded = false;
    bool productionRolledBack = false;
    bool productionFailed = false; // a failed production deployment was recorded
    // The latest production deployment that did not fail was rolled back.
    bool lastProductionRolledBack = false;
    qint64 firstProductionAt = 0; // UTC seconds; 0: none
    int checks = 0;               // checks that apply to the release
    QStringList failingChecks;    // names of checks whose latest result failed
    QStringList uncheckedChecks;  // names of checks never run for the release
    QStringList degradedMetrics;  // "error_rate (Payments API)"
    bool reviewRequired = false;
    bool reviewExists = false;
    bool reviewDone = false;
    QStringList openChecklistItems;   // display names of items neither done nor n/a
    QStringList metricsWithoutActual; // success metrics with no actual
};

// Which releases need a review: the keys are release types ("major", "emergency" …) and the
// outcomes "failed" and "rolled_back". The default: major, emergency, failed, rolled_back.
QStringList defaultReviewRequiredFor();
bool isReviewRequired(ReleaseType type, bool failed, bool rolledBack,
                      const QStringList& requiredFor);

// When the feedback window ends; 0 when there has been no production deployment.
qint64 feedbackWindowEnd(qint64 firstProductionAt);

// One sentence per unmet condition, in this order:
// - the deployment rolled back (and no later one succeeded) and the review is not done;
// - validation: a failing check, a check never run, a degraded metric;
// - the 72 hours have not ended ("the 72-hour feedback window ends 2026-11-04 10:00 UTC");
// - a required review not done;
// - checklist items open;
// - success metrics without an actual.
// The lifecycle adds the waiver validation tasks and the CAB's conditions itself.
QStringList closureBlockers(const ClosureFacts& facts, qint64 nowUtc);

} // namespace slipway
