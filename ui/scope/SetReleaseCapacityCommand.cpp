// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetReleaseCapacityCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

SetReleaseCapacityCommand::SetReleaseCapacityCommand(ScopeService& service, qint64 releaseId,
                                                     std::optional<double> before,
                                                     std::optional<double> after, ErrorSink onError,
                                                     QUndoCommand* parent)
    : UndoCommand(tr("Set release capacity"), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_before(before)
    , m_after(after) {}

Result<void> SetReleaseCapacityCommand::write(std::optional<double> value) {
    auto done = m_service.setCapacity(m_releaseId, value);
    if (!done)
        return done.error();
    return {};
}

} // namespace slipway::ui
