// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Conflict.h"
#include "rules/ScheduleInputs.h"
#include "rules/WindowFinder.h"

namespace slipway {

class Database;

// The schedule as the rules see it: reads the file, expands recurring blackouts over the
// range, and answers "what collides" and "when could this go".
class ScheduleService {
public:
    explicit ScheduleService(Database& db);

    Result<ScheduleInputs> load(const Interval& range) const;
    Result<QList<Conflict>> conflicts(const Interval& range) const;
    // Every conflict of every release still to go out (planned, scheduled, in progress,
    // approved, deploying): what a plan check is for. History is not re-litigated.
    Result<QList<Conflict>> allConflicts() const;

    struct FindRequest {
        qint64 releaseId = 0;
        qint64 after = 0;        // UTC seconds; 0: now
        qint64 durationSecs = 0; // 0: the release's current window length, else 4 hours
        qint64 horizonSecs = qint64(180) * 86400;
    };
    Result<WindowProposal> findWindow(const FindRequest& request) const;

    // Blackout occurrences in `range`, recurring ones expanded.
    Result<QList<BlackoutOccurrence>> blackoutOccurrences(const Interval& range) const;

private:
    Database& m_db;
};

} // namespace slipway
