// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/Result.h"

#include <optional>

namespace slipway {

class Database;

// Rows of `post_reviews` and `review_actions`. Writes expect the caller's Transaction.
class ReviewRepository {
public:
    explicit ReviewRepository(Database& db);

    Result<std::optional<PostReview>> forRelease(qint64 releaseId) const;
    Result<QList<PostReview>> all() const; // by release
    // A new review, or with `id` set a removed one back under its old id.
    Result<PostReview> insert(const PostReview& review, const QString& actor, qint64 nowSecs);
    // Every field but the release, guarded by `review.rowVersion`.
    Result<PostReview> update(const PostReview& review, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    Result<QList<ReviewAction>> actions(qint64 releaseId) const; // by due date, then id
    Result<QList<ReviewAction>> openActions() const;             // due first, none last
    Result<ReviewAction> findAction(qint64 id) const;
    Result<ReviewAction> insertAction(const ReviewAction& action, const QString& actor,
                                      qint64 nowSecs);
    Result<ReviewAction> updateAction(const ReviewAction& action, const QString& actor,
                                      qint64 nowSecs);
    Result<void> removeAction(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<PostReview>> selectReviews(const QString& where, qint64 arg) const;
    Result<QList<ReviewAction>> selectActions(const QString& where, qint64 arg) const;

    Database& m_db;
};

} // namespace slipway
