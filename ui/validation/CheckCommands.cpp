// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommands.h"

#include "services/ValidationCheckService.h"

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckCommands)
};

bool sameContent(const ValidationCheck& a, const ValidationCheck& b) {
    return a.name == b.name && a.kind == b.kind && a.releaseId == b.releaseId &&
           a.serviceId == b.serviceId && a.scheduleHours == b.scheduleHours &&
           a.intervalMin == b.intervalMin && a.enabled == b.enabled &&
           a.definition() == b.definition();
}

// Removes the check as this session left it: its row version moves with every edit (an edit
// undone too), so the stored check is compared by content; someone else's change refuses.
Result<void> removeAsLeft(ValidationCheckService& service, const ValidationCheck& check) {
    auto current = service.find(check.id);
    if (!current)
        return current.error();
    if (!sameContent(current.value(), check))
        return Error{
            Error::Kind::Stale,
            Text::tr("The check %1 was changed by someone else since — reload.").arg(check.name)};
    return service.remove(check.id, current->rowVersion);
}

} // namespace

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
    return removeAsLeft(m_service, m_check);
}

EditCheckCommand::EditCheckCommand(ValidationCheckService& service, ValidationCheck before,
                                   ValidationCheck after, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Edit check %1").arg(after.name), std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Result<void> EditCheckCommand::write(const ValidationCheck& image, const ValidationCheck& left) {
    ValidationCheck next = image;
    if (firstApply()) {
        next.rowVersion = m_before.rowVersion; // what the user saw
    } else {
        // As this session left it (its row version moves when an undo brings it back too).
        auto current = m_service.find(image.id);
        if (!current)
            return current.error();
        if (!sameContent(current.value(), left))
            return Error{Error::Kind::Stale,
                         Text::tr("The check %1 was changed by someone else since — reload.")
                             .arg(left.name)};
        next.rowVersion = current->rowVersion;
    }
    auto done = m_service.update(next);
    if (!done)
        return done.error();
    return {};
}

Result<void> EditCheckCommand::apply() {
    return write(m_after, m_before);
}

Result<void> EditCheckCommand::revert() {
    return write(m_before, m_after);
}

RemoveCheckCommand::RemoveCheckCommand(ValidationCheckService& service, ValidationCheck check,
                                       ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove check %1").arg(check.name), std::move(onError), parent)
    , m_service(service)
    , m_check(std::move(check)) {}

Result<void> RemoveCheckCommand::apply() {
    if (firstApply())
        return m_service.remove(m_check.id, m_check.rowVersion);
    return removeAsLeft(m_service, m_check);
}

Result<void> RemoveCheckCommand::revert() {
    auto done = m_service.restore(m_check);
    if (!done)
        return done.error();
    m_check = done.value();
    return {};
}

} // namespace slipway::ui
