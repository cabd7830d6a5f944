// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinCommands.h"

namespace slipway::ui {

PinCommand::PinCommand(PinService& service, qint64 releaseId, QString component, QString target,
                       QString constraint, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Pin %1 on %2").arg(component.trimmed(), target.trimmed()), std::move(onError),
                  parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_component(std::move(component))
    , m_target(std::move(target))
    , m_constraint(std::move(constraint)) {}

Result<void> PinCommand::apply() {
    if (firstApply()) {
        auto pins = m_service.pins(m_releaseId);
        if (!pins)
            return pins.error();
        for (const Pin& p : pins.value())
            if (p.source == Pin::Source::Manual &&
                p.component.compare(m_component.trimmed(), Qt::CaseInsensitive) == 0 &&
                p.target.compare(m_target.trimmed(), Qt::CaseInsensitive) == 0 &&
                p.constraint.trimmed() == m_constraint.trimmed())
                return Error{Error::Kind::Usage,
                             tr("%1 is pinned on %2 within %3 already: nothing changed.")
                                 .arg(m_component.trimmed(), m_target.trimmed(), p.constraint)};
    }
    // The service says which pin it changed, whatever name the component was given by (its
    // label, its name or its package URL): undo puts that pin's constraint back.
    std::optional<QString> previous;
    auto pinned = m_service.pin(m_releaseId, m_component, m_target, m_constraint, &previous);
    if (!pinned)
        return pinned.error();
    if (firstApply())
        m_previous = previous;
    // The service names the component as the release's list does; undo finds it by that.
    m_component = pinned->component;
    m_target = pinned->target;
    return {};
}

Result<void> PinCommand::revert() {
    if (m_previous) {
        auto back = m_service.pin(m_releaseId, m_component, m_target, *m_previous);
        if (!back)
            return back.error();
        return {};
    }
    auto gone = m_service.unpin(m_releaseId, m_component, m_target);
    if (!gone)
        return gone.error();
    return {};
}

UnpinCommand::UnpinCommand(PinService& service, Pin pin, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Unpin %1 from %2").arg(pin.component, pin.target), std::move(onError), parent)
    , m_service(service)
    , m_pin(std::move(pin)) {}

Result<void> UnpinCommand::apply() {
    auto gone = m_service.unpin(m_pin.releaseId, m_pin.component, m_pin.target);
    if (!gone)
        return gone.error();
    return {};
}

Result<void> UnpinCommand::revert() {
    auto back = m_service.pin(m_pin.releaseId, m_pin.component, m_pin.target, m_pin.constraint);
    if (!back)
        return back.error();
    return {};
}

} // namespace slipway::ui
