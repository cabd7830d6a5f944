// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class DeploymentService;
}

namespace slipway::ui {

// Approves an override as the acting user, who must be a second person with the release
// manager role (the service refuses the requester); undo takes the approval back, redo
// approves again.
class ApproveOverrideCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ApproveOverrideCommand)
public:
    ApproveOverrideCommand(DeploymentService& service, const LifecycleOverride& override,
                           ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    DeploymentService& m_service;
    qint64 m_id;
    qint64 m_version; // the one the user saw, then the one each step left
};

} // namespace slipway::ui
