// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettleOverrideCommand.h"

#include "rules/ReleaseLifecycle.h"
#include "services/DeploymentService.h"

namespace slipway::ui {
namespace {

QString shownGuard(const QString& key) {
    const auto guard = guardFromKey(key);
    return guard ? displayName(*guard) : key;
}

} // namespace

SettleOverrideCommand::SettleOverrideCommand(DeploymentService& service,
                                             const LifecycleOverride& override, const QString& note,
                                             ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Settle the override of “%1”").arg(shownGuard(override.guard)),
                  std::move(onError), parent)
    , m_service(service)
    , m_id(override.id)
    , m_version(override.rowVersion)
    , m_note(note) {}

Result<void> SettleOverrideCommand::apply() {
    auto done = m_service.settleOverride(m_id, m_version, m_note);
    if (!done)
        return done.error();
    m_version = done->rowVersion;
    return {};
}

Result<void> SettleOverrideCommand::revert() {
    auto done = m_service.reopenOverride(m_id, m_version);
    if (!done)
        return done.error();
    m_version = done->rowVersion;
    return {};
}

} // namespace slipway::ui
