// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditReleaseCommand.h"

#include "services/ReleaseService.h"

namespace slipway::ui {

EditReleaseCommand::EditReleaseCommand(ReleaseService& service, const Release& before,
                                       const Release& after, CommandErrorSink onError,
                                       QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_service(service)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError)) {
    m_after.id = before.id;
    setText(tr("Edit release “%1”").arg(after.name));
}

void EditReleaseCommand::fail(const Error& error) {
    setObsolete(true);
    if (m_onError)
        m_onError(error.message);
}

bool EditReleaseCommand::apply(const Release& from, const Release& to, Release* stored) {
    Release target = to;
    if (m_firstRedo) {
        // The version the user saw: the service refuses if anyone saved since.
        target.rowVersion = from.rowVersion;
    } else {
        auto version = versionIfUnchanged(m_service, from);
        if (!version) {
            fail(version.error());
            return false;
        }
        target.rowVersion = version.value();
    }
    auto updated = m_service.update(target);
    if (!updated) {
        fail(updated.error());
        return false;
    }
    *stored = updated.value();
    return true;
}

void EditReleaseCommand::redo() {
    Release stored;
    if (apply(m_before, m_after, &stored))
        m_after = stored;
    m_firstRedo = false;
}

void EditReleaseCommand::undo() {
    Release stored;
    if (apply(m_after, m_before, &stored))
        m_before = stored;
}

} // namespace slipway::ui
