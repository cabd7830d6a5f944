// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateReleaseCommand.h"

#include "services/ReleaseService.h"

namespace slipway::ui {

CreateReleaseCommand::CreateReleaseCommand(ReleaseService& service, const Release& release,
                                           CommandErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_service(service)
    , m_stored(release)
    , m_onError(std::move(onError)) {
    m_stored.id = 0;
    setText(tr("Create release “%1”").arg(release.name));
}

void CreateReleaseCommand::fail(const Error& error) {
    setObsolete(true);
    if (m_onError)
        m_onError(error.message);
}

void CreateReleaseCommand::redo() {
    auto stored = m_stored.id == 0 ? m_service.create(m_stored) : m_service.restore(m_stored);
    if (!stored)
        return fail(stored.error());
    m_stored = stored.value();
}

void CreateReleaseCommand::undo() {
    auto version = versionIfUnchanged(m_service, m_stored);
    if (!version)
        return fail(version.error());
    if (auto removed = m_service.remove(m_stored.id, version.value()); !removed)
        return fail(removed.error());
}

} // namespace slipway::ui
