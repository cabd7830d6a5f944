// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetEmergencyApprovalDaysCommand.h"

#include "services/LifecycleService.h"

namespace slipway::ui {

SetEmergencyApprovalDaysCommand::SetEmergencyApprovalDaysCommand(LifecycleService& service,
                                                                 Session session, int from, int to,
                                                                 ErrorSink onError,
                                                                 std::function<void()> changed,
                                                                 QUndoCommand* parent)
    : UndoCommand(tr("Set emergency approvals due within %n day(s)", nullptr, to),
                  std::move(onError), parent)
    , m_service(service)
    , m_session(std::move(session))
    , m_from(from)
    , m_to(to)
    , m_changed(std::move(changed)) {}

Result<void> SetEmergencyApprovalDaysCommand::write(int from, int to) {
    auto done = m_service.setEmergencyApprovalDays(m_session, to, from);
    if (!done)
        return done.error();
    if (m_changed)
        m_changed();
    return {};
}

} // namespace slipway::ui
