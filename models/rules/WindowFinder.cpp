// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFinder.h"

#include "ConflictEngine.h"

namespace slipway {
namespace {

qint64 alignUp(qint64 t, qint64 step) {
    return step <= 1 ? t : ((t + step - 1) / step) * step;
}

bool sameReasons(const QList<Conflict>& a, const QList<Conflict>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].otherId != b[i].otherId ||
            a[i].otherLabel != b[i].otherLabel)
            return false;
    }
    return true;
}

} // namespace

WindowProposal WindowFinder::find(const ConflictEngine& engine, const WindowRequest& request) {
    WindowProposal proposal;
    const qint64 step = qMax<qint64>(request.stepSecs, 60);
    const qint64 duration = qMax<qint64>(request.durationSecs, 60);
    const qint64 last = request.earliest + request.horizonSecs;
    qsizetype bestSoft = -1;
    qint64 t = alignUp(request.earliest, step);
    while (t <= last && proposal.candidatesTried < kMaxCandidates) {
        ++proposal.candidatesTried;
        ScheduledWindow candidate = request.release;
        candidate.when = {t, t + duration};
        const QList<Conflict> conflicts = engine.conflictsFor(candidate);
        QList<Conflict> hard, soft;
        for (const Conflict& c : conflicts)
            (c.severity == Conflict::Severity::Error ? hard : soft).append(c);
        qint64 next = t + step;
        if (!hard.isEmpty()) {
            if (bestSoft < 0) {
                if (!proposal.rejected.isEmpty() &&
                    sameReasons(proposal.rejected.last().reasons, hard)) {
                    proposal.rejected.last().when.end = candidate.when.end;
                    ++proposal.rejected.last().candidates;
                } else if (proposal.rejected.size() < kMaxRejectedReported) {
                    proposal.rejected.append({candidate.when, 1, hard});
                }
            }
            // Any start before a blocker's end still overlaps it: jump past the last one.
            for (const Conflict& c : std::as_const(hard)) {
                if (c.kind != Conflict::Kind::RoleUncovered)
                    next = qMax(next, c.otherWhen.end);
            }
        } else {
            if (bestSoft < 0 || soft.size() < bestSoft) {
                bestSoft = soft.size();
                proposal.when = candidate.when;
                proposal.softConflicts = soft;
            }
            if (soft.isEmpty())
                break;
            // Fewer soft conflicts need a start past the first of them to end.
            qint64 firstEnd = std::numeric_limits<qint64>::max();
            for (const Conflict& c : std::as_const(soft))
                firstEnd = qMin(firstEnd, c.otherWhen.end);
            next = qMax(next, firstEnd);
        }
        t = alignUp(next, step);
    }
    return proposal;
}

} // namespace slipway
