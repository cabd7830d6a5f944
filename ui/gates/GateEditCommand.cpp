// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateEditCommand.h"

namespace slipway::ui {

GateEditCommand::GateEditCommand(const QString& text, Step apply, Step revert, ErrorSink onError,
                                 QUndoCommand* parent)
    : UndoCommand(text, std::move(onError), parent)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert)) {}

} // namespace slipway::ui
