// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ValidationCheckService;
}

namespace slipway::ui {

// Adds a check; undo removes it, redo brings it back under the same id.
class AddCheckCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddCheckCommand)
public:
    AddCheckCommand(ValidationCheckService& service, ValidationCheck check, ErrorSink onError,
                    QUndoCommand* parent = nullptr);
    const ValidationCheck& created() const { return m_check; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ValidationCheckService& m_service;
    ValidationCheck m_check; // after the first apply: as stored
};

// Saves an edited check over the one the user saw; undo saves the earlier image back. Either
// way it refuses (Stale) when someone else changed the check since.
class EditCheckCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditCheckCommand)
public:
    EditCheckCommand(ValidationCheckService& service, ValidationCheck before, ValidationCheck after,
                     ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const ValidationCheck& image, const ValidationCheck& left);

    ValidationCheckService& m_service;
    ValidationCheck m_before;
    ValidationCheck m_after;
};

// Removes a check with its results; undo brings the check back under its id (its results do
// not come back, and the audit entry says so).
class RemoveCheckCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveCheckCommand)
public:
    RemoveCheckCommand(ValidationCheckService& service, ValidationCheck check, ErrorSink onError,
                       QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ValidationCheckService& m_service;
    ValidationCheck m_check;
};

} // namespace slipway::ui
