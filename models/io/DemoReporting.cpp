// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoReporting.h"

#include "DemoReportingParts.h"

#include "domain/Blackout.h"
#include "domain/Deployment.h"
#include "domain/Freeze.h"
#include "domain/Person.h"
#include "domain/PostReview.h"
#include "domain/Release.h"
#include "services/AdherenceService.h"
#include "storage/ApprovalInputsReader.h"
#include "storage/BlackoutRepository.h"
#include "storage/CabDecisionRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/FreezeRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <optional>

namespace slipway::DemoReporting {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoReporting)
};

Result<void> loadCast(Context& c) {
    auto people = PeopleRepository(c.db).all();
    if (!people)
        return people.error();
    for (const Person& p : people.value()) {
        const QString handle = handleOf(p);
        c.nameOf.insert(handle, p.name);
        if (p.roles.contains(QLatin1String("release_manager")))
            c.managers << handle;
        if (p.roles.contains(QLatin1String("cab")))
            c.cab << handle;
        if (p.roles.contains(QLatin1String("operations")))
            c.operations << handle;
    }
    for (QStringList* pool : {&c.managers, &c.cab, &c.operations})
        if (pool->isEmpty())
            *pool << QStringLiteral("demo");
    return {};
}

// Closed minor and patch releases of normal changes only, deployed once to production in the
// last year and not yet in the review: where a late change fits without disturbing the rest.
QList<const Release*> quietReleases(const Context& c) {
    QList<const Release*> out;
    for (const Release& r : c.releases) {
        if (r.status != ReleaseStatus::Closed ||
            (r.type != ReleaseType::Minor && r.type != ReleaseType::Patch) ||
            c.flagged.contains(r.id))
            continue;
        const QList<Deployment> prod = c.production.value(r.id);
        if (prod.size() != 1 || prod.first().deployedAt < c.anchor - kYear + 30 * kDay ||
            prod.first().deployedAt > c.anchor - 20 * kDay)
            continue;
        const QList<ChangeRequest> own = c.changesOf(r.id);
        bool plain = !own.isEmpty();
        for (const ChangeRequest& ch : own)
            plain = plain && ch.type == ChangeType::Normal && ch.tags.isEmpty();
        if (plain)
            out << &r;
    }
    std::sort(out.begin(), out.end(), [&](const Release* a, const Release* b) {
        return c.production.value(a->id).first().deployedAt <
               c.production.value(b->id).first().deployedAt;
    });
    return out;
}

// A change request raised with `r` that the CAB decides on `decidedAt` (0: never):
// approves, or refuses when `refuse`.
// The requester is the release's, or with `byDeployer` whoever deployed it.
Result<void> addChange(Context& c, const Release& r, ChangeType type, const QString& summary,
                       qint64 requestedAt, qint64 decidedAt, bool refuse, const QString& comment,
                       bool byDeployer = false) {
    const Deployment deployed = c.production.value(r.id).first();
    const QList<ChangeRequest> own = c.changesOf(r.id);
    ChangeRequest ch;
    ch.ticket = QStringLiteral("CHG%1").arg(c.nextTicket++, 7, 10, QLatin1Char('0'));
    ch.releaseId = r.id;
    ch.summary = summary;
    ch.type = type;
    ch.riskLevel = RiskLevel::Low;
    ch.riskScore = 2;
    ch.implementationPlan = Text::tr("Shipped with %1.").arg(releaseLabel(r.name, r.version));
    ch.rollbackPlan = Text::tr("Redeploy the previous version.");
    ch.requestedBy = byDeployer      ? deployed.deployedBy
                     : own.isEmpty() ? c.managers.first()
                                     : own.first().requestedBy;
    ch.requestedAt = requestedAt;
    ch.serviceOwner = own.isEmpty() ? QString() : own.first().serviceOwner;
    auto stored = ChangeRequestRepository(c.db).insert(ch, ch.requestedBy, requestedAt);
    if (!stored)
        return stored.error();
    if (auto a =
            c.audit.audit(requestedAt, ch.requestedBy, QStringLiteral("create"),
                          QStringLiteral("change_request"), stored->id, toJson(stored.value()));
        !a)
        return a;
    c.changes << stored.value();
    if (decidedAt <= 0)
        return {};
    CabDecision d;
    d.changeId = stored->id;
    d.outcome = refuse ? DecisionOutcome::Reject : DecisionOutcome::Approve;
    d.approverRole = refuse ? QString() : QStringLiteral("cab");
    d.decidedBy = c.pick(c.cab, hashOf(c.seed, ch.ticket), {ch.requestedBy, deployed.deployedBy});
    d.decidedAt = decidedAt;
    d.comment = comment;
    auto decided = CabDecisionRepository(c.db).insert(d);
    if (!decided)
        return decided.error();
    QJsonObject after = toJson(decided.value());
    after.insert(QStringLiteral("ticket"), ch.ticket);
    return c.audit.audit(decidedAt, d.decidedBy, toKey(d.outcome), QStringLiteral("cab_decision"),
                         decided->id, after);
}

// An incident freeze declared around one deployment, and a hard blackout of its services
// filed before another.
Result<void> writeCalendar(Context& c, const Release& frozen, const Release& blacked) {
    const QString manager = c.pick(c.managers, hashOf(c.seed, frozen.name), {});
    const qint64 t1 = c.production.value(frozen.id).first().deployedAt;
    FreezePeriod f;
    f.name = Text::tr("Incident freeze: checkout errors");
    f.reason = Text::tr("Checkout failing for a fifth of customers; only fixes go out.");
    f.incidentRef = QStringLiteral("INC%1").arg(7000000 + frozen.id, 7, 10, QLatin1Char('0'));
    f.startUtc = t1 - 2 * kHour;
    f.endUtc = t1 + 5 * kHour;
    auto freeze = FreezeRepository(c.db).insert(f, manager, f.startUtc + 10 * 60);
    if (!freeze)
        return freeze.error();
    if (auto a =
            c.audit.audit(f.startUtc + 10 * 60, manager, QStringLiteral("create"),
                          QStringLiteral("incident_freeze"), freeze->id, toJson(freeze.value()));
        !a)
        return a;
    const qint64 t2 = c.production.value(blacked.id).first().deployedAt;
    Blackout b;
    b.name = Text::tr("Database failover test – %1")
                 .arg(QString(blacked.name).remove(blacked.version).trimmed());
    b.reason = Text::tr("The primary database is switched over and back.");
    b.startUtc = t2 - 3 * kHour;
    b.endUtc = t2 + 5 * kHour;
    b.hard = true;
    b.allServices = blacked.serviceIds.isEmpty();
    b.serviceIds = blacked.serviceIds;
    const qint64 filed = t2 - 12 * kDay;
    auto blackout = BlackoutRepository(c.db).insert(b, manager, filed);
    if (!blackout)
        return blackout.error();
    return c.audit.audit(filed, manager, QStringLiteral("create"), QStringLiteral("blackout"),
                         blackout->id, toJson(blackout.value()));
}

// Late approvals on releases that were in order so far, a change its deployer raised, a
// freeze and a blackout not kept.
Result<void> writeLateChanges(Context& c) {
    const QList<const Release*> quiet = quietReleases(c);
    if (quiet.size() < 2)
        return {};
    const Release& before = *quiet[quiet.size() / 4];
    const Release& late = *quiet[quiet.size() / 2];
    const Release& blacked = quiet.size() >= 3 ? *quiet[quiet.size() * 3 / 4] : late;
    const qint64 t1 = c.production.value(before.id).first().deployedAt;
    if (auto w = addChange(c, before, ChangeType::Normal,
                           Text::tr("Index on the orders table, added to the release on the day"),
                           t1 - 6 * kHour, t1 + 2 * kDay + 3 * kHour, false,
                           Text::tr("Approved after the fact; the index is already live."));
        !w)
        return w;
    const qint64 t2 = c.production.value(late.id).first().deployedAt;
    if (auto w =
            addChange(c, late, ChangeType::Emergency,
                      Text::tr("Emergency fix to the session timeout, shipped with the release"),
                      t2 - 3 * kHour, t2 + 6 * kDay + 2 * kHour, false,
                      Text::tr("Ratified at the next meeting but one."), true);
        !w)
        return w;
    return writeCalendar(c, before, blacked);
}

// A deployment of `r` to production at `at` that was rolled back, in the production
// environment the deployments before it went to; none when there were none.
Result<std::optional<Deployment>> writeRolledBack(Context& c, const Release& r,
                                                  const QList<Deployment>& all, qint64 at,
                                                  const QString& notes) {
    const Deployment* like = nullptr;
    for (const Deployment& d : all)
        if (d.production && d.deployedAt < at)
            like = &d;
    if (!like)
        return std::optional<Deployment>();
    Deployment d;
    d.releaseId = r.id;
    d.environmentId = like->environmentId;
    d.version = r.version;
    d.outcome = DeploymentOutcome::RolledBack;
    d.deployedBy = c.pick(c.operations, hashOf(c.seed, r.name), {});
    d.deployedAt = at;
    d.notes = notes;
    auto stored = DeploymentRepository(c.db).insert(d, d.deployedBy, at + 10 * 60);
    if (!stored)
        return stored.error();
    if (auto a = c.audit.audit(at + 10 * 60, d.deployedBy, QStringLiteral("create"),
                               QStringLiteral("deployment"), stored->id, toJson(stored.value()));
        !a)
        return a.error();
    c.production[r.id] << stored.value();
    return std::optional<Deployment>(stored.value());
}

// The next planned release without a change request, deployed to production by mistake
// twelve days ago and rolled back; its status has no guard the deployment could miss.
Result<void> writeMistakenDeployment(Context& c, const QList<Deployment>& all) {
    const Release* chosen = nullptr;
    for (const Release& r : c.releases) {
        const qint64 start = r.windowStart.isValid() ? r.windowStart.toSecsSinceEpoch() : 0;
        if (r.status == ReleaseStatus::Planned && start > c.anchor + 3 * kDay &&
            !c.production.contains(r.id) && c.changesOf(r.id).isEmpty() &&
            (!chosen || start < chosen->windowStart.toSecsSinceEpoch()))
            chosen = &r;
    }
    if (!chosen)
        return {};
    auto d = writeRolledBack(
        c, *chosen, all, c.anchor - 12 * kDay + 14 * kHour + 35 * 60,
        Text::tr("Deployed to production by mistake ahead of its window; rolled back within "
                 "the hour."));
    if (!d)
        return d.error();
    return {};
}

// A cancelled release of the last year, never deployed to production and without a change
// request, that went to production with an emergency fix the CAB was never asked to ratify;
// it was rolled back and its review done late. False when there is none to tell this with.
Result<bool> writeCancelledEmergency(Context& c, const QList<Deployment>& all) {
    const Release* chosen = nullptr;
    for (const Release& r : c.releases) {
        const qint64 start = r.windowStart.isValid() ? r.windowStart.toSecsSinceEpoch() : 0;
        if (r.status == ReleaseStatus::Cancelled && start > c.anchor - kYear + 30 * kDay &&
            start < c.anchor - 20 * kDay && !c.production.contains(r.id) &&
            c.changesOf(r.id).isEmpty())
            chosen = &r; // the newest that fits
    }
    if (!chosen)
        return false;
    const qint64 at = chosen->windowStart.toSecsSinceEpoch() + 35 * 60;
    auto deployed = writeRolledBack(
        c, *chosen, all, at,
        Text::tr("Emergency fix deployed from the release branch; rolled back within the hour."));
    if (!deployed)
        return deployed.error();
    if (!deployed->has_value())
        return false;
    const Deployment d = deployed->value();
    if (auto w = addChange(c, *chosen, ChangeType::Emergency,
                           Text::tr("Emergency fix to the nightly load"), at - kHour, 0, false,
                           QString());
        !w)
        return w.error();

    const QString manager = c.pick(c.managers, hashOf(c.seed, chosen->version), {});
    PostReview review;
    review.releaseId = chosen->id;
    review.dueAt = d.deployedAt + 5 * kDay;
    const qint64 created = d.deployedAt + kDay;
    ReviewRepository reviews(c.db);
    auto draft = reviews.insert(review, manager, created);
    if (!draft)
        return draft.error();
    if (auto a = c.audit.audit(created, manager, QStringLiteral("create"),
                               QStringLiteral("post_review"), draft->id, toJson(draft.value()));
        !a)
        return a.error();
    PostReview done = draft.value();
    done.state = PostReview::State::Done;
    done.summary = Text::tr("An emergency fix went to production from a release later cancelled.");
    done.wentWell = Text::tr("Monitoring caught the errors within minutes; the rollback worked.");
    done.wentBadly = Text::tr("The emergency change was raised but never taken to the CAB.");
    done.factors = Text::tr("Nobody owned the ratification once the release was cancelled.");
    done.lessons = Text::tr("The release manager on call ratifies emergency changes.");
    done.doneAt = std::min(review.dueAt + 4 * kDay, c.anchor - kDay);
    done.doneBy = manager;
    auto finished = reviews.update(done, manager, done.doneAt);
    if (!finished)
        return finished.error();
    if (auto a =
            c.audit.audit(done.doneAt, manager, QStringLiteral("update"),
                          QStringLiteral("post_review"), finished->id, toJson(finished.value()));
        !a)
        return a.error();
    return true;
}

// The oldest required review never started, held after it was due.
Result<void> writeLateReview(Context& c) {
    ReviewRepository reviews(c.db);
    for (const Deviation& d : c.existing) {
        if (d.kind != DeviationKind::ReviewMissing)
            continue;
        auto stored = reviews.forRelease(d.releaseId);
        if (!stored)
            return stored.error();
        if (stored->has_value() || d.at >= c.anchor)
            continue;
        const QString manager = c.pick(c.managers, hashOf(c.seed, d.key), {});
        PostReview review;
        review.releaseId = d.releaseId;
        review.state = PostReview::State::Done;
        review.dueAt = d.at;
        review.doneAt = d.at + std::min(3 * kDay, (c.anchor - d.at) / 2);
        review.doneBy = manager;
        review.summary = Text::tr("Held late: the team was on the next release.");
        review.lessons = Text::tr("Book the review when the deployment is scheduled.");
        auto held = reviews.insert(review, manager, review.doneAt);
        if (!held)
            return held.error();
        return c.audit.audit(review.doneAt, manager, QStringLiteral("create"),
                             QStringLiteral("post_review"), held->id, toJson(held.value()));
    }
    return {};
}

} // namespace

Result<qint64> write(Database& db, qint64 anchor, quint32 seed) {
    Context c(db, anchor, seed);
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    c.releases = releases.value();
    auto deployments = DeploymentRepository(db).list();
    if (!deployments)
        return deployments.error();
    QList<Deployment> all = deployments.value();
    std::stable_sort(all.begin(), all.end(), [](const Deployment& a, const Deployment& b) {
        return a.deployedAt != b.deployedAt ? a.deployedAt < b.deployedAt : a.id < b.id;
    });
    for (const Deployment& d : std::as_const(all))
        if (d.production)
            c.production[d.releaseId] << d;
    auto approvals = ApprovalInputsReader(db).read();
    if (!approvals)
        return approvals.error();
    c.changes = approvals->changes;
    for (const ChangeRequest& ch : std::as_const(c.changes))
        c.nextTicket = std::max(c.nextTicket, ch.ticket.mid(3).toLongLong() + 1);
    if (auto cast = loadCast(c); !cast)
        return cast.error();
    auto existing = AdherenceService(db, Session{c.managers.first(), {}})
                        .deviations(anchor - kYear, anchor, anchor);
    if (!existing)
        return existing.error();
    c.existing = existing.value();
    for (const Deviation& d : std::as_const(c.existing))
        c.flagged.insert(d.releaseId);

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto emergency = writeCancelledEmergency(c, all);
    if (!emergency)
        return emergency.error();
    if (!emergency.value())
        if (auto w = writeLateReview(c); !w)
            return w.error();
    if (auto w = writeMistakenDeployment(c, all); !w)
        return w.error();
    if (auto w = writeLateChanges(c); !w)
        return w.error();
    if (auto w = writeTags(c); !w)
        return w.error();
    if (auto w = writeFailingControl(c); !w)
        return w.error();
    if (auto w = writeActions(c); !w)
        return w.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return c.audit.entries;
}

} // namespace slipway::DemoReporting
