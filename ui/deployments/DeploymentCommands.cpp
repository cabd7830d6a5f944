// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentCommands.h"

#include "services/DeploymentService.h"

namespace slipway::ui {

RecordDeploymentCommand::RecordDeploymentCommand(DeploymentService& service,
                                                 const Deployment& deployment,
                                                 ReleaseStatus statusBefore, ErrorSink onError,
                                                 QUndoCommand* parent)
    : UndoCommand(tr("Record deployment"), std::move(onError), parent)
    , m_service(service)
    , m_wanted(deployment)
    , m_statusBefore(statusBefore) {}

Result<void> RecordDeploymentCommand::apply() {
    auto recorded = m_service.record(m_wanted);
    if (!recorded)
        return recorded.error();
    m_recorded = recorded.value();
    // A redo records the same moment again, not the time of the redo.
    m_wanted.deployedAt = m_recorded.deployedAt;
    return {};
}

Result<void> RecordDeploymentCommand::revert() {
    return m_service.removeRecord(m_recorded.id, m_recorded.rowVersion, m_statusBefore);
}

} // namespace slipway::ui
