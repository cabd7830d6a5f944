// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace slipway::ui {

// The base of every undoable edit. Redo and undo are each one audited service call (undo is
// another edit, never a rollback of history). A call that fails is reported through the error
// sink and marks the command obsolete, so the stack drops it and never claims a change that
// did not happen. Subclasses say what to call; they never touch the stack or the sink.
class UndoCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString& message)>;

    void redo() final;
    void undo() final;

    // Whether a call failed; a screen pushes nothing more after a failed first redo.
    bool failed() const { return m_failed; }
    // Whether the change stands: redone at least once and nothing failed.
    bool succeeded() const { return m_applied > 0 && !m_failed; }

protected:
    UndoCommand(const QString& text, ErrorSink onError, QUndoCommand* parent = nullptr);

    // Makes the change. The first time, from what the user saw (its row version); later
    // times, from what this session left, refusing when someone else changed it since.
    virtual Result<void> apply() = 0;
    // Makes the inverse change, refusing in the same way.
    virtual Result<void> revert() = 0;
    // True while the first apply() runs.
    bool firstApply() const { return m_applied == 0; }

private:
    friend bool pushCommand(QUndoStack* stack, UndoCommand* command);
    void fail(const Error& error);

    ErrorSink m_onError;
    int m_applied = 0;
    bool m_failed = false;
};

// Pushes `command` and says whether its change stands. The stack deletes a command whose first
// redo failed, so a caller never touches `command` after a false.
bool pushCommand(QUndoStack* stack, UndoCommand* command);

} // namespace slipway::ui
