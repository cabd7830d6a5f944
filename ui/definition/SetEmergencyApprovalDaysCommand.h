// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Session.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

#include <functional>

namespace slipway {
class LifecycleService;
}

namespace slipway::ui {

// Sets the days an emergency has for its retroactive approval, for the whole file; undo puts
// the earlier number back. Each step refuses when someone else changed the number since.
class SetEmergencyApprovalDaysCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetEmergencyApprovalDaysCommand)
public:
    // `changed` runs after each step that worked (the setting has no change signal).
    SetEmergencyApprovalDaysCommand(LifecycleService& service, Session session, int from, int to,
                                    ErrorSink onError, std::function<void()> changed,
                                    QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_from, m_to); }
    Result<void> revert() override { return write(m_to, m_from); }

private:
    Result<void> write(int from, int to);

    LifecycleService& m_service;
    Session m_session;
    int m_from;
    int m_to;
    std::function<void()> m_changed;
};

} // namespace slipway::ui
