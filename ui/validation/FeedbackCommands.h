// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "undo/ChangeRecordCommand.h"

#include <QCoreApplication>

namespace slipway {
class FeedbackService;
}

namespace slipway::ui {

// How feedback commands reach the service; a record is found among its release's entries.
RecordOps<FeedbackEntry> feedbackOps(FeedbackService& service, qint64 releaseId);

// Adds a support team's feedback entry; undo removes it, redo restores it under its id.
class AddFeedbackCommand : public ChangeRecordCommand<FeedbackEntry> {
    Q_DECLARE_TR_FUNCTIONS(AddFeedbackCommand)
public:
    AddFeedbackCommand(FeedbackService& service, const FeedbackEntry& entry, ErrorSink onError,
                       QUndoCommand* parent = nullptr);
};

// Changes an entry from what the user saw to `after`; undo writes `before` back.
class EditFeedbackCommand : public ChangeRecordCommand<FeedbackEntry> {
    Q_DECLARE_TR_FUNCTIONS(EditFeedbackCommand)
public:
    EditFeedbackCommand(FeedbackService& service, const FeedbackEntry& before,
                        const FeedbackEntry& after, ErrorSink onError,
                        QUndoCommand* parent = nullptr);
};

// Removes an entry as the user saw it; undo restores it under its id.
class RemoveFeedbackCommand : public ChangeRecordCommand<FeedbackEntry> {
    Q_DECLARE_TR_FUNCTIONS(RemoveFeedbackCommand)
public:
    RemoveFeedbackCommand(FeedbackService& service, const FeedbackEntry& entry, ErrorSink onError,
                          QUndoCommand* parent = nullptr);
};

} // namespace slipway::ui
