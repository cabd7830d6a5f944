// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDecisionCommand.h"

#include "services/CabDecisionService.h"

namespace slipway::ui {

RecordDecisionCommand::RecordDecisionCommand(CabDecisionService& service,
                                             const CabDecision& decision, const QString& text,
                                             ErrorSink onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_wanted(decision)
    , m_onError(std::move(onError)) {}

void RecordDecisionCommand::redo() {
    auto done = m_stored.id > 0 ? m_service.reinstate(m_stored.id) : m_service.record(m_wanted);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
        return;
    }
    m_stored = done.value();
}

void RecordDecisionCommand::undo() {
    if (m_stored.id <= 0)
        return;
    auto done = m_service.withdraw(m_stored.id);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

} // namespace slipway::ui
