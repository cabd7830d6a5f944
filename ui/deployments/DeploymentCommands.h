// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"
#include "domain/ReleaseEnums.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class DeploymentService;
}

namespace slipway::ui {

// Records a deployment as the acting user; undo removes the record and puts the release's
// status back, redo records it again.
class RecordDeploymentCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RecordDeploymentCommand)
public:
    RecordDeploymentCommand(DeploymentService& service, const Deployment& deployment,
                            ReleaseStatus statusBefore, ErrorSink onError,
                            QUndoCommand* parent = nullptr);
    const Deployment& recorded() const { return m_recorded; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    DeploymentService& m_service;
    Deployment m_wanted;
    Deployment m_recorded;
    ReleaseStatus m_statusBefore;
};

} // namespace slipway::ui
