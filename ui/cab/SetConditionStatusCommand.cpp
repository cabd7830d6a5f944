// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetConditionStatusCommand.h"

#include "services/CabDecisionService.h"

namespace slipway::ui {

SetConditionStatusCommand::SetConditionStatusCommand(CabDecisionService& service,
                                                     const CabCondition& condition,
                                                     CabCondition::Status to, const QString& text,
                                                     ErrorSink onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_conditionId(condition.id)
    , m_from(condition.status)
    , m_to(to)
    , m_onError(std::move(onError)) {}

void SetConditionStatusCommand::write(CabCondition::Status status) {
    auto done = m_service.setConditionStatus(m_conditionId, status);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

void SetConditionStatusCommand::redo() {
    write(m_to);
}

void SetConditionStatusCommand::undo() {
    write(m_from);
}

} // namespace slipway::ui
