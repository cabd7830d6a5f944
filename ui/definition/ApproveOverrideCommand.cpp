// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApproveOverrideCommand.h"

#include "rules/ReleaseLifecycle.h"
#include "services/DeploymentService.h"

namespace slipway::ui {
namespace {

QString shownGuard(const QString& key) {
    const auto guard = guardFromKey(key);
    return guard ? displayName(*guard) : key;
}

} // namespace

ApproveOverrideCommand::ApproveOverrideCommand(DeploymentService& service,
                                               const LifecycleOverride& override, ErrorSink onError,
                                               QUndoCommand* parent)
    : UndoCommand(tr("Approve the override of “%1”").arg(shownGuard(override.guard)),
                  std::move(onError), parent)
    , m_service(service)
    , m_id(override.id)
    , m_version(override.rowVersion) {}

Result<void> ApproveOverrideCommand::apply() {
    auto done = m_service.approveOverride(m_id, m_version);
    if (!done)
        return done.error();
    m_version = done->rowVersion;
    return {};
}

Result<void> ApproveOverrideCommand::revert() {
    auto done = m_service.revokeOverrideApproval(m_id, m_version);
    if (!done)
        return done.error();
    m_version = done->rowVersion;
    return {};
}

} // namespace slipway::ui
