// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveActionCommands.h"

#include "services/CorrectiveActionService.h"

namespace slipway::ui {
namespace {

CorrectiveAction fresh(CorrectiveAction action) {
    action.id = 0;
    action.rowVersion = 0;
    return action;
}

// "Close the corrective action “…”" where the state moves to done, and so on: the undo
// menu names what the edit does.
QString editText(const CorrectiveAction& before, const CorrectiveAction& after) {
    const QString title = after.title.trimmed();
    if (before.state != after.state) {
        switch (after.state) {
        case CorrectiveState::Done:
            return EditCorrectiveActionCommand::tr("Mark the corrective action “%1” done")
                .arg(title);
        case CorrectiveState::Dropped:
            return EditCorrectiveActionCommand::tr("Drop the corrective action “%1”").arg(title);
        case CorrectiveState::InProgress:
            return EditCorrectiveActionCommand::tr("Start the corrective action “%1”").arg(title);
        case CorrectiveState::Open:
            return EditCorrectiveActionCommand::tr("Reopen the corrective action “%1”").arg(title);
        }
    }
    return EditCorrectiveActionCommand::tr("Edit the corrective action “%1”").arg(title);
}

} // namespace

AddCorrectiveActionCommand::AddCorrectiveActionCommand(CorrectiveActionService& service,
                                                       const CorrectiveAction& action,
                                                       ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<CorrectiveAction>(
          serviceOps<CorrectiveAction>(service), std::nullopt, fresh(action),
          tr("Add the corrective action “%1”").arg(action.title.trimmed()), std::move(onError),
          parent) {}

EditCorrectiveActionCommand::EditCorrectiveActionCommand(CorrectiveActionService& service,
                                                         const CorrectiveAction& before,
                                                         const CorrectiveAction& after,
                                                         ErrorSink onError, QUndoCommand* parent)
    : ChangeRecordCommand<CorrectiveAction>(serviceOps<CorrectiveAction>(service), before, after,
                                            editText(before, after), std::move(onError), parent) {}

RemoveCorrectiveActionCommand::RemoveCorrectiveActionCommand(CorrectiveActionService& service,
                                                             const CorrectiveAction& action,
                                                             ErrorSink onError,
                                                             QUndoCommand* parent)
    : ChangeRecordCommand<CorrectiveAction>(
          serviceOps<CorrectiveAction>(service), action, std::nullopt,
          tr("Remove the corrective action “%1”").arg(action.title.trimmed()), std::move(onError),
          parent) {}

} // namespace slipway::ui
