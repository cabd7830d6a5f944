// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabPack.h"

#include "rules/ConflictEngine.h"
#include "rules/RunbookChecks.h"
#include "services/CabDecisionService.h"
#include "services/GateDigest.h"
#include "services/LifecycleService.h"
#include "services/ScheduleService.h"
#include "storage/AuditLog.h"
#include "storage/CabDecisionRepository.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/Database.h"
#include "storage/LifecycleOverrideRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/RunbookRunRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace slipway {
namespace {

constexpr qint64 kDay = 86400;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabPack)
};

qint64 mondayOf(qint64 secs) {
    const QDate d = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date();
    return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

struct Readiness {
    QList<GuardCheck> checks;
    QString nextStep;
    QStringList overrides;
};

// What the board needs to know of a release's lifecycle: every guard up to the start of its
// deployment (its own status's, when it is further along), the next step, open overrides.
Result<Readiness> readinessOf(const LifecycleService& lifecycle, qint64 releaseId,
                              const QList<LifecycleOverride>& unsettled) {
    auto facts = lifecycle.facts(releaseId);
    if (!facts)
        return facts.error();
    const LifecycleClock clock = lifecycle.clock();
    Readiness out;
    const ReleaseStatus status = facts->status;
    const bool past = status == ReleaseStatus::Deployed || status == ReleaseStatus::Closed ||
                      status == ReleaseStatus::RolledBack;
    out.checks = readiness(facts.value(), past ? status : ReleaseStatus::Deploying, clock);
    const NextStep next = nextStep(facts.value(), clock);
    out.nextStep = next.next ? next.summary()
                             : Text::tr("%1: nothing further to do.").arg(displayName(status));
    for (const LifecycleOverride& o : unsettled) {
        if (o.releaseId != releaseId)
            continue;
        const auto guard = guardFromKey(o.guard);
        const QString name = guard ? displayName(*guard) : o.guard;
        out.overrides << (o.isApproved()
                              ? Text::tr("Override of “%1” approved by %2, not settled: %3")
                                    .arg(name, o.approvedBy, o.reason)
                              : Text::tr("Override of “%1” asked by %2, awaiting approval: %3")
                                    .arg(name, o.requestedBy, o.reason));
    }
    return out;
}

} // namespace

QString CabPackItem::heading() const {
    if (change)
        return change->ticket + QStringLiteral(" — ") + change->summary;
    return item.title;
}

QStringList CabPack::zones() const {
    QStringList out{QStringLiteral("UTC")};
    for (const Person& p : attendees)
        if (!out.contains(p.zone))
            out << p.zone;
    return out;
}

Result<CabPack> CabPack::load(Database& db, qint64 meetingId, qint64 now) {
    return load(db, meetingId, now, Options{});
}

Result<CabPack> CabPack::load(Database& db, qint64 meetingId, qint64 now, const Options& options) {
    CabPack pack;
    pack.generatedAt = now;
    pack.fileName = QFileInfo(db.path()).fileName();
    CabMeetingRepository meetings(db);
    auto meeting = meetings.find(meetingId);
    if (!meeting)
        return meeting.error();
    pack.meeting = meeting.value();
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    for (const Person& p : people.value())
        if (pack.meeting.attendeeIds.contains(p.id))
            pack.attendees << p;

    auto agenda = meetings.agenda(meetingId);
    if (!agenda)
        return agenda.error();
    auto changes = ChangeRequestRepository(db).all();
    if (!changes)
        return changes.error();
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto states = CabDecisionService::approvalStates(db);
    if (!states)
        return states.error();
    CabDecisionRepository decisionRepo(db);
    auto allDecisions = decisionRepo.forChange(0);
    if (!allDecisions)
        return allDecisions.error();
    auto allConditions = decisionRepo.conditions(0);
    if (!allConditions)
        return allConditions.error();

    const LifecycleService lifecycle(db);
    auto overrides = LifecycleOverrideRepository(db).unsettled();
    if (!overrides)
        return overrides.error();

    QHash<qint64, const ChangeRequest*> changeById;
    for (const ChangeRequest& c : changes.value()) {
        changeById.insert(c.id, &c);
        pack.ticketOf.insert(c.id, c.ticket);
    }
    QHash<qint64, const Release*> releaseById;
    for (const Release& r : releases.value())
        releaseById.insert(r.id, &r);

    // One read of the schedule over every agenda window's week gives conflicts, blackouts and
    // freezes.
    qint64 from = pack.meeting.startUtc, to = pack.meeting.startUtc + 7 * kDay;
    for (const AgendaItem& a : agenda.value()) {
        CabPackItem item;
        item.item = a;
        if (const ChangeRequest* c = changeById.value(a.changeId))
            item.change = *c;
        const qint64 releaseId = item.change ? item.change->releaseId : a.releaseId;
        if (const Release* r = releaseById.value(releaseId)) {
            item.release = *r;
            item.releaseLabel = releaseLabel(r->name, r->version);
            if (r->windowStart.isValid()) {
                item.windowStart = r->windowStart.toSecsSinceEpoch();
                item.windowEnd = r->windowEnd.toSecsSinceEpoch();
                item.windowZone = r->windowZone;
                item.weekStart = mondayOf(item.windowStart);
                from = std::min(from, item.weekStart);
                to = std::max(to, std::max(item.weekStart + 7 * kDay, item.windowEnd));
            }
        }
        if (item.windowStart == 0 && item.change && item.change->plannedStart > 0) {
            item.windowStart = item.change->plannedStart;
            item.windowEnd = item.change->plannedEnd;
            item.weekStart = mondayOf(item.windowStart);
            from = std::min(from, item.weekStart);
            to = std::max(to, std::max(item.weekStart + 7 * kDay, item.windowEnd));
        }
        if (item.change) {
            item.approval = states->value(item.change->id);
            for (const CabDecision& d : allDecisions.value())
                if (d.changeId == item.change->id && !d.withdrawn)
                    item.decisions << d;
            for (const CabCondition& c : allConditions.value())
                if (c.changeId == item.change->id) {
                    item.conditions << c;
                    if (c.status == CabCondition::Status::Open)
                        pack.openConditions << c;
                }
            ++pack.agendaByStatus[size_t(item.approval.status)];
        }
        if (releaseId > 0)
            item.gateStatus = options.gateStatus ? options.gateStatus(releaseId)
                                                 : GateDigest::statusText(db, releaseId);
        if (item.release) {
            auto ready = readinessOf(lifecycle, releaseId, overrides.value());
            if (!ready)
                return ready.error();
            item.readiness = ready->checks;
            item.nextStep = ready->nextStep;
            item.openOverrides = ready->overrides;
            auto book = RunbookRepository(db).forRelease(releaseId);
            if (!book)
                return book.error();
            item.runbook = book.value();
            if (item.runbook && !item.runbook->isReady())
                item.runbookBlockers = readinessBlockers(checkRunbook(
                    *item.runbook, RunbookCheckInput{item.windowStart, item.windowEnd}));
            if (item.runbook) {
                auto run = RunbookRunRepository(db).latest(item.runbook->id);
                if (!run)
                    return run.error();
                item.run = run.value();
            }
        }
        pack.items << item;
    }

    ScheduleService schedule(db);
    auto inputs = schedule.load(Interval{from, to});
    if (!inputs)
        return inputs.error();
    const QList<BlackoutOccurrence> blackouts = inputs->blackouts;
    const QList<IncidentFreeze> freezes = inputs->freezes;
    QHash<qint64, ScheduledWindow> windows;
    for (const ScheduledWindow& w : inputs->windows)
        windows.insert(w.releaseId, w);
    const ConflictEngine engine(std::move(inputs.value()));
    for (CabPackItem& item : pack.items) {
        if (item.windowStart == 0)
            continue;
        if (const auto it = item.release ? windows.constFind(item.release->id) : windows.cend();
            it != windows.cend()) {
            item.conflicts = engine.conflictsFor(*it);
        } else {
            // A change of its own: its window against blackouts and freezes for everyone.
            ScheduledWindow own;
            own.label = item.ticket();
            own.when = Interval{item.windowStart, item.windowEnd};
            own.type = item.change && item.change->type == ChangeType::Emergency
                           ? ReleaseType::Emergency
                           : ReleaseType::Minor;
            item.conflicts = engine.conflictsFor(own);
        }
        const Interval week{item.weekStart, item.weekStart + 7 * kDay};
        for (const BlackoutOccurrence& b : blackouts)
            if (b.when.start < week.end && b.when.end > week.start)
                item.weekBlackouts << b;
        for (const IncidentFreeze& z : freezes)
            if (z.when.start < week.end && z.when.end > week.start)
                item.weekFreezes << z;
    }

    for (const CabDecision& d : allDecisions.value())
        if (d.meetingId == meetingId && !d.withdrawn)
            pack.decisions << d;
    auto actions = meetings.actions(meetingId);
    if (!actions)
        return actions.error();
    pack.actions = actions.value();

    // The outlook: every change request with a window in the coming weeks.
    const qint64 firstWeek = mondayOf(pack.meeting.startUtc);
    for (int w = 0; w < options.outlookWeeks; ++w)
        pack.outlook << CabOutlookWeek{firstWeek + qint64(w) * 7 * kDay, {}, {}};
    for (const ChangeRequest& c : changes.value()) {
        const Release* r = releaseById.value(c.releaseId);
        const bool released = r && r->windowStart.isValid();
        if (!released && c.plannedStart <= 0)
            continue;
        const qint64 start = released ? r->windowStart.toSecsSinceEpoch() : c.plannedStart;
        const qint64 week = (start - firstWeek) / (7 * kDay);
        if (start < firstWeek || week >= options.outlookWeeks)
            continue;
        ++pack.outlook[week].byRisk[size_t(c.riskLevel)];
        ++pack.outlook[week].byType[released ? size_t(r->type) : 4];
    }

    // Count and head from one lookup of the last entry, so the two always belong together.
    auto tip = AuditLog(db).tip();
    if (!tip)
        return tip.error();
    pack.chainHead = tip->hash;
    pack.chainEntries = tip->seq;
    return pack;
}

namespace cabtext {

QString dateTime(qint64 secs, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, tz.isValid() ? tz : QTimeZone::utc());
    return t.toString(QStringLiteral("ddd d MMM yyyy HH:mm")) + u' ' +
           (zone == u"UTC" ? zone : t.timeZoneAbbreviation());
}

QString date(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("d MMM yyyy"));
}

QString utcWindow(qint64 start, qint64 end) {
    if (start <= 0)
        return Text::tr("not scheduled");
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    const QDateTime e = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    const QString endText = s.date() == e.date() ? e.toString(QStringLiteral("HH:mm"))
                                                 : e.toString(QStringLiteral("ddd d MMM HH:mm"));
    return s.toString(QStringLiteral("ddd d MMM yyyy HH:mm")) + QStringLiteral(" – ") + endText +
           QStringLiteral(" UTC");
}

QString zoneWindow(qint64 start, qint64 end, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid() || start <= 0)
        return {};
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, tz);
    const QDateTime e = QDateTime::fromSecsSinceEpoch(end, tz);
    const QString endText = s.date() == e.date() ? e.toString(QStringLiteral("HH:mm"))
                                                 : e.toString(QStringLiteral("ddd HH:mm"));
    return s.toString(QStringLiteral("ddd HH:mm")) + QStringLiteral(" – ") + endText + u' ' + zone;
}

QString decisionLine(const CabDecision& d, const QString& ticket) {
    QString line = ticket + QStringLiteral(": ") + displayName(d.outcome);
    if (isApproval(d.outcome) && !d.approverRole.isEmpty())
        line += QStringLiteral(" (") + approvalRoleName(d.approverRole) + u')';
    line += Text::tr(" by %1, %2").arg(d.decidedBy, dateTime(d.decidedAt));
    if (d.outcome == DecisionOutcome::Defer && d.deferredUntil > 0)
        line += Text::tr(", to %1").arg(date(d.deferredUntil));
    if (d.outcome == DecisionOutcome::Defer && d.deferredMeetingId > 0)
        line += Text::tr(", to meeting %1").arg(d.deferredMeetingId);
    if (!d.comment.isEmpty())
        line += QStringLiteral(" — ") + d.comment;
    return line;
}

QString approvalsLine(const ApprovalState& state) {
    QStringList parts;
    for (const ApprovalSlot& s : state.slots)
        parts << (s.filled() ? Text::tr("%1 ✓ %2").arg(approvalRoleName(s.role), s.approver)
                             : Text::tr("%1 open").arg(approvalRoleName(s.role)));
    return parts.join(QStringLiteral(" · "));
}

QString readinessLine(const GuardCheck& check) {
    QString mark;
    switch (check.state) {
    case GuardState::Met:
        mark = QStringLiteral("✓");
        break;
    case GuardState::Open:
        mark = QStringLiteral("✗");
        break;
    case GuardState::Overridden:
        mark = QStringLiteral("⚑");
        break;
    case GuardState::Due:
        mark = QStringLiteral("◷");
        break;
    }
    const QString name = displayName(check.guard);
    return mark + u' ' +
           (check.detail.isEmpty() ? name : name + QStringLiteral(" — ") + check.detail);
}

QString readinessSummary(const QList<GuardCheck>& checks) {
    if (checks.isEmpty())
        return Text::tr("No lifecycle guards apply.");
    QStringList open, passing;
    for (const GuardCheck& c : checks) {
        if (c.state == GuardState::Open)
            open << displayName(c.guard);
        else if (c.state != GuardState::Met)
            passing << displayName(c.guard);
    }
    const int met = int(checks.size() - open.size());
    QString text = open.isEmpty() ? Text::tr("All %1 guards pass").arg(checks.size())
                                  : Text::tr("%1 of %2 guards pass; open: %3")
                                        .arg(met)
                                        .arg(checks.size())
                                        .arg(open.join(QStringLiteral(", ")));
    if (!passing.isEmpty())
        text += Text::tr(" (by override or emergency grace: %1)")
                    .arg(passing.join(QStringLiteral(", ")));
    return text;
}

QStringList runbookLines(const CabPackItem& item) {
    if (!item.runbook)
        return {Text::tr("No runbook: the deployment plan is the change's implementation and "
                         "rollback plan.")};
    const Runbook& book = *item.runbook;
    int forward = 0, rollback = 0;
    for (const RunbookStep& s : book.steps)
        ++(s.isForward() ? forward : rollback);
    QStringList lines;
    lines << (book.isReady()
                  ? Text::tr("%1 · ready, locked by %2 on %3 · %4 step(s), %5 rollback step(s)")
                        .arg(displayName(book.pattern), book.readyBy, date(book.readyAt))
                        .arg(forward)
                        .arg(rollback)
                  : Text::tr("%1 · draft, not ready · %2 step(s), %3 rollback step(s)")
                        .arg(displayName(book.pattern))
                        .arg(forward)
                        .arg(rollback));
    for (const QString& b : item.runbookBlockers)
        lines << Text::tr("✗ Not ready: %1").arg(b);
    if (!item.run) {
        lines << Text::tr("Not run yet.");
        return lines;
    }
    const RunbookRun& run = *item.run;
    const auto stepText = [&book](const QString& key) {
        const RunbookStep* s = book.step(key);
        return s ? QStringLiteral("%1 “%2”").arg(key, s->title) : key;
    };
    if (run.isRunning())
        lines << Text::tr("Run: %1 since %2, started by %3")
                     .arg(displayName(run.outcome), dateTime(run.startedAt), run.startedBy);
    else
        lines << Text::tr("Run: %1 — %2 to %3, started by %4, ended by %5")
                         .arg(displayName(run.outcome), dateTime(run.startedAt),
                              dateTime(run.endedAt), run.startedBy, run.endedBy) +
                     (run.deploymentId > 0
                          ? Text::tr("; production deployment record %1").arg(run.deploymentId)
                          : QString());
    lines << (run.decisions.isEmpty() ? Text::tr("Decisions: none recorded.")
                                      : Text::tr("Decisions:"));
    for (const CheckpointDecision& d : run.decisions)
        lines << (d.stepKey.isEmpty()
                      ? Text::tr("• %1 by %2, %3 — %4")
                            .arg(displayName(d.decision), d.by, dateTime(d.at), d.reason)
                      : Text::tr("• %1 at %2 by %3, %4 — %5")
                            .arg(displayName(d.decision), stepText(d.stepKey), d.by, dateTime(d.at),
                                 d.reason));
    if (run.firings.isEmpty())
        lines << Text::tr("Triggers fired: none.");
    for (const TriggerFiring& t : run.firings)
        lines << Text::tr("⚠ Trigger fired %1: %2").arg(dateTime(t.at), t.message);
    return lines;
}

} // namespace cabtext

} // namespace slipway
