// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PinService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

#include <optional>

namespace slipway::ui {

// Pins a component of a release on a target within a constraint by hand; undo gives a
// hand-set pin it replaced its old constraint back, or removes the pin it made. A constraint
// or component the service refuses fails the first redo: nothing written, nothing pushed.
class PinCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(PinCommand)
public:
    PinCommand(PinService& service, qint64 releaseId, QString component, QString target,
               QString constraint, ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    PinService& m_service;
    qint64 m_releaseId;
    QString m_component;
    QString m_target;
    QString m_constraint;
    std::optional<QString> m_previous; // the hand-set constraint it replaced
};

// Removes a hand-set pin; undo sets it again with its constraint.
class UnpinCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(UnpinCommand)
public:
    UnpinCommand(PinService& service, Pin pin, ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    PinService& m_service;
    Pin m_pin;
};

} // namespace slipway::ui
