// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "undo/ChangeRecordCommand.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ReviewService;
}

namespace slipway::ui {

// Starts the release's review as a draft; undo removes it, redo restores the same review.
class StartReviewCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(StartReviewCommand)
public:
    StartReviewCommand(ReviewService& service, qint64 releaseId, const QString& releaseLabel,
                       ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ReviewService& m_service;
    qint64 m_releaseId;
    std::optional<PostReview> m_review; // as stored after the last redo
};

// How review commands find the stored review of a release, to tell whether someone else
// changed it since this session's last write.
RecordOps<PostReview> reviewOps(ReviewService& service, qint64 releaseId);

// Saves the review's text and state (Done marks it done, Draft reopens it) over what the user
// saw; undo saves the earlier image back, refusing once someone else saved in between.
class SaveReviewCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveReviewCommand)
public:
    SaveReviewCommand(ReviewService& service, const PostReview& before, const PostReview& after,
                      const QString& text, ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const PostReview& image);

    ReviewService& m_service;
    PostReview m_before;
    PostReview m_after;
    std::optional<PostReview> m_left; // the review as this session's last write stored it
};

// How action commands reach the service; an action is found among its release's actions.
RecordOps<ReviewAction> reviewActionOps(ReviewService& service, qint64 releaseId);

// Adds an action; undo removes it, redo restores it under its id.
class AddReviewActionCommand : public ChangeRecordCommand<ReviewAction> {
    Q_DECLARE_TR_FUNCTIONS(AddReviewActionCommand)
public:
    AddReviewActionCommand(ReviewService& service, const ReviewAction& action, ErrorSink onError,
                           QUndoCommand* parent = nullptr);
};

// Changes an action (its text, owner, due date or state: done, dropped, open again); undo
// writes the earlier image back.
class EditReviewActionCommand : public ChangeRecordCommand<ReviewAction> {
    Q_DECLARE_TR_FUNCTIONS(EditReviewActionCommand)
public:
    EditReviewActionCommand(ReviewService& service, const ReviewAction& before,
                            const ReviewAction& after, const QString& text, ErrorSink onError,
                            QUndoCommand* parent = nullptr);
};

// Removes an action; undo restores it under its id.
class RemoveReviewActionCommand : public ChangeRecordCommand<ReviewAction> {
    Q_DECLARE_TR_FUNCTIONS(RemoveReviewActionCommand)
public:
    RemoveReviewActionCommand(ReviewService& service, const ReviewAction& action, ErrorSink onError,
                              QUndoCommand* parent = nullptr);
};

} // namespace slipway::ui
