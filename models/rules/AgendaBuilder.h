// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalRules.h"
#include "domain/CabMeeting.h"
#include "domain/ChangeRequest.h"

#include <QList>

namespace slipway {

// A change request as the agenda sees it: its window (from its release) and where its
// approval stands.
struct AgendaCandidate {
    ChangeRequest change;
    qint64 windowStart = 0; // UTC; 0: not scheduled
    qint64 windowEnd = 0;
    ApprovalState approval;
};

// An unresolved quality-gate item raised to the board.
struct AgendaEscalation {
    qint64 releaseId = 0;
    QString releaseLabel;
    QString gate;
    QString reason;
    qint64 raisedAt = 0;
    qint64 windowStart = 0; // of the release, 0 if unscheduled
};

struct AgendaFrame {
    qint64 meetingId = 0;
    qint64 meetingStart = 0;
    qint64 previousMeetingStart = 0; // 0: a week before this one
    qint64 nextMeetingStart = 0;     // 0: a week after this one
};

// Builds a meeting's agenda: changes whose windows open before the next meeting and that
// still need approval (deferrals come back when their date or meeting is due), emergency
// changes requested since the last meeting, and gate escalations; ordered by window, then
// risk (critical first), then ticket.
QList<AgendaItem> buildAgenda(const AgendaFrame& frame, const QList<AgendaCandidate>& candidates,
                              const QList<AgendaEscalation>& escalations);

} // namespace slipway
