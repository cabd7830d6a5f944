// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "rules/ReleaseLifecycle.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class DeploymentService;
}

namespace slipway::ui {

// Asks, as the acting user, to let a release past a guard; undo withdraws the request (only
// while nobody has approved it), redo brings the same request back under its id.
class RequestOverrideCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RequestOverrideCommand)
public:
    RequestOverrideCommand(DeploymentService& service, qint64 releaseId, Guard guard,
                           const QString& reason, ErrorSink onError,
                           QUndoCommand* parent = nullptr);
    const LifecycleOverride& stored() const { return m_stored; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    DeploymentService& m_service;
    qint64 m_releaseId;
    Guard m_guard;
    QString m_reason;
    LifecycleOverride m_stored; // as the first redo stored it
};

} // namespace slipway::ui
