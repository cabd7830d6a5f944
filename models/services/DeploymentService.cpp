// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentService.h"

#include "AuditHistory.h"
#include "AuditedWrite.h"
#include "LifecycleService.h"
#include "MetricJudge.h"
#include "ReleaseStatusMove.h"
#include "ScheduleService.h"
#include "TestedArtifacts.h"
#include "domain/Gate.h"
#include "domain/Login.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/EnvironmentRepository.h"
#include "storage/LifecycleOverrideRepository.h"
#include "storage/ReleaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeploymentService)
};

const QString kDeployment = QStringLiteral("deployment");
const QString kOverride = QStringLiteral("lifecycle_override");

QString when(qint64 utc) {
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

bool appliesTo(const BlackoutOccurrence& b, const QList<qint64>& services) {
    if (b.allServices)
        return true;
    for (qint64 s : services)
        if (b.serviceIds.contains(s))
            return true;
    return false;
}

// The record's artifact digests as stored: lower-case, sorted, each once; refused (Validation)
// when one is not a SHA-256.
Result<void> normaliseDigests(Deployment& d) {
    QStringList digests;
    for (const QString& given : std::as_const(d.artifactDigests)) {
        const QString digest = normalisedSha256(given);
        if (digest.isEmpty())
            return Error{Error::Kind::Validation,
                         Text::tr("“%1” is not a SHA-256 digest (64 hexadecimal digits)")
                             .arg(given.simplified().left(80))};
        if (!digests.contains(digest))
            digests << digest;
    }
    std::sort(digests.begin(), digests.end());
    d.artifactDigests = digests;
    return {};
}

// Refuses (Stale) when the override moved on since the caller saw it at `rowVersion`, saying
// where it stands now.
Result<LifecycleOverride> unchangedSince(Database& db, qint64 id, qint64 rowVersion) {
    auto stored = LifecycleOverrideRepository(db).find(id);
    if (!stored)
        return stored.error();
    if (stored->rowVersion == rowVersion)
        return stored;
    const QString now = stored->isSettled()    ? Text::tr("settled by %1").arg(stored->settledBy)
                        : stored->isApproved() ? Text::tr("approved by %1").arg(stored->approvedBy)
                                               : Text::tr("awaiting approval");
    return Error{
        Error::Kind::Stale,
        Text::tr("Override %1 was changed since (it is %2 now) — reload.").arg(id).arg(now)};
}

} // namespace

DeploymentService::DeploymentService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Deployment>> DeploymentService::list(const DeploymentFilter& filter) const {
    return DeploymentRepository(m_db).list(filter);
}

Result<Deployment> DeploymentService::find(qint64 id) const {
    return DeploymentRepository(m_db).find(id);
}

Result<QList<Environment>> DeploymentService::environments() const {
    return EnvironmentRepository(m_db).all();
}

Result<Environment> DeploymentService::environmentNamed(const QString& name) const {
    auto all = environments();
    if (!all)
        return all.error();
    QStringList names;
    for (const Environment& e : all.value()) {
        if (e.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
        names << e.name;
    }
    return Error{Error::Kind::NotFound,
                 tr("environment “%1” is not known in this file (there are: %2)")
                     .arg(name.trimmed(), names.isEmpty() ? tr("none") : names.join(u", "))};
}

Result<QStringList> DeploymentService::check(const Deployment& d, ReleaseStatus* target) const {
    QStringList reasons;
    auto release = ReleaseRepository(m_db).find(d.releaseId);
    if (!release)
        return release.error();
    auto environment = EnvironmentRepository(m_db).find(d.environmentId);
    if (!environment)
        return QStringList{tr("environment %1 is not known in this file").arg(d.environmentId)};
    *target = release->status;
    if (release->status == ReleaseStatus::Cancelled || release->status == ReleaseStatus::Closed)
        reasons << tr("%1 is %2: nothing more can be deployed under it")
                       .arg(releaseLabel(release->name, release->version),
                            displayName(release->status));
    if (environment->kind != u"prod")
        return reasons; // test and staging deployments are part of getting ready

    switch (d.outcome) {
    case DeploymentOutcome::Succeeded:
        *target = ReleaseStatus::Deployed;
        break;
    case DeploymentOutcome::RolledBack:
        *target = ReleaseStatus::RolledBack;
        break;
    case DeploymentOutcome::Failed:
        // A failed attempt leaves the release where it was, once it may deploy at all.
        *target = release->status == ReleaseStatus::Deployed ? ReleaseStatus::Deployed
                                                             : ReleaseStatus::Deploying;
        break;
    }
    LifecycleService lifecycle(m_db);
    auto facts = lifecycle.facts(d.releaseId);
    if (!facts)
        return facts.error();
    // The record itself is what the Deployed and Rolled back guards ask for.
    LifecycleFacts after = facts.value();
    after.productionSucceeded |= d.outcome == DeploymentOutcome::Succeeded;
    after.productionRolledBack |= d.outcome == DeploymentOutcome::RolledBack;
    if (after.firstProductionAt == 0 || d.deployedAt < after.firstProductionAt)
        after.firstProductionAt = d.deployedAt;
    after.recordingDeployer = d.deployedBy; // segregation of duties asks who deploys
    // Ship what was tested: the record's own digests that no passing evidence covers.
    bool untestedHere = false;
    if (!d.artifactDigests.isEmpty()) {
        auto covered = TestedArtifacts(m_db).covered(d.releaseId);
        if (!covered)
            return covered.error();
        for (const QString& digest : d.artifactDigests)
            if (!covered->contains(digest)) {
                after.untestedDigests << tr("this record: %1…").arg(digest.left(16));
                untestedHere = true;
            }
    }
    // The window's own conflicts give way to what held at the moment of deployment, below.
    const TransitionCheck move = checkTransition(after, *target, lifecycle.clock());
    if (!move.moveAllowed)
        reasons << move.reasons().first();
    bool testedListed = false;
    for (const GuardCheck& g : move.failing())
        if (g.guard != Guard::Conflicts) {
            reasons << g.line();
            testedListed |= g.guard == Guard::TestedArtifacts;
        }
    // Whatever status the record moves the release to (a failed attempt, a second deployment
    // of a Deployed release), production gets nothing the evidence does not cover.
    if (untestedHere && !testedListed) {
        const GuardCheck tested = evaluate(Guard::TestedArtifacts, after, lifecycle.clock());
        if (!tested.passes())
            reasons << tested.line();
    }

    // Blackouts and freezes at the moment of the deployment, whatever the planned window. A
    // rollback puts back what ran before: no blackout or freeze holds it, least of all the
    // freeze the failed change itself caused.
    if (d.outcome == DeploymentOutcome::RolledBack)
        return reasons;
    const Interval moment{d.deployedAt, d.deployedAt + 1};
    ScheduleService schedule(m_db);
    auto inputs = schedule.load(moment); // blackouts expanded and freezes, at that moment
    if (!inputs)
        return inputs.error();
    const bool overridden = facts->overridden.contains(toKey(Guard::Conflicts));
    for (const BlackoutOccurrence& b : std::as_const(inputs->blackouts))
        if (b.hard && b.when.overlaps(moment) && appliesTo(b, release->serviceIds) && !overridden)
            reasons << tr("%1 falls inside the hard blackout “%2”; an emergency override of "
                          "“%3” is needed")
                           .arg(when(d.deployedAt), b.name, displayName(Guard::Conflicts));
    for (const IncidentFreeze& f : inputs->freezes)
        if (f.when.overlaps(moment) && !facts->emergency && !overridden)
            reasons << tr("%1 falls inside the incident freeze “%2”: only emergency releases may "
                          "deploy")
                           .arg(when(d.deployedAt), f.name);
    return reasons;
}

Result<QStringList> DeploymentService::refusals(const Deployment& deployment) const {
    Deployment d = deployment;
    if (auto digests = normaliseDigests(d); !digests)
        return digests.error();
    if (d.deployedAt == 0)
        d.deployedAt = QDateTime::currentSecsSinceEpoch();
    ReleaseStatus target = ReleaseStatus::Planned;
    return check(d, &target);
}

Result<Deployment> DeploymentService::record(const Deployment& deployment) {
    Deployment stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordDeployment, QStringLiteral("create"), kDeployment,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto inserted = recordInTransaction(deployment, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored), stored.changeTicket};
        });
    if (!done)
        return done.error();
    Q_EMIT deploymentsChanged(stored.releaseId);
    return stored;
}

Result<Deployment> DeploymentService::recordInTransaction(const Deployment& deployment,
                                                          qint64 now) {
    Deployment d = deployment;
    if (auto digests = normaliseDigests(d); !digests)
        return digests.error();
    d.id = 0;
    d.deployedBy = m_session.actor;
    if (d.deployedAt == 0)
        d.deployedAt = now;
    if (d.changeTicket.trimmed().isEmpty())
        d.changeTicket = m_session.changeTicket;
    ReleaseStatus target = ReleaseStatus::Planned;
    auto reasons = check(d, &target);
    if (!reasons)
        return reasons.error();
    auto release = ReleaseRepository(m_db).find(d.releaseId);
    if (!release)
        return release.error();
    const QString label = releaseLabel(release->name, release->version);
    if (!reasons->isEmpty())
        return Error{
            Error::Kind::Refused,
            tr("Deployment of %1 refused: %2").arg(label, reasons->join(QStringLiteral("; ")))};
    if (d.version.trimmed().isEmpty())
        d.version = release->version;
    if (d.changeTicket.trimmed().isEmpty())
        d.changeTicket = release->changeTicket;
    auto inserted = DeploymentRepository(m_db).insert(d, m_session.actor, now);
    if (!inserted)
        return inserted.error();
    if (auto moved = moveReleaseStatus(m_db, m_session, release.value(), target, now); !moved)
        return moved.error();
    // Samples imported before this record was made are judged around it now.
    if (auto judged = MetricJudge::followDeployment(m_db, d.releaseId, now); !judged)
        return judged.error();
    return inserted.value();
}

Result<void> DeploymentService::removeRecord(qint64 id, qint64 rowVersion,
                                             ReleaseStatus statusBefore) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordDeployment, QStringLiteral("delete"), kDeployment,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            DeploymentRepository repo(m_db);
            auto before = repo.find(id);
            if (!before)
                return before.error();
            releaseId = before->releaseId;
            if (auto removed = repo.remove(id, rowVersion); !removed)
                return removed.error();
            auto release = ReleaseRepository(m_db).find(releaseId);
            if (!release)
                return release.error();
            if (auto moved = moveReleaseStatus(m_db, m_session, release.value(), statusBefore, now);
                !moved)
                return moved.error();
            if (auto judged = MetricJudge::followDeployment(m_db, releaseId, now); !judged)
                return judged.error();
            return AuditedWrite::Logged{id, toJson(before.value()), {}, before->changeTicket};
        });
    if (!done)
        return done.error();
    Q_EMIT deploymentsChanged(releaseId);
    return {};
}

Result<QList<LifecycleOverride>> DeploymentService::overrides(qint64 releaseId) const {
    return LifecycleOverrideRepository(m_db).forRelease(releaseId);
}

Result<QList<LifecycleOverride>> DeploymentService::unsettledOverrides() const {
    return LifecycleOverrideRepository(m_db).unsettled();
}

Result<LifecycleOverride> DeploymentService::requestOverride(qint64 releaseId, Guard guard,
                                                             const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Say why the guard “%1” should be overridden.").arg(displayName(guard))};
    LifecycleOverride stored;
    auto done =
        AuditedWrite::run(m_db, m_session, Action::RequestOverride, QStringLiteral("create"),
                          kOverride, [&](qint64 now) -> Result<AuditedWrite::Logged> {
                              if (auto release = ReleaseRepository(m_db).find(releaseId); !release)
                                  return release.error();
                              LifecycleOverride o;
                              o.releaseId = releaseId;
                              o.guard = toKey(guard);
                              o.reason = reason.trimmed();
                              o.requestedBy = m_session.actor;
                              o.requestedAt = now;
                              auto inserted = LifecycleOverrideRepository(m_db).insert(o, now);
                              if (!inserted)
                                  return inserted.error();
                              stored = inserted.value();
                              return AuditedWrite::Logged{stored.id, {}, toJson(stored), {}};
                          });
    if (!done)
        return done.error();
    Q_EMIT overridesChanged(releaseId);
    return stored;
}

Result<LifecycleOverride> DeploymentService::changeOverride(
    qint64 id, qint64 rowVersion, const QString& auditAction,
    const std::function<Result<void>(LifecycleOverride&, qint64 now)>& change) {
    LifecycleOverride stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ApproveOverride, auditAction, kOverride,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            LifecycleOverrideRepository repo(m_db);
            auto before = repo.find(id);
            if (!before)
                return before.error();
            LifecycleOverride o = before.value();
            o.rowVersion = rowVersion;
            if (auto allowed = change(o, now); !allowed)
                return allowed.error();
            auto updated = repo.update(o);
            if (!updated)
                return updated.error();
            stored = updated.value();
            return AuditedWrite::Logged{id, toJson(before.value()), toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT overridesChanged(stored.releaseId);
    return stored;
}

Result<LifecycleOverride> DeploymentService::approveOverride(qint64 id, qint64 rowVersion) {
    return changeOverride(
        id, rowVersion, QStringLiteral("approve"),
        [&](LifecycleOverride& o, qint64 now) -> Result<void> {
            if (o.isApproved())
                return Error{
                    Error::Kind::Validation,
                    tr("Override %1 was already approved by %2.").arg(id).arg(o.approvedBy)};
            if (sameLogin(o.requestedBy, m_session.actor))
                return Error{Error::Kind::Permission,
                             tr("%1 asked for override %2, so a second person with the release "
                                "manager role must approve it.")
                                 .arg(m_session.actor)
                                 .arg(id)};
            o.approvedBy = m_session.actor;
            o.approvedAt = now;
            return {};
        });
}

Result<LifecycleOverride> DeploymentService::settleOverride(qint64 id, qint64 rowVersion,
                                                            const QString& note) {
    if (note.trimmed().isEmpty())
        return Error{Error::Kind::Validation, tr("Say how override %1 was settled.").arg(id)};
    return changeOverride(id, rowVersion, QStringLiteral("settle"),
                          [&](LifecycleOverride& o, qint64 now) -> Result<void> {
                              o.settledBy = m_session.actor;
                              o.settledAt = now;
                              o.settlement = note.trimmed();
                              return {};
                          });
}

Result<void> DeploymentService::withdrawOverride(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestOverride, QStringLiteral("withdraw"), kOverride,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto before = unchangedSince(m_db, id, rowVersion);
            if (!before)
                return before.error();
            releaseId = before->releaseId;
            if (before->isApproved())
                return Error{Error::Kind::Validation,
                             tr("%1 has approved override %2, so it can no longer be withdrawn.")
                                 .arg(before->approvedBy)
                                 .arg(id)};
            if (!sameLogin(before->requestedBy, m_session.actor))
                return Error{Error::Kind::Permission,
                             tr("Only %1, who asked for override %2, can withdraw it.")
                                 .arg(before->requestedBy)
                                 .arg(id)};
            if (auto removed = LifecycleOverrideRepository(m_db).remove(id, rowVersion); !removed)
                return removed.error();
            return AuditedWrite::Logged{id, toJson(before.value()), {}, {}};
        });
    if (!done)
        return done.error();
    Q_EMIT overridesChanged(releaseId);
    return {};
}

Result<LifecycleOverride> DeploymentService::restoreOverride(const LifecycleOverride& override) {
    const auto guard = guardFromKey(override.guard);
    if (!guard)
        return Error{Error::Kind::Validation,
                     tr("“%1” is not a lifecycle guard.").arg(override.guard)};
    if (override.id == 0)
        return requestOverride(override.releaseId, *guard, override.reason);
    if (override.requestedBy.trimmed().isEmpty() || override.reason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Say who asked for override %1 and why.").arg(override.id)};
    // Only the person who asked brings a withdrawn request back (undoing their withdrawal);
    // anyone else would be asking in another's name.
    if (!sameLogin(m_session.actor, override.requestedBy))
        return Error{Error::Kind::Permission,
                     tr("%1 may not bring back override %2: only %3, who asked for it, can.")
                         .arg(m_session.actor)
                         .arg(override.id)
                         .arg(override.requestedBy)};
    LifecycleOverride stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestOverride, QStringLiteral("restore"), kOverride,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            const AuditHistory history(m_db, kOverride, override.id, {QStringLiteral("create")});
            auto ok = history.confirms(override.requestedBy, {QStringLiteral("create")}, {},
                                       tr("asked for this override"));
            if (ok)
                ok = history.confirms(override.approvedBy, {QStringLiteral("approve")},
                                      {QStringLiteral("revoke_approval")},
                                      tr("approved this override"));
            if (ok)
                ok = history.confirms(override.settledBy, {QStringLiteral("settle")},
                                      {QStringLiteral("reopen")}, tr("settled this override"));
            if (!ok)
                return ok.error();
            // The same request as it was made: release, guard and reason as first logged.
            auto made = history.latest({QStringLiteral("create")});
            if (!made)
                return made.error();
            if (made.value()) {
                const QJsonObject first =
                    QJsonDocument::fromJson(made.value()->afterJson.toUtf8()).object();
                if (first.value(QStringLiteral("release_id")).toInteger() != override.releaseId ||
                    first.value(QStringLiteral("guard")).toString() != override.guard ||
                    first.value(QStringLiteral("reason")).toString() != override.reason)
                    return Error{Error::Kind::Validation,
                                 tr("Override %1 was asked for another release, guard or reason; "
                                    "ask for a new one instead.")
                                     .arg(override.id)};
            }
            if (auto release = ReleaseRepository(m_db).find(override.releaseId); !release)
                return release.error();
            auto inserted = LifecycleOverrideRepository(m_db).insert(override, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT overridesChanged(stored.releaseId);
    return stored;
}

Result<LifecycleOverride> DeploymentService::revokeOverrideApproval(qint64 id, qint64 rowVersion) {
    return changeOverride(
        id, rowVersion, QStringLiteral("revoke_approval"),
        [&](LifecycleOverride& o, qint64) -> Result<void> {
            if (auto current = unchangedSince(m_db, id, rowVersion); !current)
                return current.error();
            if (!o.isApproved())
                return Error{Error::Kind::Validation, tr("Override %1 is not approved.").arg(id)};
            if (o.isSettled())
                return Error{Error::Kind::Validation,
                             tr("Override %1 is settled; reopen it before taking its approval "
                                "back.")
                                 .arg(id)};
            if (!sameLogin(o.approvedBy, m_session.actor))
                return Error{Error::Kind::Permission,
                             tr("Only %1, who approved override %2, can take the approval back.")
                                 .arg(o.approvedBy)
                                 .arg(id)};
            o.approvedBy.clear();
            o.approvedAt = 0;
            return {};
        });
}

Result<LifecycleOverride> DeploymentService::reopenOverride(qint64 id, qint64 rowVersion) {
    return changeOverride(
        id, rowVersion, QStringLiteral("reopen"),
        [&](LifecycleOverride& o, qint64) -> Result<void> {
            if (auto current = unchangedSince(m_db, id, rowVersion); !current)
                return current.error();
            if (!o.isSettled())
                return Error{Error::Kind::Validation, tr("Override %1 is not settled.").arg(id)};
            if (!sameLogin(o.settledBy, m_session.actor))
                return Error{Error::Kind::Permission,
                             tr("Only %1, who settled override %2, can reopen it.")
                                 .arg(o.settledBy)
                                 .arg(id)};
            o.settledBy.clear();
            o.settledAt = 0;
            o.settlement.clear();
            return {};
        });
}

} // namespace slipway
