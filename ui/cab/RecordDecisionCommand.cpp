// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDecisionCommand.h"

#include "services/CabDecisionService.h"

namespace slipway::ui {

RecordDecisionCommand::RecordDecisionCommand(CabDecisionService& service, CabDecision decision,
                                             const QString& text, ErrorSink onError)
    : UndoCommand(text, std::move(onError))
    , m_service(service)
    , m_wanted(std::move(decision)) {}

Result<void> RecordDecisionCommand::apply() {
    auto done = m_stored.id > 0 ? m_service.reinstate(m_stored.id, m_stored.rowVersion)
                                : m_service.record(m_wanted);
    if (!done)
        return done.error();
    m_stored = done.value();
    return {};
}

Result<void> RecordDecisionCommand::revert() {
    auto done = m_service.withdraw(m_stored.id, m_stored.rowVersion);
    if (!done)
        return done.error();
    m_stored = done.value();
    return {};
}

} // namespace slipway::ui
