// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's releases against the lifecycle: planning statuses clear of hard conflicts, the
// change requests and approvals of approved releases the CAB part leaves out, and the
// deployment records of every release that went to staging or production.
#include "DemoBuilder.h"
#include "DemoChanges.h"
#include "rules/ConflictEngine.h"
#include "rules/Recurrence.h"

namespace slipway::demobuild {
namespace {

struct CabText {
    Q_DECLARE_TR_FUNCTIONS(DemoCab)
};

bool isPlanning(ReleaseStatus s) {
    return s == ReleaseStatus::Scheduled || s == ReleaseStatus::InProgress ||
           s == ReleaseStatus::Approved;
}

// Statuses whose windows the conflict check still looks at, as ScheduleService does.
bool isOpen(ReleaseStatus s) {
    return s != ReleaseStatus::Deployed && s != ReleaseStatus::Closed &&
           s != ReleaseStatus::Cancelled && s != ReleaseStatus::RolledBack;
}

QJsonObject withMeeting(QJsonObject json, const QString& ticket) {
    json.insert(QStringLiteral("meeting_id"), QJsonValue());
    if (!ticket.isEmpty())
        json.insert(QStringLiteral("ticket"), ticket);
    return json;
}

} // namespace

// The releases `slipway check` would find colliding with a hard blackout, an incident freeze
// or another booking of a shared environment: the same inputs and rules, read from the plan.
QSet<qint64> Builder::hardConflicted() const {
    ScheduleInputs in;
    qint64 from = m_spanEnd;
    qint64 to = m_spanStart;
    QSet<qint64> open;
    for (size_t i = 0; i < m_releases.size(); ++i) {
        const Release& r = m_releases[i].final;
        if (r.status == ReleaseStatus::Cancelled || !r.windowStart.isValid())
            continue;
        ScheduledWindow w;
        w.releaseId = r.id;
        w.label = releaseLabel(r.name, r.version);
        w.when = {r.windowStart.toSecsSinceEpoch(), r.windowEnd.toSecsSinceEpoch()};
        w.type = r.type;
        w.status = r.status;
        w.serviceIds = r.serviceIds;
        w.environmentIds = m_schedule.needs.value(qsizetype(i)).environmentIds;
        from = qMin(from, w.when.start);
        to = qMax(to, w.when.end);
        if (isOpen(r.status))
            open.insert(r.id);
        in.windows.append(w);
    }
    const Interval range{from, to};
    for (const bulk::Blackout& b : m_blackouts) {
        RecurringPeriod period;
        period.firstStartUtc = b.startUtc;
        period.firstEndUtc = b.endUtc;
        period.zone = b.timeZone;
        period.rrule = b.rrule;
        const auto occurrences = Recurrence::expand(period, range);
        if (!occurrences)
            continue;
        for (const Interval& when : occurrences.value())
            in.blackouts.append(
                {b.id, b.name, when, b.severity == u"hard", b.serviceIds.isEmpty(), b.serviceIds});
    }
    for (const bulk::Freeze& f : std::as_const(m_schedule.freezes))
        if (f.startUtc < range.end && f.endUtc > range.start)
            in.freezes.append({f.id, f.name, {f.startUtc, f.endUtc}});
    for (int e = 0; e < m_environments.size(); ++e)
        in.environments.append({e + 1, m_environments[e].name, m_environments[e].shared});
    for (const bulk::Booking& b : std::as_const(m_schedule.bookings)) {
        if (b.startUtc >= range.end || b.endUtc <= range.start)
            continue;
        const bulk::Environment& env = m_environments.at(int(b.environmentId - 1));
        in.bookings.append({b.id, b.environmentId, env.name, env.shared, b.releaseId, b.label,
                            Interval{b.startUtc, b.endUtc}, 1});
    }

    const ConflictEngine engine(std::move(in));
    QSet<qint64> out;
    for (const ScheduledWindow& w : engine.inputs().windows) {
        if (!open.contains(w.releaseId))
            continue;
        for (const Conflict& c : engine.conflictsFor(w)) {
            if (c.severity != Conflict::Severity::Error || c.kind == Conflict::Kind::RoleUncovered)
                continue;
            // A double booking between two open releases counts for the lower id only.
            if (c.kind == Conflict::Kind::EnvironmentDoubleBooked && c.otherId > 0 &&
                c.otherId < w.releaseId && open.contains(c.otherId))
                continue;
            out.insert(w.releaseId);
            break;
        }
    }
    return out;
}

void Builder::planLifecycle() {
    // Planning inside a hard blackout, a freeze or a double booking is allowed while a release
    // is Planned: those go back to Planned, and the calendar keeps showing their conflicts.
    // A release caught by one while deploying was called off.
    const QSet<qint64> conflicted = hardConflicted();
    for (ReleasePlan& p : m_releases) {
        if (!conflicted.contains(p.final.id))
            continue;
        if (isPlanning(p.final.status))
            p.final.status = ReleaseStatus::Planned;
        else if (p.final.status == ReleaseStatus::Deploying && !p.pinned)
            p.final.status = ReleaseStatus::Cancelled;
    }
    if (!m_large)
        ensureFutureCoverage(conflicted);
    for (size_t i = 0; i < m_releases.size(); ++i)
        planReleaseHistory(m_releases[i], qint64(i));
    planChanges();
    planDeployments();
}

// The small file still shows every planning status, on windows clear of conflicts.
void Builder::ensureFutureCoverage(const QSet<qint64>& conflicted) {
    for (ReleaseStatus wanted :
         {ReleaseStatus::InProgress, ReleaseStatus::Scheduled, ReleaseStatus::Approved}) {
        QHash<int, int> counts;
        for (const ReleasePlan& p : m_releases)
            ++counts[int(p.final.status)];
        if (counts.value(int(wanted)) > 0)
            continue;
        for (ReleasePlan& p : m_releases) {
            const ReleaseStatus s = p.final.status;
            if (p.pinned || conflicted.contains(p.final.id) ||
                p.final.type == ReleaseType::Emergency ||
                p.final.windowStart.toSecsSinceEpoch() <= m_anchor ||
                (s != ReleaseStatus::Planned && !isPlanning(s)) || counts.value(int(s)) < 2)
                continue;
            p.final.status = wanted;
            break;
        }
    }
}

void Builder::planChanges() {
    demo::ApproverPools pools;
    QList<int> owners;
    for (int p = 0; p < m_people.size(); ++p) {
        const QStringList& roles = m_people[p].roles;
        if (roles.contains(QStringLiteral("cab")))
            pools.cab << handle(p);
        if (roles.contains(QStringLiteral("service_owner"))) {
            pools.serviceOwners << handle(p);
            owners << p;
        }
        if (roles.contains(QStringLiteral("release_manager")))
            pools.releaseManagers << handle(p);
    }
    if (owners.isEmpty())
        owners = m_cab;
    for (const ReleasePlan& plan : m_releases) {
        const Release& r = plan.final;
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        if (!demo::approvedOrLater(r.status) || (start >= m_anchor - DemoCab::kLookBackSecs &&
                                                 start < m_anchor + DemoCab::kLookAheadSecs))
            continue;
        const qsizetype approvedStep = plan.path.indexOf(ReleaseStatus::Approved);
        const qint64 created = plan.times.first();
        const qint64 approvedAt = approvedStep > 0 ? plan.times[approvedStep] : start - kDay;
        const quint64 h = demo::changeHash(m_seed, r.id);
        ChangeRequest c =
            demo::changeFor(r, h, m_large ? std::nullopt : demo::definitionAnswers(r, m_seed));
        c.id = qint64(m_changes.size()) + 1;
        c.requestedBy = handle(fromPool(m_releaseManagers, h));
        c.requestedAt = created + (approvedAt - created) / 2;
        c.serviceOwner = m_people[fromPool(owners, h >> 8)].name;
        c.rowVersion = 1;
        const bool emergency = c.type == ChangeType::Emergency;
        const QList<ApprovalSlot> slots = requiredApprovals(c);
        const QStringList deciders = demo::assignApprovers(slots, pools, c.requestedBy, h);
        // Now and then the board approved with a condition, met before the window.
        const bool conditional = !emergency && (h >> 24) % 6 == 0;
        for (qsizetype k = 0; k < deciders.size(); ++k) {
            CabDecision d;
            d.id = qint64(m_decisions.size()) + 1;
            d.changeId = c.id;
            d.approverRole = slots[k].role;
            d.decidedBy = deciders[k];
            d.decidedAt = approvedAt - qint64(deciders.size() - k) * 10 * kMinute;
            d.rowVersion = 1;
            if (emergency)
                d.comment = CabText::tr("Emergency CAB by phone; ratify at the next meeting.");
            if (conditional && k == 0) {
                d.outcome = DecisionOutcome::ApproveWithConditions;
                d.comment = CabText::tr("Approved if the on-call rota is confirmed.");
                CabCondition met;
                met.id = qint64(m_conditions.size()) + 1;
                met.decisionId = d.id;
                met.changeId = c.id;
                met.text = CabText::tr("Confirm the on-call engineer for the window");
                met.owner = m_people[fromPool(m_releaseManagers, h)].name;
                met.dueUtc = start - kDay;
                met.status = CabCondition::Status::Met;
                met.closedBy = c.requestedBy;
                met.closedAt = approvedAt - 5 * kMinute;
                met.rowVersion = 2;
                d.conditions << met;
                m_conditions.push_back(met);
            }
            m_decisions.push_back(d);
        }
        m_changes.push_back(std::move(c));
    }
}

// Who deployed what, when: staging ahead of the window (now and then a failed first try),
// production inside it, by the operations engineer who recorded the outcome.
void Builder::planDeployments() {
    QList<slipway::Deployment> records;
    for (size_t i = 0; i < m_releases.size(); ++i) {
        const ReleasePlan& plan = m_releases[i];
        const Release& r = plan.final;
        const ReleaseStatus s = r.status;
        const bool wentOut = s == ReleaseStatus::Deployed || s == ReleaseStatus::RolledBack ||
                             s == ReleaseStatus::Closed;
        if (!wentOut && s != ReleaseStatus::Deploying)
            continue;
        qint64 staging = 0;
        qint64 production = 0;
        for (qint64 env : m_schedule.needs.value(qsizetype(i)).environmentIds) {
            const QString& kind = m_environments.at(int(env - 1)).kind;
            if (kind == u"staging" && staging == 0)
                staging = env;
            else if (kind == u"prod" && production == 0)
                production = env;
        }
        const quint64 h = hashOf(m_seed, 41, quint64(i));
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        const qint64 end = r.windowEnd.toSecsSinceEpoch();
        slipway::Deployment d;
        d.releaseId = r.id;
        d.version = r.version;
        d.changeTicket = r.changeTicket;
        d.rowVersion = 1;
        if (staging > 0) {
            d.environmentId = staging;
            d.deployedBy = handle(fromPool(m_operations, h >> 4));
            d.deployedAt = start - qint64(1 + h % 3) * kDay - qint64((h >> 8) % 6) * kHour;
            if (h % 10 == 3) {
                slipway::Deployment failed = d;
                failed.outcome = DeploymentOutcome::Failed;
                failed.deployedAt -= 3 * kHour;
                failed.notes =
                    DemoText::tr("Smoke tests failed on staging; fixed and deployed again.");
                records << failed;
            }
            d.outcome = DeploymentOutcome::Succeeded;
            records << d;
        }
        if (!wentOut || production == 0)
            continue;
        const bool rolledBack = s == ReleaseStatus::RolledBack;
        const qsizetype step =
            plan.path.indexOf(rolledBack ? ReleaseStatus::RolledBack : ReleaseStatus::Deployed);
        d.environmentId = production;
        d.deployedBy = handle(step >= 0 ? plan.actors[step] : fromPool(m_operations, h));
        d.deployedAt = start + (end - start) * (rolledBack ? 2 : 1) / 3;
        d.outcome = rolledBack ? DeploymentOutcome::RolledBack : DeploymentOutcome::Succeeded;
        d.notes = rolledBack ? DemoText::tr("Error rate above the threshold after the switch; the "
                                            "previous version is back.")
                             : QString();
        records << d;
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const slipway::Deployment& a, const slipway::Deployment& b) {
                         return a.deployedAt < b.deployedAt;
                     });
    m_deployments.reserve(size_t(records.size()));
    for (slipway::Deployment& d : records) {
        d.id = qint64(m_deployments.size()) + 1;
        m_deployments.push_back(std::move(d));
    }
}

QSet<QString> Builder::changeTickets() const {
    QSet<QString> tickets;
    for (const ChangeRequest& c : m_changes)
        tickets.insert(c.ticket);
    return tickets;
}

QList<qint64> Builder::releasesAt(ReleaseStatus status) const {
    QList<qint64> ids;
    for (const ReleasePlan& p : m_releases)
        if (p.final.status == status)
            ids << p.final.id;
    return ids;
}

qint64 Builder::lifecycleEvents() const {
    return qint64(m_changes.size() + m_decisions.size() + m_conditions.size() +
                  m_deployments.size());
}

Result<void> Builder::writeLifecycle(BulkWriter& out) const {
    for (const ChangeRequest& c : m_changes) {
        if (auto done = out.insert(
                c, {c.requestedBy, c.requestedAt, c.requestedBy, c.requestedAt, c.rowVersion});
            !done)
            return done;
    }
    for (const CabDecision& d : m_decisions) {
        if (auto done = out.insert(d); !done)
            return done;
    }
    for (const CabCondition& c : m_conditions) {
        if (auto done = out.insert(c); !done)
            return done;
    }
    for (const slipway::Deployment& d : m_deployments) {
        if (auto done = out.insert(d); !done)
            return done;
    }
    return {};
}

void Builder::lifecycleEntry(const Event& ev, AuditEntry& e) const {
    switch (ev.kind) {
    case Kind::Change: {
        const ChangeRequest& c = m_changes[ev.index];
        e.actor = c.requestedBy;
        e.entity = QStringLiteral("change_request");
        e.entityId = c.id;
        e.changeTicket = c.ticket;
        e.afterJson = compact(toJson(c));
        break;
    }
    case Kind::Decision: {
        const CabDecision& d = m_decisions[ev.index];
        const QString& ticket = m_changes[size_t(d.changeId - 1)].ticket;
        e.actor = d.decidedBy;
        e.action = toKey(d.outcome);
        e.entity = QStringLiteral("cab_decision");
        e.entityId = d.id;
        e.changeTicket = ticket;
        e.afterJson = compact(withMeeting(toJson(d), ticket));
        break;
    }
    case Kind::Condition: {
        const CabCondition& met = m_conditions[ev.index];
        CabCondition open = met;
        open.status = CabCondition::Status::Open;
        open.closedBy.clear();
        open.closedAt = 0;
        open.rowVersion = 1;
        e.actor = met.closedBy;
        e.entity = QStringLiteral("cab_condition");
        e.entityId = met.id;
        e.changeTicket = m_changes[size_t(met.changeId - 1)].ticket;
        e.beforeJson = compact(withMeeting(toJson(open), QString()));
        e.afterJson = compact(withMeeting(toJson(met), QString()));
        break;
    }
    case Kind::Deployment: {
        const slipway::Deployment& d = m_deployments[ev.index];
        e.actor = d.deployedBy;
        e.entity = QStringLiteral("deployment");
        e.entityId = d.id;
        e.changeTicket = d.changeTicket;
        e.afterJson = compact(toJson(d));
        break;
    }
    default:
        break;
    }
}

} // namespace slipway::demobuild
