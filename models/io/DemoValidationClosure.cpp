// SPDX-License-Identifier: GPL-3.0-or-later
// Which releases the demo's after-release data goes to, and what closing releases left
// behind: reviews, checklists and CMDB records (the incidents are in DemoValidationIncidents).
#include "DemoValidationParts.h"
#include "DemoValidationSeeds.h"

#include "rules/ClosureRules.h"
#include "rules/IncidentCorrelation.h"
#include "services/CmdbRecordBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace slipway::DemoValidation {

using namespace DemoValidationSeeds;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoValidation)
};

constexpr qint64 kDueSecs = qint64(kDefaultReviewDueDays) * kDay;
constexpr qint64 kClosureHorizonDays = 366;

// "Payments API 2.4.0", or the name alone when it holds the version ("… 3.4.2 hotfix").
QString labelOf(const Release& r) {
    return r.name.contains(r.version) ? r.name : releaseLabel(r.name, r.version);
}

bool reviewRequired(const Release& r) {
    return r.type == ReleaseType::Major || r.type == ReleaseType::Emergency ||
           r.status == ReleaseStatus::RolledBack;
}

// Writes the review with its audit entries: started as a draft, and marked done when it is.
Result<PostReview> writeReview(Context& c, PostReview review, qint64 startedAt) {
    const bool done = review.isDone();
    const qint64 updatedAt = done ? review.doneAt : startedAt;
    review.rowVersion = done ? 2 : 1;
    auto id = c.rows.insertReview(review, c.cast.manager, startedAt, c.cast.manager, updatedAt);
    if (!id)
        return id.error();
    review.id = id.value();
    PostReview draft = review;
    draft.state = PostReview::State::Draft;
    draft.doneAt = 0;
    draft.doneBy.clear();
    draft.rowVersion = 1;
    if (auto a = c.audit.audit(startedAt, c.cast.manager, QStringLiteral("create"),
                               QStringLiteral("post_review"), review.id, toJson(draft));
        !a)
        return a.error();
    if (done)
        if (auto a = c.audit.audit(updatedAt, c.cast.manager, QStringLiteral("update"),
                                   QStringLiteral("post_review"), review.id, toJson(review));
            !a)
            return a.error();
    return review;
}

// The record's inputs as closing read them, taken from what the demo holds in memory: the
// same fields CmdbRecordBuilder::build() reads from the file, without a query per release.
CmdbInputs cmdbInputs(const Context& c, const Release& r, const QHash<qint64, QString>& types,
                      const std::optional<PostReview>& review) {
    CmdbInputs in;
    CmdbReleaseRow& row = in.release;
    row.releaseId = r.id;
    row.name = r.name;
    row.version = r.version;
    row.type = r.type;
    row.status = r.status;
    row.changeTicket = r.changeTicket.trimmed();
    row.changeType = types.value(r.id);
    row.windowStart = r.windowStart.isValid() ? r.windowStart.toSecsSinceEpoch() : 0;
    row.windowEnd = r.windowEnd.isValid() ? r.windowEnd.toSecsSinceEpoch() : 0;
    row.productName = c.serviceNames.value(r.productId);
    for (qint64 id : r.serviceIds)
        row.serviceNames << c.serviceNames.value(id);
    std::sort(row.serviceNames.begin(), row.serviceNames.end());
    in.rows.firstProductionAt = c.deployedAt(r);
    in.rows.windowStart = row.windowStart;
    in.rows.names = c.namesOf(r);
    in.rows.deployments = c.production.value(r.id);
    ClosureFacts& f = in.facts;
    f.firstProductionAt = in.rows.firstProductionAt;
    for (const TimelineRows::Deployment& d : std::as_const(in.rows.deployments)) {
        f.productionSucceeded |= d.outcome == u"succeeded";
        f.productionRolledBack |= d.outcome == u"rolled_back";
        f.productionFailed |= d.outcome == u"failed";
    }
    f.checks = c.checkCount.value(r.id); // all passing: only the newest release fails
    f.reviewRequired = reviewRequired(r);
    f.reviewExists = review.has_value();
    f.reviewDone = review && review->isDone();
    in.review = review;
    for (const CorrelatedIncident& i :
         correlate({r.id, in.rows.firstProductionAt, in.rows.names}, c.incidents))
        in.correlatedIncidents << i.incident.number;
    in.checklistSettled = int(allChecklistKeys().size());
    in.closedAt = r.updatedAt.toSecsSinceEpoch();
    in.closedBy = r.updatedBy;
    return in;
}

Result<void> settle(Context& c, ChecklistKey key, qint64 releaseId, bool done, const QString& text,
                    qint64 at, const QString& by) {
    ChecklistItem item;
    item.releaseId = releaseId;
    item.key = key;
    item.state = done ? ChecklistItem::State::Done : ChecklistItem::State::NotApplicable;
    (done ? item.reference : item.reason) = text;
    item.settledBy = by;
    item.settledAt = at;
    item.rowVersion = 1;
    if (auto put = c.rows.insertChecklistItem(item); !put)
        return put;
    return c.audit.audit(at, by, QStringLiteral("settle"), QStringLiteral("closure_checklist"),
                         releaseId, toJson(item));
}

} // namespace

Plan choose(const Context& c) {
    Plan plan;
    std::vector<const Release*> deployed;
    for (const Release& r : c.releases)
        if (c.deployedAt(r) > 0)
            deployed.push_back(&r);
    std::sort(deployed.begin(), deployed.end(), [&](const Release* a, const Release* b) {
        const qint64 x = c.deployedAt(*a), y = c.deployedAt(*b);
        return x != y ? x > y : a->id < b->id;
    });
    const auto target = [&](const Release* r) {
        Target t;
        t.release = r;
        t.serviceId = c.serviceIdOf(*r);
        t.service = c.serviceOf(*r);
        t.deployedAt = c.deployedAt(*r);
        return t;
    };
    // The newest in production, on services of their own: deployed ones inside their 72
    // hours first, then other deployed ones, then (where a seed deployed few) closed ones.
    QSet<qint64> services;
    for (int pass = 0; pass < 3; ++pass)
        for (const Release* r : deployed) {
            if (plan.validated.size() == 3)
                break;
            const qint64 service = c.serviceIdOf(*r);
            const bool inside = c.deployedAt(*r) >= c.anchor - qint64(kFeedbackHours) * kHour;
            const ReleaseStatus wanted = pass < 2 ? ReleaseStatus::Deployed : ReleaseStatus::Closed;
            if (r->status != wanted || service <= 0 || services.contains(service) ||
                (pass == 0 && !inside))
                continue;
            services.insert(service);
            Target t = target(r);
            t.variant = int(plan.validated.size());
            plan.validated << t;
        }
    if (!plan.validated.isEmpty() &&
        plan.validated.first().release->status == ReleaseStatus::Deployed) {
        Target& f = plan.validated.first();
        f.failing = true;
        f.degraded = true;
        const qint64 until = std::min(c.anchor, f.deployedAt + qint64(kDemoScheduleHours) * kHour);
        const qint64 step = 5 * kMinute;
        f.failFrom = f.deployedAt + std::clamp<qint64>((until - f.deployedAt) * 2 / 3 / step * step,
                                                       2 * kHour, 18 * kHour);
    }
    // Rolled back: the newest with a week behind it has its review done; another one past
    // its due date still has a draft, as may a deployed release that needed one.
    for (const Release* r : deployed) {
        if (r->status != ReleaseStatus::RolledBack)
            continue;
        const qint64 d = c.deployedAt(*r);
        if (!plan.reviewedRollback && d <= c.anchor - 6 * kDay) {
            plan.reviewedRollback = target(r);
            plan.reviewedRollback->variant = 1;
        } else if (plan.lateDrafts.isEmpty() && d + kDueSecs < c.anchor - kDay) {
            plan.lateDrafts << r;
        }
    }
    for (const Release* r : deployed) {
        if (plan.lateDrafts.size() >= 2)
            break;
        const bool validated = std::any_of(plan.validated.cbegin(), plan.validated.cend(),
                                           [&](const Target& t) { return t.release == r; });
        if (r->status == ReleaseStatus::Deployed && reviewRequired(*r) && !validated &&
            c.deployedAt(*r) + kDueSecs < c.anchor - kDay)
            plan.lateDrafts << r;
    }
    // Every other rollback of the year had its review in the days after.
    for (const Release* r : deployed)
        if (r->status == ReleaseStatus::RolledBack && !plan.lateDrafts.contains(r) &&
            (!plan.reviewedRollback || plan.reviewedRollback->release != r) &&
            c.deployedAt(*r) >= c.anchor - kClosureHorizonDays * kDay &&
            c.deployedAt(*r) + 4 * kDay < c.anchor)
            plan.otherRollbacks << r;
    for (const Release& r : c.releases) {
        if (r.status == ReleaseStatus::Deploying && plan.deploying.size() < 2)
            plan.deploying << &r;
        // Closed in the last year (the small demo's whole past): the large demo's older
        // history predates these records and stays without them, which keeps it quick.
        if (r.status == ReleaseStatus::Closed && c.deployedAt(r) > 0 &&
            r.updatedAt.toSecsSinceEpoch() >= c.anchor - kClosureHorizonDays * kDay)
            plan.closed << &r;
    }
    return plan;
}

Result<void> writeClosure(Context& c, const Plan& plan) {
    auto types = c.rows.changeTypes();
    if (!types)
        return types.error();
    const QString& manager = c.cast.manager;
    const QString& operations = c.cast.operations;

    for (const Release* r : plan.closed) {
        const qint64 d = c.deployedAt(*r);
        const qint64 closedAt = r->updatedAt.toSecsSinceEpoch();
        const QString label = labelOf(*r);
        const quint64 h = hashOf(c.seed, 601, quint64(r->id));
        std::optional<PostReview> written;
        // The review, where one was needed, done before the release was closed.
        if (reviewRequired(*r)) {
            PostReview review =
                routineReview(label, r->type == ReleaseType::Emergency ? 1 : int(h % 2) * 2);
            review.releaseId = r->id;
            review.state = PostReview::State::Done;
            review.dueAt = d + kDueSecs;
            review.doneAt = std::min(d + 2 * kDay, closedAt - kHour);
            review.doneBy = manager;
            const qint64 started = std::min(d + kDay, review.doneAt - 2 * kHour);
            auto stored = writeReview(c, review, started);
            if (!stored)
                return stored.error();
            written = stored.value();
        }
        // Every item settled, in the day before closing.
        const QList<ChecklistKey> keys = allChecklistKeys();
        for (int k = 0; k < keys.size(); ++k) {
            const ChecklistKey key = keys[k];
            const bool na = (key == ChecklistKey::Backup && h % 3 != 0) ||
                            (key == ChecklistKey::Documentation && h % 4 == 0) ||
                            (key == ChecklistKey::Alerts && h % 5 == 0);
            const qint64 at = closedAt - 30 * kMinute - qint64(keys.size() - k) * 40 * kMinute;
            const QString text =
                na ? checklistReason(key)
                   : checklistReference(key, slugOf(c.serviceOf(*r)),
                                        hashOf(c.seed, 602, quint64(r->id) * 8 + k));
            if (auto s = settle(c, key, r->id, !na, text, at, k % 2 ? operations : manager); !s)
                return s;
        }
        // The configuration-management record, as closing wrote it.
        const CmdbRecord record{
            r->id, closedAt, r->updatedBy,
            CmdbRecordBuilder::fields(cmdbInputs(c, *r, types.value(), written))};
        if (auto put = c.rows.insertCmdbRecord(record); !put)
            return put;
    }

    if (const auto& t = plan.reviewedRollback) {
        // Done in the days after, with actions in every state, one overdue.
        PostReview review = rolledBackReview(labelOf(*t->release));
        review.releaseId = t->release->id;
        review.state = PostReview::State::Done;
        review.dueAt = t->deployedAt + kDueSecs;
        // Done in three days, or (when no other review is late to show) a day after its due.
        review.doneAt = plan.lateDrafts.isEmpty()
                            ? std::min(review.dueAt + kDay, c.anchor - 2 * kHour)
                            : t->deployedAt + 3 * kDay;
        review.doneBy = manager;
        if (auto w = writeReview(c, review, t->deployedAt + kDay); !w)
            return w.error();
        for (const ActionSeed& s : rollbackActions()) {
            ReviewAction a;
            a.releaseId = t->release->id;
            a.title = s.title;
            a.owner = s.owner;
            a.dueAt = review.doneAt + qint64(s.dueDays) * kDay;
            if (s.state == ReviewAction::State::Open && s.dueDays < 10)
                a.dueAt = std::min(a.dueAt, c.anchor - 2 * kDay); // overdue
            a.state = s.state;
            const qint64 created = review.doneAt;
            qint64 updated = created;
            if (s.state != ReviewAction::State::Open) {
                updated = std::min(created + qint64(s.dueDays - 1) * kDay, c.anchor - kHour);
                if (s.state == ReviewAction::State::Done)
                    a.doneAt = updated;
            }
            a.rowVersion = updated > created ? 2 : 1;
            auto id = c.rows.insertAction(a, manager, created, manager, updated);
            if (!id)
                return id.error();
            a.id = id.value();
            ReviewAction opened = a;
            opened.state = ReviewAction::State::Open;
            opened.doneAt = 0;
            opened.rowVersion = 1;
            if (auto w = c.audit.audit(created, manager, QStringLiteral("create"),
                                       QStringLiteral("review_action"), a.id, toJson(opened));
                !w)
                return w;
            if (a.rowVersion > 1)
                if (auto w = c.audit.audit(updated, manager, QStringLiteral("update"),
                                           QStringLiteral("review_action"), a.id, toJson(a));
                    !w)
                    return w;
        }
        // Partly settled: two items done, one not applicable, two still open.
        const QString slug = slugOf(t->service);
        const qint64 at = review.doneAt + kHour;
        if (auto s =
                settle(c, ChecklistKey::Runbooks, t->release->id, true,
                       checklistReference(ChecklistKey::Runbooks, slug, 0x3f2a9c1), at, operations);
            !s)
            return s;
        if (auto s = settle(c, ChecklistKey::Monitoring, t->release->id, true,
                            checklistReference(ChecklistKey::Monitoring, slug, 0), at + kHour,
                            operations);
            !s)
            return s;
        if (auto s = settle(c, ChecklistKey::Backup, t->release->id, false,
                            checklistReason(ChecklistKey::Backup), at + 2 * kHour, manager);
            !s)
            return s;
    }

    for (const Release* r : plan.otherRollbacks) {
        PostReview review = earlierRollbackReview(labelOf(*r));
        review.releaseId = r->id;
        review.state = PostReview::State::Done;
        review.dueAt = c.deployedAt(*r) + kDueSecs;
        review.doneAt = c.deployedAt(*r) + 3 * kDay;
        review.doneBy = manager;
        if (auto w = writeReview(c, review, c.deployedAt(*r) + kDay); !w)
            return w.error();
    }
    for (const Release* r : plan.lateDrafts) {
        PostReview review = draftReview(labelOf(*r));
        review.releaseId = r->id;
        review.dueAt = c.deployedAt(*r) + kDueSecs;
        if (auto w = writeReview(c, review, c.deployedAt(*r) + kDay); !w)
            return w.error();
    }
    for (const Target& t : plan.validated) {
        const qint64 d = t.deployedAt;
        if (t.failing && d + 6 * kHour < c.anchor - kHour) {
            // Started when the journey began failing; not due yet.
            PostReview review = draftReview(labelOf(*t.release));
            review.releaseId = t.release->id;
            review.dueAt = d + kDueSecs;
            if (auto w = writeReview(c, review, std::min(t.failFrom + kHour, c.anchor - kHour)); !w)
                return w.error();
        } else if (!t.failing && t.release->status != ReleaseStatus::Closed &&
                   d + qint64(kFeedbackHours) * kHour < c.anchor) {
            // The 72 hours are over; closing has begun.
            const QString slug = slugOf(t.service);
            const qint64 at = d + qint64(kFeedbackHours) * kHour + 2 * kHour;
            if (auto s = settle(c, ChecklistKey::Runbooks, t.release->id, true,
                                checklistReference(ChecklistKey::Runbooks, slug,
                                                   hashOf(c.seed, 603, quint64(t.release->id))),
                                std::min(at, c.anchor - kHour), operations);
                !s)
                return s;
            if (auto s = settle(c, ChecklistKey::Documentation, t.release->id, false,
                                checklistReason(ChecklistKey::Documentation),
                                std::min(at + kHour, c.anchor - kHour), manager);
                !s)
                return s;
        }
    }
    return {};
}

} // namespace slipway::DemoValidation
