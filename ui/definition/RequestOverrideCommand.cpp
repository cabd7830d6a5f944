// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestOverrideCommand.h"

#include "services/DeploymentService.h"

namespace slipway::ui {

RequestOverrideCommand::RequestOverrideCommand(DeploymentService& service, qint64 releaseId,
                                               Guard guard, const QString& reason,
                                               ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Ask to override “%1”").arg(displayName(guard)), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_guard(guard)
    , m_reason(reason) {}

Result<void> RequestOverrideCommand::apply() {
    auto done = m_stored.id == 0 ? m_service.requestOverride(m_releaseId, m_guard, m_reason)
                                 : m_service.restoreOverride(m_stored);
    if (!done)
        return done.error();
    m_stored = done.value();
    return {};
}

Result<void> RequestOverrideCommand::revert() {
    return m_service.withdrawOverride(m_stored.id, m_stored.rowVersion);
}

} // namespace slipway::ui
