// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoCommand.h"

#include <QUndoStack>

namespace slipway::ui {

UndoCommand::UndoCommand(const QString& text, ErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_onError(std::move(onError)) {}

void UndoCommand::redo() {
    if (m_failed)
        return;
    if (auto done = apply(); !done)
        return fail(done.error());
    ++m_applied;
}

void UndoCommand::undo() {
    if (m_failed)
        return;
    if (auto done = revert(); !done)
        fail(done.error());
}

void UndoCommand::fail(const Error& error) {
    m_failed = true;
    setObsolete(true);
    if (m_onError)
        m_onError(error.message);
}

bool pushCommand(QUndoStack* stack, UndoCommand* command) {
    bool failed = false;
    const auto sink = command->m_onError;
    command->m_onError = [&failed, sink](const QString& message) {
        failed = true;
        if (sink)
            sink(message);
    };
    stack->push(command); // may delete `command`
    if (failed)
        return false;
    command->m_onError = sink;
    return true;
}

} // namespace slipway::ui
