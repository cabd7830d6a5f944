// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CorrectiveAction.h"
#include "undo/ChangeRecordCommand.h"

#include <QCoreApplication>

namespace slipway {
class CorrectiveActionService;
}

namespace slipway::ui {

// Attaches a corrective action to a deviation; undo removes it, redo restores it under its id.
class AddCorrectiveActionCommand : public ChangeRecordCommand<CorrectiveAction> {
    Q_DECLARE_TR_FUNCTIONS(AddCorrectiveActionCommand)
public:
    AddCorrectiveActionCommand(CorrectiveActionService& service, const CorrectiveAction& action,
                               ErrorSink onError, QUndoCommand* parent = nullptr);
};

// Changes an action's title, owner, due date, state or note over what the user saw; undo
// writes the earlier image back, refusing once someone else saved the action in between.
class EditCorrectiveActionCommand : public ChangeRecordCommand<CorrectiveAction> {
    Q_DECLARE_TR_FUNCTIONS(EditCorrectiveActionCommand)
public:
    EditCorrectiveActionCommand(CorrectiveActionService& service, const CorrectiveAction& before,
                                const CorrectiveAction& after, ErrorSink onError,
                                QUndoCommand* parent = nullptr);
};

// Removes an action; undo restores it under its id.
class RemoveCorrectiveActionCommand : public ChangeRecordCommand<CorrectiveAction> {
    Q_DECLARE_TR_FUNCTIONS(RemoveCorrectiveActionCommand)
public:
    RemoveCorrectiveActionCommand(CorrectiveActionService& service, const CorrectiveAction& action,
                                  ErrorSink onError, QUndoCommand* parent = nullptr);
};

} // namespace slipway::ui
