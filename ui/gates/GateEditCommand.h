// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace slipway::ui {

// One audited change to a release's gates, as a pair of service calls: `apply` makes it,
// `revert` is its inverse (another audited edit, never a rollback of history). A call that
// fails reports why and marks the command obsolete, so the stack never claims a change
// that did not happen.
class GateEditCommand : public QUndoCommand {
public:
    using Step = std::function<Result<void>()>;
    using ErrorSink = std::function<void(const QString& message)>;

    GateEditCommand(const QString& text, Step apply, Step revert, ErrorSink onError,
                    QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    // Whether the first apply succeeded (the screen then pushes nothing when it did not).
    bool failed() const { return m_failed; }

private:
    void run(const Step& step);

    Step m_apply;
    Step m_revert;
    ErrorSink m_onError;
    bool m_failed = false;
};

} // namespace slipway::ui
