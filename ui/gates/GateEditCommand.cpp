// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateEditCommand.h"

namespace slipway::ui {

GateEditCommand::GateEditCommand(const QString& text, Step apply, Step revert, ErrorSink onError,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_onError(std::move(onError)) {}

void GateEditCommand::run(const Step& step) {
    auto done = step();
    if (done)
        return;
    m_failed = true;
    setObsolete(true);
    if (m_onError)
        m_onError(done.error().message);
}

void GateEditCommand::redo() {
    run(m_apply);
}

void GateEditCommand::undo() {
    run(m_revert);
}

} // namespace slipway::ui
