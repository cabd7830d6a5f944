// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/PostReview.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// One moment of a release's deployment and the days after, for the review's timeline.
struct TimelineEntry {
    qint64 atUtc = 0;
    QString kind; // "deployment", "run", "step", "decision", "trigger", "check", "incident",
                  // "feedback", "review"
    QString text; // one line, no person's name (blameless): roles and systems only
};

// The blameless post-implementation review of a release and its actions. Audited edits under
// EditReview; undo uses the same calls with the earlier image.
class ReviewService : public QObject {
    Q_OBJECT
public:
    ReviewService(Database& db, Session session, QObject* parent = nullptr);

    // The release's review; nullopt when none was started.
    Result<std::optional<PostReview>> forRelease(qint64 releaseId) const;
    // Starts the review (a draft, due kDefaultReviewDueDays — or the file's review_due_days —
    // after the first production deployment, or after now when none). Refused when one exists.
    Result<PostReview> start(qint64 releaseId);
    // Saves the text fields at `review.rowVersion`; `review.state` Done marks it done (needs
    // summary, factors and lessons), Draft reopens it.
    Result<PostReview> save(const PostReview& review);
    Result<void> remove(qint64 releaseId, qint64 rowVersion);
    Result<PostReview> restore(const PostReview& review);

    Result<QList<ReviewAction>> actions(qint64 releaseId) const;
    // Every open action of every release, for the tracking list: due first.
    Result<QList<ReviewAction>> openActions() const;
    Result<ReviewAction> createAction(const ReviewAction& action);
    Result<ReviewAction> updateAction(const ReviewAction& action);
    Result<void> removeAction(qint64 id, qint64 rowVersion);
    Result<ReviewAction> restoreAction(const ReviewAction& action);

    // The timeline: production deployments, the runbook's run (start, each step's end,
    // decisions, trigger firings), check failures and recoveries, correlated incidents and
    // feedback, from the first production deployment's day before to the end of the feedback
    // window; oldest first.
    Result<QList<TimelineEntry>> timeline(qint64 releaseId) const;

    // Whether the release needs a review (its type, a failed or rolled-back deployment, and
    // the file's review_required_for setting).
    Result<bool> isRequired(qint64 releaseId) const;
    // Releases whose required review is late (still a draft or missing past its due date,
    // or done after it): release id → due date. For the adherence report.
    Result<QHash<qint64, qint64>> lateReviews(qint64 nowUtc) const;

Q_SIGNALS:
    void reviewChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
