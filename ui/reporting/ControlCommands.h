// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RegulatoryControl.h"
#include "undo/UndoCommand.h"
#include "validation/RecordCommands.h"

#include <QCoreApplication>

#include <optional>

namespace slipway {
class ControlService;
}

namespace slipway::ui {

// Adds a control to a tag's set; undo removes it, redo brings it back under the same id.
class AddControlCommand : public AddRecordCommand<RegulatoryControl> {
    Q_DECLARE_TR_FUNCTIONS(AddControlCommand)
public:
    AddControlCommand(ControlService& service, RegulatoryControl control, ErrorSink onError,
                      QUndoCommand* parent = nullptr);
};

// Saves an edited control over the one the user saw; undo saves the earlier image back. Either
// way it refuses (Stale) when someone else changed the control since.
class EditControlCommand : public EditRecordCommand<RegulatoryControl> {
    Q_DECLARE_TR_FUNCTIONS(EditControlCommand)
public:
    EditControlCommand(ControlService& service, RegulatoryControl before, RegulatoryControl after,
                       ErrorSink onError, QUndoCommand* parent = nullptr);
};

// Removes a control with the references recorded for it on releases; undo brings it back
// under its id with those references as they were, redo removes them again. Either way it
// refuses (Stale) when someone else changed the control since.
class RemoveControlCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveControlCommand)
public:
    RemoveControlCommand(ControlService& service, RegulatoryControl control, ErrorSink onError,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ControlService& m_service;
    RegulatoryControl m_control;    // as this session left it
    QList<ControlRecord> m_records; // what the last removal took with it
};

// Tags a release (or, with `add` false, takes the tag off); undo does the opposite.
class TagReleaseCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TagReleaseCommand)
public:
    TagReleaseCommand(ControlService& service, qint64 releaseId, const QString& tag, bool add,
                      ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ControlService& m_service;
    qint64 m_releaseId;
    QString m_tag;
    bool m_add;
};

// Records the reference of an attestation control for a release (`reference` empty: clears
// it); undo puts back what was recorded before, as it was.
class AttestControlCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AttestControlCommand)
public:
    AttestControlCommand(ControlService& service, qint64 releaseId, qint64 controlId,
                         ControlOutcome outcome, const QString& reference, ErrorSink onError,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ControlService& m_service;
    qint64 m_releaseId;
    qint64 m_controlId;
    ControlOutcome m_outcome;
    QString m_reference;
    std::optional<ControlRecord> m_before;
    std::optional<ControlRecord> m_after; // as stored by the first apply
};

} // namespace slipway::ui
