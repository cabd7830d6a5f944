// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetReleaseCapacityCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

SetReleaseCapacityCommand::SetReleaseCapacityCommand(ScopeService& service, qint64 releaseId,
                                                     std::optional<double> before,
                                                     std::optional<double> after, ErrorSink onError,
                                                     QUndoCommand* parent)
    : QUndoCommand(tr("Set release capacity"), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError)) {}

void SetReleaseCapacityCommand::apply(std::optional<double> value) {
    if (auto done = m_service.setCapacity(m_releaseId, value); !done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

void SetReleaseCapacityCommand::redo() {
    apply(m_after);
}

void SetReleaseCapacityCommand::undo() {
    apply(m_before);
}

} // namespace slipway::ui
