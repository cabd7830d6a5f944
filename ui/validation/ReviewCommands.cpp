// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCommands.h"

#include "services/ReviewService.h"

namespace slipway::ui {

StartReviewCommand::StartReviewCommand(ReviewService& service, qint64 releaseId,
                                       const QString& releaseLabel, ErrorSink onError,
                                       QUndoCommand* parent)
    : UndoCommand(tr("Start the review of %1").arg(releaseLabel), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId) {}

Result<void> StartReviewCommand::apply() {
    auto done = m_review ? m_service.restore(*m_review) : m_service.start(m_releaseId);
    if (!done)
        return done.error();
    m_review = done.value();
    return {};
}

Result<void> StartReviewCommand::revert() {
    if (!m_review)
        return {};
    // Over the version this session left: a review someone else edited since is not removed.
    auto version = versionToWrite(reviewOps(m_service, m_releaseId), *m_review);
    if (!version)
        return version.error();
    return m_service.remove(m_releaseId, version.value());
}

RecordOps<PostReview> reviewOps(ReviewService& service, qint64 releaseId) {
    RecordOps<PostReview> ops;
    ops.find = [&service, releaseId](qint64) -> Result<PostReview> {
        auto found = service.forRelease(releaseId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{Error::Kind::NotFound,
                         QCoreApplication::translate("UndoCommand",
                                                     "This review was removed since — reload.")};
        return found->value();
    };
    return ops;
}

SaveReviewCommand::SaveReviewCommand(ReviewService& service, const PostReview& before,
                                     const PostReview& after, const QString& text,
                                     ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(text, std::move(onError), parent)
    , m_service(service)
    , m_before(before)
    , m_after(after) {}

Result<void> SaveReviewCommand::write(const PostReview& image) {
    PostReview wanted = image;
    wanted.rowVersion = m_before.rowVersion; // the first time: the version the user saw
    if (m_left) {
        auto version = versionToWrite(reviewOps(m_service, m_before.releaseId), *m_left);
        if (!version)
            return version.error();
        wanted.rowVersion = version.value();
    }
    auto done = m_service.save(wanted);
    if (!done)
        return done.error();
    m_left = done.value();
    return {};
}

RecordOps<ReviewAction> reviewActionOps(ReviewService& service, qint64 releaseId) {
    RecordOps<ReviewAction> ops;
    ops.find = [&service, releaseId](qint64 id) -> Result<ReviewAction> {
        auto all = service.actions(releaseId);
        if (!all)
            return all.error();
        for (const ReviewAction& a : all.value())
            if (a.id == id)
                return a;
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("UndoCommand", "This action was removed since — reload.")};
    };
    ops.create = [&service](const ReviewAction& a) {
        return service.createAction(a);
    };
    ops.update = [&service](const ReviewAction& a) {
        return service.updateAction(a);
    };
    ops.restore = [&service](const ReviewAction& a) {
        return service.restoreAction(a);
    };
    ops.remove = [&service](qint64 id, qint64 version) {
        return service.removeAction(id, version);
    };
    return ops;
}

namespace {

ReviewAction fresh(ReviewAction action) {
    action.id = 0;
    return action;
}

} // namespace

AddReviewActionCommand::AddReviewActionCommand(ReviewService& service, const ReviewAction& action,
                                               ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<ReviewAction>(
          reviewActionOps(service, action.releaseId), std::nullopt, fresh(action),
          tr("Add the action “%1”").arg(action.title.trimmed()), std::move(onError), parent) {}

EditReviewActionCommand::EditReviewActionCommand(ReviewService& service, const ReviewAction& before,
                                                 const ReviewAction& after, const QString& text,
                                                 ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<ReviewAction>(reviewActionOps(service, before.releaseId), before, after,
                                        text, std::move(onError), parent) {}

RemoveReviewActionCommand::RemoveReviewActionCommand(ReviewService& service,
                                                     const ReviewAction& action, ErrorSink onError,
                                                     QUndoCommand* parent)
    : ChangeRecordCommand<ReviewAction>(
          reviewActionOps(service, action.releaseId), action, std::nullopt,
          tr("Remove the action “%1”").arg(action.title.trimmed()), std::move(onError), parent) {}

} // namespace slipway::ui
