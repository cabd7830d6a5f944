// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackCommands.h"

#include "services/FeedbackService.h"

namespace slipway::ui {

RecordOps<FeedbackEntry> feedbackOps(FeedbackService& service, qint64 releaseId) {
    RecordOps<FeedbackEntry> ops;
    ops.find = [&service, releaseId](qint64 id) -> Result<FeedbackEntry> {
        auto all = service.forRelease(releaseId);
        if (!all)
            return all.error();
        for (const FeedbackEntry& e : all.value())
            if (e.id == id)
                return e;
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate(
                         "UndoCommand", "This feedback entry was removed since — reload.")};
    };
    ops.create = [&service](const FeedbackEntry& e) {
        return service.create(e);
    };
    ops.update = [&service](const FeedbackEntry& e) {
        return service.update(e);
    };
    ops.restore = [&service](const FeedbackEntry& e) {
        return service.restore(e);
    };
    ops.remove = [&service](qint64 id, qint64 version) {
        return service.remove(id, version);
    };
    return ops;
}

namespace {

FeedbackEntry fresh(FeedbackEntry entry) {
    entry.id = 0;
    return entry;
}

} // namespace

AddFeedbackCommand::AddFeedbackCommand(FeedbackService& service, const FeedbackEntry& entry,
                                       ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<FeedbackEntry>(
          feedbackOps(service, entry.releaseId), std::nullopt, fresh(entry),
          tr("Add feedback from %1").arg(entry.team.trimmed()), std::move(onError), parent) {}

EditFeedbackCommand::EditFeedbackCommand(FeedbackService& service, const FeedbackEntry& before,
                                         const FeedbackEntry& after, ErrorSink onError,
                                         QUndoCommand* parent)
    : ChangeRecordCommand<FeedbackEntry>(feedbackOps(service, before.releaseId), before, after,
                                         tr("Edit feedback from %1").arg(after.team.trimmed()),
                                         std::move(onError), parent) {}

RemoveFeedbackCommand::RemoveFeedbackCommand(FeedbackService& service, const FeedbackEntry& entry,
                                             ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<FeedbackEntry>(feedbackOps(service, entry.releaseId), entry, std::nullopt,
                                         tr("Remove feedback from %1").arg(entry.team.trimmed()),
                                         std::move(onError), parent) {}

} // namespace slipway::ui
