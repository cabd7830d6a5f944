// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetConditionStatusCommand.h"

#include "services/CabDecisionService.h"

namespace slipway::ui {

SetConditionStatusCommand::SetConditionStatusCommand(CabDecisionService& service,
                                                     const CabCondition& condition,
                                                     CabCondition::Status to, const QString& text,
                                                     ErrorSink onError)
    : UndoCommand(text, std::move(onError))
    , m_service(service)
    , m_conditionId(condition.id)
    , m_rowVersion(condition.rowVersion)
    , m_from(condition.status)
    , m_to(to) {}

Result<void> SetConditionStatusCommand::write(CabCondition::Status status) {
    auto done = m_service.setConditionStatus(m_conditionId, status, m_rowVersion);
    if (!done)
        return done.error();
    m_rowVersion = done->rowVersion;
    return {};
}

} // namespace slipway::ui
