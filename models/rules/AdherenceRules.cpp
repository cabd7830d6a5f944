// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceRules.h"

#include "domain/Login.h"
#include "rules/ApprovalRules.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AdherenceRules)
};

constexpr qint64 kDay = 86400;

QString when(qint64 utc) {
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// Collects the deviations of one period, stamping each with its release's label and team.
class Collector {
public:
    Collector(const AdherenceFacts& facts, qint64 fromUtc, qint64 toUtc)
        : m_facts(facts)
        , m_from(fromUtc)
        , m_to(toUtc) {}

    bool inPeriod(qint64 at) const { return at >= m_from && at < m_to; }

    void add(DeviationKind kind, qint64 releaseId, const QString& reference, qint64 at,
             const QString& detail) {
        if (!inPeriod(at))
            return;
        Deviation d;
        d.kind = kind;
        d.key = QStringLiteral("%1:%2:%3").arg(toKey(kind)).arg(releaseId).arg(reference);
        d.releaseId = releaseId;
        const auto release = m_facts.releases.constFind(releaseId);
        if (release != m_facts.releases.cend()) {
            d.releaseLabel = release->label;
            d.teamId = release->teamId;
            d.teamName = release->teamName;
        }
        d.at = at;
        d.detail = detail;
        m_out.append(std::move(d));
    }

    QList<Deviation> take() {
        std::sort(m_out.begin(), m_out.end(), [](const Deviation& a, const Deviation& b) {
            return a.at != b.at ? a.at < b.at : a.key < b.key;
        });
        return std::move(m_out);
    }

private:
    const AdherenceFacts& m_facts;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<Deviation> m_out;
};

// When every change of the release first stood approved; 0: no change, or one never was.
qint64 releaseApprovedAt(const AdherenceFacts& facts, const AdherenceRelease& release) {
    if (release.changes.isEmpty())
        return 0;
    qint64 latest = 0;
    for (const ChangeRequest& c : release.changes) {
        const qint64 at = AdherenceRules::firstApproved(c, facts.decisions.value(c.id));
        if (at == 0)
            return 0;
        latest = std::max(latest, at);
    }
    return latest;
}

bool releaseApprovedAtTime(const AdherenceFacts& facts, const AdherenceRelease& release,
                           qint64 atUtc) {
    if (release.changes.isEmpty())
        return false;
    for (const ChangeRequest& c : release.changes)
        if (!AdherenceRules::approvedAt(c, facts.decisions.value(c.id), atUtc))
            return false;
    return true;
}

QStringList tickets(const AdherenceRelease& release) {
    QStringList out;
    for (const ChangeRequest& c : release.changes)
        out << c.ticket;
    return out;
}

void approvalOfDeployment(Collector& out, const AdherenceFacts& facts,
                          const AdherenceRelease& release, const ProductionDeployment& d) {
    if (release.emergency || releaseApprovedAtTime(facts, release, d.at))
        return;
    const QString ref = QStringLiteral("deployment-%1").arg(d.id);
    const qint64 approved = releaseApprovedAt(facts, release);
    if (approved > 0) {
        out.add(DeviationKind::DeployedBeforeApproval, release.id, ref, d.at,
                Text::tr("%1 deployed to %2 at %3; %4 approved only at %5")
                    .arg(d.deployedBy, d.environment, when(d.at), tickets(release).join(u", "),
                         when(approved)));
    } else {
        out.add(
            DeviationKind::DeployedWithoutApproval, release.id, ref, d.at,
            release.changes.isEmpty()
                ? Text::tr("%1 deployed to %2 at %3; no change request was raised")
                      .arg(d.deployedBy, d.environment, when(d.at))
                : Text::tr("%1 deployed to %2 at %3; %4 never approved")
                      .arg(d.deployedBy, d.environment, when(d.at), tickets(release).join(u", ")));
    }
}

bool appliesTo(const BlackoutOccurrence& b, const AdherenceRelease& release) {
    if (b.allServices)
        return true;
    for (qint64 s : release.serviceIds)
        if (b.serviceIds.contains(s))
            return true;
    return false;
}

void calendarOfDeployment(Collector& out, const AdherenceFacts& facts,
                          const AdherenceRelease& release, const ProductionDeployment& d) {
    const QString ref = QStringLiteral("deployment-%1").arg(d.id);
    QStringList blackouts;
    for (const BlackoutOccurrence& b : facts.blackouts)
        if (b.hard && d.at >= b.when.start && d.at < b.when.end && appliesTo(b, release))
            blackouts << b.name;
    if (!blackouts.isEmpty())
        out.add(DeviationKind::DeployedInBlackout, release.id, ref, d.at,
                Text::tr("%1 deployed to %2 at %3, inside the hard blackout “%4”")
                    .arg(d.deployedBy, d.environment, when(d.at), blackouts.join(u"”, “")));
    if (release.emergency)
        return; // during an incident freeze emergency releases may deploy
    QStringList freezes;
    for (const IncidentFreeze& f : facts.freezes)
        if (d.at >= f.when.start && d.at < f.when.end)
            freezes << f.name;
    if (!freezes.isEmpty())
        out.add(DeviationKind::DeployedInFreeze, release.id, ref, d.at,
                Text::tr("%1 deployed to %2 at %3, inside the incident freeze “%4”")
                    .arg(d.deployedBy, d.environment, when(d.at), freezes.join(u"”, “")));
}

// Requester, approver and deployer must be three different people.
void dutiesOfDeployment(Collector& out, const AdherenceFacts& facts,
                        const AdherenceRelease& release, const ProductionDeployment& d) {
    QStringList problems;
    for (const ChangeRequest& c : release.changes) {
        const QList<CabDecision> decisions = facts.decisions.value(c.id);
        if (sameLogin(c.requestedBy, d.deployedBy))
            problems << Text::tr("%1 requested %2 and deployed it").arg(d.deployedBy, c.ticket);
        for (const CabDecision& dec : decisions) {
            if (dec.withdrawn || !isApproval(dec.outcome))
                continue;
            if (sameLogin(dec.decidedBy, c.requestedBy))
                problems
                    << Text::tr("%1 requested %2 and approved it").arg(dec.decidedBy, c.ticket);
            else if (sameLogin(dec.decidedBy, d.deployedBy))
                problems << Text::tr("%1 approved %2 and deployed it").arg(dec.decidedBy, c.ticket);
        }
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        out.add(DeviationKind::SegregationOfDuties, release.id,
                QStringLiteral("deployment-%1").arg(d.id), d.at,
                Text::tr("deployment to %1 at %2: %3")
                    .arg(d.environment, when(d.at), problems.join(u"; ")));
}

// An emergency may deploy first; its approval is owed within the file's days of the first
// production deployment.
void emergencyApproval(Collector& out, const AdherenceFacts& facts, const AdherenceRelease& release,
                       const ProductionDeployment& first, qint64 nowUtc) {
    const qint64 due = first.at + qint64(facts.emergencyApprovalDays) * kDay;
    const qint64 approved = releaseApprovedAt(facts, release);
    const QString ref = QStringLiteral("deployment-%1").arg(first.id);
    if (approved == 0) {
        if (nowUtc > due)
            out.add(DeviationKind::EmergencyNoApproval, release.id, ref, due,
                    release.changes.isEmpty()
                        ? Text::tr("first deployed to %1 at %2; no change request was raised, its "
                                   "approval was due by %3")
                              .arg(first.environment, when(first.at), when(due))
                        : Text::tr("first deployed to %1 at %2; %3 not approved, due by %4")
                              .arg(first.environment, when(first.at), tickets(release).join(u", "),
                                   when(due)));
    } else if (approved > due) {
        out.add(DeviationKind::EmergencyLateApproval, release.id, ref, approved,
                Text::tr("first deployed to %1 at %2; %3 approved at %4, due by %5")
                    .arg(first.environment, when(first.at), tickets(release).join(u", "),
                         when(approved), when(due)));
    }
}

} // namespace

bool AdherenceRules::approvedAt(const ChangeRequest& change, const QList<CabDecision>& decisions,
                                qint64 atUtc) {
    QList<CabDecision> taken;
    for (const CabDecision& d : decisions)
        if (d.decidedAt <= atUtc)
            taken.append(d);
    return !taken.isEmpty() && evaluateApproval(change, taken, {}).ready();
}

qint64 AdherenceRules::firstApproved(const ChangeRequest& change,
                                     const QList<CabDecision>& decisions) {
    QList<CabDecision> taken;
    for (const CabDecision& d : decisions) {
        taken.append(d);
        if (!d.withdrawn && isApproval(d.outcome) && evaluateApproval(change, taken, {}).ready())
            return d.decidedAt;
    }
    return 0;
}

QList<Deviation> AdherenceRules::find(const AdherenceFacts& facts, qint64 fromUtc, qint64 toUtc,
                                      qint64 nowUtc) {
    Collector out(facts, fromUtc, toUtc);
    QHash<qint64, const ProductionDeployment*> first;
    for (const ProductionDeployment& d : facts.deployments) {
        const auto release = facts.releases.constFind(d.releaseId);
        if (release == facts.releases.cend())
            continue;
        if (!first.contains(d.releaseId))
            first.insert(d.releaseId, &d);
        if (!out.inPeriod(d.at))
            continue;
        approvalOfDeployment(out, facts, *release, d);
        calendarOfDeployment(out, facts, *release, d);
        dutiesOfDeployment(out, facts, *release, d);
    }
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const AdherenceRelease& release = facts.releases[it.key()];
        if (release.emergency)
            emergencyApproval(out, facts, release, *it.value(), nowUtc);
    }

    for (const GrantedWaiver& w : facts.waivers)
        out.add(DeviationKind::GateWaived, w.releaseId, QStringLiteral("waiver-%1").arg(w.id),
                w.approvedAt,
                (w.criterion.isEmpty()
                     ? Text::tr("gate “%1” waived as a whole").arg(w.gate)
                     : Text::tr("“%1” of gate “%2” waived").arg(w.criterion, w.gate)) +
                    Text::tr(": asked for by %1, approved by %2 (%3)")
                        .arg(w.requestedBy, w.approvedBy, w.reason));
    for (const GrantedOverride& o : facts.overrides) {
        const auto guard = guardFromKey(o.guard);
        out.add(
            DeviationKind::GuardOverridden, o.releaseId, QStringLiteral("override-%1").arg(o.id),
            o.approvedAt,
            Text::tr("“%1” overridden: asked for by %2, approved by %3 (%4)")
                .arg(guard ? displayName(*guard) : o.guard, o.requestedBy, o.approvedBy, o.reason));
    }

    for (const RequiredReview& r : facts.reviews) {
        if (r.dueAt <= 0)
            continue;
        if (r.done) {
            if (r.doneAt > r.dueAt)
                out.add(DeviationKind::ReviewLate, r.releaseId, QStringLiteral("review"), r.doneAt,
                        Text::tr("post-implementation review due by %1, done at %2")
                            .arg(when(r.dueAt), when(r.doneAt)));
        } else if (nowUtc > r.dueAt) {
            out.add(DeviationKind::ReviewMissing, r.releaseId, QStringLiteral("review"), r.dueAt,
                    r.exists ? Text::tr("post-implementation review due by %1, still a draft")
                                   .arg(when(r.dueAt))
                             : Text::tr("post-implementation review due by %1, never started")
                                   .arg(when(r.dueAt)));
        }
    }

    for (auto it = facts.unmetGuards.cbegin(); it != facts.unmetGuards.cend(); ++it) {
        const auto release = facts.releases.constFind(it.key());
        if (release == facts.releases.cend())
            continue;
        const bool deployed = first.contains(it.key());
        // Dated when the status was set past its guards, not at the release's last edit.
        const qint64 setAt = release->statusSetAt > 0 ? release->statusSetAt : release->updatedAt;
        for (const GuardCheck& g : it.value()) {
            // A production deployment is judged against its approval above.
            if (g.guard == Guard::Approval && deployed)
                continue;
            out.add(DeviationKind::StatusPastGuards, it.key(),
                    QStringLiteral("guard-%1").arg(toKey(g.guard)), setAt,
                    Text::tr("%1 without “%2”: %3")
                        .arg(displayName(release->status), displayName(g.guard), g.detail));
        }
    }
    return out.take();
}

} // namespace slipway
