// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewService.h"

#include "AuditedWrite.h"
#include "ReviewTimeline.h"
#include "rules/ClosureRules.h"
#include "storage/ClosureFactsReader.h"
#include "storage/Database.h"
#include "storage/MetaRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TimelineReader.h"

namespace slipway {
namespace {

const QString kReviewEntity = QStringLiteral("post_review");
constexpr qint64 kDay = 86400;

RecordStore<ReviewAction> actionStore(Database& db) {
    RecordStore<ReviewAction> s;
    s.entity = QStringLiteral("review_action");
    s.action = Action::EditReview;
    s.find = [&db](qint64 id) {
        return ReviewRepository(db).findAction(id);
    };
    s.insert = [&db](const ReviewAction& a, const QString& actor, qint64 now) {
        return ReviewRepository(db).insertAction(a, actor, now);
    };
    s.update = [&db](const ReviewAction& a, const QString& actor, qint64 now) {
        return ReviewRepository(db).updateAction(a, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return ReviewRepository(db).removeAction(id, version);
    };
    s.validate = validateAction;
    // Done keeps when it was done; any other state has no such moment.
    s.prepare = [](const ReviewAction& a, const ReviewAction* before,
                   qint64 now) -> Result<ReviewAction> {
        ReviewAction ready = a;
        if (before)
            ready.releaseId = before->releaseId;
        if (a.state != ReviewAction::State::Done)
            ready.doneAt = 0;
        else if (before && before->state == ReviewAction::State::Done)
            ready.doneAt = before->doneAt;
        else if (a.doneAt <= 0 || !before)
            ready.doneAt = a.doneAt > 0 ? a.doneAt : now;
        else
            ready.doneAt = now;
        return ready;
    };
    return s;
}

// The file's setting, or the default when unset or not a number of days.
int reviewDueDays(Database& db) {
    auto stored = MetaRepository(db).value(QStringLiteral("review_due_days"));
    if (!stored || !stored->has_value())
        return kDefaultReviewDueDays;
    bool ok = false;
    const int days = stored->value().trimmed().toInt(&ok);
    return ok && days >= 0 && days <= 365 ? days : kDefaultReviewDueDays;
}

// What the file's review_required_for says, or the default.
QStringList reviewRequiredFor(Database& db) {
    auto stored = MetaRepository(db).value(QStringLiteral("review_required_for"));
    if (!stored || !stored->has_value())
        return defaultReviewRequiredFor();
    QStringList keys;
    for (const QString& part : stored->value().split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower().replace(u'-', u'_');
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

} // namespace

ReviewService::ReviewService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<std::optional<PostReview>> ReviewService::forRelease(qint64 releaseId) const {
    return ReviewRepository(m_db).forRelease(releaseId);
}

Result<PostReview> ReviewService::start(qint64 releaseId) {
    PostReview stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReview, QStringLiteral("create"), kReviewEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto release = ReleaseRepository(m_db).find(releaseId);
            if (!release)
                return release.error();
            ReviewRepository repo(m_db);
            auto existing = repo.forRelease(releaseId);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                return Error{Error::Kind::Validation,
                             tr("%1 already has a review.")
                                 .arg(releaseLabel(release->name, release->version))};
            auto rows = TimelineReader(m_db).read(releaseId);
            if (!rows)
                return rows.error();
            const qint64 from = rows->firstProductionAt > 0 ? rows->firstProductionAt : now;
            PostReview fresh;
            fresh.releaseId = releaseId;
            fresh.dueAt = from + qint64(reviewDueDays(m_db)) * kDay;
            auto inserted = repo.insert(fresh, m_session.actor, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT reviewChanged(releaseId);
    return stored;
}

Result<PostReview> ReviewService::save(const PostReview& review) {
    if (const auto problems = validateReview(review); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    PostReview stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReview, QStringLiteral("update"), kReviewEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ReviewRepository repo(m_db);
            auto before = repo.forRelease(review.releaseId);
            if (!before)
                return before.error();
            if (!before->has_value())
                return Error{
                    Error::Kind::NotFound,
                    tr("Release %1 has no review — start one first.").arg(review.releaseId)};
            const PostReview& was = before->value();
            PostReview ready = was;
            ready.rowVersion = review.rowVersion;
            ready.state = review.state;
            ready.summary = review.summary;
            ready.wentWell = review.wentWell;
            ready.wentBadly = review.wentBadly;
            ready.factors = review.factors;
            ready.lessons = review.lessons;
            if (review.isDone() && !was.isDone()) {
                ready.doneAt = now;
                ready.doneBy = m_session.actor;
            } else if (!review.isDone()) {
                ready.doneAt = 0;
                ready.doneBy.clear();
            }
            auto updated = repo.update(ready, m_session.actor, now);
            if (!updated)
                return updated.error();
            stored = updated.value();
            return AuditedWrite::Logged{stored.id, toJson(was), toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT reviewChanged(review.releaseId);
    return stored;
}

Result<void> ReviewService::remove(qint64 releaseId, qint64 rowVersion) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReview, QStringLiteral("delete"), kReviewEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            ReviewRepository repo(m_db);
            auto before = repo.forRelease(releaseId);
            if (!before)
                return before.error();
            if (!before->has_value())
                return Error{Error::Kind::NotFound,
                             tr("Release %1 has no review — reload.").arg(releaseId)};
            if (auto gone = repo.remove(before->value().id, rowVersion); !gone)
                return gone.error();
            return AuditedWrite::Logged{before->value().id, toJson(before->value()), {}, {}};
        });
    if (!done)
        return done.error();
    Q_EMIT reviewChanged(releaseId);
    return {};
}

Result<PostReview> ReviewService::restore(const PostReview& review) {
    PostReview stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReview, QStringLiteral("restore"), kReviewEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ReviewRepository repo(m_db);
            auto existing = repo.forRelease(review.releaseId);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                return Error{Error::Kind::Stale,
                             tr("Release %1 has a review again — reload.").arg(review.releaseId)};
            auto inserted = repo.insert(review, m_session.actor, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT reviewChanged(review.releaseId);
    return stored;
}

Result<QList<ReviewAction>> ReviewService::actions(qint64 releaseId) const {
    return ReviewRepository(m_db).actions(releaseId);
}

Result<QList<ReviewAction>> ReviewService::openActions() const {
    return ReviewRepository(m_db).openActions();
}

Result<ReviewAction> ReviewService::createAction(const ReviewAction& action) {
    ReviewAction fresh = action;
    fresh.id = 0;
    fresh.doneAt = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, actionStore(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT reviewChanged(stored->releaseId);
    return stored;
}

Result<ReviewAction> ReviewService::updateAction(const ReviewAction& action) {
    auto stored = AuditedWrite::update(m_db, m_session, actionStore(m_db), action);
    if (stored)
        Q_EMIT reviewChanged(stored->releaseId);
    return stored;
}

Result<void> ReviewService::removeAction(qint64 id, qint64 rowVersion) {
    ReviewAction removed;
    auto done = AuditedWrite::remove(m_db, m_session, actionStore(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT reviewChanged(removed.releaseId);
    return done;
}

Result<ReviewAction> ReviewService::restoreAction(const ReviewAction& action) {
    auto stored =
        AuditedWrite::insert(m_db, m_session, actionStore(m_db), action, QStringLiteral("restore"));
    if (stored)
        Q_EMIT reviewChanged(stored->releaseId);
    return stored;
}

Result<QList<TimelineEntry>> ReviewService::timeline(qint64 releaseId) const {
    auto rows = TimelineReader(m_db).read(releaseId);
    if (!rows)
        return rows.error();
    auto review = ReviewRepository(m_db).forRelease(releaseId);
    if (!review)
        return review.error();
    return reviewTimeline(releaseId, rows.value(), review.value());
}

Result<bool> ReviewService::isRequired(qint64 releaseId) const {
    auto release = ReleaseRepository(m_db).find(releaseId);
    if (!release)
        return release.error();
    auto rows = TimelineReader(m_db).read(releaseId);
    if (!rows)
        return rows.error();
    bool failed = false;
    bool rolledBack = release->status == ReleaseStatus::RolledBack;
    for (const auto& d : rows->deployments) {
        failed = failed || d.outcome == u"failed";
        rolledBack = rolledBack || d.outcome == u"rolled_back";
    }
    return isReviewRequired(release->type, failed, rolledBack, reviewRequiredFor(m_db));
}

Result<QHash<qint64, qint64>> ReviewService::lateReviews(qint64 nowUtc) const {
    auto facts = ClosureFactsReader(m_db).read();
    if (!facts)
        return facts.error();
    auto reviews = ReviewRepository(m_db).all();
    if (!reviews)
        return reviews.error();
    QHash<qint64, PostReview> byRelease;
    for (const PostReview& r : reviews.value())
        byRelease.insert(r.releaseId, r);
    const qint64 dueDays = reviewDueDays(m_db);
    QHash<qint64, qint64> late;
    for (auto it = facts->cbegin(); it != facts->cend(); ++it) {
        const auto review = byRelease.constFind(it.key());
        if (review != byRelease.cend()) {
            // A started review counts by its own due date.
            if (it->reviewRequired && review->isLate(nowUtc))
                late.insert(it.key(), review->dueAt);
        } else if (it->reviewRequired && it->firstProductionAt > 0) {
            const qint64 due = it->firstProductionAt + dueDays * kDay;
            if (nowUtc > due)
                late.insert(it.key(), due);
        }
    }
    return late;
}

} // namespace slipway
