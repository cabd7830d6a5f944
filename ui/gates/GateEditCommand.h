// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

namespace slipway::ui {

// One audited change to a release's gates, as a pair of service calls: `apply` makes it,
// `revert` is its inverse (another audited edit, never a rollback of history).
class GateEditCommand : public UndoCommand {
public:
    using Step = std::function<Result<void>()>;

    GateEditCommand(const QString& text, Step apply, Step revert, ErrorSink onError,
                    QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return m_apply(); }
    Result<void> revert() override { return m_revert(); }

private:
    Step m_apply;
    Step m_revert;
};

} // namespace slipway::ui
