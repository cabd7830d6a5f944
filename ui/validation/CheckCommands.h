// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordCommands.h"
#include "domain/ValidationCheck.h"

#include <QCoreApplication>

namespace slipway {
class ValidationCheckService;
}

namespace slipway::ui {

// Adds a check; undo removes it, redo brings it back under the same id.
class AddCheckCommand : public AddRecordCommand<ValidationCheck> {
    Q_DECLARE_TR_FUNCTIONS(AddCheckCommand)
public:
    AddCheckCommand(ValidationCheckService& service, ValidationCheck check, ErrorSink onError,
                    QUndoCommand* parent = nullptr);
};

// Saves an edited check over the one the user saw; undo saves the earlier image back. Either
// way it refuses (Stale) when someone else changed the check since.
class EditCheckCommand : public EditRecordCommand<ValidationCheck> {
    Q_DECLARE_TR_FUNCTIONS(EditCheckCommand)
public:
    EditCheckCommand(ValidationCheckService& service, ValidationCheck before, ValidationCheck after,
                     ErrorSink onError, QUndoCommand* parent = nullptr);
};

// Removes a check with its results; undo brings the check back under its id (its results do
// not come back, and the audit entry says so).
class RemoveCheckCommand : public RemoveRecordCommand<ValidationCheck> {
    Q_DECLARE_TR_FUNCTIONS(RemoveCheckCommand)
public:
    RemoveCheckCommand(ValidationCheckService& service, ValidationCheck check, ErrorSink onError,
                       QUndoCommand* parent = nullptr);
};

} // namespace slipway::ui
