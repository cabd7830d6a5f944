// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewService.h"

namespace slipway {
namespace {

Error notYet() {
    return {Error::Kind::Internal, QStringLiteral("The post-implementation review is not available yet.")};
}

} // namespace

ReviewService::ReviewService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<std::optional<PostReview>> ReviewService::forRelease(qint64) const { return notYet(); }
Result<PostReview> ReviewService::start(qint64) { return notYet(); }
Result<PostReview> ReviewService::save(const PostReview&) { return notYet(); }
Result<void> ReviewService::remove(qint64, qint64) { return notYet(); }
Result<PostReview> ReviewService::restore(const PostReview&) { return notYet(); }
Result<QList<ReviewAction>> ReviewService::actions(qint64) const { return notYet(); }
Result<QList<ReviewAction>> ReviewService::openActions() const { return notYet(); }
Result<ReviewAction> ReviewService::createAction(const ReviewAction&) { return notYet(); }
Result<ReviewAction> ReviewService::updateAction(const ReviewAction&) { return notYet(); }
Result<void> ReviewService::removeAction(qint64, qint64) { return notYet(); }
Result<ReviewAction> ReviewService::restoreAction(const ReviewAction&) { return notYet(); }
Result<QList<TimelineEntry>> ReviewService::timeline(qint64) const { return notYet(); }
Result<bool> ReviewService::isRequired(qint64) const { return notYet(); }
Result<QHash<qint64, qint64>> ReviewService::lateReviews(qint64) const { return notYet(); }

} // namespace slipway
