// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"
#include "ScheduleInputs.h"

#include <QList>

#include <optional>

namespace slipway {

class ConflictEngine;

struct WindowRequest {
    ScheduledWindow release; // id, label, type, services, environments, roles; `when` ignored
    qint64 durationSecs = qint64(4) * 3600;
    qint64 earliest = 0; // UTC seconds
    qint64 horizonSecs = qint64(180) * 86400;
    qint64 stepSecs = qint64(15) * 60; // candidate starts fall on this grid
};

// A run of consecutive candidates ruled out for the same reasons.
struct RejectedCandidate {
    Interval when; // from the first candidate's start to the last one's end
    int candidates = 1;
    QList<Conflict> reasons; // the hard conflicts that ruled them out (of the first)
};

struct WindowProposal {
    std::optional<Interval> when;
    QList<Conflict> softConflicts;     // of the proposed window
    QList<RejectedCandidate> rejected; // earlier candidates, earliest first (at most 50 runs)
    int candidatesTried = 0;
};

// Proposes the earliest window that breaks no hard rule and has the fewest soft ones.
// Candidates jump past whatever blocked them instead of stepping through every slot.
class WindowFinder {
public:
    static WindowProposal find(const ConflictEngine& engine, const WindowRequest& request);
    static constexpr int kMaxRejectedReported = 50;
    static constexpr int kMaxCandidates = 50000;
};

} // namespace slipway
