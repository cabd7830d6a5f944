// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommands.h"

#include "services/ValidationCheckService.h"

namespace slipway::ui {

AddCheckCommand::AddCheckCommand(ValidationCheckService& service, ValidationCheck check,
                                 ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Add check %1").arg(check.name), std::move(onError), parent)
    , m_service(service)
    , m_check(std::move(check)) {}

Result<void> AddCheckCommand::apply() {
    auto done = firstApply() ? m_service.create(m_check) : m_service.restore(m_check);
    if (!done)
        return done.error();
    m_check = done.value();
    return {};
}

Result<void> AddCheckCommand::revert() {
    return m_service.remove(m_check.id, m_check.rowVersion);
}

EditCheckCommand::EditCheckCommand(ValidationCheckService& service, ValidationCheck before,
                                   ValidationCheck after, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Edit check %1").arg(after.name), std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_rowVersion(m_before.rowVersion) {}

Result<void> EditCheckCommand::write(const ValidationCheck& image) {
    ValidationCheck next = image;
    next.rowVersion = m_rowVersion;
    auto done = m_service.update(next);
    if (!done)
        return done.error();
    m_rowVersion = done->rowVersion;
    return {};
}

Result<void> EditCheckCommand::apply() {
    return write(m_after);
}

Result<void> EditCheckCommand::revert() {
    return write(m_before);
}

RemoveCheckCommand::RemoveCheckCommand(ValidationCheckService& service, ValidationCheck check,
                                       ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove check %1").arg(check.name), std::move(onError), parent)
    , m_service(service)
    , m_check(std::move(check)) {}

Result<void> RemoveCheckCommand::apply() {
    return m_service.remove(m_check.id, m_check.rowVersion);
}

Result<void> RemoveCheckCommand::revert() {
    auto done = m_service.restore(m_check);
    if (!done)
        return done.error();
    m_check = done.value();
    return {};
}

} // namespace slipway::ui
