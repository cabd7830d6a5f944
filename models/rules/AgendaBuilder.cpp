// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaBuilder.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace slipway {
namespace {

constexpr qint64 kWeek = qint64(7) * 86400;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AgendaBuilder)
};

QString utc(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
               .toString(QStringLiteral("ddd d MMM HH:mm")) +
           QStringLiteral(" UTC");
}

struct Ranked {
    AgendaItem item;
    qint64 window = std::numeric_limits<qint64>::max();
    int risk = -1;
    QString ticket;
};

bool deferralDue(const ApprovalState& s, const AgendaFrame& f, qint64 next) {
    if (s.status != ApprovalStatus::Deferred)
        return true;
    if (s.deferredMeetingId > 0)
        return s.deferredMeetingId == f.meetingId;
    return s.deferredUntil < next;
}

} // namespace

QList<AgendaItem> buildAgenda(const AgendaFrame& frame, const QList<AgendaCandidate>& candidates,
                              const QList<AgendaEscalation>& escalations) {
    const qint64 next =
        frame.nextMeetingStart > 0 ? frame.nextMeetingStart : frame.meetingStart + kWeek;
    const qint64 previous =
        frame.previousMeetingStart > 0 ? frame.previousMeetingStart : frame.meetingStart - kWeek;
    QList<Ranked> ranked;
    for (const AgendaCandidate& c : candidates) {
        const bool emergency = c.change.type == ChangeType::Emergency &&
                               c.change.requestedAt >= previous &&
                               c.change.requestedAt < frame.meetingStart;
        const bool needsApproval = c.approval.status == ApprovalStatus::Pending ||
                                   c.approval.status == ApprovalStatus::Deferred;
        const bool windowDue =
            c.windowStart > 0 && c.windowStart < next && c.windowEnd > frame.meetingStart;
        const bool due = needsApproval && windowDue && deferralDue(c.approval, frame, next);
        if (!emergency && !due)
            continue;
        Ranked r;
        r.item.meetingId = frame.meetingId;
        r.item.changeId = c.change.id;
        r.item.releaseId = c.change.releaseId;
        r.item.title = c.change.summary;
        r.item.kind = emergency ? AgendaItem::Kind::Emergency : AgendaItem::Kind::Change;
        if (emergency)
            r.item.reason = Text::tr("Emergency change requested %1; review (%2).")
                                .arg(utc(c.change.requestedAt), displayName(c.approval.status));
        else if (c.approval.status == ApprovalStatus::Deferred)
            r.item.reason =
                Text::tr("Deferred to this meeting; window %1; needs %2.")
                    .arg(utc(c.windowStart), c.approval.missing().join(QStringLiteral(", ")));
        else
            r.item.reason =
                Text::tr("Window %1, before the next meeting; needs %2.")
                    .arg(utc(c.windowStart), c.approval.missing().join(QStringLiteral(", ")));
        if (c.windowStart > 0)
            r.window = c.windowStart;
        r.risk = int(c.change.riskLevel);
        r.ticket = c.change.ticket;
        ranked.append(r);
    }
    for (const AgendaEscalation& e : escalations) {
        Ranked r;
        r.item.meetingId = frame.meetingId;
        r.item.kind = AgendaItem::Kind::Escalation;
        r.item.releaseId = e.releaseId;
        r.item.title = Text::tr("%1: %2 gate").arg(e.releaseLabel, e.gate);
        r.item.reason = e.reason;
        if (e.windowStart > 0)
            r.window = e.windowStart;
        r.ticket = e.releaseLabel;
        ranked.append(r);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.window != b.window)
            return a.window < b.window;
        if (a.risk != b.risk)
            return a.risk > b.risk;
        return a.ticket < b.ticket;
    });
    QList<AgendaItem> out;
    for (int i = 0; i < ranked.size(); ++i) {
        ranked[i].item.position = i + 1;
        out.append(ranked[i].item);
    }
    return out;
}

} // namespace slipway
